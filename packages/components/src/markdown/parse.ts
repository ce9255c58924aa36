import type { MdBlock, MdInline } from './ast';
import { parseInline } from './inline';

const BULLET = /^ {0,3}([-*+])[ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const QUOTE = /^ {0,3}>[ ]?(.*)$/;
const BLANK = /^\s*$/;

/**
 * The course format's safe Markdown subset to a tree: paragraphs, bulleted and numbered lists,
 * block quotes, and inside them strong, emphasis, inline code, links and hard breaks. Everything
 * else (raw HTML, headings, images, tables) stays text: nothing in the tree is markup to interpret.
 *
 * @example
 * parseMarkdown('- tolak\n- laporkan'); // [{ type: 'list', ordered: false, start: 1, items: [[…'tolak'], […'laporkan']] }]
 */
export function parseMarkdown(source: string): MdBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const blocks: MdBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) inner.push(QUOTE.exec(lines[i++]!)![1]!);
      blocks.push({ type: 'blockquote', children: parseMarkdown(inner.join('\n')) });
      continue;
    }
    const first = BULLET.exec(line) ?? ORDERED.exec(line);
    if (first) {
      const ordered = ORDERED.test(line);
      const marker = ordered ? ORDERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        const m = marker.exec(l);
        if (m) items.push(m[2]!);
        else if (!BLANK.test(l) && /^\s+\S/.test(l) && items.length) items[items.length - 1] += `\n${l.trim()}`;
        else break;
        i++;
      }
      const start = ordered ? Number(first[1]) : 1;
      blocks.push({ type: 'list', ordered, start, items: items.map((t) => parseInline(t.trim())) });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !BLANK.test(lines[i]!) && !QUOTE.test(lines[i]!) && !BULLET.test(lines[i]!) && !ORDERED.test(lines[i]!)) {
      para.push(lines[i++]!.replace(/^ {0,3}/, ''));
    }
    blocks.push({ type: 'paragraph', children: parseInline(para.join('\n').replace(/[ \t]+$/, '')) });
  }
  return blocks;
}

/** The plain text of inline content, for labels and announcements. */
export function inlineText(nodes: MdInline[]): string {
  return nodes.map((n) => (n.type === 'text' || n.type === 'code' ? n.text : n.type === 'break' ? '\n' : inlineText(n.children))).join('');
}
