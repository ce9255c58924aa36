import { html, nothing, type CSSResultOrNative, type TemplateResult } from 'lit';
import { CourseEngine } from '@coursekit/engine';
import type { Block, ResolvedCourse } from '@coursekit/schema';
import { define } from '../define';
import { stringsFor } from '../i18n/msg';
import { loadedStrings, provideStrings } from '../i18n/lazy';
import { themeStyles } from '../styles/theme';
import { playerStrings } from '../translations/player';
import { blockStrings } from '../translations/blocks';
import { staticPageStrings } from '../translations/static-page';
import { aidStrings } from '../translations/aids';
import playerId from '../translations/id/player';
import playerEn from '../translations/en/player';
import blocksId from '../translations/id/blocks';
import blocksEn from '../translations/en/blocks';
import aidsId from '../translations/id/aids';
import aidsEn from '../translations/en/aids';
import { CkCallout } from '../callout/callout.component';
import { CkDialogue } from '../dialogue/dialogue.component';
import { CkProgress } from '../progress/progress.component';
import { coursePlayerStyles } from './course-player.styles';
import { aidsStyles } from './aids.styles';
import { renderBlock } from './blocks';
import { renderOutline } from './outline';
import { firstUses, markTerms } from '../glossary/terms';
import { termStyles } from '../glossary/terms.styles';

const LANGUAGE_NAMES: Record<string, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** Block types a page can show without a script: nothing in them answers the learner. */
export const STATIC_BLOCK_TYPES: ReadonlySet<Block['type']> = new Set(['text', 'heading', 'image', 'callout', 'dialogue']);

/** The fragment the first page's Next link goes to before the player arrives; the player honours it at boot. */
export const EARLY_NEXT = 'ck-next';

/** Options of {@link staticFirstPage}. */
export interface StaticPageOptions {
  /** The player shows an Exit button (every LMS target): the static page keeps its place. */
  exitControl?: boolean;
}

/** The first page as the player would show it, for a launch page to carry before the player arrives. */
export interface StaticPage {
  /** The player's page markup (its shadow root's content): a server-side renderer turns it into HTML. */
  template: TemplateResult;
  /** The player's styles for it, the course theme included, as CSS text for that shadow root. */
  css: string;
  /** The language it is in: the course's default. */
  lang: string;
  /**
   * What the page says when the learner presses Next before the player has arrived: the launch
   * page's element with the id `ck-next`, put in the shadow root's `<slot>` after the markup (a
   * server-side renderer refuses a `<slot>` outside an element's own template).
   */
  opening: string;
}

/**
 * The course's first page in its default language, built from the player's own pieces (its
 * block templates, Markdown renderer, outline, strings and styles), for the packager to render
 * into the launch page at build time. The controls that need the player (language, contents,
 * Exit, the outline) are shown `inert`, so the page keeps its shape and nothing that cannot
 * work yet takes focus; Next is a link to `#ck-next`, which the player honours when it boots.
 * Returns null when the first page has a block that answers the learner (a question, a
 * scenario, media controls …), or when the page after it is not open yet: then the launch page
 * stays as it is.
 *
 * Meant for Node (a build): it defines `<ck-callout>`, `<ck-dialogue>` and `<ck-progress>` in the
 * registry the server-side renderer uses.
 *
 * @example
 * const page = staticFirstPage(course, { exitControl: true });
 * if (page) html = collectResultSync(render(page.template)); // @lit-labs/ssr
 */
