/** One bundle a learner downloads (see bundles.mjs). */
export interface Bundle {
  name: string;
  entry: string;
  dir: string;
  file?: string;
  splitting: boolean;
  /** Folder (below the bundle's own) of its chunks, if not beside the entry. */
  chunkDir?: string;
}
/** One file a bundle writes. */
export interface BuiltFile {
  path: string;
  code: string;
  map: string;
  imports: string[];
  dynamic: string[];
  inputs: Record<string, number>;
}
export declare const PLAYERS: string[];
export declare const BUNDLES: Bundle[];
export declare function buildBundle(bundle: Bundle, options?: { minifyOptions?: object }): Promise<{ entry: string; outdir: string; files: BuiltFile[] }>;
export declare function firstLoad(built: { entry: string; files: BuiltFile[] }, also?: string[]): BuiltFile[];
