import { html, nothing, type TemplateResult } from 'lit';

/**
 * The course format's safe Markdown subset as Lit templates: paragraphs, **strong**, *emphasis*,
 * `code`, links to http(s)/mailto, bulleted and numbered lists, block quotes. Every piece of
 * author text reaches the DOM through a Lit text binding, so raw HTML shows as text and no
 * script can run (there is no innerHTML anywhere on this path).
 *
 * @example
 * html`<div>${renderMarkdown('Laporkan ke **UPG** dalam *30 hari kerja*.')}</div>`
 */
export function renderMarkdown(source: string): TemplateResult {
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  return html`${blocks.map((block) => renderBlock(block.trim()))}`;
}

type Part = TemplateResult | string;

function renderBlock(block: string): TemplateResult | typeof nothing {
  if (!block) return nothing;
  const lines = block.split('\n');
  if (lines.every((l) => /^\s*[-*+]\s+/.test(l))) {
    return html`<ul>${lines.map((l) => html`<li>${inline(l.replace(/^\s*[-*+]\s+/, ''))}</li>`)}</ul>`;
  }
  if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) {
    return html`<ol>${lines.map((l) => html`<li>${inline(l.replace(/^\s*\d+[.)]\s+/, ''))}</li>`)}</ol>`;
  }
  if (lines.every((l) => /^\s*>/.test(l))) {
    return html`<blockquote>${renderMarkdown(lines.map((l) => l.replace(/^\s*>\s?/, '')).join('\n'))}</blockquote>`;
  }
  return html`<p>${inline(lines.join(' '))}</p>`;
}

const SAFE_URL = /^(https?:|mailto:)/i;

/** Inline spans, innermost first by a single left-to-right scan; anything unmatched stays text. */
function inline(text: string): Part[] {
  const out: Part[] = [];
  // As in CommonMark, `_` inside a word (snake_case, window.__x) is not emphasis.
  const pattern = /`([^`]+)`|\*\*(.+?)\*\*|(?<![\p{L}\p{N}_])__(.+?)__(?![\p{L}\p{N}_])|\*(.+?)\*|(?<![\p{L}\p{N}_])_(.+?)_(?![\p{L}\p{N}_])|\[([^\]]+)\]\(([^)\s]+)\)/gu;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const [whole, code, strong1, strong2, em1, em2, label, href] = m;
    if (code !== undefined) out.push(html`<code>${code}</code>`);
    else if (strong1 !== undefined || strong2 !== undefined) out.push(html`<strong>${inline(strong1 ?? strong2!)}</strong>`);
    else if (em1 !== undefined || em2 !== undefined) out.push(html`<em>${inline(em1 ?? em2!)}</em>`);
    else if (label !== undefined && href !== undefined && SAFE_URL.test(href)) {
      out.push(html`<a href=${href} target="_blank" rel="noopener noreferrer">${inline(label)}</a>`);
    } else out.push(whole);
    last = m.index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
