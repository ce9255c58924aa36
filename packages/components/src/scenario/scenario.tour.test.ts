/// <reference types="vite/client" />
import { afterEach, describe, expect, it } from 'vitest';
import type { ResolvedCourse } from '@coursekit/schema';
import type { ScenarioEndedEvent } from '@coursekit/engine';
import tourCourse from '../../../../examples/tour/course.json';
import './scenario';
import type { CkScenario } from './scenario.component';
import type { ScenarioEndDetail } from './scenario.events';
import { playPath } from './fixtures/play';
import { CourseEngine } from '../internal/fixtures/engine';
import { axeViolations, settle } from '../internal/test/axe';
import { activate, deepActive } from '../internal/test/keyboard';

// The example tour course: moving or renaming it fails the import, not a silent skip.
const tour = tourCourse as unknown as ResolvedCourse;

interface Route {
  scenarioId: string;
  path: string[];
  ended: ScenarioEndedEvent;
}

/**
 * Every ending of every scenario in the course, with the first path (depth-first, choices in the
 * order shown) that reaches it and the engine's own record of that run.
 */
function routes(course: ResolvedCourse): Route[] {
  const found = new Map<string, Route>();
  for (const scenario of course.scenarios ?? []) {
    const stack: string[][] = [[]];
    for (let explored = 0; stack.length > 0 && explored < 500; explored++) {
      const path = stack.pop()!;
      const engine = new CourseEngine(course, { seed: 1, now: () => 0 });
      let ended: ScenarioEndedEvent | null = null;
      engine.on((e) => {
        if (e.type === 'scenario-ended' && e.scenarioId === scenario.id) ended = e;
      });
      const view = playPath(engine, scenario.id, path);
      const key = `${scenario.id}/${view.ending?.id}`;
      if (view.ending && ended && !found.has(key)) found.set(key, { scenarioId: scenario.id, path, ended });
      if (!view.ending && path.length < 15) for (const c of [...view.choices].reverse()) stack.push([...path, c.id]);
    }
  }
  return [...found.values()];
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('<ck-scenario> on the example tour course, by keyboard', () => {
  const all = routes(tour);

  it('finds at least one ending in every scenario', () => {
    const scenarios = new Set(all.map((r) => r.scenarioId));
    expect([...scenarios].sort()).toEqual((tour.scenarios ?? []).map((s) => s.id).sort());
  });

  for (const route of all) {
    it(`reaches ${route.scenarioId}/${route.ended.endingId} along [${route.path.join(', ')}]`, async () => {
      const engine = new CourseEngine(tour!, { seed: 1, now: () => 0 });
      engine.start();
      const el = document.createElement('ck-scenario') as CkScenario;
      el.engine = engine;
      el.scenarioId = route.scenarioId;
      const ends: ScenarioEndDetail[] = [];
      el.addEventListener('ck-scenario-end', (e) => ends.push(e.detail));
      document.body.append(el);
      mounted.push(el);
      let taken = 0;
      for (let guard = 0; guard < 200; guard++) {
        await settle(el);
        const root = el.shadowRoot!;
        if (root.querySelector('[part="ending"]')) break;
        if (root.querySelector('[part="start"]')) await activate('[part="start"]');
        else if (root.querySelector('[data-node].choice') && !root.querySelector('.feedback')) await activate(`button[data-choice="${route.path[taken++]}"]`);
        else await activate('[part="continue"]');
      }
      await settle(el);
      const { endingId, outcome, score, path, variables } = route.ended;
      expect(ends).toEqual([{ scenarioId: route.scenarioId, endingId, outcome, score, path, variables }]);
      expect(path).toEqual(route.path);
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part="ending"]')!.dataset.ending).toBe(endingId);
      expect(deepActive()).toBe(el.shadowRoot!.querySelector('.ending-title'));
      const meters = [...el.shadowRoot!.querySelectorAll('[role="meter"]')].map((m) => Number(m.getAttribute('aria-valuenow')));
      const visible = (tour.scenarios!.find((s) => s.id === route.scenarioId)!.variables ?? []).filter((v) => v.visible !== false);
      expect(meters).toEqual(visible.map((v) => variables[v.name]));
      expect(await axeViolations(el)).toEqual([]);
    });
  }
});
