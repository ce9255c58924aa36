import type { Response } from '@coursekit/engine';
import type { Question } from '@coursekit/schema';
import { fit, localized } from '../scorm/format';

/**
 * SCORM 1.2 responses (1.2 RTE cmi.interactions.n.student_response and correct_responses.n.pattern)
 * name options by a single character, 0-9 or a-z. Options are lettered by position: the first is
 * "a", the 27th "0"; an option past the 36th has no letter, and then no response is written
 * (documented fallback: the result, weighting and latency still are).
 */
export const OPTION_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The SCORM 1.2 interaction type of each question type; reflections are free text, written as fill-in. */
export const SCORM12_TYPES = {
  'single-choice': 'choice',
  'multiple-response': 'choice',
  'true-false': 'true-false',
  'fill-in': 'fill-in',
  matching: 'matching',
  sequencing: 'sequencing',
  likert: 'likert',
  reflection: 'fill-in',
  // A hotspot's areas are its options: 1.2 has no hotspot type, and choice is one of its eight.
  hotspot: 'choice',
} as const satisfies Record<Question['type'], string>;

/** 1.2 CMIString255 / CMIFeedback hold 255 characters. */
export const FIELD_LIMIT = 255;

function letter(ids: readonly string[], id: string): string | null {
  const i = ids.indexOf(id);
  return i >= 0 && i < OPTION_LETTERS.length ? OPTION_LETTERS[i]! : null;
}

function letters(ids: readonly string[], picked: readonly string[]): string | null {
  const out = picked.map((id) => letter(ids, id));
  return out.includes(null) ? null : out.join(',');
}

/**
 * The learner's response in SCORM 1.2 form, or null when it cannot be expressed.
 *
 * @example
 * studentResponse(question, { type: 'multiple-response', choices: ['b', 'd'] }); // "b,d" for choices 2 and 4
 */
export function studentResponse(q: Question, r: Response): string | null {
  switch (r.type) {
    case 'single-choice':
      return q.type === 'single-choice' ? letter(q.choices.map((c) => c.id), r.choice) : null;
    case 'likert':
      return q.type === 'likert' ? letter(q.scale.map((c) => c.id), r.choice) : null;
    case 'multiple-response':
      return q.type === 'multiple-response' ? letters(q.choices.map((c) => c.id), r.choices) : null;
    case 'true-false':
      return r.value ? 't' : 'f';
    case 'fill-in':
    case 'reflection':
      return fit(r.text, FIELD_LIMIT);
    case 'matching': {
      if (q.type !== 'matching') return null;
      const ids = q.pairs.map((p) => p.id);
      const parts = q.pairs.filter((p) => r.matches[p.id] !== undefined).map((p) => [letter(ids, p.id), letter(ids, r.matches[p.id]!)]);
      return parts.some(([s, t]) => s === null || t === null) ? null : parts.map(([s, t]) => `${s}.${t}`).join(',');
    }
    case 'sequencing':
      return q.type === 'sequencing' ? letters(q.items.map((i) => i.id), r.order) : null;
    case 'hotspot':
      return q.type === 'hotspot' ? letters(q.areas.map((a) => a.id), r.areas) : null;
  }
}

/**
 * Every correct-response pattern of a question (several for fill-in: one per accepted answer), in
 * SCORM 1.2 form; empty for unscored types.
 *
 * @example
 * correctPatterns(trueFalseQuestion, 'id', 'id'); // ["t"] when the statement is true
 */
export function correctPatterns(q: Question, language: string, fallback: string): string[] {
  switch (q.type) {
    case 'single-choice': {
      const l = letter(q.choices.map((c) => c.id), q.correct);
      return l ? [l] : [];
    }
    case 'multiple-response': {
      const l = letters(q.choices.map((c) => c.id), q.correct);
      return l ? [l] : [];
    }
    case 'true-false':
      return [q.correct ? 't' : 'f'];
    case 'fill-in':
      return q.accepted.map((a) => fit(localized(a, language, fallback), FIELD_LIMIT));
    case 'matching': {
      const l = letters(q.pairs.map((p) => p.id), q.pairs.map((p) => p.id));
      return l ? [q.pairs.map((_, i) => `${OPTION_LETTERS[i]}.${OPTION_LETTERS[i]}`).join(',')] : [];
    }
    case 'sequencing': {
      const l = letters(q.items.map((i) => i.id), q.items.map((i) => i.id));
      return l ? [l] : [];
    }
    case 'hotspot': {
      const l = letters(q.areas.map((a) => a.id), q.correct);
      return l ? [l] : [];
    }
    case 'likert':
    case 'reflection':
      return [];
  }
}
