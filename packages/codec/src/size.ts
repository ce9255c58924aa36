import { questionType } from '@coursekit/engine';
import type { Question, ResolvedCourse } from '@coursekit/schema';
import { bitsFor } from './bits';
import { HEADER_LENGTH } from './codec';
import { courseLayout, type ScenarioLayout } from './layout';
import { LEARNER_TEXT_LIMITS } from './compact';

import { SUSPEND_DATA_LIMITS } from './limits';

export { SUSPEND_DATA_LIMITS };

/** A target whose suspend_data is limited. */
export type SuspendDataTarget = keyof typeof SUSPEND_DATA_LIMITS;

/** Bounds the worst case assumes where the course format sets none. */
export interface WorstCaseAssumptions {
  /** Longest fill-in answer, in characters. Default 100 (the player's fill-in field takes no more). */
  fillInLength?: number;
  /** Longest reflection without a `maxLength`, in characters. Default 2000. */
  reflectionLength?: number;
  /** Most attempts of an assessment and runs of a scenario. Default 999. */
  attempts?: number;
  /** Longest path through a scenario with loops, in choices. Default 4 × its choice nodes. */
  loopingPathFactor?: number;
}

/** The worst case of a course for a target. */
export interface WorstCase {
  target: SuspendDataTarget;
  /** Characters of the largest state the course can reach, within the assumptions. */
  size: number;
  limit: number;
  fits: boolean;
  /** What the figure assumes, in words, for build messages. */
  assumptions: string[];
}

// Worst-case widths of the codec's variable-length fields (see values.ts and compact.ts).
function varuintBits(max: number, chunk: number): number {
  let groups = 1;
  while (2 ** (chunk * groups) <= max) groups++;
  return groups * (chunk + 1);
}
const NUMBER_BITS = 2 + 64;
const UNIT_BITS = 2 + 64;
const SEED_BITS = 1 + 64;
function textBits(chars: number): number {
  // A UTF-16 code unit is at most 3 UTF-8 bytes (a surrogate pair is 4 bytes for 2 units).
  return 1 + varuintBits(chars * 3, 7) + chars * 3 * 8;
}

function responseBits(q: Question, a: Required<WorstCaseAssumptions>): number {
  const answer = questionType(q).answer;
  switch (answer.kind) {
    case 'one':
      return bitsFor(answer.options(q).length);
    case 'set':
      return answer.options(q).length;
    case 'boolean':
      return 1;
    case 'text':
      return (answer.accepted ? 1 : 0) + textBits(answer.maxLength?.(q) ?? (answer.long ? a.reflectionLength : a.fillInLength));
    case 'pairs': {
      const n = answer.options(q).length;
      return n * (1 + bitsFor(n));
    }
    case 'order': {
      const n = answer.options(q).length;
      return bitsFor(n + 1) + n * bitsFor(n);
    }
  }
}

/** Longest path of a run in choices: the choice nodes if the graph has no cycle, else a multiple of them. */
function longestPath(s: ScenarioLayout, factor: number): { length: number; loops: boolean } {
  const nodes = new Map(s.scenario.nodes.map((n) => [n.id, n]));
  const targets = (next: unknown): string[] => (typeof next === 'string' ? [next] : Array.isArray(next) ? next.map((b: { next: string }) => b.next) : []);
  const edges = (id: string): string[] => {
    const n = nodes.get(id);
    if (!n || n.type === 'ending') return [];
    if (n.type === 'choice') return n.choices.flatMap((c) => targets(c.next));
    return targets(n.next);
  };
  const memo = new Map<string, number>();
  const onStack = new Set<string>();
  let loops = false;
  const visit = (id: string): number => {
    if (onStack.has(id)) {
      loops = true;
      return 0;
    }
    const known = memo.get(id);
    if (known !== undefined) return known;
    onStack.add(id);
    const here = nodes.get(id)?.type === 'choice' ? 1 : 0;
    const best = here + Math.max(0, ...edges(id).map(visit));
    onStack.delete(id);
    memo.set(id, best);
    return best;
  };
  const acyclic = visit(s.scenario.start);
  const choiceNodes = s.scenario.nodes.filter((n) => n.type === 'choice').length;
  return loops ? { length: Math.max(acyclic, factor * choiceNodes), loops } : { length: acyclic, loops };
}

