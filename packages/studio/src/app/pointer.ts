/** The reference tokens of an RFC 6901 JSON pointer. */
export function tokens(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON pointer from reference tokens. */
export function pointerOf(parts: (string | number)[]): string {
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The value at `pointer` in `root`, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  let at: unknown = root;
  for (const t of tokens(pointer)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[t];
  }
  return at;
}

/** The pointer of the parent of `pointer`, and the last token. */
export function parentOf(pointer: string): { parent: string; key: string } {
  const i = pointer.lastIndexOf('/');
  return { parent: pointer.slice(0, i), key: tokens(pointer.slice(i))[0] ?? '' };
}

