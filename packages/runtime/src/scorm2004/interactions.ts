import { interactionType, questionType, type Response } from '@coursekit/engine';
import type { Question, QuestionType } from '@coursekit/schema';
import { fit, identifier, localized } from '../scorm/format';

/**
 * The SCORM 2004 interaction type of a question type (RTE cmi.interactions.n.type): its answer
 * model's (RTE 4.2.9.1's types; a set of options is a choice, its ids short_identifier_type).
 *
 * @example
 * scorm2004Type('reflection'); // 'long-fill-in'
 */
export function scorm2004Type(type: QuestionType): ReturnType<typeof interactionType> {
  return interactionType(questionType(type).answer);
}

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
  if (r.type !== q.type) return null;
  const answer = questionType(q).answer;
  switch (answer.kind) {
    case 'one':
      return identifier(answer.value(r));
    case 'set':
      return answer.value(r).map((c) => identifier(c)).join('[,]');
    case 'boolean':
      return answer.value(r) ? 'true' : 'false';
    case 'text':
      return langString(language, answer.value(r), answer.long ? LIMITS.longFillIn : LIMITS.fillIn);
    case 'pairs': {
      const matches = answer.value(r);
      return answer
        .options(q)
        .filter((p) => matches[p.id] !== undefined)
        .map((p) => `${identifier(p.id)}[.]${identifier(matches[p.id]!)}`)
        .join('[,]');
    }
    case 'order':
      return answer.value(r).map((i) => identifier(i)).join('[,]');
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
  const type = questionType(q);
  const answer = type.answer;
  if (answer.kind === 'text' && answer.accepted) {
    const matters = answer.caseSensitive?.(q) ? 'true' : 'false';
    return answer.accepted(q).map((a) => `{case_matters=${matters}}${langString(language, localized(a, language, fallback), LIMITS.fillIn)}`);
  }
  const correct = type.correct(q, language);
  const pattern = correct === null ? null : learnerResponse(q, correct, language);
  return pattern === null ? [] : [pattern];
}
