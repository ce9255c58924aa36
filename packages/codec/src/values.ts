import { questionType, type Response } from '@coursekit/engine';
import type { Question } from '@coursekit/schema';
import { BitReader, BitWriter, CorruptDataError, bitsFor } from './bits';

/** The state holds something the compact layout cannot express; the codec falls back to JSON. */
export class UnencodableError extends Error {
  override name = 'UnencodableError';
}

const NUMBER_TAG = { positive: 0, negative: 1, float: 2 } as const;

/** Any number, exactly: small integers in a few bits, anything else as a double. */
export function writeNumber(w: BitWriter, value: number): void {
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
    w.uint(value >= 0 ? NUMBER_TAG.positive : NUMBER_TAG.negative, 2);
    w.varuint(Math.abs(value), 4);
  } else {
    w.uint(NUMBER_TAG.float, 2);
    w.float64(value);
  }
}

export function readNumber(r: BitReader): number {
  const tag = r.uint(2);
  if (tag === NUMBER_TAG.positive) return r.varuint(4);
  if (tag === NUMBER_TAG.negative) {
    const n = r.varuint(4);
    if (n === 0) throw new CorruptDataError('negative zero written as an integer');
    return -n;
  }
  if (tag === NUMBER_TAG.float) return r.float64();
  throw new CorruptDataError(`unknown number tag ${tag}`);
}

/** A best score in 0..1 or null: ten-thousandths in 14 bits when exact, else a double. */
export function writeUnit(w: BitWriter, value: number | null): void {
  if (value === null) return w.uint(0, 2);
  const scaled = Math.round(value * 10_000);
  if (scaled / 10_000 === value && !Object.is(value, -0) && scaled >= 0 && scaled <= 10_000) {
    w.uint(1, 2);
    w.uint(scaled, 14);
  } else {
    w.uint(2, 2);
    w.float64(value);
  }
}

export function readUnit(r: BitReader): number | null {
  const tag = r.uint(2);
  if (tag === 0) return null;
  if (tag === 1) {
    const scaled = r.uint(14);
    if (scaled > 10_000) throw new CorruptDataError(`score ${scaled}/10000 above 1`);
    return scaled / 10_000;
  }
  if (tag === 2) return r.float64();
  throw new CorruptDataError(`unknown score tag ${tag}`);
}

/** An id's position in `ids`, or UnencodableError. */
export function need(index: Map<string, number>, id: string, what: string): number {
  const i = index.get(id);
  if (i === undefined) throw new UnencodableError(`${what} "${id}" is not in the course`);
  return i;
}

function ids(list: ReadonlyArray<{ id: string }>): Map<string, number> {
  return new Map(list.map((x, i) => [x.id, i]));
}

/** Elias gamma code of n ≥ 1: 2⌊log2 n⌋ + 1 bits, short for the short runs of a flag list. */
function gammaBits(n: number): number {
  return 2 * Math.floor(Math.log2(n)) + 1;
}

/**
 * A list of flags (pages viewed, questions answered), as a bitmap or, when shorter, as the
 * first flag and the lengths of its runs: a learner who went through in order costs a few bits,
 * not one per page. One bit says which; the worst case is the bitmap plus that bit.
 */
export function writeFlags(w: BitWriter, flags: readonly boolean[]): void {
  const runs: number[] = [];
  for (let i = 0; i < flags.length; ) {
    let j = i;
    while (j < flags.length && flags[j] === flags[i]) j++;
    runs.push(j - i);
    i = j;
  }
  const rleBits = 1 + runs.reduce((sum, run) => sum + gammaBits(run), 0);
  if (flags.length > 0 && rleBits < flags.length) {
    w.bool(true);
    w.bool(flags[0]!);
    for (const run of runs) {
      const width = Math.floor(Math.log2(run));
      w.uint(0, width);
      w.uint(run, width + 1);
    }
  } else {
    w.bool(false);
    for (const flag of flags) w.bool(flag);
  }
}

export function readFlags(r: BitReader, n: number): boolean[] {
  if (!r.bool()) {
    const out: boolean[] = [];
    for (let i = 0; i < n; i++) out.push(r.bool());
    return out;
  }
  let value = r.bool();
  const out: boolean[] = [];
  while (out.length < n) {
    let width = 0;
    while (!r.bool()) {
      if (++width > 31) throw new CorruptDataError('run length longer than 31 bits');
    }
    const run = 2 ** width + r.uint(width);
    if (out.length + run > n) throw new CorruptDataError(`runs cover ${out.length + run} flags of ${n}`);
    for (let i = 0; i < run; i++) out.push(value);
    value = !value;
  }
  return out;
}

/** A subset of `n` things; sets come back in course order. */
export function writeSet(w: BitWriter, indices: number[], n: number): void {
  const set = new Set(indices);
  if (set.size !== indices.length) throw new UnencodableError('a set lists an item twice');
  writeFlags(w, Array.from({ length: n }, (_, i) => set.has(i)));
}

