/**
 * Joins a path relative to a folder of the course, both `/`-separated and relative to the course
 * folder, resolving `.` and `..`. Null when the result would leave the course folder, as
 * `@coursekit/schema/node`'s loader refuses such includes.
 *
 * @example joinPath('modules', '../pages/a.json') // 'pages/a.json'
 */
export function joinPath(folder: string, relative: string): string | null {
  const parts: string[] = [];
  for (const part of [...folder.split('/'), ...relative.split('/')]) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** The folder of a course-relative path: `''` for a file at the top. */
export function folderOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at === -1 ? '' : path.slice(0, at);
}

/**
 * The path that leads from `fromFolder` to `path` (both relative to the course folder).
 *
 * @example relativePath('modules', 'pages/a.json') // '../pages/a.json'
 */
export function relativePath(fromFolder: string, path: string): string {
  const from = fromFolder === '' ? [] : fromFolder.split('/');
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
