import type { CkCoursePlayer } from '../course-player/course-player.component';
import { loadedStrings } from '../i18n/lazy';
import { playerStrings } from '../translations/player';

/** The fragment the prerendered page's Next link goes to (staticFirstPage's EARLY_NEXT). */
const EARLY_NEXT = '#ck-next';
/** How long the swap waits for the elements the player's first page shows (their chunks) before showing it anyway. */
const ELEMENTS_WAIT_MS = 3000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once every element the player's page shows is defined and rendered, or after ELEMENTS_WAIT_MS. */
async function settled(player: CkCoursePlayer): Promise<void> {
  await player.updateComplete;
  const pending = [...player.renderRoot.querySelectorAll(':not(:defined)')].map((el) => customElements.whenDefined(el.localName));
  await Promise.race([Promise.all(pending), pause(ELEMENTS_WAIT_MS)]);
  const elements = [...player.renderRoot.querySelectorAll<Element & { updateComplete?: Promise<unknown> }>('*')].filter((el) => el.updateComplete);
  await Promise.race([Promise.all(elements.map((el) => el.updateComplete)), pause(ELEMENTS_WAIT_MS)]);
}

/** Where focus was in the prerendered page: the Next link, the nth link of the page, its heading, or nowhere. */
function focusIn(prerendered: HTMLElement): { kind: 'next' | 'link' | 'title'; index: number } | null {
  if (document.activeElement?.id === EARLY_NEXT.slice(1)) return { kind: 'next', index: 0 };
  const root = prerendered.querySelector('.ck-static-player')?.shadowRoot;
  const active = root?.activeElement;
  if (!root || !active) return null;
  if (active.matches('.pager .primary')) return { kind: 'next', index: 0 };
  if (active.id === 'page-title') return { kind: 'title', index: 0 };
  const links = [...root.querySelectorAll('.page a[href]')];
  return links.includes(active) ? { kind: 'link', index: links.indexOf(active) } : null;
}

/**
 * When the launch page carries the first page rendered at build time (`prerendered`), the player
 * takes over from it: the launch page's style hides the player while the prerendered page is
 * there, and once the player's own first page is shown with every element on it, this removes
 * the prerendered one. Scroll position and focus stay where they were (the Next link's focus goes
 * to the player's Next button, a link's to the same link). A Next pressed before the player
 * arrived (`#ck-next`) is honoured: the player goes on to the next page. A learner who resumes
 * elsewhere lands where they left off instead, focus on that page's heading, and hears the
 * player's "welcome back" announcement. A course that cannot load shows the player's message.
 *
 * @example
 * const prerendered = document.getElementById('ck-static');
 * if (prerendered) takeOver(player, prerendered);
 */
export function takeOver(player: CkCoursePlayer, prerendered: HTMLElement): void {
  let done = false;
  const swap = async (): Promise<void> => {
    if (done) return;
    done = true;
    await settled(player);
    const focus = focusIn(prerendered);
    const scroll = [window.scrollX, window.scrollY] as const;
    const early = location.hash === EARLY_NEXT;
    prerendered.remove();
    if (early) history.replaceState(history.state, '', location.href.replace(/#.*$/, ''));
    const engine = player.engine;
    if (!engine) return;
    const root = player.renderRoot;
    if (engine.currentPage.index > 0) {
      // A course starts on its first page: the learner resumed where they left off, not on the page they saw (or the one after it).
      window.scrollTo(0, 0);
      root.querySelector<HTMLElement>('#page-title')?.focus();
      // The player said so when it resumed, hidden behind the prerendered page: it says it again now that it shows.
      player.announce(loadedStrings(playerStrings, engine.language).resumed);
      return;
    }
    if (early) {
      player.next();
      return;
    }
    window.scrollTo(scroll[0], scroll[1]);
    if (focus?.kind === 'next') root.querySelector<HTMLElement>('.pager .primary')?.focus();
    else if (focus?.kind === 'title') root.querySelector<HTMLElement>('#page-title')?.focus();
    else if (focus?.kind === 'link') root.querySelectorAll<HTMLElement>('.page a[href]')[focus.index]?.focus();
  };
  // A course that cannot load: the player's message replaces the page, so the learner sees what to do.
  const failed = () => !player.engine && Boolean(player.renderRoot?.querySelector('.error[role="alert"]'));
  // This chunk may arrive after the player has started (a slow network): then it takes over at once.
  if (player.engine || failed()) return void swap();
  player.addEventListener('ck-ready', () => void swap(), { once: true });
  player.addEventListener('ck-error', () => {
    void player.updateComplete.then(() => {
      if (failed()) void swap();
    });
  });
}
