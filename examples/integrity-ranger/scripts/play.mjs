// Plays a CourseKit course in a browser page the way a learner does: mouse and keyboard on the
// player's own buttons, in Indonesian. Used by the screenshot script and by the Chromium test that
// plays Integrity Ranger to its certificate (test/examples/integrity-ranger.browser.test.ts).
//
//   import { playCourse } from './play.mjs';
//   await playCourse(page, course, { scenarioPaths, onPage: async (pageId) => {} });

/** The player's and elements' Indonesian labels this script presses (packages/components/src/translations/). */
export const LABELS = {
  next: 'Berikutnya',
  results: 'Lihat hasil',
  pageNav: 'Navigasi halaman',
  submit: 'Kirim jawaban',
  save: 'Simpan jawaban',
  startScenario: 'Mulai skenario',
  proceed: 'Lanjut',
  startQuiz: 'Mulai penilaian',
  submitQuiz: 'Kirim penilaian',
  retry: 'Coba lagi',
  true: 'Benar',
  false: 'Salah',
};

const text = (value, lang) => (typeof value === 'string' ? value : (value?.[lang] ?? Object.values(value ?? {})[0] ?? ''));

/** Every question of the course, by id: knowledge checks and bank questions. */
export function questionsById(course) {
  const all = new Map();
  for (const m of course.modules) for (const p of m.pages) for (const b of p.blocks) if (b.type === 'question') all.set(b.question.id, b.question);
  for (const bank of course.questionBanks ?? []) for (const q of bank.questions) all.set(q.id, q);
  for (const a of course.assessments ?? []) for (const q of a.questions ?? []) all.set(q.id, q);
  return all;
}

/**
 * Answers one <ck-question> wrongly, as a learner who has it wrong would: another choice, the
 * opposite of a true/false, an answer that is not accepted, pairs and items out of place. Likert and
 * reflection questions are unscored and get the usual answer.
 */
async function answerWrongly(element, q, lang) {
  switch (q.type) {
    case 'single-choice':
      return element.getByRole('radio', { name: text(q.choices.find((c) => c.id !== q.correct).text, lang), exact: true }).check();
    case 'multiple-response': {
      // A choice that is not correct; when every choice is correct, only one of them.
      const pick = q.choices.find((c) => !q.correct.includes(c.id)) ?? q.choices[0];
      return element.getByRole('checkbox', { name: text(pick.text, lang), exact: true }).check();
    }
    case 'true-false':
      return element.getByRole('radio', { name: q.correct ? LABELS.false : LABELS.true, exact: true }).check();
    case 'fill-in':
      return element.getByRole('textbox').fill('tidak tahu');
    case 'matching':
      for (const [i, pair] of q.pairs.entries()) await element.locator(`select[data-pair="${pair.id}"]`).selectOption(q.pairs[(i + 1) % q.pairs.length].id);
      return;
    case 'sequencing':
      return arrange(element, [...q.items].reverse());
    default:
      return answerQuestion(element, q, lang);
  }
}

/** Moves the items of a sequencing question into `items`' order with the "up" buttons. */
async function arrange(element, items) {
  for (let i = 0; i < items.length; i++) {
    const id = items[i].id;
    const order = await element.locator('li[data-item]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item')));
    for (let at = order.indexOf(id); at > i; at--) await element.locator(`li[data-item="${id}"] button.up`).click();
  }
}

/** Answers one <ck-question> correctly (likert: the 4th point; reflection: a sentence long enough), or wrongly with `how` "wrong". */
export async function answerQuestion(element, q, lang = 'id', how = 'right') {
  if (how === 'wrong') return answerWrongly(element, q, lang);
  switch (q.type) {
    case 'single-choice':
      return element.getByRole('radio', { name: text(q.choices.find((c) => c.id === q.correct).text, lang), exact: true }).check();
    case 'likert':
      return element.getByRole('radio', { name: text(q.scale[3].text, lang), exact: true }).check();
    case 'multiple-response':
      for (const id of q.correct) await element.getByRole('checkbox', { name: text(q.choices.find((c) => c.id === id).text, lang), exact: true }).check();
      return;
    case 'true-false':
      return element.getByRole('radio', { name: q.correct ? LABELS.true : LABELS.false, exact: true }).check();
    case 'fill-in':
      return element.getByRole('textbox').fill(text(q.accepted[0], lang));
    case 'reflection':
      return element.getByRole('textbox').fill('Papan tarif di loket perlu diperbarui dan dipasang di tempat yang mudah dibaca warga.'.slice(0, q.maxLength ?? 1000));
    case 'matching':
      for (const pair of q.pairs) await element.locator(`select[data-pair="${pair.id}"]`).selectOption(pair.id);
      return;
    case 'sequencing':
      return arrange(element, q.items);
    default:
      throw new Error(`no answer for question type ${q.type}`);
  }
}

