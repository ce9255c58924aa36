/**
 * Finds an LMS's SCORM API object by the spec's discovery algorithm: this window, then each
 * parent up to the top, then the opener and its parents. SCORM 1.2 RTE ("Finding the API") and SCORM 2004
 * RTE (API instance discovery) bound the climb (the ADL sample code stops after 500 frames for 2004 and 7 for 1.2);
 * we use one bound of 500 and never loop forever on a window that is its own parent.
 */

/** The property the LMS puts its API on. */
export type ApiName = 'API' | 'API_1484_11';

/** Where the API was found. */
export interface FoundApi<T> {
  api: T;
  /** self: this window; parent: a frame above; opener: the window that opened this one (or a frame above it). */
  where: 'self' | 'parent' | 'opener';
  /** Frames climbed from the start window (or from the opener). */
  depth: number;
}

/** The most frames climbed from one window. */
export const MAX_DISCOVERY_DEPTH = 500;

function read<T>(win: Window, name: ApiName, initialize: string | undefined): T | null {
  try {
    const api = (win as unknown as Record<string, unknown>)[name];
    if (!api || typeof api !== 'object') return null;
    // An object without the start function is not an LMS's API (a page's own stray `window.API`).
    return initialize === undefined || typeof (api as Record<string, unknown>)[initialize] === 'function' ? (api as T) : null;
  } catch {
    // A cross-origin frame throws on property access: it cannot be our LMS.
    return null;
  }
}

function climb<T>(start: Window, name: ApiName, maxDepth: number, initialize: string | undefined): { api: T; depth: number } | null {
  let win: Window = start;
  for (let depth = 0; depth <= maxDepth; depth++) {
    const api = read<T>(win, name, initialize);
    if (api) return { api, depth };
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/**
 * Looks for the API named `name` from `start`. Given `initialize` (the version's start function,
 * `LMSInitialize` or `Initialize`), an object without that function is passed over: the search goes
 * on above it. (The caller names it, so a player carries only its own version's names.)
 *
 * @example
 * const found = findApi<Scorm12Api>('API', window, MAX_DISCOVERY_DEPTH, 'LMSInitialize');
 * if (found) found.api.LMSInitialize('');
 */
export function findApi<T>(name: ApiName, start: Window = window, maxDepth = MAX_DISCOVERY_DEPTH, initialize?: string): FoundApi<T> | null {
  const up = climb<T>(start, name, maxDepth, initialize);
  if (up) return { api: up.api, where: up.depth === 0 ? 'self' : 'parent', depth: up.depth };
  let opener: Window | null = null;
  try {
    opener = (start.top ?? start).opener as Window | null;
  } catch {
    opener = null;
  }
  if (opener && opener !== start) {
    const found = climb<T>(opener, name, maxDepth, initialize);
    if (found) return { api: found.api, where: 'opener', depth: found.depth };
  }
  return null;
}
