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

/** A file read and parsed once, with the offsets its lines start at. */
interface Parsed {
  root: Node | undefined;
  lineStarts: number[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/**
 * A function that finds where JSON pointers of the resolved course were written, following
 * `$include`s into the files they name, so a problem can be shown as `modules/01.json:12:16`. Each
 * file is read and parsed once, however many pointers are asked for (a build with hundreds of
 * warnings parses the course once, not once per warning). Null when the pointer does not lead
 * anywhere (the course changed meanwhile).
 *
 * @example
 * const locate = pointerLocator('course.json');
 * await locate('/modules/0/pages/1/blocks/0/src'); // { file: '/…/modules/01.json', line: 14, column: 20 }
 */
export function pointerLocator(courseFile: string): (pointer: string) => Promise<SourceLocation | null> {
  const cache = new Map<string, Promise<Parsed>>();
  const load = (f: string) => {
    let entry = cache.get(f);
    if (!entry) {
      entry = readFile(f, 'utf8').then((text) => ({ root: parseTree(text), lineStarts: lineStarts(text) }));
      cache.set(f, entry);
    }
    return entry;
  };
  return async (pointer) => {
    const segments = pointer.split('/').slice(1).map(unescape);
    let file = path.resolve(courseFile);
    try {
      let parsed = await load(file);
      let node = parsed.root;
      for (const segment of segments) {
        if (!node) return null;
        const include = node.type === 'object' ? findNodeAtLocation(node, ['$include']) : undefined;
        if (include && typeof include.value === 'string') {
          file = path.resolve(path.dirname(file), include.value);
          parsed = await load(file);
          node = parsed.root;
          if (!node) return null;
        }
        node = findNodeAtLocation(node, [node.type === 'array' ? Number(segment) : segment]);
      }
      if (!node) return null;
      return { file, ...lineColumn(parsed.lineStarts, node.offset) };
    } catch {
      return null;
    }
  };
}

/**
 * Finds where one JSON pointer of the resolved course was written; see {@link pointerLocator}, which
 * locates many with one parse.
 *
 * @example
 * await locatePointer('course.json', '/modules/0/pages/1/blocks/0/src'); // { file: '/…/modules/01.json', line: 14, column: 20 }
 */
export function locatePointer(courseFile: string, pointer: string): Promise<SourceLocation | null> {
  return pointerLocator(courseFile)(pointer);
}

/**
 * Problems with a pointer into the resolved course get the file, line and column it was written at
 * (each file parsed once for all of them).
 *
 * @example
 * const located = await withLocations(problems, '/courses/ir/course.json');
 */
export async function withLocations<P extends { pointer?: string; line?: number }>(problems: readonly P[], courseFile: string): Promise<Array<P & Partial<SourceLocation>>> {
  if (!problems.some((p) => p.pointer && p.line === undefined)) return [...problems];
  const locate = pointerLocator(courseFile);
  return Promise.all(
    problems.map(async (p) => {
      if (!p.pointer || p.line !== undefined) return p;
      const at = await locate(p.pointer);
      return at ? { ...p, file: at.file, line: at.line, column: at.column } : p;
    }),
  );
}
