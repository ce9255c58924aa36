import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { visit } from 'jsonc-parser';

/** Where a value of the resolved course was written: the file (course or included) and its line and column (1-based). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

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
 * One pass over a JSON text (jsonc-parser's `visit`, no syntax tree held): the offset of each value
 * whose pointer is wanted (the first, where a key is written twice), and the `$include` of every
 * object that has one, by the object's pointer. It keeps its own stack of keys and indexes and
 * makes a value's pointer only when its key is the last segment of a wanted one, so a large course
 * allocates next to nothing.
 */
function scan(text: string, wanted: ReadonlySet<string>): { offsets: Map<string, number>; includes: Map<string, string> } {
  const offsets = new Map<string, number>();
  const includes = new Map<string, string>();
  const lastSegments = new Set<string>(['$include']);
  for (const pointer of wanted) lastSegments.add(pointer === '' ? '' : pointer.slice(pointer.lastIndexOf('/') + 1));
  // Per open object or array: its key segments so far (escaped), and where the next value goes.
  const stack: Array<{ array: boolean; key: string }> = [];
  const segments: string[] = [];
  const here = () => (stack.length === 0 ? '' : stack[stack.length - 1]!.key);
  const pointerOf = (last: string) => (stack.length === 0 ? '' : `${segments.join('')}/${last}`);
  const value = (offset: number) => {
    const last = here();
    if (!lastSegments.has(last)) return;
    const pointer = pointerOf(last);
    if (wanted.has(pointer) && !offsets.has(pointer)) offsets.set(pointer, offset);
  };
  const open = (offset: number, array: boolean) => {
    value(offset);
    if (stack.length > 0) segments.push(`/${here()}`);
    stack.push({ array, key: array ? '0' : '' });
  };
  const close = () => {
    stack.pop();
    if (stack.length > 0) segments.pop();
  };
  visit(text, {
    onObjectBegin: (offset) => open(offset, false),
    onArrayBegin: (offset) => open(offset, true),
    onObjectEnd: close,
    onArrayEnd: close,
    onObjectProperty: (property) => {
      stack[stack.length - 1]!.key = escape(property);
    },
    onSeparator: (character) => {
      const top = stack[stack.length - 1];
      if (character === ',' && top?.array) top.key = String(Number(top.key) + 1);
    },
    onLiteralValue: (literal: unknown, offset) => {
      value(offset);
      if (here() === '$include' && typeof literal === 'string' && !stack[stack.length - 1]!.array) {
        const owner = segments.join('');
        if (!includes.has(owner)) includes.set(owner, literal);
      }
    },
  });
  return { offsets, includes };
}

/**
 * Finds where JSON pointers of the resolved course were written, following `$include`s into the
 * files they name, so a problem can be shown as `modules/01.json:12:16`. Each file is read and
 * scanned once for all the pointers, without building a syntax tree, so a build with hundreds of
 * warnings stays as light as one with none. A pointer that leads nowhere (the course changed
 * meanwhile) maps to null.
 *
 * @example
 * await locatePointers('course.json', ['/modules/0/pages/1/blocks/0/src']); // Map { '/modules/0/pages/1/blocks/0/src' => { file: '/…/modules/01.json', line: 14, column: 20 } }
 */
export async function locatePointers(courseFile: string, pointers: readonly string[]): Promise<Map<string, SourceLocation | null>> {
  const located = new Map<string, SourceLocation | null>(pointers.map((p) => [p, null]));
  // Pointers of the resolved course, by the file they are looked for in, with the pointer inside that file.
  const locateIn = async (file: string, asked: ReadonlyArray<{ pointer: string; inFile: string }>, depth: number): Promise<void> => {
    if (asked.length === 0 || depth > 8) return;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return;
    }
    const { offsets, includes } = scan(text, new Set(asked.map((a) => a.inFile)));
    const starts = lineStarts(text);
    const deeper = new Map<string, Array<{ pointer: string; inFile: string }>>();
    for (const a of asked) {
      // The first object on the way that includes a file: the rest of the pointer is inside that file.
      let include: string | undefined;
      for (const [owner, target] of includes) {
        if (a.inFile.startsWith(`${owner}/`) && (include === undefined || owner.length < include.length)) include = owner;
      }
      if (include !== undefined) {
        const target = path.resolve(path.dirname(file), includes.get(include)!);
        const list = deeper.get(target) ?? [];
        list.push({ pointer: a.pointer, inFile: a.inFile.slice(include.length) });
        deeper.set(target, list);
        continue;
      }
      const offset = offsets.get(a.inFile);
      if (offset !== undefined) located.set(a.pointer, { file, ...lineColumn(starts, offset) });
    }
    for (const [target, list] of deeper) await locateIn(target, list, depth + 1);
  };
  await locateIn(path.resolve(courseFile), [...new Set(pointers)].map((p) => ({ pointer: p, inFile: p })), 0);
  return located;
}

/**
 * Finds where one JSON pointer of the resolved course was written; see {@link locatePointers}.
 *
 * @example
 * await locatePointer('course.json', '/modules/0/pages/1/blocks/0/src'); // { file: '/…/modules/01.json', line: 14, column: 20 }
 */
export async function locatePointer(courseFile: string, pointer: string): Promise<SourceLocation | null> {
  return (await locatePointers(courseFile, [pointer])).get(pointer) ?? null;
}

/**
 * Problems with a pointer into the resolved course get the file, line and column it was written at
 * (each file read and scanned once for all of them).
 *
 * @example
 * const located = await withLocations(problems, '/courses/ir/course.json');
 */
export async function withLocations<P extends { pointer?: string; line?: number }>(problems: readonly P[], courseFile: string): Promise<Array<P & Partial<SourceLocation>>> {
  const pointers = problems.filter((p) => p.pointer && p.line === undefined).map((p) => p.pointer!);
  if (pointers.length === 0) return [...problems];
  const located = await locatePointers(courseFile, pointers);
  return problems.map((p) => {
    const at = p.pointer && p.line === undefined ? located.get(p.pointer) : null;
    return at ? { ...p, file: at.file, line: at.line, column: at.column } : p;
  });
}
