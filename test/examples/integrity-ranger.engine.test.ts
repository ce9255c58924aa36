import { describe, expect, it } from 'vitest';
import { CourseEngine, correctResponse } from '@coursekit/engine';
import type { CourseEngineApi, LearningEvent, ScenarioView } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { loadExampleCourse } from './load';

const course = loadExampleCourse('integrity-ranger/course.json');
const scenarioIds = ['parcel-lebaran', 'kado-pernikahan', 'uang-transport', 'percepatan-izin', 'jamuan-vendor'];

/** Moves past narration, dialogue and choice feedback until the scenario waits for a choice or ends. */
function settle(engine: CourseEngineApi, id: string): ScenarioView {
  let view = engine.scenario(id);
  for (let guard = 0; guard < 100; guard++) {
    if (view.ending || (view.node.type === 'choice' && view.feedback === null)) return view;
    const next = engine.advance(id);
    if (!('id' in next)) throw new Error(`${id}: advance refused at ${view.node.id}: ${next.message}`);
    view = next;
  }
  throw new Error(`${id}: no choice or ending after 100 steps`);
}

/** Plays a scenario taking the given choices in order; returns the ending and the variables. */
function play(engine: CourseEngineApi, id: string, choices: string[]): { ending: string; variables: Record<string, number> } {
  for (const choice of choices) {
    const view = settle(engine, id);
    if (view.ending) throw new Error(`${id}: ended at ${view.ending.id} before choice "${choice}"`);
    const after = engine.choose(id, choice);
    if (!('id' in after)) throw new Error(after.message);
  }
  const end = settle(engine, id);
  if (!end.ending) throw new Error(`${id}: waiting at ${end.node.id} after ${choices.join(' > ')}`);
  return { ending: end.ending.id, variables: end.variables };
}

/** Every path through a scenario, found by branching the engine at each choice through its snapshot. */
function allPaths(c: ResolvedCourse, id: string): Array<{ path: string[]; ending: string; variables: Record<string, number> }> {
  const found: Array<{ path: string[]; ending: string; variables: Record<string, number> }> = [];
  const explore = (engine: CourseEngineApi, path: string[]): void => {
    const view = settle(engine, id);
    if (view.ending) {
      found.push({ path, ending: view.ending.id, variables: view.variables });
      return;
    }
    const saved = engine.snapshot();
    for (const choice of view.choices) {
      const branch = new CourseEngine(c, { snapshot: saved, seed: 1 });
      const after = branch.choose(id, choice.id);
      if (!('id' in after)) throw new Error(after.message);
      explore(branch, [...path, choice.id]);
    }
  };
  const engine = new CourseEngine(c, { seed: 1 });
  engine.start();
  explore(engine, []);
  return found;
}

