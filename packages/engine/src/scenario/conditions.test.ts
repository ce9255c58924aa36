import { describe, expect, it } from 'vitest';
import type { Scenario } from '@coursekit/schema';
import { applyEffects, holds, initialVariables, resolveNext } from './conditions';

const scenario: Scenario = {
  id: 's',
  title: 't',
  start: 'n',
  nodes: [],
  variables: [
    { name: 'integrity', label: 'I', initial: 120, min: 0, max: 100 },
    { name: 'free', label: 'F', initial: -5 },
  ],
};

describe('conditions', () => {
  const vars = { integrity: 45, trust: 50 };
  it('compare with every operator', () => {
    const at = (op: '<' | '<=' | '==' | '!=' | '>=' | '>', value: number) => holds({ variable: 'integrity', op, value }, vars);
    expect([at('<', 45), at('<=', 45), at('==', 45), at('!=', 45), at('>=', 45), at('>', 45)]).toEqual([false, true, true, false, true, false]);
    expect([at('<', 46), at('>', 44), at('!=', 44)]).toEqual([true, true, true]);
  });
  it('combine with all, any and not; an empty all holds, an empty any does not', () => {
    expect(holds({ all: [{ variable: 'integrity', op: '<', value: 50 }, { not: { variable: 'trust', op: '>', value: 60 } }] }, vars)).toBe(true);
    expect(holds({ any: [{ variable: 'integrity', op: '>=', value: 80 }, { variable: 'trust', op: '>=', value: 70 }] }, vars)).toBe(false);
    expect(holds({ all: [] }, vars)).toBe(true);
    expect(holds({ any: [] }, vars)).toBe(false);
  });
  it('read an undeclared variable as 0', () => {
    expect(holds({ variable: 'nope', op: '==', value: 0 }, vars)).toBe(true);
  });
});

describe('next', () => {
  it('takes the first branch that holds, a branch without if always holds, and the last branch when none holds', () => {
    const next = [
      { if: { variable: 'integrity', op: '>=' as const, value: 80 }, next: 'good' },
      { if: { variable: 'integrity', op: '>=' as const, value: 50 }, next: 'ok' },
      { next: 'bad' },
    ];
    expect(resolveNext(next, { integrity: 90 })).toBe('good');
    expect(resolveNext(next, { integrity: 50 })).toBe('ok');
    expect(resolveNext(next, { integrity: 10 })).toBe('bad');
    expect(resolveNext([{ if: { variable: 'x', op: '>', value: 1 }, next: 'a' }, { if: { variable: 'x', op: '>', value: 2 }, next: 'b' }], {})).toBe('b');
    expect(resolveNext('plain', {})).toBe('plain');
  });
});

describe('effects', () => {
  it('clamp the initial values and each result to min and max, in order', () => {
    const vars = initialVariables(scenario);
    expect(vars).toEqual({ integrity: 100, free: -5 });
    applyEffects(scenario, [{ variable: 'integrity', op: 'add', value: 30 }, { variable: 'integrity', op: 'add', value: -40 }], vars);
    // 100 + 30 clamps to 100 before −40 applies: 60, not 90.
    expect(vars.integrity).toBe(60);
    applyEffects(scenario, [{ variable: 'integrity', op: 'set', value: -7 }, { variable: 'free', op: 'add', value: -1000 }, { variable: 'new', op: 'add', value: 3 }], vars);
    expect(vars).toEqual({ integrity: 0, free: -1005, new: 3 });
  });
});
