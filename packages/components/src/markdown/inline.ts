import type { MdInline } from './ast';

// CommonMark 2.4: any ASCII punctuation may be backslash-escaped.
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** Link targets that may become an href: web pages and e-mail, nothing that runs or embeds. */
export const SAFE_HREF = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

function runOf(src: string, i: number, ch: string): number {
  let n = 0;
  while (src[i + n] === ch) n++;
  return n;
}

/** Index of the closing backtick run of exactly `n`, or -1 (CommonMark 6.1 code spans). */
function codeClose(src: string, from: number, n: number): number {
  for (let j = from; j < src.length; ) {
    if (src[j] !== '`') {
      j++;
      continue;
    }
    const run = runOf(src, j, '`');
    if (run === n) return j;
    j += run;
  }
  return -1;
}

/** Skips a backslash escape or a whole code span at `j`; returns the next index to look at. */
function skip(src: string, j: number): number {
  if (src[j] === '\\' && PUNCTUATION.test(src[j + 1] ?? '')) return j + 2;
  if (src[j] === '`') {
    const run = runOf(src, j, '`');
    const close = codeClose(src, j + run, run);
    return close < 0 ? j + run : close + run;
  }
  return j + 1;
}

/** `*x*`, `**x**`, `***x***` and the `_` forms; `_` never inside a word (CommonMark 6.2 rule 2). */
function emphasis(src: string, i: number): { node: MdInline; end: number } | null {
  const ch = src[i]!;
  const run = runOf(src, i, ch);
  if (run > 3) return null;
  const after = src[i + run] ?? '';
  if (!after || SPACE.test(after)) return null;
  if (ch === '_' && WORD.test(src[i - 1] ?? '')) return null;
  for (let j = i + run; j < src.length; ) {
    if (src[j] !== ch) {
      j = skip(src, j);
      continue;
    }
    const close = runOf(src, j, ch);
    const before = src[j - 1] ?? '';
    const next = src[j + close] ?? '';
    if (close === run && j > i + run && !SPACE.test(before) && !(ch === '_' && WORD.test(next))) {
      const inner = parseInline(src.slice(i + run, j));
      const node: MdInline =
        run === 1 ? { type: 'em', children: inner } : run === 2 ? { type: 'strong', children: inner } : { type: 'strong', children: [{ type: 'em', children: inner }] };
      return { node, end: j + close };
    }
    j += close;
  }
  return null;
}

/** `[label](target)` or `[label](target "title")`; the title is dropped. */
function link(src: string, i: number): { node: MdInline; end: number } | null {
  let depth = 0;
  let j = i;
  for (; j < src.length; ) {
    if (src[j] === '[') depth++;
    else if (src[j] === ']' && --depth === 0) break;
    j = src[j] === '[' || src[j] === ']' ? j + 1 : skip(src, j);
  }
  if (depth !== 0 || src[j + 1] !== '(') return null;
  const label = src.slice(i + 1, j);
  let k = j + 2;
  let parens = 0;
  let href = '';
  for (; k < src.length; k++) {
    const c = src[k]!;
    if (c === '(') parens++;
    else if (c === ')' && parens-- === 0) break;
    else if (SPACE.test(c)) break;
    href += c;
  }
  if (SPACE.test(src[k] ?? '')) {
    const title = /^\s+"[^"\n]*"\s*\)/.exec(src.slice(k));
    if (!title) return null;
    k += title[0].length - 1;
  }
  if (src[k] !== ')' || !href) return null;
  return { node: { type: 'link', href, children: parseInline(label) }, end: k + 1 };
}

/**
 * Inline Markdown (code spans, strong, emphasis, links, backslash escapes, hard breaks) to a tree.
 * Anything that does not match a rule stays text, character for character.
 *
 * @example
 * parseInline('Lapor ke **UPG**'); // [{ type: 'text', text: 'Lapor ke ' }, { type: 'strong', children: [{ type: 'text', text: 'UPG' }] }]
 */
export function parseInline(src: string): MdInline[] {
  const out: MdInline[] = [];
  let text = '';
  const flush = (): void => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  for (let i = 0; i < src.length; ) {
    const c = src[i]!;
    if (c === '\\' && src[i + 1] === '\n') {
      flush();
      out.push({ type: 'break' });
      i += 2;
      continue;
    }
    if (c === '\\' && PUNCTUATION.test(src[i + 1] ?? '')) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (c === ' ' && src.startsWith('  \n', i)) {
      flush();
      out.push({ type: 'break' });
      i += 3;
      continue;
    }
    if (c === '`') {
      const run = runOf(src, i, '`');
      const close = codeClose(src, i + run, run);
      if (close >= 0) {
        flush();
        let code = src.slice(i + run, close).replace(/\n/g, ' ');
        if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
        out.push({ type: 'code', text: code });
        i = close + run;
      } else {
        text += '`'.repeat(run);
        i += run;
      }
      continue;
    }
    const found = c === '[' ? link(src, i) : c === '*' || c === '_' ? emphasis(src, i) : null;
    if (found) {
      flush();
      out.push(found.node);
      i = found.end;
      continue;
    }
    if (c === '*' || c === '_') {
      const run = runOf(src, i, c);
      text += c.repeat(run);
      i += run;
      continue;
    }
    text += c;
    i++;
  }
  flush();
  return out;
}
