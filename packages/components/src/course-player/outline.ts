import { html, type TemplateResult } from 'lit';
import type { CourseEngineApi } from '@coursekit/engine';
import { loadedStrings } from '../i18n/lazy';
import { playerStrings } from '../translations/player';
import { aidStrings } from '../translations/aids';

/** What the outline needs from the player. */
export interface OutlineContext {
  engine: CourseEngineApi;
  open: boolean;
  view: 'page' | 'results' | 'glossary' | 'downloads';
  goTo: (pageId: string) => void;
  showResults: () => void;
  /** Opens the glossary or downloads page; given when the course has a glossary or resources. */
  showAid?: ((which: 'glossary' | 'downloads') => void) | undefined;
}

/**
 * The contents: modules and their pages, the current one marked `aria-current="page"`, viewed
 * and locked pages said in words (not by colour or icon alone), and the results at the end,
 * followed by the glossary and downloads when the course has them.
 * Locked pages stay focusable (`aria-disabled`) so a keyboard user can learn why they are locked.
 *
 * @example
 * html`${renderOutline({ engine, open: false, view: 'page', goTo, showResults })}`
 */
export function renderOutline(ctx: OutlineContext): TemplateResult {
  const { engine } = ctx;
  const s = loadedStrings(playerStrings, engine.language);
  const viewed = new Set(engine.snapshot().viewed);
  const current = engine.currentPage.pageId;
  return html`<nav part="outline" id="outline" class="outline ${ctx.open ? 'open' : ''}" aria-label=${s.outline}>
    <ol>
      ${engine.course.modules.map(
        (m) => html`<li>
          <span class="module-title" id="module-${m.id}">${engine.text(m.title)}</span>
          <ol aria-labelledby="module-${m.id}">
            ${m.pages.map((p) => {
              const here = ctx.view === 'page' && p.id === current;
              const locked = !engine.canGoTo(p.id);
              const state = here ? s.current : locked ? s.locked : viewed.has(p.id) ? s.visited : '';
              return html`<li>
                <button data-page=${p.id} aria-current=${here ? 'page' : 'false'} aria-disabled=${locked ? 'true' : 'false'} @click=${() => ctx.goTo(p.id)}>
                  ${engine.text(p.title)}${state ? html` <span class="state">(${state})</span>` : ''}
                </button>
              </li>`;
            })}
          </ol>
        </li>`,
      )}
      <li>
        <button data-page="results" aria-current=${ctx.view === 'results' ? 'page' : 'false'} @click=${ctx.showResults}>${s.results}</button>
      </li>
      ${ctx.showAid ? aids(engine, ctx.view, ctx.showAid) : ''}
    </ol>
  </nav>`;
}

function aids(engine: CourseEngineApi, view: OutlineContext['view'], show: (which: 'glossary' | 'downloads') => void): TemplateResult[] {
  const a = loadedStrings(aidStrings, engine.language);
  const items: Array<['glossary' | 'downloads', string]> = [];
  if (engine.course.glossary?.length) items.push(['glossary', a.glossary]);
  if (engine.course.resources?.some((r) => !r.language || r.language === engine.language)) items.push(['downloads', a.downloads]);
  return items.map(([which, label]) => html`<li><button data-page=${which} aria-current=${view === which ? 'page' : 'false'} @click=${() => show(which)}>${label}</button></li>`);
}
