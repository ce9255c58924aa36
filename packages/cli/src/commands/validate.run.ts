import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '@coursekit/schema';
import { cacheFolder, loadWithCodeCache, type CachedModule } from '../code-cache';
import type { CommandInput } from '../command';
import { readableCourseFile } from '../course-file';
import { exitCodeForProblems } from '../exit';
import { inert } from '../format';
import { VERSION } from '../help';
import { colors } from '../io';
import type * as ValidateCore from '../validate-core';
import { imageBudgetFrom } from './image-budget';

/**
 * The schema and the image budget check: in a build, dist/validate-core.cjs (beside this chunk),
 * compiled with V8's code cache from the second run on; from the sources, imported.
 */
async function validateCore(env: Readonly<Record<string, string | undefined>>): Promise<CachedModule<typeof ValidateCore>> {
  const built = fileURLToPath(new URL('./validate-core.cjs', import.meta.url));
  if (existsSync(built)) return loadWithCodeCache<typeof ValidateCore>(built, cacheFolder(env), VERSION);
  return { exports: await import('../validate-core'), fromCache: false, save: () => {} };
}

/** What `coursekit validate` does once chosen: loaded only then, so --help and --version load none of it. */
export async function run({ positionals, values, io }: CommandInput): Promise<number> {
  const budget = imageBudgetFrom(values);
  const file = await readableCourseFile(positionals[0]!, io.cwd);
  const shown = path.relative(io.cwd, file) || file;
  const core = await validateCore(io.env);
  const { loadCourse, formatDiagnostics, imageBudgetWarnings } = core.exports;
  const { course, diagnostics: found, assets } = await loadCourse(file);
  // A course a build would take is weighed as the build weighs it: the same CK740 warnings, at the same places.
  const budgetWarnings = course === null ? [] : await imageBudgetDiagnostics(imageBudgetWarnings, course, file, budget, assets);
  // Stored once the checks have run: the cache then holds every function they compiled.
  core.save();
  // Problems name their file (the course or an included part) relative to where the command runs.
  const diagnostics = [...found, ...budgetWarnings].map((d) => ({ ...d, file: path.isAbsolute(d.file) ? path.relative(io.cwd, d.file) || d.file : d.file }));
  if (values.json) io.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
  else if (diagnostics.length > 0) io.stderr.write(`${formatDiagnostics(diagnostics, { color: colors(io.stderr, io.env).on })}\n`);
  else io.stderr.write(`${inert(shown)}: valid\n`);
  return exitCodeForProblems(diagnostics);
}

/** The build's image budget warnings (CK740) as diagnostics, for a course without errors. */
async function imageBudgetDiagnostics(imageBudgetWarnings: typeof ValidateCore.imageBudgetWarnings, course: unknown, file: string, budget: number | undefined, references: Array<{ path: string; pointer: string }>): Promise<Diagnostic[]> {
  const warnings = await imageBudgetWarnings(course, { courseFile: file, references, ...(budget !== undefined ? { budget } : {}) });
  return warnings.map((w) => ({
    code: w.code as Diagnostic['code'],
    severity: 'warning',
    message: w.message,
    file: w.file ?? file,
    line: w.line ?? 1,
    column: w.column ?? 1,
    pointer: w.pointer ?? '',
    ...(w.hint !== undefined ? { hint: w.hint } : {}),
  }));
}
