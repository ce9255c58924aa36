import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index';
import { starterCourse } from '../src/init/template';
import { unzip } from '../../packager/test/unzip';
import { afterEachCleanup, RANGER, REPO, run } from './run';

const { temp } = afterEachCleanup();

/** A starter course in a temporary folder, changed by `edit`, with extra files. */
async function course(edit: (c: ReturnType<typeof starterCourse>) => void = () => {}, files: Record<string, string> = {}) {
  const dir = await temp();
  expect((await run(['init', 'course'], { cwd: dir })).code).toBe(0);
  const file = path.join(dir, 'course', 'course.json');
  const c = JSON.parse(await readFile(file, 'utf8'));
  edit(c);
  await writeFile(file, JSON.stringify(c, null, 2));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, 'course', name)), { recursive: true });
    await writeFile(path.join(dir, 'course', name), text);
  }
  return { dir, file, out: path.join(dir, 'out') };
}

describe('help', () => {
  it('lists every command and exits 2 without a command', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Usage: coursekit <command> [options]');
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name}`);
  });

  for (const command of COMMANDS) {
    it(`coursekit ${command.name} --help shows its usage, options and exit codes`, async () => {
      const r = await run([command.name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(`Usage: ${command.usage}\n`)).toBe(true);
      expect(r.stdout).toContain('-h, --help');
      expect(r.stdout).toContain('Exit codes: 0 success, 1 invalid course or package, 2 usage or I/O error, 3 internal error.');
      expect((await run(['help', command.name])).stdout).toBe(r.stdout);
    });
  }

  it('prints the version of its package.json, from the sources and from the built bin.js', async () => {
    const { version } = JSON.parse(await readFile(path.join(REPO, 'packages/cli/package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const built = execFileSync(process.execPath, [path.join(REPO, 'packages/cli/dist/bin.js'), '--version'], { encoding: 'utf8' });
    expect(built).toBe(`${version}\n`);
    expect((await run(['--help'])).stdout.trimEnd().split('\n').pop()).toBe('Docs: https://github.com/coursekit/coursekit/blob/main/docs/cli.md');
    expect(await run(['-V'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await run(['-v'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage errors exit 2', () => {
  it('an unknown command, with a suggestion', async () => {
    const r = await run(['biuld']);
    expect(r).toMatchObject({ code: 2, stderr: 'coursekit error CK950 unknown command "biuld"\n  hint: did you mean "coursekit build"?\n' });
  });
  it('an unknown option', async () => {
    const r = await run(['build', 'x.json', '--tagret', 'web']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("coursekit error CK951 Unknown option '--tagret'");
  });
  it('a missing --target and an unknown target', async () => {
    expect(await run(['build', 'x.json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('CK952 missing --target') });
    expect(await run(['build', 'x.json', '--target', 'scorm'])).toMatchObject({ code: 2, stderr: expect.stringContaining('CK953 unknown target "scorm"\n  hint: use one of: scorm12, scorm2004-3, scorm2004-4, cmi5, xapi, web, all') });
  });
  it('a missing argument', async () => {
    expect(await run(['validate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('CK952 missing argument: usage: coursekit validate <course.json> [--json]') });
  });
});

describe('coursekit validate', () => {
  it('exits 0 on a valid course', async () => {
    const c = await course();
    expect(await run(['validate', c.file], { cwd: c.dir })).toEqual({ code: 0, stdout: '', stderr: 'course/course.json: valid\n' });
  });

  it('prints errors like a compiler and exits 1 on an invalid course; --json prints the list', async () => {
    const c = await course((x) => {
      (x.modules[0]!.pages[0]!.blocks[0] as { type: string }).type = 'txet';
    });
    const r = await run(['validate', 'course/course.json'], { cwd: c.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^course\/course\.json:\d+:\d+ error CK014 /m);
    const json = await run(['validate', 'course/course.json', '--json'], { cwd: c.dir });
    expect(json.code).toBe(1);
    const list = JSON.parse(json.stdout) as Array<{ code: string; pointer: string; file: string }>;
    expect(list[0]).toMatchObject({ code: 'CK014', file: 'course/course.json', pointer: '/modules/0/pages/0/blocks/0/type' });
  });

  it('follows $includes: a problem in an included module names that file, line and column', async () => {
    const c = await course((x) => {
      (x.modules as unknown[])[1] = { $include: 'modules/latihan.json' };
    });
    const module = starterCourse('x').modules[1]!;
    (module.pages[0]!.blocks[0] as { scenario: string }).scenario = 'hadiahh';
    await mkdir(path.join(c.dir, 'course/modules'), { recursive: true });
    const text = JSON.stringify(module, null, 2);
    await writeFile(path.join(c.dir, 'course/modules/latihan.json'), text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"hadiahh"'));
    const r = await run(['validate', 'course/course.json', '--json'], { cwd: c.dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ code: 'CK105', file: 'course/modules/latihan.json', line: line + 1, column: lines[line]!.indexOf('"hadiahh"') + 1, pointer: '/pages/0/blocks/0/scenario', hint: 'did you mean "hadiah"?' }),
    ]);
    expect((await run(['validate', RANGER])).code).toBe(0);
  });

  it('checks the files a course names: a missing asset, with a suggestion (exit 1)', async () => {
    const c = await course((x) => {
      (x.modules[0]!.pages[0]!.blocks[1] as { src: string }).src = 'assets/welcom.svg';
    });
    const r = await run(['validate', 'course/course.json'], { cwd: c.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^course\/course\.json:\d+:\d+ error CK510 the file "assets\/welcom\.svg" does not exist in the course folder\n {2}at: \/modules\/0\/pages\/0\/blocks\/1\/src\n {2}hint: did you mean "assets\/welcome\.svg"\?/m);
  });

  it('warns (CK740) about an image over the budget exactly as build does, at its place in an included file; --image-budget raises it', async () => {
    const c = await course((x) => {
      (x.modules as unknown[])[1] = { $include: 'modules/latihan.json' };
    });
    const module = starterCourse('x').modules[1]!;
    module.pages[0]!.blocks.unshift({ type: 'image', src: 'assets/kantor.png', alt: { id: 'Kantor', en: 'The office' } } as never);
    await mkdir(path.join(c.dir, 'course/modules'), { recursive: true });
    const text = JSON.stringify(module, null, 2);
    await writeFile(path.join(c.dir, 'course/modules/latihan.json'), text);
    await writeFile(path.join(c.dir, 'course/assets/kantor.png'), Buffer.alloc(250 * 1024, 7));
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"assets/kantor.png"'));
    const warning = {
      code: 'CK740',
      severity: 'warning',
      message: 'image "assets/kantor.png" is 250 KB (256,000 bytes), over the image budget of 200 KB (204,800 bytes)',
      file: 'course/modules/latihan.json',
      line: line + 1,
      column: lines[line]!.indexOf('"assets/kantor.png"') + 1,
      pointer: '/modules/1/pages/0/blocks/0/src',
      hint: 'build with --optimize-images to re-encode it, or resize it to the width it is shown at (at most 1600 pixels) and save it again; raise the budget with --image-budget <KB> if it must stay this large',
    };
    const validated = await run(['validate', 'course/course.json', '--json'], { cwd: c.dir });
    expect(validated.code).toBe(0);
    expect(JSON.parse(validated.stdout)).toEqual([warning]);
    const built = await run(['build', 'course/course.json', '--target', 'web', '--out', 'out/w.zip', '--json'], { cwd: c.dir });
    expect(JSON.parse(built.stdout).packages[0].warnings).toEqual([warning]);
    const printed = await run(['validate', 'course/course.json'], { cwd: c.dir });
    expect(printed.stderr).toBe(
      `course/modules/latihan.json:${warning.line}:${warning.column} warning CK740 ${warning.message}\n  at: ${warning.pointer}\n  hint: ${warning.hint}\n\n1 warning\n`,
    );
    expect(await run(['validate', 'course/course.json', '--image-budget', '300'], { cwd: c.dir })).toEqual({ code: 0, stdout: '', stderr: 'course/course.json: valid\n' });
    const bad = await run(['validate', 'course/course.json', '--image-budget', '1.5MB'], { cwd: c.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('CK953 --image-budget "1.5MB" is not a whole number of kilobytes');
  });

  it('exits 2 when the file cannot be read', async () => {
    const dir = await temp();
    expect(await run(['validate', 'missing.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('CK955 cannot read missing.json: ENOENT') });
  });
});

describe('coursekit init', () => {
  it('scaffolds a bilingual course that validates and builds for every target as it is', async () => {
    const dir = await temp();
    const init = await run(['init', 'Pelatihan Etika'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('created Pelatihan Etika/course.json (course "pelatihan-etika")');
    const c = JSON.parse(await readFile(path.join(dir, 'Pelatihan Etika/course.json'), 'utf8'));
    expect(c.languages).toEqual(['id', 'en']);
    // "$schema" is a path an editor can open, from the course's folder to the installed schema.
    expect(c.$schema).toMatch(/^\.\.?\/.*course\.schema\.json$/);
    const schema = JSON.parse(await readFile(path.resolve(dir, 'Pelatihan Etika', c.$schema), 'utf8'));
    expect(schema.$id).toBe('https://coursekit.dev/schema/course/1.0/course.schema.json');
    expect((await run(['validate', 'Pelatihan Etika/course.json'], { cwd: dir })).code).toBe(0);
    const build = await run(['build', 'Pelatihan Etika/course.json', '--target', 'all', '--out', 'dist', '--json'], { cwd: dir });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const result = JSON.parse(build.stdout) as { ok: boolean; packages: Array<{ target: string; out: string }> };
    expect(result.ok).toBe(true);
    // Relative to where the command ran, as validate --json prints problems.
    expect(result.packages.map((p) => p.out)).toEqual(['scorm12', 'scorm2004-3', 'scorm2004-4', 'cmi5', 'xapi', 'web'].map((t) => `dist/pelatihan-etika-0.1.0-${t}.zip`));
    expect((await readdir(path.join(dir, 'dist'))).sort()).toEqual(['cmi5', 'scorm12', 'scorm2004-3', 'scorm2004-4', 'web', 'xapi'].map((t) => `pelatihan-etika-0.1.0-${t}.zip`));
  });

  it('--json lists what it created', async () => {
    const dir = await temp();
    const r = await run(['init', 'etika', '--id', 'etika-asn', '--json'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toEqual({ course: 'etika/course.json', id: 'etika-asn', files: ['etika/course.json', 'etika/README.md', 'etika/assets/welcome.svg', 'etika/assets/sari.svg'] });
    for (const f of JSON.parse(r.stdout).files as string[]) expect(existsSync(path.join(dir, f))).toBe(true);
  });

  it('refuses to overwrite a course unless --force', async () => {
    const dir = await temp();
    await run(['init', 'x'], { cwd: dir });
    expect(await run(['init', 'x'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('CK954 x/course.json already exists') });
    expect((await run(['init', 'x', '--force'], { cwd: dir })).code).toBe(0);
  });

  it('writes Indonesian that addresses the learner as "Bapak/Ibu", as the player does, never "Anda", "kamu" or "Saudara"', () => {
    const indonesian: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const { id, en } = node as { id?: unknown; en?: unknown };
        if (typeof id === 'string' && typeof en === 'string') indonesian.push(id);
        else Object.values(node).forEach(walk);
      }
    };
    const starter = starterCourse('x');
    walk(starter);
    expect(indonesian.filter((text) => /\b(Anda|anda|[Kk]amu|Saudara)\b/.test(text))).toEqual([]);
    expect(indonesian.filter((text) => text.includes('Bapak/Ibu'))).toEqual([
      'Seorang tamu datang membawa hadiah untuk Bapak/Ibu.',
      'Apa yang Bapak/Ibu lakukan?',
      'Menolak dengan sopan menjaga integritas Bapak/Ibu.',
    ]);
  });
});

describe('coursekit build: bad inputs give a clear error and leave no output', () => {
  const expectNothingAt = async (out: string) => expect(existsSync(out) ? await readdir(out) : []).toEqual([]);

  it('an asset path escaping the course folder (exit 1, with where it was written)', async () => {
    // The file exists beside the course folder: packing it would leak it.
    const c = await course((x) => {
      (x.modules[0]!.pages[0]!.blocks[1] as { src: string }).src = '../secret.txt';
    });
    await writeFile(path.join(c.dir, 'secret.txt'), 'not for learners');
    const r = await run(['build', 'course/course.json', '--target', 'scorm2004-4', '--out', 'out/x.zip'], { cwd: c.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^course\/course\.json:\d+:\d+ error (CK901|CK511) "\.\.\/secret\.txt" leads out of the course folder/m);
    expect(r.stderr).toContain('hint: copy the file into the course folder');
    await expectNothingAt(c.out);
  });

  it('a missing file (exit 1)', async () => {
    const c = await course((x) => {
      (x.modules[0]!.pages[0]!.blocks[1] as { src: string }).src = 'assets/hilang.png';
    });
    const r = await run(['build', 'course/course.json', '--target', 'web', '--out', 'out/x.zip'], { cwd: c.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^course\/course\.json:\d+:\d+ error (CK903|CK510) .*assets\/hilang\.png/m);
    await expectNothingAt(c.out);
  });

  it('a case-only collision (exit 1)', async () => {
    const c = await course(
      (x) => {
        x.modules[0]!.pages[0]!.blocks.push({ type: 'image', src: 'assets/Welcome.svg', alt: { id: 'Buku', en: 'Book' } } as never);
      },
      { 'assets/Welcome.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
    );
    const r = await run(['build', 'course/course.json', '--target', 'cmi5', '--out', 'out/x.zip'], { cwd: c.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error (CK904|CK513) .*(Welcome\.svg|welcome\.svg)/);
    await expectNothingAt(c.out);
  });

  it('an invalid course (exit 1)', async () => {
    const c = await course((x) => {
      x.defaultLanguage = 'fr';
    });
    const r = await run(['build', 'course/course.json', '--target', 'xapi', '--out', 'out/x.zip'], { cwd: c.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^course\/course\.json:\d+:\d+ error CK402 /m);
    await expectNothingAt(c.out);
  });

  it('an unwritable --out (exit 2)', async () => {
    const c = await course();
    await writeFile(path.join(c.dir, 'a-file'), '');
    const r = await run(['build', 'course/course.json', '--target', 'scorm12', '--out', 'a-file/x.zip'], { cwd: c.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error CK921 cannot write');
    expect(r.stderr).toContain('hint: choose an --out in a folder you can write to');
    expect(await readFile(path.join(c.dir, 'a-file'), 'utf8')).toBe('');
  });

  it('a course too big for SCORM 1.2 (exit 1, by how much and what to change); SCORM 2004 takes it', async () => {
    const c = await course((x) => {
      x.modules[0]!.pages[1]!.blocks.push(
        ...[1, 2, 3].map((i) => ({ type: 'question', question: { id: `renungan-${i}`, type: 'reflection', prompt: { id: 'Apa pendapat Anda?', en: 'What do you think?' } } }) as never),
      );
    });
    const r = await run(['build', 'course/course.json', '--target', 'scorm12', '--out', 'out/x.zip'], { cwd: c.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error CK910 the saved state of this course can reach [\d,]+ characters; SCORM 1\.2 suspend_data holds 4,096, so it is [\d,]+ characters too large/);
    expect(r.stderr).toContain('give every reflection question a "maxLength" of 200 or less');
    await expectNothingAt(c.out);
    expect((await run(['build', 'course/course.json', '--target', 'scorm2004-4', '--out', 'out/y.zip'], { cwd: c.dir })).code).toBe(0);
  });
});

describe('coursekit build output', () => {
  it('prints what it built; --json gives the files and the suspend_data figure', async () => {
    const c = await course();
    const r = await run(['build', 'course/course.json', '--target', 'scorm12'], { cwd: c.dir });
    expect(r.code).toBe(0);
    const printed = /^built dist\/course-0\.1\.0-scorm12\.zip \(SCORM 1\.2, \d+ kB, (\d+) files, saved state at most \d+ of 4,096 characters\)\n$/.exec(r.stdout);
    expect(printed, r.stdout).not.toBeNull();
    const json = JSON.parse((await run(['build', 'course/course.json', '--target', 'scorm12', '--out', 'out/a.zip', '--json'], { cwd: c.dir })).stdout);
    const paths: string[] = json.packages[0].files.map((f: { path: string }) => f.path);
    expect(paths).toHaveLength(Number(printed![1]));
    // The course's own files, and the player: its first load and the chunks it loads on demand.
    expect(paths.filter((p) => !p.startsWith('player/') && !/^course\..+\.json$/.test(p))).toEqual(['assets/sari.svg', 'assets/welcome.svg', 'course.json', 'imsmanifest.xml', 'index.html']);
    // The course split for the player: a skeleton and a part per module and language.
    expect(paths.filter((p) => /^course\..+\.json$/.test(p)).map((p) => p.replace(/\.[0-9a-f]{10}\.json$/, ''))).toEqual(['course', 'course.latihan.en', 'course.latihan.id', 'course.pengantar.en', 'course.pengantar.id']);
    expect(paths).toContain('player/coursekit.js');
    expect(paths.filter((p) => p.startsWith('player/') && !/^player\/[\w.-]+\.js$/.test(p))).toEqual([]);
    expect(json.packages[0].suspendData).toMatchObject({ target: 'scorm12', limit: 4096, fits: true });
  });

  it('refuses an --image-budget that is not a whole number of kilobytes (CK953)', async () => {
    const c = await course();
    const r = await run(['build', 'course/course.json', '--target', 'web', '--image-budget', '1.5MB'], { cwd: c.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CK953 --image-budget "1.5MB" is not a whole number of kilobytes');
  });

  it('warns loudly (CK730) when LRS credentials go into a web package', async () => {
    const c = await course();
    const r = await run(['build', 'course/course.json', '--target', 'web', '--out', 'out/w.zip', '--xapi-endpoint', 'https://lrs.example.go.id/xapi/', '--xapi-auth', 'Basic YWJjOmRlZg=='], { cwd: c.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('WARNING CK730 LRS credentials are being written into the web package.');
    const without = await run(['build', 'course/course.json', '--target', 'web', '--out', 'out/v.zip'], { cwd: c.dir });
    expect(without.stderr).not.toContain('CK730');
  });

  it('shows a progress bar on a terminal only', async () => {
    const c = await course();
    const tty = await run(['build', 'course/course.json', '--target', 'web', '--out', 'out/p.zip'], { cwd: c.dir, tty: true });
    expect(tty.stderr).toMatch(/\[=+>? *\] +\d+% web /);
    const piped = await run(['build', 'course/course.json', '--target', 'web', '--out', 'out/q.zip'], { cwd: c.dir });
    expect(piped.stderr).toBe('');
  });
});

describe('coursekit build --lms', () => {
  it('writes the LMS profile into SCORM packages only; an unknown profile or a target without SCORM is a usage error', async () => {
    const c = await course();
    const r = await run(['build', 'course/course.json', '--target', 'all', '--lms', 'cornerstone', '--out', 'out', '--quiet'], { cwd: c.dir });
    expect(r.code).toBe(0);
    for (const file of await readdir(c.out)) {
      const dir = path.join(c.dir, 'unzipped', file);
      await unzip(path.join(c.out, file), dir);
      const page = await readFile(path.join(dir, 'index.html'), 'utf8');
      if (/scorm/.test(file)) expect(page, file).toContain('<meta name="coursekit:lms" content="cornerstone">');
      else expect(page, file).not.toContain('coursekit:lms');
    }
    const unknown = await run(['build', 'course/course.json', '--target', 'scorm12', '--lms', 'blackboard', '--out', 'out/x.zip'], { cwd: c.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('CK953 unknown LMS profile "blackboard"');
    expect(unknown.stderr).toContain('default, cornerstone, saba, keep-suspend, moodle');
    const notScorm = await run(['build', 'course/course.json', '--target', 'cmi5', '--lms', 'saba', '--out', 'out/y.zip'], { cwd: c.dir });
    expect(notScorm.code).toBe(2);
    expect(notScorm.stderr).toContain('--lms applies to SCORM targets only');
  });
});
