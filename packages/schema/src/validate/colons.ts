import { MAX_NESTING } from './depth';

/**
 * The colons a parsed value's JSON text holds when no property was dropped: one per property, plus
 * those inside keys and strings (see parseJson). `deep`: objects and lists nest deeper than
 * MAX_NESTING somewhere, and the count stopped there.
 */
export interface ColonTally {
  colons: number;
  deep: boolean;
}

/**
 * Adds the colons of `value`, which sits `depth` levels down, to the tally.
 *
 * @example const tally = { colons: 0, deep: false }; countColons({ 'a:b': 'c:d' }, 0, tally); // tally.colons === 3
 */
export function countColons(value: unknown, depth: number, tally: ColonTally): void {
  if (typeof value === 'string') {
    tally.colons += count(value, ':');
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (depth === MAX_NESTING) {
    tally.deep = true;
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) countColons(value[i], depth + 1, tally);
    return;
  }
  for (const key in value) {
    tally.colons += 1 + count(key, ':');
    countColons((value as Record<string, unknown>)[key], depth + 1, tally);
  }
}

/** How often `char` occurs in `text`. */
export function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
