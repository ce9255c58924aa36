import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from './load';

const root = resolve(examplesDir, '..');
const guides = readdirSync(join(root, 'docs/getting-started')).filter((f) => f.endsWith('.md'));

/** A fenced code block and the HTML comment just above it, if any. */
export interface Snippet {
  file: string;
  line: number;
  lang: string;
  code: string;
  /** `from: <path>` (copied from a file), `run` (a command a test runs), or null. */
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
    const comment = /^<!-- (from: \S+|run) -->$/.exec(lines[i - 1] ?? '');
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

describe.each(guides)('docs/getting-started/%s', (guide) => {
  const blocks = snippets(`docs/getting-started/${guide}`).filter((s) => s.lang !== '' && s.lang !== 'text');

  it('says where every code snippet comes from: a file it is copied from, or a command a test runs', () => {
    expect(blocks.filter((s) => s.source === null).map((s) => `${s.file}:${s.line}`)).toEqual([]);
  });

  it('copies every "from:" snippet verbatim from its file', () => {
    const stale = blocks
      .filter((s) => s.source?.startsWith('from: '))
      .filter((s) => !containsLines(readFileSync(join(root, s.source!.slice(6)), 'utf8'), s.code))
      .map((s) => `${s.file}:${s.line} is not in ${s.source!.slice(6)}`);
    expect(stale).toEqual([]);
  });
});
