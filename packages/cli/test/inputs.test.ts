import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterEachCleanup, run } from './run';

// What a command reads it never writes over, and it reads a course file, an included file or an
// asset the same way in validate, build and preview: the same code and exit code for each.

const { temp } = afterEachCleanup();

/** A starter course in `<tmp>/course/`, its second module in modules/latihan.json; every file's bytes. */
async function course() {
  const dir = await temp();
  expect((await run(['init', 'course'], { cwd: dir })).code).toBe(0);
  const file = path.join(dir, 'course', 'course.json');
  const c = JSON.parse(await readFile(file, 'utf8'));
  await mkdir(path.join(dir, 'course/modules'));
  await writeFile(path.join(dir, 'course/modules/latihan.json'), JSON.stringify(c.modules[1], null, 2));
  c.modules[1] = { $include: 'modules/latihan.json' };
  await writeFile(file, JSON.stringify(c, null, 2));
  const snapshot = async () => {
    const files: Record<string, string> = {};
    const walk = async (at: string): Promise<void> => {
      for (const e of await readdir(at, { withFileTypes: true })) {
        const p = path.join(at, e.name);
        if (e.isDirectory()) await walk(p);
        else if (e.isFile()) files[path.relative(dir, p)] = (await readFile(p)).toString('base64');
        else files[path.relative(dir, p)] = e.isFIFO() ? 'fifo' : 'other';
      }
    };
    await walk(dir);
    return files;
  };
  return { dir, file, before: await snapshot(), snapshot };
}

