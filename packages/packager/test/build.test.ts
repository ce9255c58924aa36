import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackage, TARGET_IDS, TARGETS, unvalidatedLoader, type TargetId } from '../src/index';
import { courseDir, fakePlayerDir, LITERASI, PARCEL, RANGER, smallCourse, TOUR } from './fixtures';
import { unzip } from './unzip';
import { validateManifest, xpath, xsdAvailable } from './xsd';

let work = '';
let playerDir = '';
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ck-build-'));
  playerDir = await fakePlayerDir(work);
});
afterAll(() => rm(work, { recursive: true, force: true }));

const runXsd = xsdAvailable();
const hrefs = async (manifest: string) =>
  (await xpath(manifest, '//*[local-name()="file"]/@href'))
    .split('\n')
    .map((l) => decodeURIComponent(l.trim().replace(/^href="|"$/g, '')))
    .filter(Boolean);

describe('packages of the example courses', () => {
  for (const [name, course] of [
    ['tour', TOUR],
    ['integrity-ranger', RANGER],
    ['parcel-lebaran', PARCEL],
    ['literasi-gratifikasi', LITERASI],
  ] as const) {
    for (const target of TARGET_IDS) {
      it(`${name} → ${target}: the zip holds the player, the course, its assets and a manifest listing every file`, async () => {
        expect(existsSync(course), `${course} is missing`).toBe(true);
        const out = path.join(work, name, `${target}.zip`);
        let result;
        try {
          result = await buildPackage({ course, target, out, playerDir });
        } catch (error) {
          // The tour's worst-case saved state is over SCORM 1.2's 4,096 characters (it shows every
          // question type): the build is right to refuse, and says what to change. Anything else fails.
          if (name === 'tour' && target === 'scorm12' && (error as { code?: string }).code === 'CK910') {
            console.warn(`${name} → scorm12 refused: ${(error as Error).message}\n  ${(error as { problems: Array<{ hint: string }> }).problems[0]!.hint}`);
            expect(existsSync(out)).toBe(false);
            return;
          }
          throw new Error(`${name} → ${target}: ${(error as Error).message}\n${JSON.stringify((error as { problems?: unknown }).problems, null, 2)}`);
        }
        const dir = path.join(work, name, target);
        const names = await unzip(out, dir);
        expect(names).toEqual(result.files.map((f) => f.path));
        expect(names).toContain('index.html');
        // The launch page names its icon: a packaged file or a data URL, so no launch asks for a missing /favicon.ico.
        const icon = /<link rel="icon" href="([^"]+)">/.exec(await readFile(path.join(dir, 'index.html'), 'utf8'))?.[1];
        expect(icon === undefined ? 'no icon' : icon.startsWith('data:image/svg+xml,') || names.includes(icon) ? 'packaged or inline' : icon).toBe('packaged or inline');
        expect(names).toContain('course.json');
        expect(names).toContain('player/coursekit.js');
        expect(names.some((n) => n.endsWith('.map'))).toBe(false);
        const manifest = TARGETS[target].manifest;
        if (manifest) expect(names).toContain(manifest);
        const packaged = JSON.parse(await readFile(path.join(dir, 'course.json'), 'utf8'));
        expect(JSON.stringify(packaged)).not.toContain('$include');
        expect(JSON.stringify(packaged)).not.toContain('"notes"');
        if (target.startsWith('scorm')) {
          if (runXsd) await validateManifest(path.join(dir, 'imsmanifest.xml'), target === 'scorm12' ? '1.2' : '2004');
          expect(await hrefs(path.join(dir, 'imsmanifest.xml'))).toEqual(names.filter((n) => n !== 'imsmanifest.xml'));
        }
        if (target === 'web') {
          const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
          // The page, the player's first load and the split course are cached on install; media only when first used.
          const skeleton = /<meta name="coursekit:course" content="([^"]+)">/.exec(await readFile(path.join(dir, 'index.html'), 'utf8'))![1]!;
          const files = (JSON.parse(/^const FILES = (.*);$/m.exec(sw)![1]!) as Array<[string, string | null]>).map(([f]) => f);
          expect(files).toEqual(['./index.html', './player/coursekit.js', `./${skeleton}`]);
          const parts = Object.values(JSON.parse(/^const PARTS = (.*);$/m.exec(sw)![1]!) as Record<string, string[]>).flat().sort();
          expect(parts).toEqual(names.filter((n) => n.startsWith(`course.${packaged.modules[0].id}.`)).map((n) => `./${n}`));
          // The worker answers for the package's own files only: every file of the zip but itself.
          expect(JSON.parse(/^const PACKAGE = new Set\((.*)\);$/m.exec(sw)![1]!)).toEqual(names.filter((n) => n !== 'sw.js').sort());
        }
      });
    }
  }
});

