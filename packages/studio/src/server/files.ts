import { realpathSync } from 'node:fs';
import path from 'node:path';
import { CourseFolder } from '@coursekit/schema/node';
import { STUDIO_CODES } from '../model/errors';

/** A path Studio will not read or write (CK963): it leads out of the course folder or is not a course file. */
export class StudioPathError extends Error {
  readonly code = STUDIO_CODES.outside;
  constructor(message: string) {
    super(`${STUDIO_CODES.outside} ${message}`);
    this.name = 'StudioPathError';
  }
}

/**
 * The absolute path of a file named relative to the course folder (`/`-separated), after checking
 * that it stays there: no absolute path, no backslash, no `..` out, no NUL, and no link (of the file
 * or of a folder on the way) that leads out. The file itself need not exist yet.
 *
 * @example insideFolder('/courses/ir', 'modules/01.json') // '/courses/ir/modules/01.json'
 */
export function insideFolder(root: string, relative: string): string {
  if (relative === '' || relative.includes('\0') || relative.includes('\\') || relative.startsWith('/') || /^[a-zA-Z]:/.test(relative)) {
    throw new StudioPathError(`"${relative.slice(0, 200)}" is not a path inside the course folder: use a relative path with / such as "modules/01-welcome.json"`);
  }
  const normal = path.posix.normalize(relative);
  if (normal === '..' || normal.startsWith('../')) throw new StudioPathError(`"${relative.slice(0, 200)}" leads out of the course folder`);
  const folder = new CourseFolder(root);
  // The deepest part of the path that exists must be inside the folder once links are followed.
  let probe = normal;
  for (;;) {
    const found = folder.lookup(probe);
    if (found.kind === 'outside') throw new StudioPathError(`"${relative.slice(0, 200)}" is a link to a place outside the course folder (${found.real})`);
    if (found.kind !== 'missing' || !probe.includes('/')) break;
    probe = probe.slice(0, probe.lastIndexOf('/'));
  }
  return path.join(realpathSync(root), ...normal.split('/'));
}