describe('coursekit build never writes over what it reads', () => {
  for (const [what, out, message] of [
    ['the course file', 'course/course.json', 'over the course file'],
    ['an included file', 'course/modules/latihan.json', 'over the included file modules/latihan.json'],
    ['an asset', 'course/assets/welcome.svg', 'over the asset "assets/welcome.svg"'],
    ['a path inside an asset', 'course/assets/welcome.svg/x.zip', 'inside the asset "assets/welcome.svg", which is a file, not a folder'],
    ['a path inside the assets folder', 'course/assets/course.zip', "into assets/, a folder of the course's assets"],
  ] as const) {
    it(`refuses --out ${what}: exit 2, CK956, nothing written`, async () => {
      const c = await course();
      const r = await run(['build', 'course/course.json', '--target', 'scorm12', '--out', out], { cwd: c.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${out} error CK956 the package would be written ${message}; nothing was written\n`);
      expect(r.stderr).toContain("hint: write packages outside the course's own files, e.g. --out dist/course.zip");
      expect(await c.snapshot()).toEqual(c.before);
    });
  }

  it('refuses another name for the course file (a link), and a --target all folder inside the assets', async () => {
    const c = await course();
    await symlink(c.file, path.join(c.dir, 'alias.json'));
    const before = await c.snapshot();
    const link = await run(['build', 'course/course.json', '--target', 'cmi5', '--out', 'alias.json'], { cwd: c.dir });
    expect([link.code, link.stderr]).toEqual([2, expect.stringContaining('alias.json error CK956 the package would be written over the course file; nothing was written')]);
    const all = await run(['build', 'course/course.json', '--target', 'all', '--out', 'course/assets/packages'], { cwd: c.dir });
    expect(all.code).toBe(2);
    expect(all.stderr.match(/CK956/g)).toHaveLength(6);
    expect(await c.snapshot()).toEqual(before);
  });

  it('builds beside the course as before', async () => {
    const c = await course();
    expect((await run(['build', 'course/course.json', '--target', 'scorm12', '--out', 'course/dist/c.zip'], { cwd: c.dir })).code).toBe(0);
    expect(existsSync(path.join(c.dir, 'course/dist/c.zip'))).toBe(true);
  });
});

describe('one verdict for a course file that cannot be read, whichever command meets it', () => {
  it('a folder named course.json: validate, build and preview exit 2 with the same CK955 message', async () => {
    const dir = await temp();
    await mkdir(path.join(dir, 'course.json'));
    const expected = 'coursekit error CK955 cannot read course.json: it is a folder; give the course file inside it, e.g. course.json\n  hint: check the path of the course file and that you may read it\n';
    for (const argv of [['validate', 'course.json'], ['build', 'course.json', '--target', 'web', '--out', 'x.zip'], ['preview', 'course.json', '--no-open', '--port', '0']]) {
      expect(await run(argv, { cwd: dir }), argv[0]).toEqual({ code: 2, stdout: '', stderr: expected });
    }
  });

  it('a named pipe is refused at once (reading it would wait forever)', async () => {
    const dir = await temp();
    execFileSync('mkfifo', [path.join(dir, 'course.json')]);
    for (const command of ['validate', 'build']) {
      const r = await run(command === 'build' ? [command, 'course.json', '--target', 'web'] : [command, 'course.json'], { cwd: dir });
      expect([r.code, r.stderr], command).toEqual([2, expect.stringContaining('CK955 cannot read course.json: it is not a regular file (a device or a pipe)')]);
    }
  });

  it('a file this user may not read: exit 2, CK955 EACCES, for validate and build alike', async () => {
    const c = await course();
    chmodSync(c.dir, 0o755);
    chmodSync(c.file, 0o000);
    const results = await asOrdinaryUser(() => Promise.all([run(['validate', 'course/course.json'], { cwd: c.dir }), run(['build', 'course/course.json', '--target', 'web'], { cwd: c.dir })]));
    for (const r of results) expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('CK955 cannot read course/course.json: EACCES')]);
  });
});

/** Runs `fn` as user nobody when the tests run as root (root reads any file), as itself otherwise. */
async function asOrdinaryUser<T>(fn: () => Promise<T>): Promise<T> {
  const root = process.getuid?.() === 0;
  if (root) process.seteuid!(65534);
  try {
    return await fn();
  } finally {
    if (root) process.seteuid!(0);
  }
}

describe('validate checks each asset as build packs it', () => {
  const assetCases = [
    ['a folder', async (at: string) => mkdir(at), 'CK515', '"assets/gambar.svg" is a folder, not a file a package can hold'],
    ['a named pipe', async (at: string) => execFileSync('mkfifo', [at]), 'CK515', '"assets/gambar.svg" is not a regular file (a device, a pipe or a socket), not a file a package can hold'],
    [
      'a file this user may not read',
      async (at: string) => {
        await writeFile(at, '<svg xmlns="http://www.w3.org/2000/svg"/>');
        chmodSync(at, 0o000);
      },
      'CK516',
      '"assets/gambar.svg" cannot be read (EACCES)',
    ],
  ] as const;
  for (const [what, make, code, message] of assetCases) {
    it(`an asset that is ${what}: validate and build both exit 1 with ${code}`, async () => {
      const c = await course();
      const text = (await readFile(c.file, 'utf8')).replace('"assets/welcome.svg"', '"assets/gambar.svg"');
      await writeFile(c.file, text);
      await make(path.join(c.dir, 'course/assets/gambar.svg'));
      chmodSync(c.dir, 0o755);
      const [validate, build] = await asOrdinaryUser(() => Promise.all([run(['validate', 'course/course.json'], { cwd: c.dir }), run(['build', 'course/course.json', '--target', 'scorm12', '--out', 'out/x.zip'], { cwd: c.dir })]));
      const line = new RegExp(`^course/course\\.json:\\d+:\\d+ error ${code} ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm');
      expect([validate.code, validate.stderr]).toEqual([1, expect.stringMatching(line)]);
      expect([build.code, build.stderr]).toEqual([1, expect.stringMatching(line)]);
      expect(existsSync(path.join(c.dir, 'out'))).toBe(false);
    });
  }
});

describe('coursekit report never writes over what it reads', () => {
  it('refuses an --out, --csv or --json that names the statements, the roster or the course: exit 2, CK957', async () => {
    const dir = await temp();
    const statements = path.join(dir, 'statements.ndjson');
    await writeFile(statements, '');
    await writeFile(path.join(dir, 'roster.csv'), 'email,name,unit\n');
    for (const argv of [
      ['report', 'statements.ndjson', '--out', 'statements.ndjson'],
      ['report', 'statements.ndjson', '--roster', 'roster.csv', '--csv', './roster.csv'],
    ]) {
      const r = await run(argv, { cwd: dir });
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/^coursekit error CK957 the report would be written over (statements\.ndjson|roster\.csv), which it reads; nothing was written\n/)]);
    }
    expect(await readFile(statements, 'utf8')).toBe('');
    expect(await readFile(path.join(dir, 'roster.csv'), 'utf8')).toBe('email,name,unit\n');
  });
});
