import { describe, expect, it } from 'vitest';
import { CourseValidationError, defineCourse, parseCourse } from '../src/index';
import type { ResolvedCourse } from '../src/index';

const course = {
  schemaVersion: '1.0',
  id: 'etika',
  version: '1.0.0',
  title: { id: 'Etika ASN', en: 'Civil service ethics' },
  languages: ['id', 'en'],
  defaultLanguage: 'id',
  modules: [{ id: 'm1', title: 'Modul 1', pages: [{ id: 'p1', title: 'Halaman 1', blocks: [{ type: 'text', markdown: 'Halo' }] }] }],
};

function thrown(run: () => unknown): CourseValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof CourseValidationError) return error;
    throw error;
  }
  throw new Error('expected a CourseValidationError');
}

describe('parseCourse', () => {
  it('gives a valid course value, or its text, back typed as a ResolvedCourse', () => {
    const typed: ResolvedCourse = parseCourse(course);
    expect(typed).toBe(course);
    expect(parseCourse(JSON.stringify(course))).toEqual(course);
  });

  it('throws every error of an invalid course, each at its line and pointer', () => {
    const error = thrown(() => parseCourse(JSON.stringify({ ...course, defaultLanguage: 'fr', version: 'satu' }, null, 2), { file: 'etika.json' }));
    expect(error.diagnostics.map((d) => [d.code, d.file, d.line, d.pointer])).toEqual([
      ['CK015', 'etika.json', 4, '/version'],
      ['CK402', 'etika.json', 13, '/defaultLanguage'],
    ]);
  });

  it('refuses a course whose parts are still $include (CK503), naming the first and how to read it', () => {
    const split = { ...course, modules: [course.modules[0], { $include: 'modules/02.json' }] };
    const error = thrown(() => parseCourse(split));
    expect(error.diagnostics).toEqual([
      {
        code: 'CK503',
        severity: 'error',
        message: 'this part is still { "$include": … }: a course given as a value must have its includes resolved',
        file: 'course.json',
        line: 31,
        column: 5,
        pointer: '/modules/1',
        hint: "read the course with loadCourse('course.json') from @coursekit/schema/node, which follows the includes, or put the part itself here",
      },
    ]);
  });
});

describe('defineCourse', () => {
  it('returns the course as written, typed for the editor', () => {
    const written = defineCourse({ schemaVersion: '1.0', id: 'etika', version: '1.0.0', title: 'Etika', languages: ['id'], defaultLanguage: 'id', modules: [] });
    expect(written.id).toBe('etika');
    // @ts-expect-error a course has no "pages" at the top
    defineCourse({ schemaVersion: '1.0', id: 'x', version: '1.0.0', title: 'X', languages: ['id'], defaultLanguage: 'id', modules: [], pages: [] });
  });
});
