import { expect } from 'vitest';
import type { ResolvedCourse } from '@coursekit/schema';
import type { CkCoursePlayer } from '../../course-player/course-player.component';
import { ready, settleDeep } from './dom';
import { finishedSnapshot, staticTracker } from '../fixtures/static-tracker';

/** Every element in `root` and in the shadow roots below it. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** The text of every text node in `root` and the shadow roots below it. */
export function deepText(root: Element | ShadowRoot): string {
  return deepElements(root)
    .flatMap((e) => [...e.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent))
    .join(' ');
}

/** Clicks every button matching `selector` inside each element named `tag`, deep in the player. */
async function press(player: CkCoursePlayer, tag: string, selector: string): Promise<void> {
  for (const el of deepElements(player.shadowRoot!).filter((e) => e.localName === tag)) {
    for (const b of el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []) {
      b.click();
      await settleDeep(player);
    }
  }
}

/** The button in the player's scenario to press next (start, continue or the first choice), if any. */
function scenarioStep(player: CkCoursePlayer): HTMLElement | null {
  const scenario = deepElements(player.shadowRoot!).find((e) => e.localName === 'ck-scenario');
  return scenario?.shadowRoot?.querySelector<HTMLElement>('[part="start"], [part="continue"], button[data-choice]') ?? null;
}

/**
 * Opens the course in a player (appended to the document; the caller removes it), then every page:
 * opens each accordion section and tab, turns each card, plays the scenario to an ending, starts the
 * quiz; then the results page with the certificate. `look` is called after each step.
 */
export async function tour<T>(course: ResolvedCourse, learner: string, look: (player: CkCoursePlayer) => T): Promise<{ player: CkCoursePlayer; seen: T[] }> {
  const player = document.createElement('ck-course-player');
  player.trackers = [staticTracker({ snapshot: finishedSnapshot(course, 'id', true), learner: { id: null, name: learner } })];
  player.course = course;
  document.body.append(player);
  await ready(player);
  const seen = [look(player)];
  for (const page of course.modules.flatMap((m) => m.pages)) {
    expect(player.goTo(page.id), page.id).toBe(true);
    await settleDeep(player);
    await press(player, 'ck-accordion', 'button[aria-expanded="false"]');
    await press(player, 'ck-tabs', '[role="tab"]');
    await press(player, 'ck-flip-cards', 'button');
    await press(player, 'ck-micro-cards', '[part="next"], .next');
    for (let guard = 0; guard < 30; guard++) {
      const step = scenarioStep(player);
      if (!step) break;
      step.click();
      await settleDeep(player);
      seen.push(look(player));
    }
    const scenario = deepElements(player.shadowRoot!).find((e) => e.localName === 'ck-scenario');
    if (scenario) expect(scenario.shadowRoot!.querySelector('[part="ending"]'), 'the scenario reached an ending').not.toBeNull();
    await press(player, 'ck-quiz', 'button.primary');
    seen.push(look(player));
  }
  player.showResults();
  await settleDeep(player);
  seen.push(look(player));
  return { player, seen };
}
