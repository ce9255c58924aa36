import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate, type Question } from '@coursekit/schema';
import { CourseEngine } from '../src/engine';
import { loadTour, playScenario } from './tour';

// examples/tour is every package's fixture: these checks keep it using every feature it promises.
const tour = loadTour();
const blocks = tour.modules.flatMap((m) => m.pages.flatMap((p) => p.blocks));
const questionTypes = ['single-choice', 'multiple-response', 'true-false', 'fill-in', 'matching', 'sequencing', 'likert', 'reflection'];

describe('the tour course fixture', () => {
  it('starts with the schema reference and is bilingual, Indonesian first', () => {
    const raw = readFileSync(new URL('../../../examples/tour/course.json', import.meta.url), 'utf8');
    expect(raw.startsWith('{\n  "$schema": "../../packages/schema/course.schema.json"')).toBe(true);
    expect(raw).not.toContain('$include');
    expect([tour.title, tour.languages, tour.defaultLanguage]).toEqual([{ id: 'Tur CourseKit', en: 'CourseKit Tour' }, ['id', 'en'], 'id']);
  });

  it('is valid by the schema package', () => {
    const text = readFileSync(new URL('../../../examples/tour/course.json', import.meta.url), 'utf8');
    expect(validate(text, { file: 'examples/tour/course.json' })).toEqual([]);
  });

  it('uses every block type', () => {
    expect([...new Set(blocks.map((b) => b.type))].sort()).toEqual(['accordion', 'assessment', 'audio', 'callout', 'cards', 'dialogue', 'heading', 'image', 'question', 'scenario', 'tabs', 'text', 'video']);
  });

  it('uses every question type as a knowledge check and in the assessment, and draws from a bank', () => {
    const checks = blocks.flatMap((b) => (b.type === 'question' ? [b.question.type] : []));
    expect([...new Set(checks)].sort()).toEqual([...questionTypes].sort());
    const quiz = tour.assessments![0]!;
    expect([...new Set(quiz.questions!.map((q: Question) => q.type))].sort()).toEqual([...questionTypes].sort());
    expect([quiz.passingScore, quiz.attempts, quiz.draw]).toEqual([70, 2, [{ bank: 'tour-bank', count: 2 }]]);
  });

  it('refers only to assets that exist', () => {
    const paths = [...JSON.stringify(tour).matchAll(/"(?:src|poster)":"([^"]+)"/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(10);
    for (const p of paths) expect(existsSync(new URL(`../../../examples/tour/${p}`, import.meta.url)), p).toBe(true);
  });

  it('has unique ids, declared characters and scenario targets that exist', () => {
    const ids = [...tour.modules.map((m) => m.id), ...tour.modules.flatMap((m) => m.pages.map((p) => p.id)), ...blocks.flatMap((b) => (b.type === 'question' ? [b.question.id] : [])), ...tour.assessments!.flatMap((a) => a.questions!.map((q) => q.id)), ...tour.questionBanks!.flatMap((b) => b.questions.map((q) => q.id))];
    expect(new Set(ids).size).toBe(ids.length);
    const characters = new Set(tour.characters!.map((c) => c.id));
    expect(characters).toEqual(new Set(['rina', 'pak-budi']));
    const scenario = tour.scenarios![0]!;
    const nodes = new Set(scenario.nodes.map((n) => n.id));
    const targets = scenario.nodes.flatMap((n) => (n.type === 'choice' ? n.choices.map((c) => c.next) : n.type === 'ending' ? [] : [n.next])).flatMap((next) => (typeof next === 'string' ? [next] : next.map((b) => b.next)));
    for (const t of targets) expect(nodes.has(t), t).toBe(true);
    const speakers = [...blocks.flatMap((b) => (b.type === 'dialogue' ? b.lines.map((l) => l.character) : [])), ...scenario.nodes.flatMap((n) => (n.type === 'dialogue' ? n.lines.map((l) => l.character) : n.type === 'choice' && n.character ? [n.character] : []))];
    for (const s of speakers) expect(characters.has(s), s).toBe(true);
  });

  it('reaches all three endings of its scenario', () => {
    const endings = new Set<string>();
    for (const path of [['refuse', 'report'], ['refuse', 'do-nothing'], ['accept']]) {
      const e = new CourseEngine(tour, { seed: 1 });
      let i = 0;
      playScenario(e, 'parcel', () => path[i++]!);
      endings.add(e.scenario('parcel').ending!.outcome);
    }
    expect([...endings].sort()).toEqual(['failure', 'partial', 'success']);
  });
});
