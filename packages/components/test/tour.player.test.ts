/// <reference types="vite/client" />
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CourseEngine } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import '../src/course-player/course-player';
import { CkCoursePlayer } from '../src/course-player/course-player.component';
import { $, ready, settleDeep, text } from '../src/internal/test/dom';
import { deepActive, tabTo } from '../src/internal/test/keyboard';
import { axeViolations } from '../src/internal/test/axe';

// The example tour course, served by the test server so its assets resolve. Moving or renaming it
// fails the import, not a silent skip.
import tourUrl from '../../../examples/tour/course.json?url';
import tourCourse from '../../../examples/tour/course.json';

const tour = tourCourse as unknown as ResolvedCourse;

beforeAll(() => {
  CkCoursePlayer.engineClass = CourseEngine;
});

let player: CkCoursePlayer | undefined;
afterEach(() => player?.remove());

describe('<ck-course-player> with the tour course', () => {
  it('takes a keyboard-only learner through every page to the results, past the question before each unplayed required activity, focus on each new heading, no axe violations', async () => {
    player = document.createElement('ck-course-player');
    player.src = tourUrl;
    document.body.append(player);
    await ready(player);
    const titles = tour.modules.flatMap((m) => m.pages.map((p) => p.title as Record<string, string>));
    expect(text($(player, 'h1'))).toBe(titles[0]!.id);
    const seen: string[] = [text($(player, 'h1'))];
    const prompts: string[] = [];
    for (let i = 1; i <= titles.length; i++) {
      expect(await axeViolations(player), `page ${i}: ${seen.at(-1)}`).toEqual([]);
      await tabTo('.pager button.primary', 250);
      await userEvent.keyboard('{Enter}');
      await settleDeep(player);
      // A page whose required scenario or assessment is unplayed asks first; this learner goes on anyway.
      if (deepActive()?.id === 'required-title') {
        prompts.push(text(deepActive()));
        expect(await axeViolations(player), `prompt on page ${i}`).toEqual([]);
        await tabTo('[data-action="continue-anyway"]', 10);
        await userEvent.keyboard('{Enter}');
        await settleDeep(player);
      }
      seen.push(text(deepActive()));
    }
    expect(seen).toEqual([...titles.map((t) => t.id), 'Hasil Bapak/Ibu']);
    const required = (tour.completion?.scenarios?.length ?? 0) + (tour.completion?.assessments?.length ?? 0);
    expect(prompts).toEqual(Array.from({ length: required }, () => 'Kegiatan wajib belum selesai'));
    expect(deepActive()?.id).toBe('results-title');
    expect(player.engine!.progress).toEqual({ viewed: titles.length, total: titles.length, percent: 100 });
    expect(await axeViolations(player)).toEqual([]);
  });
});
