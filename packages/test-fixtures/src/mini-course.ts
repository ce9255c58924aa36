import type { Page, ResolvedCourse } from '@coursekit/schema';

/** What a test changes in {@link miniCourse}: any course property, or the pages of its one module. */
export type MiniCourseOverrides = Partial<ResolvedCourse> & {
  /** The pages of module `m1`, in place of its two text pages. Not used when `modules` is given. */
  pages?: Page[];
};

/**
 * The small bilingual course the packages' tests start from (Indonesian first, English second):
 * id `mini`, version 1.0.0, one module `m1` ("Modul 1") with two text pages, `p1` ("Satu") and
 * `p2` ("Dua"). A test sets what it is about, its pages or modules, assessments, scenarios,
 * rules; every property given replaces the default one whole.
 *
 * @example
 * const course = miniCourse({ id: 'mini-session', pages: [{ id: 'p1', title: 'Satu', blocks: [] }] });
 */
export function miniCourse(overrides: MiniCourseOverrides = {}): ResolvedCourse {
  const { pages, ...course } = overrides;
  return {
    schemaVersion: '1.0',
    id: 'mini',
    version: '1.0.0',
    title: { id: 'Kursus mini', en: 'Mini course' },
    languages: ['id', 'en'],
    defaultLanguage: 'id',
    modules: [
      {
        id: 'm1',
        title: { id: 'Modul 1', en: 'Module 1' },
        pages: pages ?? [
          { id: 'p1', title: { id: 'Satu', en: 'One' }, blocks: [{ type: 'text', markdown: { id: 'Satu', en: 'One' } }] },
          { id: 'p2', title: { id: 'Dua', en: 'Two' }, blocks: [{ type: 'text', markdown: { id: 'Dua', en: 'Two' } }] },
        ],
      },
    ],
    ...course,
  };
}
