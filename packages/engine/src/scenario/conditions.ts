import type { Condition, Effect, Next, Scenario } from '@coursekit/schema';

/**
 * Whether a condition holds for the variables. A variable the scenario does not declare reads as 0.
 *
 * @example
 * holds({ all: [{ variable: 'integrity', op: '<', value: 50 }, { not: { variable: 'trust', op: '>', value: 60 } }] },
 *       { integrity: 45, trust: 50 }); // true
 */
export function holds(condition: Condition, variables: Record<string, number>): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, variables));
  if ('any' in condition) return condition.any.some((c) => holds(c, variables));
  if ('not' in condition) return !holds(condition.not, variables);
  const v = variables[condition.variable] ?? 0;
  switch (condition.op) {
    case '<':
      return v < condition.value;
    case '<=':
      return v <= condition.value;
    case '==':
      return v === condition.value;
    case '!=':
      return v !== condition.value;
    case '>=':
      return v >= condition.value;
    case '>':
      return v > condition.value;
  }
}

/**
 * The node to go to: a plain id, or the first branch whose `if` holds (a branch without `if`
 * always holds). When no branch holds (a course the validator would flag), the last branch is
 * taken so the learner is never stuck.
 *
 * @example
 * resolveNext([{ if: { variable: 'integrity', op: '>=', value: 80 }, next: 'ending-success' }, { next: 'ending-partial' }],
 *             { integrity: 75 }); // 'ending-partial'
 */
export function resolveNext(next: Next, variables: Record<string, number>): string {
  if (typeof next === 'string') return next;
  const branch = next.find((b) => b.if === undefined || holds(b.if, variables)) ?? next[next.length - 1];
  return branch?.next ?? '';
}

/**
 * The scenario's variables at the start of a run.
 *
 * @example
 * initialVariables(parcel); // { integrity: 50, trust: 50 }
 */
export function initialVariables(scenario: Scenario): Record<string, number> {
  return Object.fromEntries((scenario.variables ?? []).map((v) => [v.name, clamp(scenario, v.name, v.initial)]));
}

/** A value kept within the variable's declared min and max. */
export function clamp(scenario: Scenario, name: string, value: number): number {
  const v = scenario.variables?.find((x) => x.name === name);
  let out = value;
  if (v?.min !== undefined) out = Math.max(v.min, out);
  if (v?.max !== undefined) out = Math.min(v.max, out);
  return out;
}

/**
 * Applies effects in order, in place: `add` adds (a negative value subtracts), `set` replaces;
 * each result is clamped to the variable's min/max before the next effect reads it.
 *
 * @example
 * const vars = { integrity: 10, trust: 70 };
 * applyEffects(parcel, [{ variable: 'integrity', op: 'add', value: -20 }], vars); // vars.integrity === 0 (min 0)
 */
export function applyEffects(scenario: Scenario, effects: readonly Effect[] | undefined, variables: Record<string, number>): void {
  for (const e of effects ?? []) {
    const value = e.op === 'add' ? (variables[e.variable] ?? 0) + e.value : e.value;
    variables[e.variable] = clamp(scenario, e.variable, value);
  }
}
