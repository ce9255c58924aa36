import type { ResolvedCourse } from '@coursekit/schema';

/** Why a course could not be loaded: a stable code and an English message with the details. */
export interface LoadProblem {
  code: 'course-fetch-failed' | 'course-invalid-json' | 'course-invalid';
  message: string;
}

/**
 * The checks the player needs before it can show anything: the shape of a resolved course.
 * Full validation (every rule, with line and column) is `coursekit validate`'s job; this only
 * makes sure a wrong file gives a clear message instead of a blank page.
 *
 * @example
 * courseShapeProblem({ id: 'x' }); // 'has no "modules" list'
 */
export function courseShapeProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'is not a JSON object';
  const c = value as Partial<ResolvedCourse>;
  if (typeof c.id !== 'string' || !c.id) return 'has no "id"';
  if (!Array.isArray(c.languages) || c.languages.length === 0) return 'has no "languages" list';
  if (typeof c.defaultLanguage !== 'string') return 'has no "defaultLanguage"';
  if (!Array.isArray(c.modules) || c.modules.length === 0) return 'has no "modules" list';
  for (const [i, m] of c.modules.entries()) {
    if (!m || typeof m !== 'object') return `modules[${i}] is not an object`;
    if ('$include' in (m as object)) return `modules[${i}] is an unresolved "$include" (build the course with \`coursekit build\`, which resolves includes)`;
    if (!Array.isArray(m.pages) || m.pages.length === 0) return `module "${m.id}" has no pages`;
    for (const [j, p] of m.pages.entries()) {
      if (!p || typeof p !== 'object' || '$include' in p) return `modules[${i}].pages[${j}] is an unresolved "$include" or not a page`;
      if (!Array.isArray(p.blocks)) return `page "${p.id}" has no "blocks" list`;
    }
  }
  return null;
}

/**
 * Fetches, parses and shape-checks a course. Never throws.
 *
 * @example
 * const r = await fetchCourse('course.json');
 * if (!r.ok) console.warn(r.problem.code, r.problem.message);
 */
export async function fetchCourse(src: string): Promise<{ ok: true; course: ResolvedCourse } | { ok: false; problem: LoadProblem }> {
  let body: string;
  try {
    const response = await fetch(src);
    if (!response.ok) return { ok: false, problem: { code: 'course-fetch-failed', message: `${src}: HTTP ${response.status} ${response.statusText}`.trim() } };
    body = await response.text();
  } catch (error) {
    return { ok: false, problem: { code: 'course-fetch-failed', message: `${src}: ${(error as Error).message}` } };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: { code: 'course-invalid-json', message: `${src}: ${(error as Error).message}` } };
  }
  return checkCourse(value, src);
}

/**
 * Shape-checks a course object given directly (the `course` property).
 *
 * @example
 * checkCourse(JSON.parse(text), 'course.json');
 */
export function checkCourse(value: unknown, where = 'course'): { ok: true; course: ResolvedCourse } | { ok: false; problem: LoadProblem } {
  const problem = courseShapeProblem(value);
  if (problem) return { ok: false, problem: { code: 'course-invalid', message: `${where} ${problem}` } };
  return { ok: true, course: value as ResolvedCourse };
}
