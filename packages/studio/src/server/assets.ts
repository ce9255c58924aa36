import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { assetReferences } from '@coursekit/packager';
import { openDocument } from '../model/document';
import { insideFolder, StudioPathError } from './files';
import { readWorkspace } from './workspace';

/** The kinds of file a course names as assets (the schema's AssetPath): pictures, sound, video, captions, documents. */
const ASSET_EXTENSIONS = new Set(['.svg', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.mp3', '.m4a', '.ogg', '.wav', '.mp4', '.webm', '.vtt', '.pdf']);

/**
 * A file name safe in a course and on every LMS: ASCII letters (accents dropped), digits, `-`, `_`
 * and `.`, lower case, no folder, no leading dot, at most 80 characters before the extension.
 *
 * @example safeAssetName('Foto Kantor (Sukamaju) #2.JPG') // 'foto-kantor-sukamaju-2.jpg'
 */
export function safeAssetName(original: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const ascii = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const dot = ascii.lastIndexOf('.');
  const clean = (s: string) => s.replace(/[^a-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-_]+|[-_]+$/g, '');
  const ext = dot > 0 ? clean(ascii.slice(dot + 1)) : '';
  const stem = clean(dot > 0 ? ascii.slice(0, dot) : ascii).slice(0, 80).replace(/[-_]+$/, '') || 'asset';
  return ext ? `${stem}.${ext}` : stem;
}

/**
 * Copies an uploaded file into the course's `assets/` folder under a safe name, never over a file
 * already there (`photo.jpg`, then `photo-2.jpg`, `photo-3.jpg` …). Returns its course path.
 *
 * @example await addAsset('/courses/ir', 'Foto Kantor.JPG', bytes) // 'assets/foto-kantor.jpg'
 */
export async function addAsset(root: string, originalName: string, bytes: Uint8Array): Promise<string> {
  const name = safeAssetName(originalName);
  const ext = path.extname(name);
  if (!ASSET_EXTENSIONS.has(ext)) {
    throw new StudioPathError(`"${originalName.slice(0, 200)}" is not a kind of file a course shows: use ${[...ASSET_EXTENSIONS].join(', ')}`);
  }
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 1000; n++) {
    const relative = `assets/${n === 1 ? stem : `${stem}-${n}`}${ext}`;
    const abs = insideFolder(root, relative);
    await mkdir(path.dirname(abs), { recursive: true });
    let handle;
    try {
      handle = await open(abs, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      await handle.writeFile(bytes);
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => {});
      await rm(abs, { force: true });
      throw error;
    }
    return relative;
  }
  throw new StudioPathError(`assets/ already holds 999 files named like "${name}": rename the file before adding it`);
}

/** An asset of the course folder and where the course uses it. */
export interface AssetUse {
  path: string;
  bytes: number;
  /** Pointers of the assembled course that name the file; [] when nothing does. */
  usedAt: string[];
}

/**
 * Every file under the course's `assets/` folder, with its size and the pointers of the course (as
 * saved on disk) that name it, so unused ones show with `usedAt: []`.
 *
 * @example (await listAssets('/courses/ir')).filter((a) => a.usedAt.length === 0) // unused assets
 */
export async function listAssets(root: string): Promise<AssetUse[]> {
  const course = openDocument(await readWorkspace(root)).course;
  const uses = new Map<string, string[]>();
  // The references a build packs, so "unused" means "left out of every package".
  for (const { pointer, path: value } of assetReferences(course)) {
    const normal = path.posix.normalize(value);
    uses.set(normal, [...(uses.get(normal) ?? []), pointer]);
  }
  const assets: AssetUse[] = [];
  const walk = async (relative: string): Promise<void> => {
    let names: string[];
    try {
      names = (await readdir(insideFolder(root, relative))).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const child = `${relative}/${name}`;
      const info = await stat(insideFolder(root, child));
      if (info.isDirectory()) await walk(child);
      else if (info.isFile()) assets.push({ path: child, bytes: info.size, usedAt: uses.get(child) ?? [] });
    }
  };
  await walk('assets');
  return assets;
}
