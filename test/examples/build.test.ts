import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examplesDir } from './load';

const cli = join(resolve(examplesDir, '..'), 'packages/cli/dist/bin.js');
const courses = ['integrity-ranger/course.json', 'integrity-ranger/parcel-lebaran.course.json', 'literasi-gratifikasi/course.json'];
const out = mkdtempSync(join(tmpdir(), 'coursekit-examples-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each(courses)('examples/%s with the coursekit CLI', (course) => {
  it('validates with exit code 0', () => {
    const run = spawnSync(process.execPath, [cli, 'validate', `examples/${course}`], { encoding: 'utf8', cwd: resolve(examplesDir, '..') });
    // No warnings either: the only line is the verdict.
    expect(`${run.stdout}${run.stderr}`.trim()).toBe(`examples/${course}: valid`);
    expect(run.status).toBe(0);
  });

  it('builds for every target: SCORM 1.2, SCORM 2004 3rd and 4th, cmi5, xAPI and web', () => {
    const dir = join(out, course.replace(/[/.]/g, '-'));
    execFileSync(process.execPath, [cli, 'build', join(examplesDir, course), '--target', 'all', '--out', dir, '--quiet'], { stdio: 'pipe' });
    const targets = readdirSync(dir).map((f) => /-(scorm12|scorm2004-3|scorm2004-4|cmi5|xapi|web)\.zip$/.exec(f)?.[1]).sort();
    expect(targets).toEqual(['cmi5', 'scorm12', 'scorm2004-3', 'scorm2004-4', 'web', 'xapi']);
  });
});
