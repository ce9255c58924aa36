import type { Response } from '@coursekit/engine';
import type { Question } from '@coursekit/schema';
import { fit, identifier, localized } from '../scorm/format';

/** The SCORM 2004 interaction type of each question type (RTE cmi.interactions.n.type and correct response patterns). */
export const SCORM2004_TYPES = {
  'single-choice': 'choice',
  'multiple-response': 'choice',
  'true-false': 'true-false',
  'fill-in': 'fill-in',
  matching: 'matching',
  sequencing: 'sequencing',
  likert: 'likert',
  reflection: 'long-fill-in',
  // RTE 4.2.9.1 has no hotspot type: the areas are the options of a choice (short_identifier_type ids).
  hotspot: 'choice',
} as const satisfies Record<Question['type'], string>;

/** localized_string_type SPM for fill-in (250) and long-fill-in (4000) responses, and descriptions (250). */
export const LIMITS = { fillIn: 250, longFillIn: 4000, description: 250 } as const;

/** The response delimiters of the RTE must not appear inside a value: a learner's "[,]" is written "[ ,]". */
function escape(text: string): string {
  return text.replace(/\[([,.:])\]/g, '[ $1]');
}

/** A localized string: "{lang=id}text" (RTE localized_string_type). */
export function langString(language: string, text: string, max: number): string {
  const prefix = `{lang=${language}}`;
  return prefix + fit(escape(text), max);
}

/**
 * The learner's response in SCORM 2004 form (RTE cmi.interactions.n.learner_response).
 *
 * @example
 * learnerResponse(question, { type: 'matching', matches: { p1: 'p1', p2: 'p3' } }, 'id'); // "p1[.]p1[,]p2[.]p3"
 */
export function learnerResponse(q: Question, r: Response, language: string): string | null {
  switch (r.type) {
    case 'single-choice':
    case 'likert':
      return identifier(r.choice);
    case 'multiple-response':
      return r.choices.map((c) => identifier(c)).join('[,]');
    case 'true-false':
      return r.value ? 'true' : 'false';
    case 'fill-in':
      return langString(language, r.text, LIMITS.fillIn);
    case 'reflection':
      return langString(language, r.text, LIMITS.longFillIn);
    case 'matching': {
      if (q.type !== 'matching') return null;
      return q.pairs
        .filter((p) => r.matches[p.id] !== undefined)
        .map((p) => `${identifier(p.id)}[.]${identifier(r.matches[p.id]!)}`)
        .join('[,]');
    }
    case 'sequencing':
      return r.order.map((i) => identifier(i)).join('[,]');
    case 'hotspot':
      return r.areas.map((a) => identifier(a)).join('[,]');
  }
}

/**
 * Every correct-response pattern of a question in SCORM 2004 form (RTE correct response patterns);
 * fill-in gives one pattern per accepted answer with its {case_matters} flag; empty for unscored types.
 *
 * @example
 * correctPatterns(fillInQuestion, 'id', 'id'); // ["{case_matters=false}{lang=id}gratifikasi", …]
 */
export function correctPatterns(q: Question, language: string, fallback: string): string[] {
  switch (q.type) {
    case 'single-choice':
      return [identifier(q.correct)];
    case 'multiple-response':
      return [q.correct.map((c) => identifier(c)).join('[,]')];
    case 'true-false':
      return [q.correct ? 'true' : 'false'];
    case 'fill-in':
      return q.accepted.map((a) => `{case_matters=${q.caseSensitive ? 'true' : 'false'}}${langString(language, localized(a, language, fallback), LIMITS.fillIn)}`);
    case 'matching':
      return [q.pairs.map((p) => `${identifier(p.id)}[.]${identifier(p.id)}`).join('[,]')];
    case 'sequencing':
      return [q.items.map((i) => identifier(i.id)).join('[,]')];
    case 'hotspot':
      return [q.correct.map((a) => identifier(a)).join('[,]')];
    case 'likert':
    case 'reflection':
      return [];
  }
}
