import path from 'node:path';
import type { Diagnostic } from '@coursekit/schema';
import { loadCourse } from '@coursekit/schema/node';
import { insideFolder } from './files';

/**
 * Validates the course as `coursekit validate` does (includes, schema, semantic rules, asset
 * files), taking the given texts instead of the files on disk. Each diagnostic's `file` is relative
 * to the course folder, as Studio names files.
 *
 * @example await validateTexts('/courses/ir', 'course.json', [{ path: 'modules/01.json', text }])
 */
export async function validateTexts(root: string, entry: string, files: ReadonlyArray<{ path: string; text: string }>): Promise<Diagnostic[]> {
  const texts = new Map<string, string>();
  for (const file of files) {
    insideFolder(root, file.path);
    texts.set(path.resolve(root, ...file.path.split('/')), file.text);
  }
  const { diagnostics } = await loadCourse(path.resolve(root, entry), { texts });
  return diagnostics.map((d) => ({ ...d, file: path.relative(root, d.file).split(path.sep).join('/') }));
}
