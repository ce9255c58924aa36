import { html, nothing, type TemplateResult } from 'lit';
import type { CourseEngineApi } from '@coursekit/engine';
import type { AssetPath, Block, LocalizedText, MediaTrack } from '@coursekit/schema';
import { renderMarkdown } from '../markdown/render';
import { loadedStrings } from '../i18n/lazy';
import { playerStrings } from '../translations/player';
import { BLOCK_ELEMENTS } from '../internal/block-elements';

/** What rendering a block needs from the player. */
export interface BlockContext {
  engine: CourseEngineApi;
  /** Resolves a course asset path (against the course file's URL). */
  asset: (path: AssetPath) => string;
  /** Renders plain text runs of a text block: the player marks glossary terms' first use with it. */
  terms?: (text: string) => unknown;
  /** The intrinsic size of a raster image, `[width, height]`, as the packager measured it (`$images`). */
  imageSize?: (path: AssetPath) => readonly [number, number] | undefined;
  /** Load this block's image at once: the first picture of the first page. Others load as they near the view. */
  eager?: boolean;
}

function tracks(ctx: BlockContext, list: MediaTrack[] | undefined) {
  return (list ?? []).map((t) => ({ src: ctx.asset(t.src), srclang: t.lang, label: t.label ? ctx.engine.text(t.label) : t.lang, kind: t.kind ?? 'captions' }));
}

/** The element of each block shown so far whose type has its own (internal/block-elements.ts), kept across renders. */
const ownElements = new WeakMap<Block, HTMLElement>();

/**
 * The element of a registered block type, made at the block's first render. Its definition loads
 * on demand with the other elements a page shows (internal/lazy-elements.ts).
 */
function ownElement(tag: string, block: Block, ctx: BlockContext): HTMLElement {
  let el = ownElements.get(block);
  if (!el) ownElements.set(block, (el = document.createElement(tag)));
  el.className = 'block';
  Object.assign(el, { block, course: ctx.engine.course, asset: ctx.asset });
  el.lang = ctx.engine.language;
  el.setAttribute('fallback-lang', ctx.engine.course.defaultLanguage);
  return el;
}

/**
 * One content block of a page as a template. Course text goes through `engine.text` (the current
 * language) and the safe Markdown renderer; the interactive blocks are the interaction elements,
 * bound to the same engine.
 *
 * @example
 * html`${page.blocks.map((b) => renderBlock(b, { engine, asset: (p) => p }))}`
 */
export function renderBlock(block: Block, ctx: BlockContext): TemplateResult | typeof nothing {
  const { engine } = ctx;
  const t = (value: LocalizedText | undefined): string => engine.text(value);
  const lang = engine.language;
  switch (block.type) {
    case 'text':
      return html`<div class="block prose">${renderMarkdown(t(block.markdown), { lang, text: ctx.terms })}</div>`;
    case 'heading': {
      const text = t(block.text);
      if (block.level === 3) return html`<h3 class="block">${text}</h3>`;
      if (block.level === 4) return html`<h4 class="block">${text}</h4>`;
      return html`<h2 class="block">${text}</h2>`;
    }
    case 'image': {
      // WCAG 1.1.1: a decorative image is hidden from assistive technology with an empty alt.
      // Width and height reserve the image's place before it arrives, so the text below does not jump.
      const size = ctx.imageSize?.(block.src);
      return html`<figure class="block image">
        <img
          src=${ctx.asset(block.src)}
          alt=${block.decorative ? '' : t(block.alt)}
          width=${size ? size[0] : nothing}
          height=${size ? size[1] : nothing}
          loading=${ctx.eager ? 'eager' : 'lazy'}
          decoding="async"
        />
        ${block.caption ? html`<figcaption>${t(block.caption)}</figcaption>` : nothing}
      </figure>`;
    }
    case 'audio':
    case 'video':
      return html`<ck-media
        class="block"
        kind=${block.type}
        src=${ctx.asset(block.src)}
        heading=${t(block.title)}
        poster=${block.type === 'video' && block.poster ? ctx.asset(block.poster) : ''}
        transcript=${block.transcript ? t(block.transcript) : ''}
        .tracks=${tracks(ctx, block.captions)}
        lang=${lang}
      ></ck-media>`;
    case 'callout':
      return html`<ck-callout class="block" variant=${block.variant} heading=${block.title ? t(block.title) : ''} markdown=${t(block.markdown)} lang=${lang}></ck-callout>`;
    case 'accordion':
      return html`<ck-accordion class="block" .items=${block.items.map((p) => ({ title: t(p.title), markdown: t(p.markdown) }))} lang=${lang}></ck-accordion>`;
    case 'tabs':
      return html`<ck-tabs class="block" .tabs=${block.tabs.map((p) => ({ title: t(p.title), markdown: t(p.markdown) }))} lang=${lang}></ck-tabs>`;
    case 'cards':
      if (block.style === 'micro') {
        return html`<ck-micro-cards class="block" .engine=${engine} .cards=${block.cards} block-id=${block.id ?? ''} heading=${block.title ? t(block.title) : ''}></ck-micro-cards>`;
      }
      return html`<ck-flip-cards
        class="block"
        heading=${block.title ? t(block.title) : ''}
        .cards=${block.cards.map((c) => ({ front: t(c.front), back: t(c.back ?? ''), image: c.image ? { src: ctx.asset(c.image.src), alt: t(c.image.alt) } : undefined }))}
        lang=${lang}
      ></ck-flip-cards>`;
    case 'question':
      return html`<ck-question class="block" .engine=${engine} .asset=${ctx.asset} question-id=${block.question.id}></ck-question>`;
    case 'assessment':
      return html`<ck-quiz class="block" .engine=${engine} .asset=${ctx.asset} assessment-id=${block.assessment}></ck-quiz>`;
    case 'scenario':
      return html`<ck-scenario class="block" .engine=${engine} scenario-id=${block.scenario}></ck-scenario>`;
    default: {
      const own = BLOCK_ELEMENTS[(block as Block).type];
      if (own) return html`${ownElement(own.tag, block as Block, ctx)}`;
      return html`<p class="block placeholder">${loadedStrings(playerStrings, lang).placeholder((block as { type: string }).type)}</p>`;
    }
  }
}
