/**
 * The browser's localStorage if it can be written here, else undefined: disabled storage, a
 * locked-down WebView, or reading `window.localStorage` itself throwing all count as none.
 *
 * @example
 * const storage = usableLocalStorage(options.localStorage); // undefined in private mode on old Safari
 */
export function usableLocalStorage(given?: Storage): Storage | undefined {
  try {
    const storage = given ?? (globalThis as { localStorage?: Storage }).localStorage;
    if (!storage) return undefined;
    const probe = 'ck-xapi:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}
