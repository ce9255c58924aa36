/**
 * What `coursekit validate` runs: the schema (its compiled validator, rules and file checks) and the
 * image budget check. The build also writes it as one CommonJS file, `dist/validate-core.cjs`, which
 * the command compiles with V8's code cache (see code-cache.ts); run from the sources, it is imported.
 */
export { formatDiagnostics } from '@coursekit/schema';
export { loadCourse } from '@coursekit/schema/node';
export { imageBudgetWarnings } from '@coursekit/packager/image-budget';
