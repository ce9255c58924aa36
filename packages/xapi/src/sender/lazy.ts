/**
 * A module imported on first use, as `@coursekit/codec/lazy` imports the codec: `load` is a dynamic
 * `import()`, which a bundler turns into a chunk of its own. The import starts at the first `get()`;
 * a failed one (offline, a missing chunk) is tried again by the next.
 *
 * @example
 * const sender = lazyModule(() => import('./sender'));
 * void sender.get(); // starts loading, in parallel with whatever comes next
 */
export function lazyModule<T>(load: () => Promise<T>): { get(): Promise<T> } {
  let loading: Promise<T> | null = null;
  return {
    get: () =>
      (loading ??= load().catch((error: unknown) => {
        loading = null;
        throw error;
      })),
  };
}
