import { cp, lstat, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run';

// Property-based: random and mutated courses (deep nesting, bytes that are not UTF-8, huge numbers
// and strings, odd asset paths and --out paths, truncated and random JSON) fed to the real command,
// `coursekit validate` then `coursekit build`. Whatever the input, each command ends with 0, 1 or 2
// and a CK code, prints no stack trace, leaves every input byte for byte as it was, and writes either
// a whole package or nothing at all. Seeded and bounded, so CI runs the same cases in a few seconds.

const SEED = 20261204;
const RUNS = 60;

let base: string;
beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'ck-fuzz-base-'));
  expect((await run(['init', 'course'], { cwd: base })).code).toBe(0);
});
afterAll(() => rm(base, { recursive: true, force: true }));

/** Every file under `dir`: its bytes (base64), a link's target, or its kind. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (at: string): Promise<void> => {
    for (const name of await readdir(at)) {
      const p = path.join(at, name);
      const info = await lstat(p);
      const key = path.relative(dir, p);
      if (info.isSymbolicLink()) out[key] = `-> ${await readlink(p)}`;
      else if (info.isDirectory()) {
        out[`${key}/`] = 'folder';
        await walk(p);
      } else if (info.isFile()) out[key] = (await readFile(p)).toString('base64');
      else out[key] = 'other';
    }
  };
  await walk(dir);
  return out;
}

type Course = Record<string, unknown> & { modules: Array<{ pages: Array<{ blocks: Array<Record<string, unknown>> }> }> };

/** One way to break a course file. */
type Mutation =
  | { kind: 'deep'; depth: number; object: boolean }
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'number'; which: number; text: string }
  | { kind: 'string'; length: number; text: string }
  | { kind: 'asset'; path: string }
  | { kind: 'value'; key: string; value: unknown }
  | { kind: 'truncate'; at: number }
  | { kind: 'random'; value: unknown };

const oddPaths = [
  '../secret.txt',
  '/etc/passwd',
  'C:\\Windows\\x.png',
  '\\\\server\\share\\x.png',
  'assets/../../secret.txt',
  'assets/%2e%2e/x.png',
  'assets/\u0000.png',
  'assets/',
  '.',
  '',
  'assets/welcome.svg/',
  'ASSETS/WELCOME.SVG',
  'assets/link-out.svg',
  'assets',
  'course.json',
  'index.html',
  'javascript:alert(1)',
  `${'a/'.repeat(300)}x.png`,
  'assets/\u001b]0;pwned\u0007.svg',
  'assets/sari.svg',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 90, max: 20_000 }), object: fc.boolean() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('number' as const), which: fc.nat(40), text: fc.constantFrom('1e400', '-1e400', '1e308', '123456789012345678901234567890', '-0', '0.1e-400', '9007199254740993', '1E+999') }),
  fc.record({ kind: fc.constant('string' as const), length: fc.integer({ min: 1_000, max: 400_000 }), text: fc.constantFrom('x', 'é', '😀', '\u202e', '\u0007', '<script>', '\\') }),
  fc.record({ kind: fc.constant('asset' as const), path: fc.oneof(fc.constantFrom(...oddPaths), fc.string({ maxLength: 40 })) }),
  fc.record({ kind: fc.constant('value' as const), key: fc.constantFrom('id', 'version', 'title', 'languages', 'modules', 'mastery', 'completion', 'scenarios', 'schemaVersion', '__proto__', 'constructor'), value: fc.jsonValue({ maxDepth: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('random' as const), value: fc.jsonValue({ maxDepth: 6 }) }),
);

const FRESH_OUTS = new Set(['out/course.zip', 'course/dist/x.zip']);
const outs = ['out/course.zip', 'course/course.json', 'course/assets/welcome.svg', 'course/assets/new.zip', 'course/assets', 'course', '.', 'out/\u001b[2Jx.zip', `out/${'d/'.repeat(40)}x.zip`, 'course/dist/x.zip'];

/** The course file's new bytes. */
function apply(text: string, m: Mutation): Buffer {
  const course = () => JSON.parse(text) as Course;
  switch (m.kind) {
    case 'deep': {
      const [open, close] = m.object ? ['{"a":', '}'] : ['[', ']'];
      return Buffer.from(text.replace('{', `{"deep": ${open.repeat(m.depth)}${m.object ? '1' : ''}${close.repeat(m.depth)},`));
    }
    case 'bytes': {
      const bytes = Buffer.from(text);
      const at = Math.floor(m.at * bytes.length);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    }
    case 'number': {
      let n = 0;
      return Buffer.from(text.replace(/(?<=[:[,]\s*)-?\d+(\.\d+)?(?=\s*[,\]}])/g, (found) => (n++ === m.which ? m.text : found)));
    }
    case 'string': {
      const c = course();
      c.title = { id: m.text.repeat(m.length), en: m.text.repeat(m.length) };
      return Buffer.from(JSON.stringify(c, null, 2));
    }
    case 'asset': {
      const c = course();
      const block = c.modules[0]!.pages[0]!.blocks.find((b) => typeof b.src === 'string')!;
      block.src = m.path;
      return Buffer.from(JSON.stringify(c, null, 2));
    }
    case 'value': {
      // Written as text, so "__proto__" becomes a real key of the file.
      return Buffer.from(text.replace('{', `{${JSON.stringify(m.key)}: ${JSON.stringify(m.value)},`));
    }
    case 'truncate':
      return Buffer.from(text.slice(0, Math.floor(m.at * text.length)));
    case 'random':
      return Buffer.from(JSON.stringify(m.value) ?? '');
  }
}