/**
 * The largest suspend_data a course can produce, in characters, against a target's limit.
 * Counts every page viewed, every question answered with its longest response, every scenario mid-run
 * on its longest path, scores stored as doubles. Text answers have no limit in the course format,
 * so they are bounded by `assumptions` (listed in the result).
 *
 * @example
 * const worst = worstCaseSize(course, 'scorm12');
 * if (!worst.fits) throw new Error(`suspend_data may reach ${worst.size} characters; SCORM 1.2 holds ${worst.limit}`);
 */
export function worstCaseSize(course: ResolvedCourse, target: SuspendDataTarget, assumptions: WorstCaseAssumptions = {}): WorstCase {
  const a: Required<WorstCaseAssumptions> = { fillInLength: 100, reflectionLength: 2000, attempts: 999, loopingPathFactor: 4, ...assumptions };
  const layout = courseLayout(course);
  const notes = new Set<string>([`at most ${a.attempts} attempts per assessment and runs per scenario`]);
  const note = (q: Question) => {
    if (q.type === 'fill-in') notes.add(`fill-in answers of at most ${a.fillInLength} characters`);
    if (q.type === 'reflection' && q.maxLength === undefined) notes.add(`reflections without maxLength of at most ${a.reflectionLength} characters`);
  };
  let bits = SEED_BITS + bitsFor(layout.languages.length) + bitsFor(layout.pages.length) + layout.pages.length;
  for (const q of layout.checks) {
    note(q);
    bits += 1 + responseBits(q, a);
  }
  for (const as of layout.assessments) {
    const n = as.pool.length;
    const drawn = [...as.pool].map((q) => responseBits(q, a)).sort((x, y) => y - x);
    const count = Math.min(n, (course.assessments?.find((x) => x.id === as.id)?.questions?.length ?? 0) + (course.assessments?.find((x) => x.id === as.id)?.draw ?? []).reduce((sum, d) => sum + d.count, 0));
    as.pool.forEach(note);
    bits += 1 + varuintBits(a.attempts, 3) + bitsFor(n + 1) + count * (bitsFor(n) + 1) + drawn.slice(0, count).reduce((s, x) => s + x, 0) + 1 + UNIT_BITS + 1;
  }
  for (const s of layout.scenarios) {
    const path = longestPath(s, a.loopingPathFactor);
    if (path.loops) notes.add(`scenario "${s.id}" loops: paths of at most ${path.length} choices`);
    bits += 1 + varuintBits(a.attempts, 3) + bitsFor(s.scenario.nodes.length);
    for (const v of s.variables) bits += 1 + 1 + NUMBER_BITS;
    bits += varuintBits(path.length, 4) + path.length * bitsFor(s.choices.length) + 1 + bitsFor(s.endings.length) + UNIT_BITS;
  }
  // With a certificate: its number, and then its moment of issue and what the learner typed for it.
  const certificate = course.certificate?.enabled ? textBits(64) + 1 + 1 + NUMBER_BITS + 1 + textBits(LEARNER_TEXT_LIMITS.name) + 1 + textBits(LEARNER_TEXT_LIMITS.unit) + 2 + textBits(18) : 1;
  if (course.certificate?.enabled) notes.add(`a name of at most ${LEARNER_TEXT_LIMITS.name} and a unit kerja of at most ${LEARNER_TEXT_LIMITS.unit} characters on the certificate`);
  bits += 1 + 2 + 1 + certificate + NUMBER_BITS;
  // The endings each scenario reached in any run.
  bits += 1 + layout.scenarios.reduce((sum, s) => sum + bitsFor(s.endings.length + 1) + s.endings.length * bitsFor(s.endings.length), 0);
  const size = HEADER_LENGTH + Math.ceil(bits / 6);
  const limit = SUSPEND_DATA_LIMITS[target];
  return { target, size, limit, fits: size <= limit, assumptions: [...notes] };
}
