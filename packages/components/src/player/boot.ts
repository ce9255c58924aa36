import type { Tracker } from '@coursekit/engine';
import type { QuirkProfileId } from '@coursekit/runtime';
import { CkPackagePlayer as CkCoursePlayer } from './elements';

/** What the launch page says, through `<meta name="coursekit:…">` (see page.ts). */
export type PageMeta = (name: string) => string | null;

/** What one target's entry gives the boot code. */
export interface BootOptions {
  /** The trackers this target records to; SCORM trackers fall back to localStorage with a notice when there is no LMS. */
  trackers(meta: PageMeta): Tracker[] | Promise<Tracker[]>;
  /** Show the player's Exit button: every LMS target (SCORM, cmi5, xAPI), where the learner needs a way back. */
  exitControl?: boolean;
}

/**
 * The SCORM tracker's options for the LMS quirk profile the package was built for
 * (`coursekit build --lms <profile>`, written as `<meta name="coursekit:lms">`); none for the default.
 *
 * @example
 * new Scorm12Tracker(lmsQuirks(meta)); // { quirks: 'cornerstone' } in a package built with --lms cornerstone
 */
export function lmsQuirks(meta: PageMeta): { quirks?: QuirkProfileId } {
  const id = meta('lms');
  return id ? { quirks: id as QuirkProfileId } : {};
}

const FAILED = {
  id: 'Kursus tidak dapat dimulai. Muat ulang halaman ini; bila masih gagal, hubungi admin pelatihan Bapak/Ibu.',
  en: 'The course could not start. Reload this page; if it still fails, contact your training administrator.',
};

/**
 * Starts the course in a package: reads the page's meta tags, builds the target's trackers,
 * mounts `<ck-course-player>` on course.json (taking over from the first page the launch page
 * carries, see takeover.ts), and (web) registers the service worker once the course has started
 * (see offline.ts). Never throws: a failure is logged and shown as a plain message in the page's
 * language.
 *
 * @example
 * boot({ trackers: () => [new Scorm12Tracker()] });
 */
export async function boot(options: BootOptions): Promise<void> {
  const meta: PageMeta = (name) => document.querySelector(`meta[name="coursekit:${name}"]`)?.getAttribute('content') ?? null;
  // The course is the page's main content: a landmark screen-reader users can jump to.
  const main = document.createElement('main');
  document.body.append(main);
  try {
    const player = document.createElement('ck-course-player') as CkCoursePlayer;
    player.trackers = await options.trackers(meta);
    player.exitControl = options.exitControl === true;
    // The launch page is the course's: <html lang> follows the language the learner reads.
    player.documentLang = true;
    player.addEventListener('ck-error', (event) => console.warn('[coursekit]', (event as CustomEvent).detail));
    player.src = meta('course') ?? 'course.json';
    main.append(player);
    // The launch page may carry the first page, rendered at build time (#ck-static); its style
    // hides the player's <main> while it is there. takeOver (a chunk only such pages load) removes
    // it once the player's own page is ready; without that chunk, the player shows at once.
    const prerendered = document.getElementById('ck-static');
    if (prerendered) import('./takeover').then((m) => m.takeOver(player, prerendered), () => prerendered.remove());
  } catch (error) {
    console.error('[coursekit] the player did not start:', error);
    // The message takes the place of the prerendered first page, whose Next would lead nowhere.
    document.getElementById('ck-static')?.remove();
    const lang = document.documentElement.lang as keyof typeof FAILED;
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = FAILED[lang] ?? FAILED.en;
    main.append(p);
  }
  const worker = meta('offline');
  if (worker && 'serviceWorker' in navigator && location.protocol !== 'file:') {
    // Once the first page is shown: the worker caches that language's course, and does not compete
    // with the first page for the network. A chunk of its own, so no first load carries it.
    const offline = (language: string) =>
      import('./offline')
        .then(({ keepOffline }) => keepOffline(worker, language, meta('xapi-endpoint')))
        .catch((error: unknown) => console.warn('[coursekit] offline mode is not available:', error));
    main.addEventListener('ck-ready', (event) => void offline(event.detail.language), { once: true });
  }
}

// The element class must be kept by the bundler (the entry only imports it for its definition).
export const playerElement = CkCoursePlayer;
