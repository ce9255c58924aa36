import type { CourseEngineApi, Response } from '@coursekit/engine';
import type { Question } from '@coursekit/schema';

/** The success path of each Integrity Ranger scenario (see examples/integrity-ranger/README.md). */
export const successPaths: Record<string, string[]> = {
  'parcel-lebaran': ['lapor-upg', 'ajak-lapor', 'objektif'],
  'kado-pernikahan': ['lapor', 'pilah', 'tegas'],
  'uang-transport': ['tanya-sari', 'lapor-atasan'],
  'percepatan-izin': ['tolak-sopan', 'jelaskan', 'laporkan-calo'],
  'jamuan-vendor': ['tolak-resmi', 'nyatakan-mundur'],
};

/** Keeps the parcel and signs for the transport money: other choices, other endings. */
export const temptedPaths: Record<string, string[]> = {
  ...successPaths,
  'parcel-lebaran': ['simpan', 'diam', 'lunak'],
  'uang-transport': ['tanda-tangan', 'diam-saja'],
};

/** An answer that is never right: the first wrong option, a false statement, a wrong word or order. */
export function wrongResponse(q: Question): Response | null {
  switch (q.type) {
    case 'single-choice':
      return { type: 'single-choice', choice: q.choices.find((c) => c.id !== q.correct)!.id };
    case 'multiple-response':
      return { type: 'multiple-response', choices: q.choices.filter((c) => !q.correct.includes(c.id)).map((c) => c.id) };
    case 'true-false':
      return { type: 'true-false', value: !q.correct };
    case 'fill-in':
      return { type: 'fill-in', text: 'tidak tahu' };
    case 'matching': {
      const ids = q.pairs.map((p) => p.id);
      return { type: 'matching', matches: Object.fromEntries(ids.map((id, i) => [id, ids[(i + 1) % ids.length]!])) };
    }
    case 'sequencing':
      return { type: 'sequencing', order: q.items.map((i) => i.id).reverse() };
    default:
      return null;
  }
}

/** How a learner plays the course on the engine. */
export interface EnginePlay {
  /** The answer to a knowledge check, or to a question of the given assessment attempt (1-based); null for unscored questions. */
  answer: (q: Question, attempt: number) => Response | null;
  /** The choices taken in each scenario, by scenario id. */
  paths: Record<string, string[]>;
  /** Assessment attempts taken (each submitted); default 1. */
  attempts?: number;
  /** Stops when this page is shown, before doing anything on it. */
  stopAt?: string;
  /** Called after every learner action (to move a fake clock on). */
  step?: () => void;
}

function ok(result: { ok: boolean; message?: string } | object, what: string): void {
  if ('ok' in result && result.ok === false) throw new Error(`${what}: ${'message' in result ? result.message : 'refused'}`);
}

/**
 * Plays a course page by page as a learner does: answers every check, plays every scenario along
 * its path, takes the assessments, and goes on until the last page or `stopAt`. Throws when the
 * engine refuses an action, so a changed course cannot be played through silently.
 */
export function playOnEngine(engine: CourseEngineApi, play: EnginePlay): void {
  const step = play.step ?? (() => {});
  engine.start();
  for (;;) {
    if (engine.currentPage.page.id === play.stopAt) return;
    for (const block of engine.currentPage.page.blocks) {
      if (block.type === 'question') {
        const q = block.question;
        const response = play.answer(q, 0) ?? (q.type === 'likert' ? { type: 'likert', choice: q.scale[3]!.id } : { type: 'reflection', text: 'Papan tarif di loket perlu diperbarui setiap tahun.' });
        ok(engine.answer(q.id, response), q.id);
        step();
      }
      if (block.type === 'scenario') {
        const id = block.scenario;
        for (const choice of play.paths[id] ?? []) {
          let view = engine.scenario(id);
          while (view.node.type !== 'choice' || view.feedback !== null) {
            const next = engine.advance(id);
            ok(next, `${id} at ${view.node.id}`);
            view = next as typeof view;
          }
          ok(engine.choose(id, choice), `${id}: ${choice}`);
          step();
        }
        let view = engine.scenario(id);
        while (!view.ending) {
          const next = engine.advance(id);
          ok(next, `${id} at ${view.node.id}`);
          view = next as typeof view;
        }
      }
      if (block.type === 'assessment') {
        for (let attempt = 1; attempt <= (play.attempts ?? 1); attempt++) {
          const view = attempt === 1 ? engine.assessment(block.assessment) : engine.retryAssessment(block.assessment);
          if (!('questions' in view)) throw new Error(`${block.assessment}: ${view.message}`);
          for (const q of view.questions) {
            ok(engine.answerInAssessment(block.assessment, q.id, play.answer(q, attempt)!), q.id);
            step();
          }
          ok(engine.submitAssessment(block.assessment), block.assessment);
          step();
          if (engine.successStatus === 'passed') break;
        }
      }
    }
    if (!engine.next().ok) return;
    step();
  }
}
