import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CourseEngine } from '../internal/fixtures/engine';
import '../question/question';
import type { CkQuestion } from '../question/question.component';
import type { AnswerDetail } from '../events/answer';
import { axeViolations, settle } from '../internal/test/axe';
import { activate, deepActive, tabTo } from '../internal/test/keyboard';
import { deskCourse, deskQuestion } from '../../../../test/fixtures/hotspot-desk';
import '../quiz/quiz';
import '../course-player/course-player';
import { CkCoursePlayer } from '../course-player/course-player.component';
import { ready } from '../internal/test/dom';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function mount(language = 'id'): Promise<{ el: CkQuestion; answers: AnswerDetail[] }> {
  const engine = new CourseEngine(deskCourse, { seed: 3, language, now: () => 1_700_000_000_000 });
  engine.start();
  const el = document.createElement('ck-question');
  el.engine = engine;
  el.questionId = 'kc-desk';
  const answers: AnswerDetail[] = [];
  el.addEventListener('ck-answer', (e) => answers.push(e.detail));
  document.body.append(el);
  mounted.push(el);
  await settle(el);
  await customElements.whenDefined('ck-hotspot');
  await settle(el.shadowRoot!.querySelector('ck-hotspot')!);
  return { el, answers };
}

const areas = (el: CkQuestion) => [...el.shadowRoot!.querySelector('ck-hotspot')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.area')];

describe('<ck-question> with a hotspot question', () => {
  it('names the picture and every area for screen readers, and axe finds nothing', async () => {
    const { el } = await mount();
    const hotspot = el.shadowRoot!.querySelector('ck-hotspot')!.shadowRoot!;
    expect(hotspot.querySelector('img')!.alt).toBe('Meja kantor dengan parsel merah, amplop putih dan map biru');
    expect(hotspot.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('Bagian gambar yang dapat dipilih: Meja kantor dengan parsel merah, amplop putih dan map biru');
    expect(areas(el).map((b) => [b.getAttribute('aria-label'), b.getAttribute('aria-pressed')])).toEqual([
      ['1. Parsel dari rekanan', 'false'],
      ['2. Amplop berisi uang', 'false'],
      ['3. Map dokumen dinas', 'false'],
    ]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('is answered by keyboard alone: Tab to each area, Space or Enter selects it, focus stays visible; scored by the engine', async () => {
    const { el, answers } = await mount();
    await tabTo('button[data-area="parcel"]');
    await userEvent.keyboard(' ');
    await settle(el);
    const focused = deepActive() as HTMLElement;
    expect([focused.dataset.area, focused.matches(':focus-visible'), getComputedStyle(focused).outlineStyle]).toEqual(['parcel', true, 'solid']);
    await tabTo('button[data-area="envelope"]');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(areas(el).map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'true', 'false']);
    await activate('[part="submit"]');
    await settle(el);
    expect(answers).toEqual([{ questionId: 'kc-desk', response: { type: 'hotspot', areas: ['parcel', 'envelope'] }, correct: true, score: { raw: 1, min: 0, max: 1, scaled: 1 } }]);
    expect(el.shadowRoot!.querySelector('[data-feedback]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Benar. Skor: 1 dari 1 Benar. Keduanya gratifikasi.');
    expect(areas(el).every((b) => b.disabled)).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('in English, says an empty answer needs an area, and marks a wrong set incorrect', async () => {
    const { el, answers } = await mount('en');
    expect(areas(el).map((b) => b.getAttribute('aria-label'))).toEqual(['1. A hamper from a contractor', '2. An envelope of cash', '3. A folder of official papers']);
    await activate('[part="submit"]');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.problem')!.textContent).toBe('Choose at least one answer first.');
    areas(el)[2]!.click();
    await settle(el);
    await activate('[part="submit"]');
    await settle(el);
    expect(answers.map((a) => [a.response, a.correct])).toEqual([[{ type: 'hotspot', areas: ['folder'] }, false]]);
  });

  it("shows its picture from the course's folder when the player loads the course from another folder", async () => {
    CkCoursePlayer.engineClass = CourseEngine;
    // The course file and its assets/ folder live apart from this page, as in an embed or a package's subfolder.
    const player = document.createElement('ck-course-player');
    player.src = '/test/fixtures/hotspot-in-folder/course.json';
    document.body.append(player);
    mounted.push(player);
    await ready(player);
    const question = player.shadowRoot!.querySelector('ck-question')!;
    await settle(question);
    await customElements.whenDefined('ck-hotspot');
    const hotspot = question.shadowRoot!.querySelector('ck-hotspot')!;
    await settle(hotspot);
    const img = hotspot.shadowRoot!.querySelector('img')!;
    expect(img.src).toBe(`${location.origin}/test/fixtures/hotspot-in-folder/assets/desk.svg`);
    await expect.poll(() => img.complete && img.naturalWidth, { timeout: 10_000 }).toBe(400);
    expect(await axeViolations(question)).toEqual([]);
  });

  it("inside <ck-quiz>, shows its picture through the asset resolver the quiz is given", async () => {
    const course = { ...deskCourse, assessments: [{ id: 'desk-quiz', title: { id: 'Kuis meja', en: 'Desk quiz' }, passingScore: 50, questions: [{ ...deskQuestion, id: 'quiz-desk', image: { ...deskQuestion.image, src: 'assets/desk.svg' } }] }] };
    const engine = new CourseEngine(course, { seed: 3, now: () => 1_700_000_000_000 });
    engine.start();
    const quiz = document.createElement('ck-quiz');
    Object.assign(quiz, { engine, assessmentId: 'desk-quiz', asset: (path: string) => `https://cdn.example.go.id/kursus/meja/${path}` });
    document.body.append(quiz);
    mounted.push(quiz);
    await settle(quiz);
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await settle(quiz);
    const question = quiz.shadowRoot!.querySelector('ck-question')!;
    await settle(question);
    await customElements.whenDefined('ck-hotspot');
    const hotspot = question.shadowRoot!.querySelector('ck-hotspot')!;
    await settle(hotspot);
    expect(hotspot.shadowRoot!.querySelector('img')!.getAttribute('src')).toBe('https://cdn.example.go.id/kursus/meja/assets/desk.svg');
  });
});
