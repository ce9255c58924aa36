import { html, nothing, type TemplateResult } from 'lit';
import type { MdBlock, MdInline } from './ast';
import { parseMarkdown } from './parse';
import { SAFE_HREF } from './inline';
import { markdownStrings } from '../translations/markdown';
import { stringsFor } from '../i18n/msg';

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** UI language of the "opens in a new tab" note on links; default Indonesian. */
  lang?: string | undefined;
  /**
   * Renders each run of plain text (outside code and link targets); default: the text as is.
   * The player marks a glossary term's first use with it.
   */
  text?: ((text: string) => unknown) | undefined;
}

type Out = TemplateResult | string | typeof nothing | unknown;

function inline(nodes: MdInline[], options: MarkdownOptions): Out[] {
  const lang = options.lang;
  return nodes.map((n): Out => {
    switch (n.type) {
      case 'text':
        return options.text ? options.text(n.text) : n.text;
      case 'code':
        return html`<code>${n.text}</code>`;
      case 'strong':
        return html`<strong>${inline(n.children, options)}</strong>`;
      case 'em':
        return html`<em>${inline(n.children, options)}</em>`;
      case 'break':
        return html`<br />`;
      case 'link':
        // Only web and mail links become anchors; any other target (javascript:, data:, a
        // relative path) is shown as the author wrote it. WCAG 3.2.5: a new tab is announced.
        if (!SAFE_HREF.test(n.href)) return `[${plain(n.children)}](${n.href})`;
        return html`<a href=${n.href} target="_blank" rel="noopener noreferrer"
          >${inline(n.children, { lang })}<span class="visually-hidden"> ${stringsFor(markdownStrings, lang).newTab}</span></a
        >`;
    }
  });
}

function plain(nodes: MdInline[]): string {
  return nodes.map((n) => (n.type === 'text' || n.type === 'code' ? n.text : n.type === 'break' ? '\n' : n.type === 'link' ? `[${plain(n.children)}](${n.href})` : plain(n.children))).join('');
}

function block(b: MdBlock, options: MarkdownOptions): TemplateResult {
  switch (b.type) {
    case 'paragraph':
      return html`<p>${inline(b.children, options)}</p>`;
    case 'blockquote':
      return html`<blockquote>${b.children.map((c) => block(c, options))}</blockquote>`;
    case 'list': {
      const items = b.items.map((item) => html`<li>${inline(item, options)}</li>`);
      return b.ordered ? html`<ol start=${b.start === 1 ? nothing : b.start}>${items}</ol>` : html`<ul>${items}</ul>`;
    }
  }
}

/**
 * Renders the course format's safe Markdown subset as a Lit template. Author text reaches the DOM
 * only through Lit text and attribute bindings, never innerHTML or unsafeHTML: `<script>` and
 * `<img onerror>` show as text, and a link becomes an anchor only for http(s) and mailto targets,
 * opening in a new tab with `rel="noopener noreferrer"` and a visually hidden note saying so.
 * Elements that render it need the `.visually-hidden` class (in `baseStyles`).
 *
 * @example
 * html`<div class="prose">${renderMarkdown('Laporkan ke **UPG** dalam *30 hari kerja*.', { lang: 'id' })}</div>`
 */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): TemplateResult {
  return html`${parseMarkdown(source).map((b) => block(b, options))}`;
}

/**
 * Renders one paragraph's worth of inline Markdown without the `<p>` (for card fronts, labels).
 *
 * @example
 * html`<span>${renderInlineMarkdown('**Mitos:** cuma kecil')}</span>`
 */
export function renderInlineMarkdown(source: string, options: MarkdownOptions = {}): TemplateResult {
  const blocks = parseMarkdown(source);
  return html`${blocks.map((b, i) => [i > 0 ? ' ' : '', b.type === 'paragraph' ? inline(b.children, options) : block(b, options)])}`;
}