/** What every run of a command must show, whatever its input. */
function expectOrderly(name: string, r: { code: number; stdout: string; stderr: string }) {
  expect([0, 1, 2], `${name} exit code\n${r.stderr}`).toContain(r.code);
  if (r.code !== 0) expect(r.stderr, name).toMatch(/\bCK\d{3}\b/);
  const output = r.stdout + r.stderr;
  expect(output, name).not.toContain('internal error');
  expect(output, name).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  // Terminal output is inert: no escape or other control character but line breaks.
  expect(output, name).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
}

describe('validate and build on random and mutated courses', () => {
  it(`end orderly, change no input and write a whole package or nothing (${RUNS} seeded cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutation, fc.constantFrom(...outs), async (m, out) => {
        const dir = await mkdtemp(path.join(tmpdir(), 'ck-fuzz-'));
        try {
          await cp(path.join(base, 'course'), path.join(dir, 'course'), { recursive: true });
          await writeFile(path.join(dir, 'secret.txt'), 'outside the course folder');
          await symlink(path.join(dir, 'secret.txt'), path.join(dir, 'course/assets/link-out.svg'));
          const file = path.join(dir, 'course/course.json');
          await writeFile(file, apply(await readFile(file, 'utf8'), m));
          const before = await snapshot(dir);

          const validate = await run(['validate', 'course/course.json'], { cwd: dir });
          expectOrderly('validate', validate);
          expect(await snapshot(dir), 'validate changed a file').toEqual(before);

          const build = await run(['build', 'course/course.json', '--target', 'web', '--out', out, '--quiet'], { cwd: dir });
          expectOrderly('build', build);
          // validate checks the course and its files as build does: what validates builds, given a place to write.
          if (validate.code === 0 && FRESH_OUTS.has(out)) expect(build.code, `validate passed, build failed:\n${build.stderr}`).toBe(0);
          const after = await snapshot(dir);
          // Nothing that was there changed: the course, its assets, the file outside, any earlier file.
          for (const [key, value] of Object.entries(before)) expect(after[key], `build changed ${key}`).toBe(value);
          const added = Object.keys(after).filter((k) => !(k in before));
          if (build.code !== 0) {
            expect(added, 'a failed build left something behind').toEqual([]);
          } else {
            const zips = added.filter((k) => !k.endsWith('/'));
            expect(zips, 'a build writes exactly one package').toEqual([path.relative(dir, path.resolve(dir, out))]);
            expect((await readFile(path.join(dir, zips[0]!))).subarray(0, 4).toString('hex'), 'the package is a zip').toBe('504b0304');
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 240_000);
});
