import { html, type TemplateResult } from 'lit';
import type { CourseEngineApi } from '@coursekit/engine';
import type { Resource } from '@coursekit/schema';
import { renderMarkdown } from '../markdown/render';
import { loadedStrings } from '../i18n/lazy';
import { aidStrings } from '../translations/aids';

// The glossary and downloads pages: opened from the contents, rarely, so the player loads this
// module only when one of them is asked for.

/** What the glossary and downloads pages need from the player. */
export interface AidsPageContext {
  engine: CourseEngineApi;
  asset: (path: string) => string;
}

/** The resources a learner sees in the engine's language: those in it, and those in no particular one. */
export function resourcesFor(engine: CourseEngineApi): Resource[] {
  return (engine.course.resources ?? []).filter((r) => !r.language || r.language === engine.language);
}

/**
 * The glossary page: every term of the course, in the learner's language, in alphabetical order,
 * as a description list.
 *
 * @example
 * html`${renderGlossaryPage({ engine, asset })}`
 */
export function renderGlossaryPage(ctx: AidsPageContext): TemplateResult {
  const { engine } = ctx;
  const s = loadedStrings(aidStrings, engine.language);
  const collator = new Intl.Collator(engine.language, { sensitivity: 'base' });
  const terms = [...(engine.course.glossary ?? [])]
    .map((t) => {
      const word = engine.text(t.term);
      // Other forms, each once, leaving out those that only repeat the term in this language.
      const aliases = [...new Set((t.aliases ?? []).map((a) => engine.text(a)))].filter((a) => collator.compare(a, word) !== 0);
      return { t, word, aliases };
    })
    .sort((a, b) => collator.compare(a.word, b.word));
  return html`<section class="aid-page glossary-page" part="glossary" aria-labelledby="aid-title">
    <h1 id="aid-title" tabindex="-1">${s.glossary}</h1>
    <p>${s.glossaryIntro}</p>
    <dl class="glossary-list">
      ${terms.map(
        ({ t, word, aliases }) => html`<div class="glossary-entry" data-term=${t.id}>
          <dt lang=${engine.language}>${word}${aliases.length ? html` <span class="aliases">(${aliases.join(', ')})</span>` : ''}</dt>
          <dd class="prose">${renderMarkdown(engine.text(t.definition), { lang: engine.language })}</dd>
        </div>`,
      )}
    </dl>
  </section>`;
}

/**
 * The list of downloads: each resource's title, its format and what it is for, as links that
 * download the file.
 *
 * @example
 * html`${renderResourceList({ engine, asset })}`
 */
export function renderResourceList(ctx: AidsPageContext, headingLevel: 1 | 2 = 1): TemplateResult {
  const { engine } = ctx;
  const s = loadedStrings(aidStrings, engine.language);
  const list = resourcesFor(engine);
  const heading = headingLevel === 1 ? html`<h1 id="aid-title" tabindex="-1">${s.downloads}</h1>` : html`<h2 id="downloads-title">${s.downloads}</h2>`;
  return html`<section class="aid-page downloads" part="downloads" aria-labelledby=${headingLevel === 1 ? 'aid-title' : 'downloads-title'}>
    ${heading}
    ${headingLevel === 1 ? html`<p>${s.downloadsIntro}</p>` : ''}
    <ul class="resource-list">
      ${list.map(
        (r) => html`<li data-resource=${r.id}>
          <a href=${ctx.asset(r.src)} download=${r.src.split('/').pop() ?? ''} lang=${r.language ?? engine.language}
            >${engine.text(r.title)}<span class="format"> (${s.format[r.format] ?? r.format})</span></a
          >
          ${r.description ? html`<p class="resource-description">${engine.text(r.description)}</p>` : ''}
        </li>`,
      )}
    </ul>
  </section>`;
}
