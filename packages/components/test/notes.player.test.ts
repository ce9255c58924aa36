import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CourseEngine } from '@coursekit/engine';
import { validate, type ResolvedCourse } from '@coursekit/schema';
import '../src/course-player/course-player';
import { CkCoursePlayer } from '../src/course-player/course-player.component';
import { sampleCourse } from '../src/internal/fixtures/sample.course';
import { deepElements, deepText, tour } from '../src/internal/test/tour';

const NOTE = 'AUTHOR-NOTE-7f3a: sumber belum dicek';

/**
 * The course with `notes` on every object the format lets carry them: the course, characters,
 * modules, pages, blocks, panels, cards, dialogue lines, questions, options, banks, assessments,
 * scenarios, variables, nodes and choices. Texts in the course languages are left alone.
 */
function annotated(course: ResolvedCourse): { course: ResolvedCourse; count: number } {
  let count = 0;
  const languages = new Set(course.languages);
  const isText = (v: Record<string, unknown>): boolean => Object.keys(v).every((k) => languages.has(k)) && Object.values(v).every((x) => typeof x === 'string');
  const takesNotes = (v: Record<string, unknown>, parent: string): boolean =>
    typeof v.id === 'string' || typeof v.type === 'string' || parent === 'items' || parent === 'tabs' || parent === 'cards' || parent === 'lines' || parent === 'variables' || parent === 'pairs';
  const walk = (v: unknown, parent: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, parent));
    if (!v || typeof v !== 'object') return v;
    const record = v as Record<string, unknown>;
    if (isText(record)) return record;
    const out = Object.fromEntries(Object.entries(record).map(([k, x]) => [k, ['theme', 'tracking', 'completion', 'mastery', 'certificate', 'navigation', 'feedback', 'draw', 'effects', 'condition', 'next', 'avatar', 'image'].includes(k) ? x : walk(x, k)]));
    if (parent === '' || takesNotes(record, parent)) {
      count++;
      out.notes = count % 2 === 0 ? NOTE : [NOTE, `${NOTE} (2)`];
    }
    return out;
  };
  return { course: walk(course, '') as ResolvedCourse, count };
}

/** Everything the learner's page holds: text and every attribute value, deep in shadow roots. */
function everything(player: CkCoursePlayer): string {
  const attributes = deepElements(player.shadowRoot!).flatMap((e) => [...e.attributes].map((a) => a.value));
  return [deepText(player.shadowRoot!), ...attributes, document.title].join('\n');
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

beforeAll(() => {
  CkCoursePlayer.engineClass = CourseEngine;
});

describe('<ck-course-player> and author notes', () => {
  it('never puts a note into the page, on any page, scenario step, quiz, results or certificate', async () => {
    const { course, count } = annotated(sampleCourse);
    // The notes sit where the course format allows them: they add no problem to the sample's own (its data: images).
    const problems = (c: unknown) => validate(c).map((d) => `${d.code} ${d.pointer}`);
    expect(problems(course)).toEqual(problems(sampleCourse));
    expect(count).toBeGreaterThan(40);
    const { player, seen } = await tour(course, 'Siti Rahmawati', everything);
    mounted.push(player);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen[0]).toContain('Penjaga Integritas');
    expect(seen.map((page, step) => (page.includes('AUTHOR-NOTE-7f3a') ? step : -1)).filter((step) => step >= 0)).toEqual([]);
  });

  it('would see the same words had they been written in a learner-facing text', async () => {
    const { course } = annotated(sampleCourse);
    const leaked = { ...course, title: { id: `Penjaga Integritas ${NOTE}`, en: 'Integrity Ranger' } } as ResolvedCourse;
    const { player, seen } = await tour(leaked, 'Siti Rahmawati', everything);
    mounted.push(player);
    expect(seen[0]).toContain(NOTE);
  });
});
