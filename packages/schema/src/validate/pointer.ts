/** JSON pointers (RFC 6901): `/modules/0/title`. */

/**
 * The pointer for a path of keys and indexes.
 *
 * @example toPointer(['modules', 0, 'a/b']) // '/modules/0/a~1b'
 */
export function toPointer(path: ReadonlyArray<string | number>): string {
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * The keys of a pointer, as strings (array indexes too).
 *
 * @example fromPointer('/modules/0/a~1b') // ['modules', '0', 'a/b']
 */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer one level up; '' stays ''. */
export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** Whether `pointer` is `prefix` or below it. */
export function isWithin(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(prefix + '/');
}

/**
 * Puts a value at a pointer whose parent exists, in place, and returns the root (the value itself
 * for the pointer '').
 *
 * @example setAt({ modules: [{ $include: 'm.json' }] }, '/modules/0', { id: 'm' }) // { modules: [{ id: 'm' }] }
 */
export function setAt(root: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const keys = fromPointer(pointer);
  let parent = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[keys[keys.length - 1] as string] = value;
  return root;
}
