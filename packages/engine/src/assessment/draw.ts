import type { Assessment, Question, QuestionBank } from '@coursekit/schema';
import { createRng, deriveSeed, shuffled } from '../rng';

/**
 * The question ids of one attempt: the fixed questions in order, then each draw's questions
 * picked at random from its bank (never one already in the attempt; fewer when the bank runs
 * short), then the whole list shuffled when the assessment says `shuffle`. The randomness comes
 * from the learner's seed, the assessment id and the attempt number only, so the same learner
 * gets the same attempt on every device and after every resume.
 *
 * @example
 * drawAttempt(finalQuiz, banks, 7, 1); // e.g. ['fq-matching', 'bank-value', 'fq-single', …], always the same for seed 7
 */
export function drawAttempt(assessment: Assessment, banks: readonly QuestionBank[], seed: number, attempt: number): string[] {
  const rng = createRng(deriveSeed(seed, 'assessment', assessment.id, attempt));
  const ids = (assessment.questions ?? []).map((q) => q.id);
  const taken = new Set(ids);
  for (const draw of assessment.draw ?? []) {
    const bank = banks.find((b) => b.id === draw.bank);
    const pool = (bank?.questions ?? []).filter((q: Question) => !taken.has(q.id));
    for (const q of shuffled(pool, rng).slice(0, Math.max(0, draw.count))) {
      ids.push(q.id);
      taken.add(q.id);
    }
  }
  return assessment.shuffle ? shuffled(ids, rng) : ids;
}
