import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Course, Module, Page, ResolvedCourse, Scenario } from '@coursekit/schema';

/** The repository's examples/ folder. */
export const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');

/** Reads a JSON file of an example, relative to examples/. */
export function readExample<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(examplesDir, path), 'utf8')) as T;
}

type Included<T> = T | { $include: string };

/**
 * Loads an example course and resolves its `$include`s (modules, pages, scenarios), each relative
 * to the file that includes it, the way the format defines them.
 *
 * @example
 * const course = loadExampleCourse('integrity-ranger/course.json');
 */
export function loadExampleCourse(path: string): ResolvedCourse {
  const file = join(examplesDir, path);
  const course = JSON.parse(readFileSync(file, 'utf8')) as Course;
  const include = <T>(entry: Included<T>, from: string): { value: T; file: string } => {
    if (entry && typeof entry === 'object' && '$include' in entry) {
      const target = join(dirname(from), entry.$include);
      return { value: JSON.parse(readFileSync(target, 'utf8')) as T, file: target };
    }
    return { value: entry as T, file: from };
  };
  const modules = (course.modules as Array<Included<Module>>).map((entry) => {
    const { value: module, file: moduleFile } = include(entry, file);
    return { ...module, pages: (module.pages as Array<Included<Page>>).map((p) => include(p, moduleFile).value) };
  });
  const scenarios = (course.scenarios as Array<Included<Scenario>> | undefined)?.map((s) => include(s, file).value);
  return { ...course, modules, ...(scenarios ? { scenarios } : {}) } as ResolvedCourse;
}