/** Plays <ck-scenario>: "Lanjut" through narration, dialogue and feedback, the given choices in order. */
export async function playScenario(element, scenario, choices, lang = 'id') {
  const choiceText = new Map(scenario.nodes.flatMap((n) => (n.type === 'choice' ? n.choices.map((c) => [c.id, text(c.text, lang)]) : [])));
  // A player may load the element when the page first shows it: wait until it has rendered.
  await element.getByRole('button').first().waitFor();
  const start = element.getByRole('button', { name: LABELS.startScenario, exact: true });
  if (await start.count()) await start.click();
  const queue = [...choices];
  for (let step = 0; step < 80; step++) {
    if (queue.length) {
      const choice = element.getByRole('button', { name: choiceText.get(queue[0]), exact: true });
      if (await choice.count()) {
        await choice.click();
        queue.shift();
        continue;
      }
    }
    const proceed = element.getByRole('button', { name: LABELS.proceed, exact: true });
    if ((await proceed.count()) === 0) break;
    await proceed.click();
  }
  if (queue.length) throw new Error(`scenario ${scenario.id}: choice "${queue[0]}" was not offered`);
}

/**
 * Takes an assessment in <ck-quiz>: each question answered as `answer(questionId)` says ("right" by
 * default), then submitted; while the attempt fails and a retry is offered, takes it again.
 */
export async function takeQuiz(element, questions, lang = 'id', answer = () => 'right') {
  await element.getByRole('button').first().waitFor();
  for (let attempt = 0; attempt < 10; attempt++) {
    const start = element.getByRole('button', { name: LABELS.startQuiz, exact: true });
    if (await start.count()) await start.click();
    await takeAttempt(element, questions, lang, answer);
    const retry = element.getByRole('button', { name: LABELS.retry, exact: true });
    await element.locator('[part="result"]').first().waitFor();
    if ((await retry.count()) === 0) return;
    await retry.click();
  }
  throw new Error('the assessment kept offering a retry');
}

async function takeAttempt(element, questions, lang, answer) {
  for (let i = 0; i < 100; i++) {
    const current = element.locator('ck-question').first();
    const id = await current.getAttribute('question-id');
    await answerQuestion(current, questions.get(id), lang, answer(id));
    await current.getByRole('button', { name: LABELS.save, exact: true }).click();
    const submit = element.getByRole('button', { name: LABELS.submitQuiz, exact: true });
    if (await submit.count()) return submit.click();
    await element.getByRole('button', { name: LABELS.next, exact: true }).click();
    await element.locator(`ck-question:not([question-id="${id}"])`).first().waitFor();
  }
  throw new Error('the assessment did not end');
}

/**
 * Plays the whole course from the page shown: every knowledge check, every scenario by the path
 * given, every assessment, then the results. `onPage(pageId, 'before' | 'after')` runs around each page.
 * `answer(questionId)` says how each question is answered, "right" (the default) or "wrong";
 * `stopAt` names a page where the learner stops: it is shown, then the function returns.
 */
export async function playCourse(page, course, { scenarioPaths, onPage = async () => {}, lang = 'id', answer = () => 'right', stopAt }) {
  const questions = questionsById(course);
  const scenarios = new Map((course.scenarios ?? []).map((s) => [s.id, s]));
  const pages = course.modules.flatMap((m) => m.pages);
  const pager = page.getByRole('navigation', { name: LABELS.pageNav });
  for (const [index, p] of pages.entries()) {
    // The player's heading: a package's launch page shows the first page before the player has arrived.
    await page.locator('ck-course-player').getByRole('heading', { level: 1, name: text(p.title, lang), exact: true }).waitFor();
    if (p.id === stopAt) return;
    await onPage(p.id, 'before');
    for (const block of p.blocks) {
      if (block.type === 'question') {
        const element = page.locator(`ck-question[question-id="${block.question.id}"]`);
        await answerQuestion(element, block.question, lang, answer(block.question.id));
        await element.getByRole('button', { name: LABELS.submit, exact: true }).click();
        await element.locator('[data-feedback]').waitFor();
      } else if (block.type === 'scenario') {
        await playScenario(page.locator(`ck-scenario[scenario-id="${block.scenario}"]`), scenarios.get(block.scenario), scenarioPaths[block.scenario], lang);
      } else if (block.type === 'assessment') {
        await takeQuiz(page.locator(`ck-quiz[assessment-id="${block.assessment}"]`), questions, lang, answer);
      }
    }
    await onPage(p.id, 'after');
    await pager.getByRole('button', { name: index === pages.length - 1 ? LABELS.results : LABELS.next, exact: true }).click();
  }
}
