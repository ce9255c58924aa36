import { questionType } from '@coursekit/engine';
import type { Question, ResolvedCourse, Scenario } from '@coursekit/schema';
import { fnv1a } from './checksum';

/** One assessment as the codec sees it: the questions an attempt can draw, in a fixed order. */
export interface AssessmentLayout {
  id: string;
  /** Fixed questions, then every question of each bank it draws from (each once). */
  pool: Question[];
  poolIndex: Map<string, number>;
}

/** One scenario as the codec sees it. */
export interface ScenarioLayout {
  id: string;
  scenario: Scenario;
  nodeIndex: Map<string, number>;
  /** Ids of ending nodes, in node order. */
  endings: string[];
  /** Every distinct choice id of the scenario, in node order (a path is a list of these). */
  choices: string[];
  choiceIndex: Map<string, number>;
  variables: NonNullable<Scenario['variables']>;
}

/**
 * The course's shape reduced to ordered lists, so the codec writes small indices instead of ids.
 * Two courses with the same layout fingerprint encode states identically.
 */
export interface CourseLayout {
  courseId: string;
  courseVersion: string;
  languages: string[];
  pages: string[];
  pageIndex: Map<string, number>;
  /** Knowledge-check questions (question blocks on pages), in page order. */
  checks: Question[];
  checkIndex: Map<string, number>;
  assessments: AssessmentLayout[];
  scenarios: ScenarioLayout[];
  /** 24-bit hash of everything above that changes the encoding. */
  fingerprint: number;
}

const cache = new WeakMap<ResolvedCourse, CourseLayout>();

function indexOf(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/** What of a question the encoding of its responses depends on: its type and the ids of its options. */
function questionShape(q: Question): string {
  const answer = questionType(q).answer;
  return answer.kind === 'boolean' || answer.kind === 'text' ? `${q.id}:${q.type}` : `${q.id}:${q.type}:${answer.options(q).map((o) => o.id).join(',')}`;
}

/**
 * The codec's view of a course (memoised per course object).
 *
 * @example
 * const layout = courseLayout(course);
 * layout.pages.length; // every page, in course order
 */
export function courseLayout(course: ResolvedCourse): CourseLayout {
  const known = cache.get(course);
  if (known) return known;
  const pages: string[] = [];
  const checks: Question[] = [];
  for (const module of course.modules) {
    for (const page of module.pages) {
      pages.push(page.id);
      for (const block of page.blocks) if (block.type === 'question') checks.push(block.question);
    }
  }
  const banks = new Map((course.questionBanks ?? []).map((b) => [b.id, b]));
  const assessments: AssessmentLayout[] = (course.assessments ?? []).map((a) => {
    const pool: Question[] = [...(a.questions ?? [])];
    const seen = new Set(pool.map((q) => q.id));
    for (const draw of a.draw ?? []) {
      for (const q of banks.get(draw.bank)?.questions ?? []) {
        if (!seen.has(q.id)) {
          seen.add(q.id);
          pool.push(q);
        }
      }
    }
    return { id: a.id, pool, poolIndex: indexOf(pool.map((q) => q.id)) };
  });
  const scenarios: ScenarioLayout[] = (course.scenarios ?? []).map((s) => {
    const choices: string[] = [];
    for (const node of s.nodes) {
      if (node.type !== 'choice') continue;
      for (const c of node.choices) if (!choices.includes(c.id)) choices.push(c.id);
    }
    return {
      id: s.id,
      scenario: s,
      nodeIndex: indexOf(s.nodes.map((n) => n.id)),
      endings: s.nodes.filter((n) => n.type === 'ending').map((n) => n.id),
      choices,
      choiceIndex: indexOf(choices),
      variables: s.variables ?? [],
    };
  });
  const shape = [
    course.id,
    course.languages.join(','),
    pages.join(','),
    checks.map(questionShape).join(';'),
    assessments.map((a) => `${a.id}[${a.pool.map(questionShape).join(';')}]`).join('|'),
    scenarios
      .map((s) => `${s.id}[${s.scenario.nodes.map((n) => n.id).join(',')}/${s.choices.join(',')}/${s.variables.map((v) => `${v.name}:${v.min ?? ''}:${v.max ?? ''}`).join(',')}]`)
      .join('|'),
  ].join('\n');
  const layout: CourseLayout = {
    courseId: course.id,
    courseVersion: course.version,
    languages: course.languages,
    pages,
    pageIndex: indexOf(pages),
    checks,
    checkIndex: indexOf(checks.map((q) => q.id)),
    assessments,
    scenarios,
    fingerprint: fnv1a(shape) % 2 ** 24,
  };
  cache.set(course, layout);
  return layout;
}
