import { html, type TemplateResult } from 'lit';
import type { CourseEngineApi } from '@coursekit/engine';
import { stringsFor } from '../i18n/msg';
import { playerStrings } from '../translations/player';

/** What the outline needs from the player. */
export interface OutlineContext {
  engine: CourseEngineApi;
  open: boolean;
  view: 'page' | 'results';
  goTo: (pageId: string) => void;
  showResults: () => void;
}

/**
 * The contents: modules and their pages, the current one marked `aria-current="page"`, viewed
 * and locked pages said in words (not by colour or icon alone), and the results at the end.
 * Locked pages stay focusable (`aria-disabled`) so a keyboard user can learn why they are locked.
 *
 * @example
 * html`${renderOutline({ engine, open: false, view: 'page', goTo, showResults })}`
 */
export function renderOutline(ctx: OutlineContext): TemplateResult {
  const { engine } = ctx;
  const s = stringsFor(playerStrings, engine.language);
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
    </ol>
  </nav>`;
}