describe('Integrity Ranger scenarios on the engine', () => {
  it('has five scenarios, each with integrity and trust from 0 to 100 and at least a success, a partial and a failure ending', () => {
    expect(course.scenarios?.map((s) => s.id)).toEqual(scenarioIds);
    for (const s of course.scenarios ?? []) {
      const shown = s.variables?.filter((v) => v.visible !== false).map((v) => [v.name, v.initial, v.min, v.max]);
      expect(shown, s.id).toEqual([
        ['integrity', 50, 0, 100],
        ['trust', 50, 0, 100],
      ]);
      const outcomes = new Set(s.nodes.flatMap((n) => (n.type === 'ending' ? [n.outcome] : [])));
      expect([...outcomes].sort(), s.id).toEqual(['failure', 'partial', 'success']);
      const conditional = s.nodes.some((n) => ('next' in n && Array.isArray(n.next)) || (n.type === 'choice' && n.choices.some((ch) => ch.condition || Array.isArray(ch.next))));
      expect(conditional, `${s.id} has a condition or a conditional next`).toBe(true);
    }
  });

  it.each(scenarioIds)('%s: every ending is reached by some path, and every path ends', (id) => {
    const scenario = course.scenarios!.find((s) => s.id === id)!;
    const endings = scenario.nodes.filter((n) => n.type === 'ending').map((n) => n.id).sort();
    const paths = allPaths(course, id);
    expect([...new Set(paths.map((p) => p.ending))].sort()).toEqual(endings);
  });

  it('reaches the endings the debriefs describe, with the exact variables', () => {
    const table: Array<[string, string[], string, Record<string, number>]> = [
      ['parcel-lebaran', ['lapor-upg', 'ajak-lapor', 'objektif'], 'akhir-teladan', { integrity: 95, trust: 95, unreported: 0 }],
      ['parcel-lebaran', ['kembalikan', 'diam', 'objektif'], 'akhir-aman', { integrity: 75, trust: 65, unreported: 0 }],
      ['parcel-lebaran', ['simpan', 'ajak-lapor', 'objektif'], 'akhir-terjerat', { integrity: 45, trust: 70, unreported: 2 }],
      ['parcel-lebaran', ['bagikan', 'ajak-lapor', 'lunak'], 'akhir-diperiksa', { integrity: 30, trust: 45, unreported: 1 }],
      ['kado-pernikahan', ['lapor', 'pilah', 'tegas'], 'akhir-bersih', { integrity: 100, trust: 85 }],
      ['kado-pernikahan', ['kembalikan', 'pilah', 'netral'], 'akhir-ragu', { integrity: 80, trust: 60 }],
      ['kado-pernikahan', ['simpan', 'simpan-semua', 'balas-budi'], 'akhir-utang-budi', { integrity: 0, trust: 10 }],
      ['uang-transport', ['tanya-sari', 'lapor-atasan'], 'akhir-jujur', { integrity: 75, trust: 75 }],
      ['uang-transport', ['tanda-tangan', 'kembalikan-akui'], 'akhir-kembalikan', { integrity: 45, trust: 45 }],
      ['uang-transport', ['tanda-tangan', 'diam-saja'], 'akhir-temuan', { integrity: 10, trust: 15 }],
      ['percepatan-izin', ['tolak-sopan', 'jelaskan', 'laporkan-calo'], 'akhir-terpercaya', { integrity: 90, trust: 100 }],
      ['percepatan-izin', ['tolak-marah', 'jelaskan', 'laporkan-calo'], 'akhir-setengah', { integrity: 80, trust: 70 }],
      ['percepatan-izin', ['terima', 'lanjutkan'], 'akhir-diadukan', { integrity: 0, trust: 10 }],
      ['jamuan-vendor', ['tolak-resmi', 'nyatakan-mundur'], 'akhir-adil', { integrity: 85, trust: 85 }],
      ['jamuan-vendor', ['bayar-sendiri', 'tolak-lapor', 'nyatakan-mundur'], 'akhir-bercela', { integrity: 75, trust: 70 }],
      ['jamuan-vendor', ['ditraktir', 'tolak-lapor', 'tetap-objektif'], 'akhir-disanggah', { integrity: 30, trust: 30 }],
      ['jamuan-vendor', ['ditraktir', 'setuju'], 'akhir-persekongkolan', { integrity: 0, trust: 10 }],
    ];
    for (const [id, choices, ending, variables] of table) {
      const engine = new CourseEngine(course, { seed: 7 });
      engine.start();
      expect(play(engine, id, choices), `${id}: ${choices.join(' > ')}`).toEqual({ ending, variables });
    }
  });

  it('offers "ikut-pakai" in the Lebaran parcel only to a learner whose integrity fell below 50', () => {
    const choicesAfter = (first: string): string[] => {
      const engine = new CourseEngine(course, { seed: 7 });
      engine.start();
      settle(engine, 'parcel-lebaran');
      engine.choose('parcel-lebaran', first);
      return settle(engine, 'parcel-lebaran').choices.map((c) => c.id);
    };
    expect(choicesAfter('simpan')).toEqual(['ajak-lapor', 'diam', 'ikut-pakai']);
    expect(choicesAfter('lapor-upg')).toEqual(['ajak-lapor', 'diam']);
  });
});