export function staticFirstPage(course: ResolvedCourse, options: StaticPageOptions = {}): StaticPage | null {
  const engine = new CourseEngine(course);
  engine.start();
  const page = engine.currentPage;
  const nextRef = engine.pages[page.index + 1];
  if (!nextRef || !engine.canGoTo(nextRef.pageId)) return null;
  if (!page.page.blocks.every((b) => STATIC_BLOCK_TYPES.has(b.type))) return null;
  // At build time both languages are at hand: no strings to wait for.
  provideStrings(playerStrings, { id: playerId, en: playerEn });
  provideStrings(blockStrings, { id: blocksId, en: blocksEn });
  provideStrings(aidStrings, { id: aidsId, en: aidsEn });
  define('ck-callout', CkCallout);
  define('ck-dialogue', CkDialogue);
  define('ck-progress', CkProgress);

  const lang = engine.language;
  const s = loadedStrings(playerStrings, lang);
  const progress = engine.progress;
  const logo = course.theme?.logo;
  const module = course.modules.find((m) => m.id === page.moduleId);
  const opener = module?.image && module.pages[0]?.id === page.pageId ? module.image : undefined;
  const sizes = (course as { $images?: Record<string, [number, number]> }).$images;
  const imageSize = (path: string): readonly [number, number] | undefined => sizes?.[path];
  const firstPicture = opener ? -1 : page.page.blocks.findIndex((b) => b.type === 'image');
  // Asset paths are relative to the course file, which sits beside the launch page.
  const asset = (path: string) => path;
  const noop = () => undefined;
  const uses = course.glossary?.length ? firstUses(engine) : new Map<string, never>();
  // The same markup as CkCoursePlayer's page view, so the player replaces it without a jump.
  const template = html`<div part="base" class="player" lang=${lang}>
    <header part="header" class="bar">
      ${logo ? html`<img part="logo" class="brand-logo" src=${asset(logo.src)} alt=${engine.text(logo.alt)} />` : nothing}
      <p class="course-title">${engine.text(course.title)}</p>
      <ck-progress value=${progress.percent} max="100" valuetext=${loadedStrings(blockStrings, lang).progressValue(progress.viewed, progress.total, progress.percent)} lang=${lang}></ck-progress>
      ${course.languages.length > 1
        ? html`<label class="language" inert
            >${s.language}
            <select>
              ${course.languages.map((l) => html`<option value=${l} lang=${l} ?selected=${l === lang}>${LANGUAGE_NAMES[l] ?? l}</option>`)}
            </select></label
          >`
        : nothing}
      <button class="outline-toggle" aria-expanded="false" inert>${s.outline}</button>
      ${options.exitControl ? html`<button part="exit" class="exit" inert>${s.exit}</button>` : nothing}
    </header>
    <div class="layout">
      <div class="inert" inert>
        ${renderOutline({ engine, open: false, view: 'page', goTo: noop, showResults: noop, showAid: course.glossary?.length || course.resources?.length ? noop : undefined })}
      </div>
      <div id="content" class="content">
        <section part="page" class="page" aria-labelledby="page-title">
          ${opener
            ? html`<figure part="module-opener" class="module-opener">
                <img src=${asset(opener.src)} alt=${engine.text(opener.alt)} width=${imageSize(opener.src)?.[0] ?? nothing} height=${imageSize(opener.src)?.[1] ?? nothing} decoding="async" />
              </figure>`
            : nothing}
          <h1 id="page-title" tabindex="-1">${engine.text(page.page.title)}</h1>
          ${page.page.blocks.map((b, i) => {
            // Glossary terms marked at their first use, as the player marks them (see the packager: as text until it arrives).
            const here = uses.get(`${page.pageId}/${i}`);
            // A dialogue is an element the player makes with its properties set (blocks.ts ownElement): the same, as a template.
            if (b.type === 'dialogue') return html`<ck-dialogue class="block" .block=${b} .course=${course} .asset=${asset} lang=${lang} fallback-lang=${course.defaultLanguage}></ck-dialogue>`;
            return renderBlock(b, { engine, asset, imageSize, eager: i === firstPicture, ...(here ? { terms: markTerms(engine, here, `${page.pageId}-${i}`) } : {}) });
          })}
          <nav part="pager" class="pager" aria-label=${s.pageNav}>
            <span></span>
            <span>${s.pageOf(page.index + 1, engine.pages.length)}</span>
            <a class="ck-button primary" href="#${EARLY_NEXT}">${s.next}</a>
          </nav>
        </section>
      </div>
    </div>
  </div>`;
  const styles = [coursePlayerStyles, aidsStyles, termStyles].flat() as CSSResultOrNative[];
  const css = [
    ...styles.map((sheet) => ('cssText' in sheet ? sheet.cssText : '')),
    themeStyles(course.theme).css,
    STATIC_STYLES,
  ].join('\n');
  return { template, css, lang, opening: stringsFor(staticPageStrings, lang).opening };
}

// The outline's wrapper takes no box of its own, so the layout is the player's; a glossary term,
// text until the player makes it a button, sits in its line as the button does. (The Next link
// looks as the player's Next button does through base.styles.ts, `a.ck-button.primary`.)
const STATIC_STYLES = `
.inert { display: contents; }
span.term-button { display: inline-block; }
::slotted(:not(:target)) { display: none; }
::slotted(:target) { display: block; margin: 0 clamp(1rem, 4vw, 3rem) 1rem; font-weight: 700; }
`;
