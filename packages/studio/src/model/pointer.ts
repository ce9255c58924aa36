import { fromPointer } from '@coursekit/schema';

/** The value at a JSON Pointer, or undefined when nothing is there. */
export function valueAt(root: unknown, pointer: string): unknown {
  let at = root;
  for (const key of fromPointer(pointer)) {
    if (at === null || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
