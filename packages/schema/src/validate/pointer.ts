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
