import { readFile } from 'node:fs/promises';
import { indexCourse, isRecord } from '@coursekit/schema';
import { assemble, mountOf } from '../model/assemble';
import { folderOf, joinPath } from '../model/paths';
import type { StudioFile, WorkspaceSnapshot } from '../model/types';
import { insideFolder } from './files';
import { versionOf } from './version';

/** Reads one file of the course folder as Studio hands it out; null when it is not a readable file. */
export async function readStudioFile(root: string, relative: string): Promise<StudioFile | null> {
  try {
    const bytes = await readFile(insideFolder(root, relative));
    return { path: relative, text: new TextDecoder().decode(bytes), version: versionOf(bytes) };
  } catch {
    return null;
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/**
 * The course file and every file it includes, directly or not, as the loader of
 * `@coursekit/schema/node` follows them (an include that cannot be read is left out; validation
 * reports it).
 *
 * @example await readWorkspace('/courses/ir') // { entry: 'course.json', files: [{ path: 'course.json', … }, …] }
 */
export async function readWorkspace(root: string, entry = 'course.json'): Promise<WorkspaceSnapshot> {
  const files = new Map<string, StudioFile>();
  const values = new Map<string, unknown>();
  const tried = new Set<string>([entry]);
  const first = await readStudioFile(root, entry);
  if (first) {
    files.set(entry, first);
    values.set(entry, parse(first.text));
  }
  for (;;) {
    const { course, mounts } = assemble(entry, values);
    const next: string[] = [];
    for (const site of indexCourse(course).get('Include') ?? []) {
      const target = isRecord(site.value) ? site.value.$include : undefined;
      if (typeof target !== 'string') continue;
      const path = joinPath(folderOf(mountOf(mounts, site.pointer).path), target);
      if (path !== null && !tried.has(path)) next.push(path);
    }
    if (next.length === 0) break;
    for (const path of next) {
      tried.add(path);
      const file = await readStudioFile(root, path);
      if (!file) continue;
      files.set(path, file);
      values.set(path, parse(file.text));
    }
  }
  return { entry, files: [...files.values()] };
}