describe('determinism and atomicity', () => {
  it('the same input gives a byte-identical zip', async () => {
    const a = path.join(work, 'det', 'a.zip');
    const b = path.join(work, 'det', 'b.zip');
    await buildPackage({ course: TOUR, target: 'web', out: a, playerDir, loadCourse: unvalidatedLoader });
    await buildPackage({ course: TOUR, target: 'web', out: b, playerDir, loadCourse: unvalidatedLoader });
    expect(Buffer.compare(await readFile(a), await readFile(b))).toBe(0);
  });

  it('a failed build leaves nothing at --out and no temporary file', async () => {
    const c = await courseDir(smallCourse([{ type: 'image', src: '../escape.png', alt: 'x' }]));
    try {
      const out = path.join(c.out, 'x.zip');
      await expect(buildPackage({ course: c.file, target: 'scorm12', out, playerDir, loadCourse: unvalidatedLoader })).rejects.toMatchObject({ code: 'CK901' });
      expect(existsSync(c.out) ? await readdir(c.out) : []).toEqual([]);
    } finally {
      await c.cleanup();
    }
  });

  it('without the player bundle, says to build it (CK922)', async () => {
    const c = await courseDir(smallCourse());
    try {
      await expect(buildPackage({ course: c.file, target: 'cmi5', out: path.join(c.out, 'x.zip'), playerDir: path.join(c.base, 'nowhere'), loadCourse: unvalidatedLoader })).rejects.toMatchObject({
        code: 'CK922',
        problems: [expect.objectContaining({ hint: 'run "pnpm build" (or "pnpm --filter @coursekit/components build") first' })],
      });
    } finally {
      await c.cleanup();
    }
  });
});

describe('the suspend_data check', () => {
  const reflections = Array.from({ length: 3 }, (_, i) => ({ type: 'question', question: { id: `r${i}`, type: 'reflection', prompt: 'Apa pendapat Anda?' } }));

  it('fails a SCORM 1.2 build of a course whose saved state can outgrow 4,096 characters, with the numbers and what to change', async () => {
    const c = await courseDir(smallCourse(reflections));
    try {
      const out = path.join(c.out, 'x.zip');
      const error = await buildPackage({ course: c.file, target: 'scorm12', out, playerDir, loadCourse: unvalidatedLoader }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'CK910' });
      const problem = (error as { problems: Array<{ message: string; hint: string }> }).problems[0]!;
      expect(problem.message).toMatch(/^the saved state of this course can reach (\d{1,3},)?\d{3} characters; SCORM 1\.2 suspend_data holds 4,096, so it is (\d{1,3},)?\d{3} characters too large \(assuming at most 999 attempts per assessment and runs per scenario; reflections without maxLength of at most 2000 characters\)$/);
      expect(problem.hint).toMatch(/^of the (\d{1,3},)?\d{3}, knowledge checks take about (\d{1,3},)?\d{3}\. To fit, give every reflection question a "maxLength" of 200 or less \(saves (\d{1,3},)?\d{3} characters\); or build for SCORM 2004 \(--target scorm2004-4\), which holds 64,000 characters; or split the course into several smaller courses$/);
      expect(existsSync(out)).toBe(false);
    } finally {
      await c.cleanup();
    }
  });

  it('builds the same course for SCORM 2004, and reports its worst case', async () => {
    const c = await courseDir(smallCourse(reflections));
    try {
      const result = await buildPackage({ course: c.file, target: 'scorm2004-4', out: path.join(c.out, 'x.zip'), playerDir, loadCourse: unvalidatedLoader });
      expect(result.suspendData).toMatchObject({ target: 'scorm2004-4th', limit: 64_000, fits: true });
    } finally {
      await c.cleanup();
    }
  });
});

it('lists every target', () => {
  expect(TARGET_IDS).toEqual<TargetId[]>(['scorm12', 'scorm2004-3', 'scorm2004-4', 'cmi5', 'xapi', 'web']);
});
