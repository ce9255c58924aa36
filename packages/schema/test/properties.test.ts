import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate, type Diagnostic } from '../src/index';

const valid = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'corpus', 'valid', 'small.course.json'), 'utf8');
const base = JSON.parse(valid) as unknown;
const SEED = 20261124;

/** What every answer must look like: a list of well-formed diagnostics, and no rule that crashed. */
function wellFormed(diagnostics: Diagnostic[], text?: string): void {
  expect(Array.isArray(diagnostics)).toBe(true);
  const lines = text === undefined ? Infinity : text.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    expect(d.code).toMatch(/^CK\d{3}$/);
    expect(d.code).not.toBe('CK999');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(typeof d.message).toBe('string');
  }
}

/** Every path to a value inside a JSON document. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}

function at(root: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);
}

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'duplicate' } | { kind: 'retag'; tag: string } | { kind: 'reuse' };

/** Applies a mutation at a path of a copy of the course. */
function mutate(course: unknown, path: ReadonlyArray<string | number>, mutation: Mutation): unknown {
  const copy = structuredClone(course);
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy;
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown> & unknown[];
  const key = path[path.length - 1] as string | number;
  switch (mutation.kind) {
    case 'replace':
      parent[key] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
      break;
    case 'retag': {
      const target = parent[key];
      if (target !== null && typeof target === 'object' && 'type' in target) (target as Record<string, unknown>).type = mutation.tag;
      break;
    }
    case 'reuse': {
      // Point a string at another string of the course (an id where a different id was).
      const strings = paths(copy).map((p) => at(copy, p)).filter((v): v is string => typeof v === 'string');
      parent[key] = strings[String(key).length % strings.length];
      break;
    }
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'duplicate' as const }),
  fc.record({ kind: fc.constant('retag' as const), tag: fc.oneof(fc.constantFrom('text', 'ending', 'choice', 'single-choice', 'likert', 'scenario', 'assessment'), fc.string()) }),
  fc.constant({ kind: 'reuse' as const }),
);

const allPaths = paths(base);

describe('validate never throws; it only returns problems', () => {
  it('for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => wellFormed(validate(value))),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => wellFormed(validate(text), text)),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('for random mutations of a valid course, as values and as text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: allPaths.length - 1 }), mutation), { minLength: 1, maxLength: 4 }), (steps) => {
        let course = base;
        for (const [index, step] of steps) {
          const candidates = paths(course);
          course = mutate(course, candidates[index % candidates.length] as Array<string | number>, step);
        }
        const text = JSON.stringify(course, null, 2) ?? 'null';
        wellFormed(validate(course));
        wellFormed(validate(text), text);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('for random edits of the course text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: valid.length }), fc.integer({ min: 0, max: 8 }), fc.string({ maxLength: 4 }), (start, remove, insert) => {
        const text = valid.slice(0, start) + insert + valid.slice(start + remove);
        wellFormed(validate(text), text);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('finds the mutation: deleting any required property of the course root is an error', () => {
    for (const key of ['schemaVersion', 'id', 'version', 'title', 'languages', 'defaultLanguage', 'modules']) {
      const diagnostics = validate(mutate(base, [key], { kind: 'delete' }));
      expect(diagnostics.map((d) => [d.code, d.message])).toContainEqual(['CK010', `the course needs "${key}"`]);
    }
  });
});
