import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CourseEngine } from '../internal/fixtures/engine';
import { EngineCore, loadEngineRules } from '@coursekit/engine/lazy';
import './question';
import type { CkQuestion } from './question.component';
import type { AnswerDetail } from '../events/answer';
import { gratuityCourse } from '../internal/fixtures/gratuity.course';
import { axeViolations, settle } from '../internal/test/axe';
import { activate, deepActive, tabTo } from '../internal/test/keyboard';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function mount(questionId: string, language = 'id'): Promise<{ el: CkQuestion; answers: AnswerDetail[]; engine: CourseEngine }> {
  const engine = new CourseEngine(gratuityCourse, { seed: 3, language, now: () => 1_700_000_000_000 });
  engine.start();
  const el = document.createElement('ck-question');
  el.engine = engine;
  el.questionId = questionId;
  const answers: AnswerDetail[] = [];
  el.addEventListener('ck-answer', (e) => answers.push(e.detail));
  document.body.append(el);
  mounted.push(el);
  await settle(el);
  return { el, answers, engine };
}

const $ = <T extends Element = HTMLElement>(el: CkQuestion, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: CkQuestion, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function submit(el: CkQuestion): Promise<void> {
  await activate('[part="submit"]');
  await settle(el);
}

/** What a learner hears and sees after submitting: verdict line, general feedback, per-choice feedback. */
function feedback(el: CkQuestion): { verdict: string; general: string | null; perChoice: string[]; focused: boolean } {
  const panel = $(el, '[data-feedback]')!;
  return {
    verdict: panel.querySelector('.verdict')?.textContent!.replace(/\s+/g, ' ').trim() ?? panel.textContent!.trim(),
    general: panel.querySelector('.general')?.textContent!.trim() ?? null,
    perChoice: [...panel.querySelectorAll('.per-choice')].map((p) => `${p.querySelector('.choice-name')!.textContent!.trim()} | ${p.querySelector('.prose')!.textContent!.trim()}`),
    focused: deepActive() === panel,
  };
}

const score = (raw: number, max: number) => ({ raw, min: 0, max, scaled: raw / max });

describe('<ck-question> answered by keyboard', () => {
  it('an answer submitted before the engine\'s rules arrive is scored, and its feedback shown, when they do', async () => {
    const engine = new EngineCore(gratuityCourse, { seed: 3, now: () => 1_700_000_000_000 });
    engine.start();
    const el = document.createElement('ck-question');
    el.engine = engine;
    el.questionId = 'q-single';
    const answers: AnswerDetail[] = [];
    el.addEventListener('ck-answer', (e) => answers.push(e.detail));
    document.body.append(el);
    mounted.push(el);
    await settle(el);
    await tabTo('input[value="accept"]');
    await userEvent.keyboard('{ArrowDown}');
    await submit(el);
    expect([answers, $(el, '[data-feedback]')]).toEqual([[], null]);
    engine.provide(await loadEngineRules());
    await settle(el);
    expect(answers).toEqual([{ questionId: 'q-single', response: { type: 'single-choice', choice: 'refuse' }, correct: true, score: score(1, 1) }]);
    expect(feedback(el)).toEqual({
      verdict: 'Benar. Skor: 1 dari 1',
      general: 'Ya. Parsel dari rekanan adalah gratifikasi.',
      perChoice: ['Pilihan Bapak/Ibu: Menolaknya dengan sopan | Menolak mencegah konflik kepentingan.'],
      focused: true,
    });
  });

  it('single choice, correct: arrow keys pick "Menolaknya dengan sopan"', async () => {
    const { el, answers } = await mount('q-single');
    await tabTo('input[value="accept"]');
    await userEvent.keyboard('{ArrowDown}');
    await submit(el);
    expect(feedback(el)).toEqual({
      verdict: 'Benar. Skor: 1 dari 1',
      general: 'Ya. Parsel dari rekanan adalah gratifikasi.',
      perChoice: ['Pilihan Bapak/Ibu: Menolaknya dengan sopan | Menolak mencegah konflik kepentingan.'],
      focused: true,
    });
    expect(answers).toEqual([{ questionId: 'q-single', response: { type: 'single-choice', choice: 'refuse' }, correct: true, score: score(1, 1) }]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('single choice, incorrect, then try again', async () => {
    const { el, answers } = await mount('q-single');
    await tabTo('input[value="accept"]');
    await userEvent.keyboard(' ');
    await submit(el);
    expect(feedback(el)).toEqual({
      verdict: 'Kurang tepat. Skor: 0 dari 1',
      general: 'Belum tepat. Parsel dari rekanan adalah gratifikasi.',
      perChoice: ['Pilihan Bapak/Ibu: Menerimanya, karena hari raya | Hari raya tidak mengubah hubungan jabatan.'],
      focused: true,
    });
    expect(answers[0]!.correct).toBe(false);
    await activate('.again');
    await settle(el);
    expect($(el, '[data-feedback]')).toBeNull();
    expect(deepActive()?.matches('input')).toBe(true);
  });

  it('multiple response: all three right is correct; two right and one wrong is partial', async () => {
    const right = await mount('q-multi');
    for (const id of ['parcel', 'transport', 'fee']) {
      await tabTo(`input[value="${id}"]`);
      await userEvent.keyboard(' ');
    }
    await submit(right.el);
    expect(feedback(right.el)).toEqual({ verdict: 'Benar. Skor: 1 dari 1', general: 'Lengkap.', perChoice: [], focused: true });
    expect(right.answers[0]!.response).toEqual({ type: 'multiple-response', choices: ['parcel', 'transport', 'fee'] });
    right.el.remove();

    const partly = await mount('q-multi');
    for (const id of ['parcel', 'transport', 'salary']) {
      await tabTo(`input[value="${id}"]`);
      await userEvent.keyboard(' ');
    }
    await submit(partly.el);
    // partial: (2 correct picks − 1 wrong pick) / 3 correct
    expect(feedback(partly.el).verdict).toBe('Sebagian benar. Skor: 0,33 dari 1');
    expect(feedback(partly.el).general).toBe('Sebagian. Periksa lagi pilihan Anda.');
    expect(partly.answers[0]!.score).toEqual(score(1 / 3, 1));
  });

  it('true/false, correct and incorrect', async () => {
    const yes = await mount('q-tf');
    await tabTo('input[value="true"]');
    await userEvent.keyboard(' ');
    await submit(yes.el);
    expect(feedback(yes.el)).toEqual({ verdict: 'Benar. Skor: 1 dari 1', general: 'Benar, UU 20/2001 Pasal 12C.', perChoice: [], focused: true });
    expect(yes.answers[0]!.response).toEqual({ type: 'true-false', value: true });
    yes.el.remove();
    const no = await mount('q-tf');
    await tabTo('input[value="true"]');
    await userEvent.keyboard('{ArrowDown}');
    await submit(no.el);
    expect(feedback(no.el)).toEqual({ verdict: 'Kurang tepat. Skor: 0 dari 1', general: 'Batasnya 30 hari kerja.', perChoice: [], focused: true });
    expect(no.answers[0]!.response).toEqual({ type: 'true-false', value: false });
  });

  it('fill-in: " kpk " is accepted (trimmed, any case); "BPK" is not; Enter submits', async () => {
    const yes = await mount('q-fill');
    await tabTo('input.text');
    await userEvent.keyboard(' kpk {Enter}');
    await settle(yes.el);
    expect(feedback(yes.el)).toEqual({ verdict: 'Benar. Skor: 1 dari 1', general: 'Komisi Pemberantasan Korupsi.', perChoice: [], focused: true });
    expect(yes.answers[0]!.response).toEqual({ type: 'fill-in', text: ' kpk ' });
    yes.el.remove();
    const no = await mount('q-fill');
    await tabTo('input.text');
    await userEvent.keyboard('BPK{Enter}');
    await settle(no.el);
    expect(feedback(no.el)).toEqual({ verdict: 'Kurang tepat. Skor: 0 dari 1', general: 'Jawabannya KPK.', perChoice: [], focused: true });
  });

  it('fill-in: submitting empty says what is missing and focuses the message', async () => {
    const { el, answers } = await mount('q-fill');
    await submit(el);
    expect($(el, '.problem')!.textContent).toBe('Tulis jawaban Bapak/Ibu dulu.');
    expect(deepActive()).toBe($(el, '.problem'));
    expect(answers).toEqual([]);
  });

  /** Picks the option whose text is `target` in the select for `pairId`, with arrow keys. */
  async function match(el: CkQuestion, pairId: string, target: string): Promise<void> {
    const select = (await tabTo(`select[data-pair="${pairId}"]`)) as HTMLSelectElement;
    const index = [...select.options].findIndex((o) => o.textContent === target);
    const steps = index - select.selectedIndex;
    for (let i = 0; i < Math.abs(steps); i++) await userEvent.keyboard(steps > 0 ? '{ArrowDown}' : '{ArrowUp}');
    await settle(el);
    expect(select.value).not.toBe('');
  }

  it('matching with selects: all pairs right, then one pair wrong for partial credit', async () => {
    const right = await mount('q-match');
    await match(right.el, 'upg', 'Unit pengendali gratifikasi di instansi');
    await match(right.el, 'kpk', 'Lembaga penerima laporan gratifikasi');
    await match(right.el, 'pungli', 'Pungutan tanpa dasar hukum');
    await submit(right.el);
    expect(feedback(right.el)).toEqual({ verdict: 'Benar. Skor: 1 dari 1', general: 'Semua pasangan tepat.', perChoice: [], focused: true });
    expect(right.answers[0]!.response).toEqual({ type: 'matching', matches: { upg: 'upg', kpk: 'kpk', pungli: 'pungli' } });
    right.el.remove();
    const partly = await mount('q-match');
    await match(partly.el, 'upg', 'Lembaga penerima laporan gratifikasi');
    await match(partly.el, 'kpk', 'Unit pengendali gratifikasi di instansi');
    await match(partly.el, 'pungli', 'Pungutan tanpa dasar hukum');
    await submit(partly.el);
    expect(feedback(partly.el).verdict).toBe('Sebagian benar. Skor: 0,33 dari 1');
    expect(partly.answers[0]!.score).toEqual(score(1 / 3, 1));
  });

  /** Puts the sequencing items in `order` with the move-up buttons, by keyboard. */
  async function arrange(el: CkQuestion, order: string[]): Promise<void> {
    for (let target = 0; target < order.length; target++) {
      const id = order[target]!;
      const current = $$(el, '.item').findIndex((li) => li.dataset.item === id);
      if (current === target) continue;
      await tabTo(`[data-item="${id}"] .up`);
      for (let i = current; i > target; i--) {
        await userEvent.keyboard('{Enter}');
        await settle(el);
      }
    }
    expect($$(el, '.item').map((li) => li.dataset.item)).toEqual(order);
  }

  it('sequencing with move buttons: keeps focus on the moved item and announces its position', async () => {
    const { el, answers } = await mount('q-seq');
    const start = $$(el, '.item').map((li) => li.dataset.item);
    expect(start).not.toEqual(['refuse', 'note', 'report', 'forward']);
    await arrange(el, ['refuse', 'note', 'report', 'forward']);
    await submit(el);
    expect(feedback(el)).toEqual({ verdict: 'Benar. Skor: 1 dari 1', general: 'Urutan tepat.', perChoice: [], focused: true });
    expect(answers[0]!.response).toEqual({ type: 'sequencing', order: ['refuse', 'note', 'report', 'forward'] });
  });

  it('sequencing: a wrong order is incorrect', async () => {
    const { el } = await mount('q-seq');
    await arrange(el, ['note', 'refuse', 'report', 'forward']);
    const row = $(el, '[data-item="note"]')!;
    await tabTo('[data-item="refuse"] .up');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.visually-hidden[aria-live]')!.textContent).toBe('Tolak pemberian sekarang di posisi 1 dari 4.');
    // at the top, focus moved to the same item's "down" button
    expect(deepActive()).toBe($(el, '[data-item="refuse"] .down'));
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(row.isConnected).toBe(true);
    await submit(el);
    expect(feedback(el)).toEqual({ verdict: 'Kurang tepat. Skor: 0 dari 1', general: 'Tolak dulu, lalu catat dan laporkan.', perChoice: [], focused: true });
  });

  it('likert is recorded, never scored', async () => {
    const { el, answers } = await mount('q-likert');
    await tabTo('input[value="l1"]');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await submit(el);
    expect(feedback(el)).toEqual({ verdict: 'Terima kasih, jawaban Bapak/Ibu tersimpan.', general: null, perChoice: [], focused: true });
    expect(answers).toEqual([{ questionId: 'q-likert', response: { type: 'likert', choice: 'l4' }, correct: null, score: null }]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('reflection counts characters and asks for the minimum length', async () => {
    const { el, answers } = await mount('q-reflect');
    await tabTo('textarea');
    await userEvent.keyboard('Parsel');
    await settle(el);
    expect($(el, '#counter')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Minimal 20 karakter. 6 dari 280 karakter');
    await submit(el);
    expect($(el, '.problem')!.textContent).toBe('Jawaban Bapak/Ibu 6 karakter; minimal 20.');
    await tabTo('textarea');
    await userEvent.keyboard(' dari rekanan saat Lebaran');
    await submit(el);
    expect(feedback(el).verdict).toBe('Terima kasih, jawaban Bapak/Ibu tersimpan.');
    expect(answers[0]!.response).toEqual({ type: 'reflection', text: 'Parsel dari rekanan saat Lebaran' });
  });

  it('speaks English when the engine does, keeping the learner\'s selection', async () => {
    const { el, engine } = await mount('q-single');
    await tabTo('input[value="accept"]');
    await userEvent.keyboard('{ArrowDown}');
    engine.setLanguage('en');
    await settle(el);
    expect($(el, '#prompt')!.textContent!.trim()).toBe('Mr Budi, a vendor in an open tender, sends a Lebaran parcel to your home. What is right?');
    expect($<HTMLInputElement>(el, 'input[value="refuse"]')!.checked).toBe(true);
    await submit(el);
    expect(feedback(el).verdict).toBe('Correct. Score: 1 of 1');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('fits 320px without horizontal scrolling (matching, the widest type)', async () => {
    const { el } = await mount('q-match');
    el.style.width = '320px';
    await settle(el);
    const base = $(el, '.base')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    for (const select of $$(el, 'select')) expect(select.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right);
  });

  it('renders author text inert', async () => {
    const evil = '<img src=x onerror="window.__ckq=1"><script>window.__ckq=2</script>';
    const engine = new CourseEngine(
      {
        ...gratuityCourse,
        modules: [
          {
            id: 'm',
            title: 'm',
            pages: [{ id: 'p', title: 'p', blocks: [{ type: 'question', question: { id: 'x', type: 'single-choice', prompt: evil, choices: [{ id: 'a', text: evil, feedback: evil }], correct: 'a' } }] }],
          },
        ],
        assessments: [],
      },
      { seed: 1 },
    );
    engine.start();
    const el = document.createElement('ck-question');
    el.engine = engine;
    el.questionId = 'x';
    document.body.append(el);
    mounted.push(el);
    await settle(el);
    await tabTo('input[value="a"]');
    await userEvent.keyboard(' ');
    await submit(el);
    expect((window as { __ckq?: number }).__ckq).toBeUndefined();
    expect(el.shadowRoot!.querySelectorAll('script, img').length).toBe(0);
    expect($(el, '#prompt')!.textContent!.trim()).toBe(evil);
  });
});
