import { indexCourse, isRecord, isWithin, setAt } from '@coursekit/schema';
import { folderOf, joinPath } from './paths';

/** A file mounted at a pointer of the assembled course. */
export interface Mount {
  pointer: string;
  /** The file, relative to the course folder. */
  path: string;
  /** The files that include this one, course file first (to refuse cycles). */
  chain: string[];
}

/** The assembled course and where each of its files sits in it. */
export interface Assembly {
  /** Undefined when the course file is not JSON. */
  course: unknown;
  /** The course file first, then each included file in the order it was resolved. */
  mounts: Mount[];
}

/** Includes nest at most this deep, as `@coursekit/schema/node`'s loader allows. */
const MAX_DEPTH = 8;

/** The deepest mount a pointer of the assembled course falls in. */
export function mountOf(mounts: readonly Mount[], pointer: string): Mount {
  let best = mounts[0] as Mount;
  for (const mount of mounts) if (isWithin(pointer, mount.pointer) && mount.pointer.length >= best.pointer.length) best = mount;
  return best;
}

/**
 * Resolves the `$include`s of a course the way `loadCourse` of `@coursekit/schema/node` does: the
 * include sites the schema allows (modules, pages, scenarios), each path relative to the file that
 * includes it, none leaving the course folder, no cycles, at most 8 deep, a part's `$schema` left
 * out. An include that cannot be resolved (missing file, not JSON) stays as it is, as the validator
 * reports it. Nothing of `values` is changed: the course is a copy.
 *
 * @example assemble('course.json', new Map([['course.json', { modules: [{ $include: 'm.json' }] }], ['m.json', { id: 'm' }]])).course // { modules: [{ id: 'm' }] }
 */
export function assemble(entry: string, values: ReadonlyMap<string, unknown>): Assembly {
  const mounts: Mount[] = [{ pointer: '', path: entry, chain: [] }];
  if (values.get(entry) === undefined) return { course: undefined, mounts };
  let root = structuredClone(values.get(entry));
  const failed = new Set<string>();
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const pending = (indexCourse(root).get('Include') ?? []).filter((site) => !failed.has(site.pointer));
    if (pending.length === 0) break;
    for (const site of pending) {
      failed.add(site.pointer);
      const target = isRecord(site.value) ? site.value.$include : undefined;
      if (typeof target !== 'string' || target === '') continue;
      const parent = mountOf(mounts, site.pointer);
      const path = joinPath(folderOf(parent.path), target);
      if (path === null || path === parent.path || parent.chain.includes(path)) continue;
      const value = values.get(path);
      if (value === undefined) continue;
      const part = structuredClone(value);
      if (isRecord(part)) delete part.$schema;
      root = setAt(root, site.pointer, part);
      failed.delete(site.pointer);
      mounts.push({ pointer: site.pointer, path, chain: [...parent.chain, parent.path] });
    }
  }
  return { course: root, mounts };
}
