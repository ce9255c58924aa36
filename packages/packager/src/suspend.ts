import type { ResolvedCourse } from '@coursekit/schema';
import { worstCaseSize, type SuspendDataTarget, type WorstCase } from '@coursekit/codec';
import { PACKAGE_ERROR, type PackageProblem } from './errors';
import { TARGETS, type TargetId } from './targets';

/**
 * Roughly where the characters go: the worst case recomputed without the scenarios, without the
 * assessments, without the knowledge checks. The parts overlap a little (shared header and
 * fields), so they are stated as approximate.
 */
function breakdown(course: ResolvedCourse, target: SuspendDataTarget, size: number): string {
  const without = (patch: Partial<ResolvedCourse>) => size - worstCaseSize({ ...course, ...patch }, target).size;
  const noChecks = {
    modules: course.modules.map((m) => ({ ...m, pages: m.pages.map((p) => ({ ...p, blocks: p.blocks.filter((b) => b.type !== 'question') })) })),
  };
  const parts: Array<[string, number]> = [
    ['scenarios', course.scenarios?.length ? without({ scenarios: [] }) : 0],
    ['assessments', course.assessments?.length ? without({ assessments: [] }) : 0],
    ['knowledge checks', without(noChecks)],
  ];
  return parts
    .filter(([, chars]) => chars > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([what, chars]) => `${what} take about ${n(chars)}`)
    .join(', ');
}

/** The course with every reflection's maxLength at most `cap`. */
function capReflections(course: ResolvedCourse, cap: number): ResolvedCourse {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const o = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    if (o.type === 'reflection' && 'prompt' in o) o.maxLength = Math.min(typeof o.maxLength === 'number' ? o.maxLength : Infinity, cap);
    return o;
  };
  return walk(course) as ResolvedCourse;
}

/** The type of every question in the course: knowledge checks, assessments and banks. */
function* collectQuestions(course: ResolvedCourse): Generator<string> {
  const walk = function* (value: unknown): Generator<string> {
    if (Array.isArray(value)) for (const v of value) yield* walk(v);
    else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.type === 'string' && 'prompt' in o) yield o.type;
      for (const v of Object.values(o)) yield* walk(v);
    }
  };
  yield* walk(course);
}

const n = (x: number) => x.toLocaleString('en-US');

/**
 * The worst-case suspend_data check for SCORM targets: the largest state the course can reach
 * (computed by @coursekit/runtime's codec) against the target's limit. When it does not fit, the
 * problem says by how much, and what each change would save, measured by recomputing the worst
 * case with that change.
 *
 * @example
 * checkSuspendData(course, 'scorm12'); // { worst: { size: 5210, limit: 4096, … }, problem: { code: 'CK910', … } }
 */
export function checkSuspendData(course: ResolvedCourse, target: TargetId, file?: string): { worst: WorstCase | null; problem: PackageProblem | null } {
  const limited = TARGETS[target].suspendData as SuspendDataTarget | null;
  if (limited === null) return { worst: null, problem: null };
  const worst = worstCaseSize(course, limited);
  if (worst.fits) return { worst, problem: null };

  const over = worst.size - worst.limit;
  const saving = (assumptions: Parameters<typeof worstCaseSize>[2]) => worst.size - worstCaseSize(course, limited, assumptions).size;
  const changes: string[] = [];
  const parts = breakdown(course, limited, worst.size);
  const capped = worstCaseSize(capReflections(course, 200), limited).size;
  if (capped < worst.size) changes.push(`give every reflection question a "maxLength" of 200 or less (saves ${n(worst.size - capped)} characters)`);
  const fillIns = [...collectQuestions(course)].filter((q) => q === 'fill-in').length;
  const fillInCost = fillIns > 0 ? Math.floor(saving({ fillInLength: 0 }) / fillIns) : 0;
  if (fillInCost > 0) changes.push(`turn fill-in questions into choice questions (each of the ${fillIns} fill-ins may keep an answer of ${n(fillInCost)} characters)`);
  const attempts = saving({ attempts: 9 });
  if (attempts >= 10) changes.push(`limit assessment attempts and scenario replays to 9 (saves ${n(attempts)} characters)`);
  if (limited === 'scorm12') changes.push(`build for SCORM 2004 (--target scorm2004-4), which holds ${n(64_000)} characters`);
  changes.push('split the course into several smaller courses');

  return {
    worst,
    problem: {
      code: PACKAGE_ERROR.suspendDataTooLarge,
      severity: 'error',
      file,
      message: `the saved state of this course can reach ${n(worst.size)} characters; ${TARGETS[target].label} suspend_data holds ${n(worst.limit)}, so it is ${n(over)} characters too large (assuming ${worst.assumptions.join('; ')})`,
      hint: `${parts ? `of the ${n(worst.size)}, ${parts}. ` : ''}To fit, ${changes.join('; or ')}`,
    },
  };
}
