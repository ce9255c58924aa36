import type { Question } from '@coursekit/schema';
import type { Response } from '../src/events';
import type { CourseEngine } from '../src/engine';
import { correctResponse } from '../src/questions/score';
import { questionType } from '../src/questions/registry';

/** A response to `q` picked by `n` (by its type's answer kind): sometimes the correct one, often not, now and then invalid. */
export function responseFor(q: Question, n: number): Response {
  const answer = questionType(q).answer;
  switch (answer.kind) {
    case 'one': {
      const options = answer.options(q);
      return answer.response(options[n % options.length]!.id);
    }
    case 'set':
      return answer.response(answer.options(q).filter((_, i) => (n >> i) & 1).map((c) => c.id));
    case 'boolean':
      return answer.response(n % 2 === 0);
    case 'text':
      if (answer.accepted) return n % 3 === 0 ? correctResponse(q)! : answer.response(`answer ${n}`);
      return answer.response(n % 5 === 0 ? 'short' : `I will refuse, politely, every time (${n}).`);
    case 'pairs': {
      const pairs = answer.options(q);
      return answer.response(Object.fromEntries(pairs.map((p, i) => [p.id, pairs[(i + (n % 2) * (n % pairs.length)) % pairs.length]!.id])));
    }
    case 'order': {
      const items = answer.options(q);
      return answer.response(items.map((_, i) => items[(i + n) % items.length]!.id));
    }
  }
}

/** Learner actions, the common ones (moving on, playing, answering) more often than the rest. */
export const actionKinds = [
  ...[0, 2, 3, 5, 7, 8, 9, 10, 11, 12, 13].map((k) => ({ kind: k, weight: 1 })),
  { kind: 1, weight: 6 },
  { kind: 4, weight: 2 },
  { kind: 6, weight: 2 },
  { kind: 14, weight: 6 },
  { kind: 15, weight: 3 },
  { kind: 16, weight: 2 },
];

/** One learner action, chosen by `kind` among 17, with two numbers to pick its arguments. */
export type Action = [kind: number, a: number, b: number];

/** Applies an action to an engine; actions that are not allowed now are refused, as a learner's would be. */
export function act(engine: CourseEngine, [kind, a, b]: Action, tick: (ms: number) => void): void {
  const course = engine.course;
  const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)];
  const assessmentId = pick(course.assessments ?? [], a)?.id;
  const scenarioId = pick(course.scenarios ?? [], a)?.id;
  tick(b * 37);
  switch (kind) {
    case 0:
      engine.start();
      break;
    case 1:
      engine.next();
      break;
    case 2:
      engine.previous();
      break;
    case 3:
      engine.goTo(pick(engine.pages, a)!.pageId);
      break;
    case 4: {
      const checks = engine.pages.flatMap((p) => p.page.blocks.flatMap((bl) => (bl.type === 'question' ? [bl.question] : [])));
      const q = pick(checks, a);
      if (q) engine.answer(q.id, responseFor(q, b));
      break;
    }
    case 5:
      if (assessmentId) engine.assessment(assessmentId);
      break;
    case 6:
      if (assessmentId) {
        const view = engine.assessment(assessmentId);
        const q = pick(view.questions, b);
        if (q) engine.answerInAssessment(assessmentId, q.id, responseFor(q, a + b));
      }
      break;
    case 7:
      if (assessmentId) engine.submitAssessment(assessmentId);
      break;
    case 8:
      if (assessmentId) engine.retryAssessment(assessmentId);
      break;
    case 9:
      if (scenarioId) engine.scenario(scenarioId);
      break;
    case 10:
      if (scenarioId) {
        const view = engine.scenario(scenarioId);
        const choice = pick(view.node.type === 'choice' ? view.node.choices : [], b);
        if (choice) engine.choose(scenarioId, choice.id);
      }
      break;
    case 11:
      if (scenarioId) engine.advance(scenarioId);
      break;
    case 12:
      if (scenarioId) engine.replay(scenarioId);
      break;
    case 13:
      engine.setLanguage(pick(course.languages, b)!);
      break;
    case 14:
      // A step through a scenario as a learner takes it: an offered choice, else continue.
      if (scenarioId) {
        const view = engine.scenario(scenarioId);
        const offered = pick(view.choices, b);
        if (view.node.type === 'choice' && view.feedback === null && offered) engine.choose(scenarioId, offered.id);
        else engine.advance(scenarioId);
      }
      break;
    case 15:
      // Answer every knowledge check on the page.
      for (const block of engine.currentPage.page.blocks) if (block.type === 'question') engine.answer(block.question.id, responseFor(block.question, a + b));
      break;
    default:
      // Answer the whole attempt, then submit it.
      if (assessmentId) {
        for (const [i, q] of engine.assessment(assessmentId).questions.entries()) engine.answerInAssessment(assessmentId, q.id, responseFor(q, a + i * b));
        engine.submitAssessment(assessmentId);
      }
  }
}
