import { execFileSync } from 'node:child_process';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { courseDir, fakePlayerDir, smallCourse } from './fixtures';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist/index.js');
const MB = 2 ** 20;

/** Peak resident memory, in bytes, of a process that builds the course with the built packager. */
function peakOfBuild(course: string, out: string, playerDir: string): number {
  const script = `const { buildPackage } = await import(${JSON.stringify(dist)});
await buildPackage({ course: ${JSON.stringify(course)}, target: 'scorm2004-4', out: ${JSON.stringify(out)}, playerDir: ${JSON.stringify(playerDir)} });
process.stdout.write(String(process.resourceUsage().maxRSS * 1024));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

it('streams a large medium into the zip: the build peaks no higher with 256 MB of media than with 4 bytes', { timeout: 120_000 }, async () => {
  // smallCourse's mastery needs an assessment; this course is only pages.
  const course = { ...smallCourse(), mastery: undefined };
  const small = await courseDir(course);
  const large = await courseDir(course);
  try {
    // A sparse file: 256 MB to read, no disk used to hold it.
    const handle = await open(path.join(large.dir, 'assets/photo.png'), 'r+');
    await handle.truncate(256 * MB);
    await handle.close();
    const playerDir = await fakePlayerDir(small.base);
    const base = peakOfBuild(small.file, path.join(small.base, 'small.zip'), playerDir);
    const peak = peakOfBuild(large.file, path.join(large.base, 'large.zip'), playerDir);
    // A whole-file copy would add 256 MB; streaming adds a few buffers of 64 KiB.
    expect((peak - base) / MB).toBeLessThan(48);
  } finally {
    await small.cleanup();
    await large.cleanup();
  }
});
