import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../src/index';
import { validateFile } from '../src/node/index';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const examples = join(repo, 'examples');

/** Every course.json (and *.course.json) under examples/, found afresh each run. */
function exampleCourses(): string[] {
  let entries: string[];
  try {
    entries = readdirSync(examples, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((path) => !path.split(/[\\/]/).includes('node_modules'))
    .filter((path) => /(^|[\\/])([^\\/]+\.)?course\.json$/.test(path))
    .map((path) => join(examples, path))
    .sort();
}

describe('example courses', () => {
  const courses = exampleCourses();

  it('are found', () => {
    expect(courses.length).toBeGreaterThan(0);
  });

  it.each(courses.map((path) => [relative(repo, path), path]))('%s is valid', async (name, path) => {
    const diagnostics = await validateFile(path);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors, formatDiagnostics(errors)).toEqual([]);
  });

  it.each(courses.map((path) => [relative(repo, path), path]))('%s shows learners no note for authors (no CK410 review marker in any learner-facing text)', async (name, path) => {
    const markers = (await validateFile(path)).filter((d) => d.code === 'CK410');
    expect(markers, formatDiagnostics(markers)).toEqual([]);
  });
});
