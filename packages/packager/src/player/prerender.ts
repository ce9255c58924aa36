import type { ResolvedCourse } from '@coursekit/schema';
import type { TargetId } from '../targets';
import { escapeXml } from '../xml';

/** The id of the launch page's prerendered first page; the player removes it when it takes over. */
export const PRERENDER_ID = 'ck-static';

// Lit's server-side renderer marks where each binding was, for hydration: the player does not
// hydrate (it replaces the page), so the markers are only bytes. Author text cannot contain them:
// the renderer escapes every `<` of text and attribute values.
const LIT_MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g;

/**
 * The elements of the prerendered page are renamed `ck-static-*`, a name no script defines: the
 * player's own `<ck-callout>`, `<ck-progress>` … would otherwise upgrade them when it loads and
 * render a second copy into their shadow roots. Tags only (text reaches the HTML escaped, never as
 * `<`), and the type selectors of the player's styles (`ck-progress {`), not `--ck-…` properties.
 */
const renameTags = (html: string) => html.replace(/<(\/?)ck-(?!static-)/g, '<$1ck-static-');
/**
 * A glossary term's disclosure button does nothing before the player arrives: it stays the word
 * (with the same look, `span.term-button`) until the player's page, where it is a button, replaces it.
 */
const termsAsText = (html: string) => html.replace(/<button\s[^>]*class="term-button"[^>]*>([\s\S]*?)<\/button\s*>/g, '<span class="term-button">$1</span>');
const renameSelectors = (css: string) => css.replace(/(^|[\s,>+~({};])ck-(?!static-)([a-z][a-z0-9-]*)/g, '$1ck-static-$2');

/**
 * The course's first page, rendered at build time into the launch page's body, so a learner on a
 * slow network reads it (and can press Next) before the player has arrived: the player's own
 * markup and styles for that page (`@coursekit/components/static-page`), turned into HTML by
 * Lit's server-side renderer, in a declarative shadow root (`<template shadowrootmode>`) that keeps
 * the player's styles to it. No script: the package's CSP allows inline styles, not inline
 * scripts. Next links to `#ck-next`; the element with that id, shown once it is the target, says
 * the next page is opening, and the player goes there when it boots. Null when the first page
 * cannot be static (see staticFirstPage): the launch page then holds no first page, as before.
 *
 * @example
 * const body = await prerenderFirstPage(course, 'scorm12'); // '<main id="ck-static" …' or null
 */
export async function prerenderFirstPage(course: ResolvedCourse, target: TargetId): Promise<string | null> {
  // Loaded here, not at start-up: a CLI command that builds nothing does not pay for them.
  const [{ staticFirstPage, EARLY_NEXT }, { render }, { collectResultSync }] = await Promise.all([
    import('@coursekit/components/static-page'),
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
  ]);
  const page = staticFirstPage(course, { exitControl: target !== 'web' });
  if (!page) return null;
  const markup = termsAsText(renameTags(collectResultSync(render(page.template)).replace(LIT_MARKERS, '')));
  // The theme's values are checked by the player's theme code; `</` still never ends the style early.
  const css = renameSelectors(page.css).replace(/<\//g, '<\\/');
  return [
    `    <main id="${PRERENDER_ID}" lang="${escapeXml(page.lang)}">`,
    `      <div class="ck-static-player"><template shadowrootmode="open"><style>${css}</style>${markup}<slot></slot></template>`,
    `        <p id="${EARLY_NEXT}" tabindex="-1">${escapeXml(page.opening)}</p>`,
    '      </div>',
    '    </main>',
  ].join('\n');
}
