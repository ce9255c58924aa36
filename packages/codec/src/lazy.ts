export { SUSPEND_DATA_LIMITS } from './limits';

/** What the codec module gives: the encoder and decoder a tracker needs. */
export type Codec = Pick<typeof import('./codec'), 'encodeSnapshot' | 'decodeSnapshot'>;

let loaded: Codec | null = null;
let loading: Promise<Codec> | null = null;

/**
 * The codec as a module of its own, imported on first use: a bundler puts it in a chunk, so a
 * player's first load carries no codec. A first visit has nothing to decode and needs the encoder
 * only at its first save; a resumed learner's launch awaits it.
 *
 * @example
 * const { decodeSnapshot } = await loadCodec(); // a launch with a saved state
 */
export function loadCodec(): Promise<Codec> {
  // A failed fetch (offline, a missing chunk) is tried again by the next call.
  return (loading ??= import('./codec').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
}

/**
 * The codec if it has loaded, else null, and it starts loading: a synchronous save asks this and,
 * when null, saves once `loadCodec()` resolves.
 *
 * @example
 * const codec = codecNow();
 * if (codec) storage.setItem(key, ctx.encoded(codec.encodeSnapshot));
 * else void loadCodec().then(() => this.save(ctx));
 */
export function codecNow(): Codec | null {
  if (!loaded) void loadCodec();
  return loaded;
}
