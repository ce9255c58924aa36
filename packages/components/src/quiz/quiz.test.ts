import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CourseEngine } from '../internal/fixtures/engine';
import './quiz';
import type { CkQuiz } from './quiz.component';
import type { QuizSubmitDetail } from './quiz.events';
import { gratuityCourse } from '../internal/fixtures/gratuity.course';
import { axeViolations, settle } from '../internal/test/axe';
import { activate, chooseRadio, deepActive, tabTo } from '../internal/test/keyboard';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function mount(assessmentId: string, language = 'id'): Promise<{ el: CkQuiz; submits: QuizSubmitDetail[]; engine: CourseEngine }> {
  const engine = new CourseEngine(gratuityCourse, { seed: 5, language, now: () => 1_700_000_000_000 });
  engine.start();
  const el = document.createElement('ck-quiz');
  el.engine = engine;
  el.assessmentId = assessmentId;
  const submits: QuizSubmitDetail[] = [];
  el.addEventListener('ck-quiz-submit', (e) => submits.push(e.detail));
  document.body.append(el);
  mounted.push(el);
  await settle(el);
  return { el, submits, engine };
}

const $ = <T extends Element = HTMLElement>(el: CkQuiz, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined): string => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

/** Answers the question on screen by keyboard: picks the radio with `value`, saves, moves on. */
async function answer(el: CkQuiz, value: string, last = false): Promise<void> {
  await chooseRadio(value);
  await activate('[part="submit"]');
  await settle(el);
  await activate(last ? '.submit-all' : '.next');
  await settle(el);
}

describe('<ck-quiz>', () => {
  it('shows the numbers before starting', async () => {
    const { el } = await mount('final');
    expect([...el.shadowRoot!.querySelectorAll('.facts li')].map(text)).toEqual(['3 pertanyaan', 'Nilai lulus: 70%', 'Sisa kesempatan: 2']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('fails attempt 1, retries, and passes attempt 2, all by keyboard', async () => {
    const { el, submits } = await mount('final');
    await activate('button.primary');
    await settle(el);
    expect(deepActive()).toBe($(el, '[data-progress]'));
    expect(text($(el, '[data-progress]'))).toBe('Pertanyaan 1 dari 3');
    expect(text($(el, '.attempt'))).toBe('Percobaan 1 dari 2');

    await tabTo('input[value="keep"]');
    await userEvent.keyboard(' ');
    await activate('[part="submit"]');
    const question = $(el, 'ck-question')!;
    await settle(el);
    // after-submit mode: the answer is saved, feedback waits for the submission
    expect(text(question.shadowRoot!.querySelector('[data-feedback]'))).toBe('Jawaban tersimpan. Umpan balik diberikan setelah penilaian dikirim.');
    await activate('.next');
    await settle(el);
    expect(text($(el, '[data-progress]'))).toBe('Pertanyaan 2 dari 3');
    await answer(el, 'false');
    expect(await axeViolations(el)).toEqual([]);
    await answer(el, 'upg', true);

    expect(submits).toEqual([{ assessmentId: 'final', score: { raw: 1, min: 0, max: 3, scaled: 1 / 3 }, passed: false, attempt: 1 }]);
    expect(deepActive()).toBe($(el, '[data-result]'));
    expect(text($(el, '[data-result]'))).toBe('Hasil: Belum lulus');
    expect(text($(el, '.numbers'))).toBe('Nilai Bapak/Ibu 33%; nilai lulus 70%.');
    expect(text($(el, '.attempts'))).toBe('Sisa kesempatan: 1');
    const verdicts = [...el.shadowRoot!.querySelectorAll('.review ck-question')].map((q) => text(q.shadowRoot!.querySelector('.verdict')));
    expect(verdicts).toEqual(['Kurang tepat. Skor: 0 dari 1', 'Kurang tepat. Skor: 0 dari 1', 'Benar. Skor: 1 dari 1']);
    expect(await axeViolations(el)).toEqual([]);

    await activate('[part="retry"]');
    await settle(el);
    expect(text($(el, '.attempt'))).toBe('Percobaan 2 dari 2');
    expect(deepActive()).toBe($(el, '[data-progress]'));
    await answer(el, 'refuse');
    await answer(el, 'true');
    await answer(el, 'upg', true);
    expect(submits[1]).toEqual({ assessmentId: 'final', score: { raw: 3, min: 0, max: 3, scaled: 1 }, passed: true, attempt: 2 });
    expect(text($(el, '[data-result]'))).toBe('Hasil: Lulus');
    expect(text($(el, '.numbers'))).toBe('Nilai Bapak/Ibu 100%; nilai lulus 70%.');
    expect($(el, '[part="retry"]')).toBeNull();
  });

  it('offers no retry after the last attempt fails', async () => {
    const { el } = await mount('final');
    await activate('button.primary');
    for (let attempt = 1; attempt <= 2; attempt++) {
      await answer(el, 'keep');
      await answer(el, 'false');
      await answer(el, 'hr', true);
      if (attempt === 1) await activate('[part="retry"]');
    }
    expect(text($(el, '[data-result]'))).toBe('Hasil: Belum lulus');
    expect(text($(el, '.numbers'))).toBe('Nilai Bapak/Ibu 0%; nilai lulus 70%.');
    expect(text($(el, '.attempts'))).toBe('Kesempatan Bapak/Ibu sudah habis.');
    expect($(el, '[part="retry"]')).toBeNull();
  });

  it('will not submit with questions unanswered, and says how many', async () => {
    const { el, submits } = await mount('final');
    await activate('button.primary');
    await activate('.next');
    await activate('.next');
    await activate('.submit-all');
    await settle(el);
    expect(text($(el, '.message'))).toBe('3 pertanyaan belum dijawab. Jawab semua sebelum mengirim.');
    expect(deepActive()).toBe($(el, '.message'));
    expect(submits).toEqual([]);
  });

  it('gives feedback right away when the assessment says immediate', async () => {
    const { el } = await mount('practice');
    await activate('button.primary');
    await tabTo('input[value="true"]');
    await userEvent.keyboard(' ');
    await activate('[part="submit"]');
    await settle(el);
    const q = $(el, 'ck-question')!;
    expect(text(q.shadowRoot!.querySelector('.verdict'))).toBe('Benar. Skor: 1 dari 1');
    expect(text(q.shadowRoot!.querySelector('.general'))).toBe('Ya, itu pungli.');
    expect(deepActive()).toBe(q.shadowRoot!.querySelector('[data-feedback]'));
  });

  it('fits 320px without horizontal scrolling', async () => {
    const { el } = await mount('final');
    el.style.width = '320px';
    await activate('button.primary');
    await settle(el);
    const base = $(el, '.base')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  });

  it('switches to English mid-attempt and stays on the same question with the same answer', async () => {
    const { el, engine } = await mount('final');
    await activate('button.primary');
    await activate('.next');
    await tabTo('input[value="true"]');
    await userEvent.keyboard(' ');
    engine.setLanguage('en');
    await settle(el);
    expect(text($(el, '[data-progress]'))).toBe('Question 2 of 3');
    const q = $(el, 'ck-question')!;
    await settle(q as unknown as CkQuiz);
    expect(text(q.shadowRoot!.querySelector('#prompt'))).toBe('The deadline to report a gratuity is 30 working days.');
    expect(q.shadowRoot!.querySelector<HTMLInputElement>('input[value="true"]')!.checked).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
  });
});
