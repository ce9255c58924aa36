import type { ResolvedCourse } from '@coursekit/schema';

/**
 * Fetches and parses a course JSON. Never throws.
 *
 * @example
 * const r = await loadCourse('course.json');
 * if (r.ok) console.log(r.course.id);
 */
export async function loadCourse(
  src: string,
): Promise<{ ok: true; course: ResolvedCourse } | { ok: false; code: 'course-fetch-failed' | 'course-invalid-json'; message: string }> {
  let body: string;
  try {
    const response = await fetch(src);
    if (!response.ok) return { ok: false, code: 'course-fetch-failed', message: `${src}: HTTP ${response.status}` };
    body = await response.text();
  } catch (error) {
    return { ok: false, code: 'course-fetch-failed', message: `${src}: ${(error as Error).message}` };
  }
  try {
    return { ok: true, course: JSON.parse(body) as ResolvedCourse };
  } catch (error) {
    return { ok: false, code: 'course-invalid-json', message: `${src}: ${(error as Error).message}` };
  }
}
