import { closeSync, constants, openSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CLI_ERROR, UsageError } from './exit';

/**
 * The course file a command was given, as an absolute path, once it is known to be a regular file
 * this user can read. validate, build and preview all check it here, so an unreadable course is the
 * same error (CK955) and the same exit code (2) whichever command meets it; and a pipe or a device
 * is refused before anything waits on it.
 *
 * @example
 * const file = await readableCourseFile('course.json', io.cwd);
 */
export async function readableCourseFile(given: string, cwd: string): Promise<string> {
  const file = path.resolve(cwd, given);
  const refuse = (why: string) => new UsageError(CLI_ERROR.io, `cannot read ${given}: ${why}`, 'check the path of the course file and that you may read it');
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw refuse((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  if (info.isDirectory()) throw refuse('it is a folder; give the course file inside it, e.g. course.json');
  if (!info.isFile()) throw refuse('it is not a regular file (a device or a pipe)');
  try {
    // Opened without waiting (O_NONBLOCK) and closed at once: only whether it can be read matters here.
    closeSync(openSync(file, constants.O_RDONLY | constants.O_NONBLOCK));
  } catch (error) {
    throw refuse((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  return file;
}
