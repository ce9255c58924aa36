import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/** Where a value of the resolved course was written: the file (course or included) and its line and column (1-based). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Finds where a JSON pointer of the resolved course was written, following `$include`s into the
 * files they name, so a problem can be shown as `modules/01.json:12:16`. Null when the pointer
 * does not lead anywhere (the course changed meanwhile).
 *
 * @example
 * await locatePointer('course.json', '/modules/0/pages/1/blocks/0/src'); // { file: '/…/modules/01.json', line: 14, column: 20 }
 */
export async function locatePointer(courseFile: string, pointer: string): Promise<SourceLocation | null> {
  const segments = pointer.split('/').slice(1).map(unescape);
  let file = path.resolve(courseFile);
  const cache = new Map<string, { text: string; root: Node | undefined }>();
  const load = async (f: string) => {
    let entry = cache.get(f);
    if (!entry) {
      const text = await readFile(f, 'utf8');
      entry = { text, root: parseTree(text) };
      cache.set(f, entry);
    }
    return entry;
  };
  try {
    let { text, root } = await load(file);
    let node = root;
    for (const segment of segments) {
      if (!node) return null;
      const include = node.type === 'object' ? findNodeAtLocation(node, ['$include']) : undefined;
      if (include && typeof include.value === 'string') {
        file = path.resolve(path.dirname(file), include.value);
        ({ text, root } = await load(file));
        node = root;
        if (!node) return null;
      }
      node = findNodeAtLocation(node, [node.type === 'array' ? Number(segment) : segment]);
    }
    if (!node) return null;
    return { file, ...lineColumn(text, node.offset) };
  } catch {
    return null;
  }
}
