import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedCourse } from '@coursekit/schema';
import { PACKAGE_ERROR, PackageError, packageError, type PackageProblem } from './errors';

/** A problem the course loader reports, in the shape @coursekit/schema's diagnostics have. */
export interface CourseDiagnostic {
  code: string;
  message: string;
  severity?: 'error' | 'warning';
  file?: string;
  line?: number;
  column?: number;
  pointer?: string;
  hint?: string;
}

/** What loading a course gives: the course with its `$include`s resolved (null when it has errors), and every diagnostic. */
export interface LoadedCourse {
  course: ResolvedCourse | null;
  diagnostics: CourseDiagnostic[];
  /** Every file the course was read from, course file first (absolute paths); a build never writes over them. */
  files?: string[];
}

/** Reads, resolves and validates a course file. */
export type CourseLoader = (file: string) => Promise<LoadedCourse>;

/**
 * The course, validated and resolved, or a PackageError carrying every error (CK900) or the read
 * failure (CK920). Warnings are returned for the build to pass on.
 *
 * @example
 * const { course, warnings } = await loadValidCourse('examples/tour/course.json', loader);
 */
export async function loadValidCourse(file: string, loader: CourseLoader): Promise<{ course: ResolvedCourse; warnings: PackageProblem[]; files: string[] }> {
  let loaded: LoadedCourse;
  try {
    loaded = await loader(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw packageError(PACKAGE_ERROR.courseUnreadable, `cannot read ${file}: ${code}`, { file, hint: 'check the path of the course file' }, error);
    throw error;
  }
  const toProblem = (d: CourseDiagnostic): PackageProblem => ({ ...d, severity: d.severity ?? 'error' });
  const errors = loaded.diagnostics.filter((d) => (d.severity ?? 'error') === 'error').map(toProblem);
  const warnings = loaded.diagnostics.filter((d) => d.severity === 'warning').map(toProblem);
  if (errors.length > 0 || loaded.course === null) {
    throw new PackageError(errors.length > 0 ? errors : [{ code: PACKAGE_ERROR.invalidCourse, severity: 'error', message: 'the course did not load', file }]);
  }
  return { course: loaded.course, warnings, files: loaded.files ?? [path.resolve(file)] };
}

/**
 * A loader that parses JSON and resolves `$include`s without validating: for tests of packaging
 * alone, where the course fixtures are known to be valid.
 *
 * @example
 * await buildPackage({ course, target: 'web', out, loadCourse: unvalidatedLoader });
 */
export const unvalidatedLoader: CourseLoader = async (file) => {
  const read = async (f: string): Promise<unknown> => JSON.parse(await readFile(f, 'utf8'));
  const resolve = async (value: unknown, from: string): Promise<unknown> => {
    if (Array.isArray(value)) return Promise.all(value.map((v) => resolve(v, from)));
    if (value !== null && typeof value === 'object') {
      const include = (value as { $include?: unknown }).$include;
      if (typeof include === 'string') {
        const target = path.resolve(path.dirname(from), include);
        return resolve(await read(target), target);
      }
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = await resolve(v, from);
      return out;
    }
    return value;
  };
  const absolute = path.resolve(file);
  return { course: (await resolve(await read(absolute), absolute)) as ResolvedCourse, diagnostics: [] };
};
