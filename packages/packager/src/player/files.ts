import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PACKAGE_ERROR, packageError } from '../errors';
import type { PlayerBundle } from '../targets';
import type { ZipEntry } from '../zip/write';

/**
 * The folder of the built player bundles: `dist/player/` of @coursekit/components, one subfolder
 * per bundle (`scorm12/`, `scorm2004/`, `cmi5/`, `xapi/`, `web/`).
 */
export function defaultPlayerDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@coursekit/components/package.json')), 'dist', 'player');
}

/** The package path of a bundle's entry script. */
export const PLAYER_SCRIPT = 'player/coursekit.js';

/**
 * The files of one player bundle, as zip entries under `player/`. Source maps stay out: they
 * would double the download and show nothing the learner needs.
 *
 * @example
 * await playerEntries(defaultPlayerDir(), 'scorm12'); // [{ path: 'player/coursekit.js', source: '…', size: 98123 }]
 */
export async function playerEntries(playerDir: string, bundle: PlayerBundle): Promise<ZipEntry[]> {
  const dir = path.join(playerDir, bundle);
  const missing = () =>
    packageError(PACKAGE_ERROR.playerMissing, `the ${bundle} player is not built (no ${path.join(dir, 'coursekit.js')})`, { hint: 'run "pnpm build" (or "pnpm --filter @coursekit/components build") first' });
  const names = await readdir(dir).catch(() => null);
  if (!names || !names.includes('coursekit.js')) throw missing();
  const entries: ZipEntry[] = [];
  for (const name of names.sort()) {
    if (name.endsWith('.map')) continue;
    const source = path.join(dir, name);
    const info = await stat(source);
    if (info.isFile()) entries.push({ path: `player/${name}`, source, size: info.size });
  }
  return entries;
}

/**
 * The player's chunk of UI strings for a language (`player/strings-en-<hash>.js`, one per UI
 * language, fetched by the player beside the course), or, for a language the UI has no strings
 * in, the Indonesian one, which the player then shows. Undefined for a player without such chunks.
 *
 * @example
 * stringsScript(await playerEntries(defaultPlayerDir(), 'web'), 'en-GB'); // 'player/strings-en-ad799fea.js'
 */
export function stringsScript(player: readonly ZipEntry[], language: string): string | undefined {
  const find = (ui: string) => player.find((e) => new RegExp(`^player/strings-${ui}-[0-9a-f]+\\.js$`).test(e.path))?.path;
  return find(language.toLowerCase().split(/[-_]/)[0] ?? '') ?? find('id');
}

/**
 * The player files the entry imports statically, and theirs in turn, entry included: what the
 * browser must fetch before the player runs, declared in the launch page as `modulepreload`.
 *
 * @example
 * await firstLoadScripts(await playerEntries(defaultPlayerDir(), 'web')); // ['player/coursekit.js']
 */
export async function firstLoadScripts(player: readonly ZipEntry[]): Promise<string[]> {
  const byPath = new Map(player.map((e) => [e.path, e]));
  const seen: string[] = [];
  const visit = async (p: string): Promise<void> => {
    const entry = byPath.get(p);
    if (!entry || seen.includes(p)) return;
    seen.push(p);
    const code = 'source' in entry ? await readFile(entry.source, 'utf8') : typeof entry.data === 'string' ? entry.data : Buffer.from(entry.data).toString('utf8');
    // Static imports only (`import"./x.js"`, `from"./x.js"`); `import("./x.js")` loads on demand.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[\w.-]+\.js)["']/g)) await visit(path.posix.join(path.posix.dirname(p), m[1]!));
  };
  await visit(PLAYER_SCRIPT);
  return seen;
}
