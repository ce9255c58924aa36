import type { Response } from '@coursekit/engine';
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
  if (scaled / 10_000 === value && scaled >= 0 && scaled <= 10_000) {
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

/** A subset of `n` things as a bitmap; sets come back in course order. */
export function writeSet(w: BitWriter, indices: number[], n: number): void {
  const set = new Set(indices);
  if (set.size !== indices.length) throw new UnencodableError('a set lists an item twice');
  for (let i = 0; i < n; i++) w.bool(set.has(i));
}

export function readSet(r: BitReader, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (r.bool()) out.push(i);
  return out;
}

/** A question's response; its type and options come from the question, so only choices are written. */
export function writeResponse(w: BitWriter, q: Question, response: Response): void {
  if (response.type !== q.type) throw new UnencodableError(`response of type ${response.type} to ${q.type} question "${q.id}"`);
  switch (q.type) {
    case 'single-choice':
      return w.uint(need(ids(q.choices), (response as { choice: string }).choice, 'choice'), bitsFor(q.choices.length));
    case 'likert':
      return w.uint(need(ids(q.scale), (response as { choice: string }).choice, 'scale point'), bitsFor(q.scale.length));
    case 'multiple-response': {
      const index = ids(q.choices);
      return writeSet(w, (response as { choices: string[] }).choices.map((c) => need(index, c, 'choice')), q.choices.length);
    }
    case 'true-false':
      return w.bool((response as { value: boolean }).value);
    case 'fill-in':
    case 'reflection':
      return w.text((response as { text: string }).text);
    case 'matching': {
      const index = ids(q.pairs);
      const matches = (response as { matches: Record<string, string> }).matches;
      for (const key of Object.keys(matches)) need(index, key, 'matching source');
      for (const pair of q.pairs) {
        const target = matches[pair.id];
        w.bool(target !== undefined);
        if (target !== undefined) w.uint(need(index, target, 'matching target'), bitsFor(q.pairs.length));
      }
      return;
    }
    case 'sequencing': {
      const index = ids(q.items);
      const order = (response as { order: string[] }).order;
      if (order.length > q.items.length) throw new UnencodableError(`sequence of ${order.length} items for ${q.items.length}`);
      w.uint(order.length, bitsFor(q.items.length + 1));
      for (const item of order) w.uint(need(index, item, 'sequence item'), bitsFor(q.items.length));
      return;
    }
  }
}

export function readResponse(r: BitReader, q: Question): Response {
  switch (q.type) {
    case 'single-choice':
      return { type: 'single-choice', choice: q.choices[r.index(q.choices.length)]!.id };
    case 'likert':
      return { type: 'likert', choice: q.scale[r.index(q.scale.length)]!.id };
    case 'multiple-response':
      return { type: 'multiple-response', choices: readSet(r, q.choices.length).map((i) => q.choices[i]!.id) };
    case 'true-false':
      return { type: 'true-false', value: r.bool() };
    case 'fill-in':
      return { type: 'fill-in', text: r.text() };
    case 'reflection':
      return { type: 'reflection', text: r.text() };
    case 'matching': {
      const matches: Record<string, string> = {};
      for (const pair of q.pairs) if (r.bool()) matches[pair.id] = q.pairs[r.index(q.pairs.length)]!.id;
      return { type: 'matching', matches };
    }
    case 'sequencing': {
      const count = r.uint(bitsFor(q.items.length + 1));
      if (count > q.items.length) throw new CorruptDataError(`sequence of ${count} items for ${q.items.length}`);
      const order: string[] = [];
      for (let i = 0; i < count; i++) order.push(q.items[r.index(q.items.length)]!.id);
      return { type: 'sequencing', order };
    }
  }
}
