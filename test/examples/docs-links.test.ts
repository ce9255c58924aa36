import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from './load';

const root = resolve(examplesDir, '..');
const cli = join(root, 'packages/cli/dist/bin.js');

/** Folders of installed or built files, never written by hand. */
const SKIP = new Set(['node_modules', 'dist', 'storybook-static', 'coverage', '.coursekit-tmp', 'out']);

/** Every file under `dir` whose name passes `keep`, relative to the repository. */
function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (SKIP.has(name)) return [];
    if (statSync(join(root, path)).isDirectory()) return files(path, keep);
    return keep(name) ? [path] : [];
  });
}

const docs = files('docs', (n) => n.endsWith('.md'));
const markdown = ['README.md', ...docs];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

/** The relative links of a Markdown file (outside code blocks), with the line they are on. */
function links(file: string): Array<{ target: string; line: number }> {
  const found: Array<{ target: string; line: number }> = [];
  let fenced = false;
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.startsWith('```')) fenced = !fenced;
      if (fenced) return;
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (!/^[a-z]+:/i.test(m[1]!)) found.push({ target: m[1]!, line: i + 1 });
      }
    });
  return found;
}

describe('links in README.md and docs/', () => {
  it.each(markdown)('%s: every relative link leads to a file, and every #anchor to a heading', (file) => {
    const broken: string[] = [];
    for (const { target, line } of links(file)) {
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const full = path === '' ? join(root, file) : resolve(dirname(join(root, file)), decodeURIComponent(path));
      if (!existsSync(full)) {
        broken.push(`${file}:${line}: ${target} does not exist`);
        continue;
      }
      if (anchor && full.endsWith('.md')) {
        const headings = [...readFileSync(full, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!));
        if (!headings.includes(anchor)) broken.push(`${file}:${line}: ${target} names no heading of ${relative(root, full)}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('docs/README.md lists every page of docs/', () => {
    const index = links('docs/README.md').map(({ target }) => join('docs', target.split('#')[0]!));
    expect(docs.filter((d) => d !== join('docs', 'README.md') && !index.includes(d))).toEqual([]);
  });

  it('every docs/… page named in the packages’ source exists', () => {
    const named = files('packages', (n) => /\.(ts|mjs|js)$/.test(n) && !n.endsWith('.d.ts')).flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/\bdocs\/[\w/.-]+\.md\b/g)].map((m) => ({ file, page: m[0] })),
    );
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter(({ page }) => !existsSync(join(root, page))).map(({ file, page }) => `${file}: ${page}`)).toEqual([]);
  });
});

describe('docs/cli.md', () => {
  const page = readFileSync(join(root, 'docs/cli.md'), 'utf8');
  const blocks = [...page.matchAll(/<!-- help: ?(\w*) -->\n```text\n([\s\S]*?)\n```/g)].map((m) => ({ command: m[1]!, text: m[2]! }));
  const help = (command: string) => {
    const run = spawnSync(process.execPath, [cli, ...(command ? [command] : []), '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    return run.stdout.trimEnd();
  };

  it('has the help of coursekit and of every command it lists', () => {
    const commands = [...help('').matchAll(/^ {2}(\w+) {2,}/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThan(3);
    expect(blocks.map((b) => b.command)).toEqual(['', ...commands]);
  });

  // UPDATE_DOCS=1 rewrites the blocks from the CLI's current help, for a change made on purpose.
  it('shows each help exactly as the command prints it', () => {
    if (process.env.UPDATE_DOCS) {
      writeFileSync(
        join(root, 'docs/cli.md'),
        page.replace(/(<!-- help: ?(\w*) -->\n```text\n)[\s\S]*?(\n```)/g, (_all, open: string, command: string, close: string) => `${open}${help(command)}${close}`),
      );
      return;
    }
    for (const block of blocks) expect(block.text, `coursekit ${block.command} --help`).toBe(help(block.command));
  });
});
