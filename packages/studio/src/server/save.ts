import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileChange, StudioFile } from '../model/types';
import { insideFolder, StudioPathError } from './files';
import { editJsonText, freshJsonText } from './text-edits';
import { versionOf } from './version';

/** What a save did: the files as now written, or the files that changed on disk since (nothing written). */
export type SaveResult = { ok: true; files: StudioFile[] } | { ok: false; conflicts: StudioFile[] };

async function current(abs: string): Promise<Buffer | null> {
  try {
    return await readFile(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Saves changed files of a course folder: all or none. Each change must have been made on the
 * version of the file now on disk (an empty `baseVersion` for a new file), or nothing is written and
 * the files as they are now come back as conflicts (CK961). Each file gets the smallest text edits
 * that give it its new value ({@link editJsonText}), is written to a temporary file beside it and
 * renamed over it once every file is written, so a failed write leaves every file as it was.
 * `written` is told each new version before its file appears, so a watcher can tell Studio's own
 * writes from others'. (`write` is for tests: a write that fails.)
 *
 * @example await saveChanges('/courses/ir', doc.dirtyFiles(), (file) => known.set(file.path, file.version))
 */
export async function saveChanges(root: string, changes: FileChange[], written: (file: StudioFile) => void = () => {}, write: typeof writeFile = writeFile): Promise<SaveResult> {
  const plans: Array<{ abs: string; file: StudioFile; temp: string }> = [];
  const conflicts: StudioFile[] = [];
  for (const change of changes) {
    if (!change.path.endsWith('.json')) throw new StudioPathError(`"${change.path.slice(0, 200)}" is not a course file: Studio saves .json files only`);
    const abs = insideFolder(root, change.path);
    const bytes = await current(abs);
    const version = bytes === null ? '' : versionOf(bytes);
    const text = bytes === null ? '' : new TextDecoder().decode(bytes);
    if (version !== change.baseVersion) {
      conflicts.push({ path: change.path, text, version });
      continue;
    }
    const next = bytes === null ? freshJsonText(change.value) : editJsonText(text, change.value);
    plans.push({ abs, file: { path: change.path, text: next, version: versionOf(next) }, temp: path.join(path.dirname(abs), `.${path.basename(abs)}.${randomBytes(6).toString('hex')}.tmp`) });
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  const changed = plans.filter((p) => p.file.version !== changes.find((c) => c.path === p.file.path)!.baseVersion);
  // Folders a new file needs are made, and removed again if the save fails.
  const made: string[] = [];
  try {
    for (const plan of changed) {
      const first = await mkdir(path.dirname(plan.abs), { recursive: true });
      if (first !== undefined) made.push(first);
      await write(plan.temp, plan.file.text, { flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(changed.map((p) => rm(p.temp, { force: true })));
    for (const folder of made.reverse()) await rm(folder, { recursive: true, force: true });
    throw error;
  }
  for (const plan of changed) {
    written(plan.file);
    await rename(plan.temp, plan.abs);
  }
  return { ok: true, files: plans.map((p) => p.file) };
}
