/**
 * Which of these URLs are the package's files (under `scope`), leaving out an LRS the page talks to.
 *
 * @example
 * packageFiles(['https://example.org/course/index.html', 'https://lrs.example.org/statements'], 'https://example.org/course/', null);
 * // ['https://example.org/course/index.html']
 */
export function packageFiles(urls: readonly string[], scope: string, lrs: string | null): string[] {
  const lrsBase = lrs ? new URL(lrs, document.baseURI).href : null;
  return [...new Set(urls)].filter((u) => u.startsWith(scope) && !(lrsBase && u.startsWith(lrsBase)));
}

/**
 * Registers the web package's service worker (`worker`, from `<meta name="coursekit:offline">`)
 * for the learner's language, whose course parts it caches at install. The worker controls the
 * page only once it has installed; the files the page loaded before then (and those under way
 * then, as they end) are sent to it, so the first page works offline too. Never throws: offline
 * use is a bonus, and a browser without it plays the course online.
 *
 * @example
 * player.addEventListener('ck-ready', (e) => void keepOffline('sw.js', e.detail.language, null), { once: true });
 */
export async function keepOffline(worker: string, language: string, lrs: string | null): Promise<void> {
  const container = navigator.serviceWorker;
  try {
    const script = new URL(worker, document.baseURI);
    script.searchParams.set('lang', language);
    const registration = await container.register(script.href);
    const send = (urls: string[]) => {
      const files = packageFiles(urls, registration.scope, lrs);
      if (files.length > 0) container.controller?.postMessage({ type: 'coursekit:loaded', urls: files });
    };
    const takeOver = () => {
      const at = performance.now();
      send([location.href, ...performance.getEntriesByType('resource').map((r) => r.name)]);
      // Fetches under way when the worker took over end without it: they are sent as they end.
      new PerformanceObserver((list) => send(list.getEntries().filter((e) => e.startTime < at).map((e) => e.name))).observe({ type: 'resource' });
    };
    if (container.controller) takeOver();
    else container.addEventListener('controllerchange', takeOver, { once: true });
  } catch (error) {
    console.warn('[coursekit] offline mode is not available:', error);
  }
}
