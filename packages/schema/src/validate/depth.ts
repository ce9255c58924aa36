import { toPointer } from './pointer';

/**
 * How deep objects and lists may nest in one course file. A course nests about a dozen levels
 * (course → modules → pages → blocks → question → choices → text); parsers and validators walk
 * JSON recursively, and a file nested thousands deep would exhaust their stack.
 */
export const MAX_NESTING = 100;

/** Where nesting first went past the limit: the offset of the bracket that did, and its pointer. */
export interface TooDeep {
  offset: number;
  pointer: string;
}

interface Frame {
  array: boolean;
  /** The current item's index (lists) or key (objects). */
  at: number | string;
}

/**
 * Finds the first place a JSON text nests deeper than `max`, in one pass without recursion, before
 * anything walks it recursively; null when it does not. Strings are skipped, so brackets inside
 * them do not count. The text need not be valid JSON.
 *
 * @example textTooDeep('[[[1]]]', 2) // { offset: 2, pointer: '/0/0' }
 */
export function textTooDeep(text: string, max = MAX_NESTING): TooDeep | null {
  // Most texts are nowhere near the limit: a counting pass says so without building a path.
  return nestsDeeper(text, max) ? deepestPath(text, max) : null;
}

/** Whether objects and lists nest deeper than `max` anywhere in the text, strings skipped. */
function nestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // The closing quote is the next one not escaped by an odd run of backslashes.
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c /* \ */) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return false;
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if ((c === 0x7d /* } */ || c === 0x5d /* ] */) && depth > 0) {
      depth--;
    }
  }
  return false;
}

function deepestPath(text: string, max: number): TooDeep | null {
  const stack: Frame[] = [];
  let lastString: [number, number] | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
      lastString = [start, i + 1];
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length === max) return { offset: i, pointer: toPointer([...stack.map((f) => f.at)]) };
      stack.push({ array: c === 0x5b, at: c === 0x5b ? 0 : '' });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */ && top?.array === true) {
      top.at = (top.at as number) + 1;
    } else if (c === 0x3a /* : */ && top?.array === false && lastString !== null) {
      top.at = keyOf(text.slice(lastString[0], lastString[1]));
    }
  }
  return null;
}

function keyOf(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/**
 * The same check for a value already parsed (a course passed to `validate()` as an object), also
 * without recursion: the pointer of the first object or list deeper than `max`, or null.
 *
 * @example valueTooDeep({ a: [[1]] }, 2) // '/a/0'
 */
export function valueTooDeep(value: unknown, max = MAX_NESTING): string | null {
  // A course is nowhere near the limit: a pass that counts depths, building no paths, says so.
  const values: unknown[] = [value];
  const depths: number[] = [0];
  let deeper = false;
  while (values.length > 0 && !deeper) {
    const v = values.pop();
    const depth = depths.pop() as number;
    if (v === null || typeof v !== 'object') continue;
    if (depth === max) deeper = true;
    else if (Array.isArray(v)) for (const item of v) values.push(item), depths.push(depth + 1);
    else for (const key of Object.keys(v)) values.push((v as Record<string, unknown>)[key]), depths.push(depth + 1);
  }
  return deeper ? deepestValuePath(value, max) : null;
}

function deepestValuePath(value: unknown, max: number): string | null {
  const pending: Array<{ value: unknown; path: Array<string | number> }> = [{ value, path: [] }];
  while (pending.length > 0) {
    const { value: v, path } = pending.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (path.length === max) return toPointer(path);
    if (Array.isArray(v)) v.forEach((item, index) => pending.push({ value: item, path: [...path, index] }));
    else for (const [key, item] of Object.entries(v)) pending.push({ value: item, path: [...path, key] });
  }
  return null;
}
