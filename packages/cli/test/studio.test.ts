import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coursePort } from '@coursekit/studio';
import { afterEachCleanup, RANGER, run, startCommand } from './run';

const { cleanups, temp } = afterEachCleanup();

describe('coursekit studio', () => {
  it('opens the course folder, prints the address with its token and answers the app with it until Ctrl-C', async () => {
    const dir = await temp();
    cpSync(path.dirname(RANGER), path.join(dir, 'ranger'), { recursive: true });
    const s = startCommand(['studio', 'ranger', '--port', '0', '--no-open'], dir, cleanups);
    await expect.poll(() => s.out.stdout, { timeout: 20_000 }).toMatch(/token=/);
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=([\w-]+)/.exec(s.out.stdout)!;
    expect(s.out.stdout).toBe(`CourseKit Studio for ranger:\n\n  ${url[0]}\n\nOpen the address as printed: it carries this run's token. Press Ctrl-C to stop.\n`);
    const origin = new URL(url[0]).origin;
    expect((await fetch(`${origin}/api/workspace`)).status).toBe(403);
    const workspace = (await (await fetch(`${origin}/api/workspace`, { headers: { 'X-CourseKit-Token': url[1]! } })).json()) as { entry: string; languages: string[] };
    expect([workspace.entry, workspace.languages]).toEqual(['course.json', ['id', 'en']]);
    expect(await s.stop()).toBe(0);
    await expect(fetch(`${origin}/api/workspace`)).rejects.toThrow();
  });

  it('opens a course at its own port when no --port is given, the same on every run', async () => {
    const dir = await temp();
    cpSync(path.dirname(RANGER), path.join(dir, 'ranger'), { recursive: true });
    for (let n = 0; n < 2; n++) {
      const s = startCommand(['studio', 'ranger', '--no-open'], dir, cleanups);
      await expect.poll(() => s.out.stdout, { timeout: 20_000 }).toMatch(/token=/);
      expect(Number(/127\.0\.0\.1:(\d+)\//.exec(s.out.stdout)![1])).toBe(coursePort(path.join(dir, 'ranger')));
      expect(await s.stop()).toBe(0);
    }
  });

  it('says what to do when the folder holds no course (CK964, exit 2)', async () => {
    const dir = await temp();
    const { code, stderr } = await run(['studio', 'nowhere', '--no-open'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(`coursekit error CK964 ${path.join(dir, 'nowhere', 'course.json')} does not exist: Studio opens a course folder, the one that holds course.json\n  hint: start a course with "coursekit init <folder>", or name the folder that holds course.json\n`);
  });

  it('refuses a port that is not one (CK953, exit 2)', async () => {
    const { code, stderr } = await run(['studio', '--port', 'x'], { cwd: await temp() });
    expect([code, stderr]).toEqual([2, 'coursekit error CK953 --port must be a whole number from 0 to 65535, not "x"\n']);
  });
});