export function readSet(r: BitReader, n: number): number[] {
  return readFlags(r, n).flatMap((flag, i) => (flag ? [i] : []));
}

/** Lower-case Latin letters and the commonest marks: typed answers in Indonesian and English are mostly these, at 5 bits a character. */
const SMALL_ALPHABET = "abcdefghijklmnopqrstuvwxyz .,-'?";

/** Text in 5 bits a character when it fits SMALL_ALPHABET, else UTF-8; one bit says which. */
export function writeText(w: BitWriter, text: string): void {
  const small = [...text].every((c) => SMALL_ALPHABET.includes(c));
  w.bool(small);
  if (!small) return w.text(text);
  w.varuint(text.length, 5);
  for (const c of text) w.uint(SMALL_ALPHABET.indexOf(c), 5);
}

export function readText(r: BitReader): string {
  if (!r.bool()) return r.text();
  const length = r.varuint(5);
  if (length * 5 > r.remaining) throw new CorruptDataError(`text of ${length} characters runs past the end`);
  let out = '';
  for (let i = 0; i < length; i++) out += SMALL_ALPHABET[r.uint(5)];
  return out;
}

/** Every accepted text of a question whose answer is text, in every language, in a fixed order. */
function acceptedTexts(q: Question): string[] {
  const answer = questionType(q).answer;
  const accepted = answer.kind === 'text' ? (answer.accepted?.(q) ?? []) : [];
  return [...new Set(accepted.flatMap((a) => (typeof a === 'string' ? [a] : Object.keys(a).sort().map((k) => a[k]!))))];
}

/**
 * A question's response; its type and options come from the question, so only choices are written,
 * by the answer kind of the question's type (see the engine's question types).
 */
export function writeResponse(w: BitWriter, q: Question, response: Response): void {
  if (response.type !== q.type) throw new UnencodableError(`response of type ${response.type} to ${q.type} question "${q.id}"`);
  const answer = questionType(q).answer;
  switch (answer.kind) {
    case 'one': {
      const options = answer.options(q);
      return w.uint(need(ids(options), answer.value(response), answer.noun), bitsFor(options.length));
    }
    case 'set': {
      const options = answer.options(q);
      const index = ids(options);
      return writeSet(w, answer.value(response).map((c) => need(index, c, answer.noun)), options.length);
    }
    case 'boolean':
      return w.bool(answer.value(response));
    case 'text': {
      const text = answer.value(response);
      if (!answer.accepted) return writeText(w, text);
      // Most answers are one of the accepted ones, exactly as written: then its index is enough.
      const accepted = acceptedTexts(q);
      const i = accepted.indexOf(text);
      w.bool(i >= 0);
      if (i >= 0) return w.uint(i, bitsFor(accepted.length));
      return writeText(w, text);
    }
    case 'pairs': {
      const pairs = answer.options(q);
      const index = ids(pairs);
      const matches = answer.value(response);
      for (const key of Object.keys(matches)) need(index, key, `${answer.noun} source`);
      for (const pair of pairs) {
        const target = matches[pair.id];
        w.bool(target !== undefined);
        if (target !== undefined) w.uint(need(index, target, `${answer.noun} target`), bitsFor(pairs.length));
      }
      return;
    }
    case 'order': {
      const items = answer.options(q);
      const index = ids(items);
      const order = answer.value(response);
      if (order.length > items.length) throw new UnencodableError(`sequence of ${order.length} ${answer.noun}s for ${items.length}`);
      w.uint(order.length, bitsFor(items.length + 1));
      for (const item of order) w.uint(need(index, item, answer.noun), bitsFor(items.length));
      return;
    }
  }
}

export function readResponse(r: BitReader, q: Question): Response {
  const answer = questionType(q).answer;
  switch (answer.kind) {
    case 'one': {
      const options = answer.options(q);
      return answer.response(options[r.index(options.length)]!.id);
    }
    case 'set': {
      const options = answer.options(q);
      return answer.response(readSet(r, options.length).map((i) => options[i]!.id));
    }
    case 'boolean':
      return answer.response(r.bool());
    case 'text': {
      if (!answer.accepted || !r.bool()) return answer.response(readText(r));
      const accepted = acceptedTexts(q);
      return answer.response(accepted[r.index(accepted.length)]!);
    }
    case 'pairs': {
      const pairs = answer.options(q);
      const matches: Record<string, string> = {};
      for (const pair of pairs) if (r.bool()) matches[pair.id] = pairs[r.index(pairs.length)]!.id;
      return answer.response(matches);
    }
    case 'order': {
      const items = answer.options(q);
      const count = r.uint(bitsFor(items.length + 1));
      if (count > items.length) throw new CorruptDataError(`sequence of ${count} ${answer.noun}s for ${items.length}`);
      const order: string[] = [];
      for (let i = 0; i < count; i++) order.push(items[r.index(items.length)]!.id);
      return answer.response(order);
    }
  }
}
