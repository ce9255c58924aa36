import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examplesDir } from './load';

const root = resolve(examplesDir, '..');
const cli = join(root, 'packages/cli/dist/bin.js');
const guides = readdirSync(join(root, 'docs/getting-started'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/getting-started/${f}`);
const documents = ['README.md', ...guides];

/** A fenced code block and the HTML comment just above it, if any. */
export interface Snippet {
  file: string;
  line: number;
  lang: string;
  code: string;
  /**
   * Where it comes from, or how a test checks it: `from: <path>` (copied from a file), `run`
   * (coursekit commands a test runs), `usage` (coursekit commands whose options a test checks
   * against the command's --help), `setup` (the README's set-up commands), or null.
   */
  source: string | null;
}

/** Every fenced code block of a Markdown file, with the comment that says where it comes from. */
export function snippets(file: string): Snippet[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    const comment = /^<!-- (from: \S+|run|usage|setup) -->$/.exec(lines[i - 1] ?? '');
    found.push({ file, line: i + 1, lang: open[1]!, code: lines.slice(i + 1, end).join('\n'), source: comment ? comment[1]! : null });
    i = end;
  }
  return found;
}

/** Whether `code` appears in `text` as consecutive lines (ignoring trailing spaces). */
function containsLines(text: string, code: string): boolean {
  const hay = text.split('\n').map((l) => l.trimEnd());
  const needle = code.split('\n').map((l) => l.trimEnd());
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((l, j) => hay[i + j] === l)) return true;
  }
  return false;
}

/** The command lines of a shell snippet: comments and blank lines left out. */
function commands(code: string): string[] {
  return code
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Splits a command line into words; quotes group words, as a shell does for these simple lines. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function coursekit(args: string[], cwd: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
}

/** A scratch folder for the commands the guides run; each snippet gets a folder with examples/ linked in. */
const scratch = mkdtempSync(join(tmpdir(), 'coursekit-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(documents)('%s', (document) => {
  const blocks = snippets(document).filter((s) => s.lang !== '' && s.lang !== 'text');

  it('says where every code snippet comes from: a file it is copied from, or how a test checks it', () => {
    expect(blocks.filter((s) => s.source === null).map((s) => `${s.file}:${s.line}`)).toEqual([]);
  });

  it('copies every "from:" snippet verbatim from its file', () => {
    const stale = blocks
      .filter((s) => s.source?.startsWith('from: '))
      .filter((s) => !containsLines(readFileSync(join(root, s.source!.slice(6)), 'utf8'), s.code))
      .map((s) => `${s.file}:${s.line} is not in ${s.source!.slice(6)}`);
    expect(stale).toEqual([]);
  });

  it('runs every "run" snippet: each command exits 0', () => {
    const failed: string[] = [];
    for (const s of blocks.filter((b) => b.source === 'run')) {
      const dir = mkdtempSync(join(scratch, 'run-'));
      symlinkSync(join(root, 'examples'), join(dir, 'examples'), 'dir');
      for (const line of commands(s.code)) {
        const [command, ...args] = words(line);
        if (command !== 'coursekit') {
          failed.push(`${s.file}:${s.line}: "${line}" is not a coursekit command; a "run" snippet holds only those`);
          continue;
        }
        const run = coursekit(args, dir);
        if (run.status !== 0) failed.push(`${s.file}:${s.line}: "${line}" exited ${run.status}: ${run.stderr.trim()}`);
      }
    }
    expect(failed).toEqual([]);
  });

  it('uses only options that exist in every "usage" snippet', () => {
    const wrong: string[] = [];
    for (const s of blocks.filter((b) => b.source === 'usage')) {
      for (const line of commands(s.code)) {
        const [command, name, ...args] = words(line.replace(/^(\w+=\S+\s+)+/, ''));
        if (command !== 'coursekit' || !name) {
          wrong.push(`${s.file}:${s.line}: "${line}" is not a coursekit command`);
          continue;
        }
        const help = coursekit([name, '--help'], root);
        if (help.status !== 0) {
          wrong.push(`${s.file}:${s.line}: "coursekit ${name} --help" exited ${help.status}: ${help.stderr.trim()}`);
          continue;
        }
        for (const option of args.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0]!)) {
          if (!new RegExp(`\\s${option}[\\s,]`).test(help.stdout)) wrong.push(`${s.file}:${s.line}: coursekit ${name} has no option ${option}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('README.md set-up commands', () => {
  const setup = snippets('README.md').filter((s) => s.source === 'setup');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { packageManager: string; scripts: Record<string, string>; engines: { node: string } };
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('installs the pinned pnpm and then the locked dependencies', () => {
    expect(setup).toHaveLength(1);
    expect(commands(setup[0]!.code)[0]).toBe(`npm install -g ${pkg.packageManager} && pnpm install --frozen-lockfile`);
  });

  it('runs the main job with pnpm start, which builds and previews Integrity Ranger', () => {
    expect(commands(setup[0]!.code)[1]).toBe('pnpm start');
    expect(pkg.scripts.start).toBe('pnpm run build && node packages/cli/dist/bin.js preview examples/integrity-ranger/course.json');
  });

  it('runs every test with pnpm test, the command CI runs', () => {
    expect(commands(setup[0]!.code)[2]).toBe('pnpm test');
    expect(pkg.scripts.test).toMatch(/^pnpm run build && pnpm run typecheck && pnpm -r .*\btest$/);
    expect(readFileSync(join(root, '.ci/run'), 'utf8').trimEnd().split('\n').at(-1)).toBe('pnpm test');
  });

  it('names the Node.js version the workspace requires', () => {
    expect(pkg.engines.node).toBe('>=20.19');
    expect(readme).toContain('Node.js ≥ 20.19');
  });
});
