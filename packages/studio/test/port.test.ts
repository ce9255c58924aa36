import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { coursePort, startStudio } from '../src/index';
import { copyCourse } from './helpers';

describe('the port of a course', () => {
  it('is the same for the same folder, in 20000–29999, and differs between folders', () => {
    expect(coursePort('/home/sari/pelatihan')).toBe(coursePort('/home/sari/pelatihan/'));
    expect(coursePort('/home/sari/pelatihan')).toBe(coursePort('/home/sari/../sari/pelatihan'));
    expect(coursePort('/home/sari/pelatihan')).not.toBe(coursePort('/home/sari/pelatihan-2'));
    for (const p of ['/a', '/b', '/home/sari/pelatihan', 'C:/kursus']) expect(coursePort(p)).toSatisfy((n: number) => Number.isInteger(n) && n >= 20_000 && n <= 29_999);
  });

  it('is where Studio listens when asked for the course port, or the next one when it is taken', async () => {
    const course = copyCourse();
    const want = coursePort(course.dir);
    // Someone else holds the course's port: Studio takes the next one.
    const other = createServer();
    await new Promise<void>((resolve, reject) => other.once('error', reject).listen(want, '127.0.0.1', () => resolve()));
    try {
      const studio = await startStudio({ folder: course.dir, port: 'course' });
      expect(Number(new URL(studio.url).port)).toBe(want === 29_999 ? 20_000 : want + 1);
      await studio.close();
      await new Promise<void>((resolve) => other.close(() => resolve()));
      const again = await startStudio({ folder: course.dir, port: 'course' });
      expect(Number(new URL(again.url).port)).toBe(want);
      await again.close();
    } finally {
      other.close();
      course.remove();
    }
  });
});
