import type { Response } from '@coursekit/engine';
import type { LocalizedText, Question } from '@coursekit/schema';
import { ACTIVITY_TYPE } from '../vocabulary';
import { languageMap } from './language';
import type { ActivityDefinition, InteractionComponent } from './types';

// xAPI 1.0.3 Data 2.4.4.1 "Interaction Activities" and its table of response patterns:
// "[,]" separates items, "[.]" separates a matching source from its target.
const LIST = '[,]';
const PAIR = '[.]';

function components(items: ReadonlyArray<{ id: string; text: LocalizedText }>, languages: readonly string[]): InteractionComponent[] {
  return items.map((item) => {
    const description = languageMap(item.text, languages);
    return description ? { id: item.id, description } : { id: item.id };
  });
}

/** The correct answers of a fill-in question as response patterns, one per accepted text and language. */
function fillInPatterns(accepted: readonly LocalizedText[], caseSensitive: boolean): string[] {
  // Case is ignored unless the pattern says {case_matters=true} (xAPI 2.4.4.1, fill-in).
  const prefix = caseSensitive ? '{case_matters=true}' : '';
  const out: string[] = [];
  for (const text of accepted) {
    if (typeof text === 'string') out.push(prefix + text);
    else for (const [language, value] of Object.entries(text)) out.push(`${prefix}{lang=${language}}${value}`);
  }
  return out;
}

/**
 * The interaction activity definition of a question: interactionType, its components and the
 * correctResponsesPattern (none for likert and reflection, which have no right answer).
 *
 * @example
 * interactionDefinition({ type: 'true-false', id: 'q1', prompt: 'Gifts must be reported.', correct: true }, ['id', 'en']);
 * // { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'true-false',
 * //   description: { id: 'Gifts must be reported.', en: 'Gifts must be reported.' }, correctResponsesPattern: ['true'] }
 */
export function interactionDefinition(question: Question, languages: readonly string[]): ActivityDefinition {
  const base: ActivityDefinition = { type: ACTIVITY_TYPE.interaction };
  const description = languageMap(question.prompt, languages);
  if (description) base.description = description;
  switch (question.type) {
    case 'single-choice':
      return { ...base, interactionType: 'choice', choices: components(question.choices, languages), correctResponsesPattern: [question.correct] };
    case 'multiple-response':
      return { ...base, interactionType: 'choice', choices: components(question.choices, languages), correctResponsesPattern: [question.correct.join(LIST)] };
    case 'true-false':
      return { ...base, interactionType: 'true-false', correctResponsesPattern: [String(question.correct)] };
    case 'fill-in':
      return { ...base, interactionType: 'fill-in', correctResponsesPattern: fillInPatterns(question.accepted, question.caseSensitive === true) };
    case 'matching':
      return {
        ...base,
        interactionType: 'matching',
        source: components(question.pairs.map((p) => ({ id: p.id, text: p.source })), languages),
        target: components(question.pairs.map((p) => ({ id: p.id, text: p.target })), languages),
        // Each pair's source is matched with the target of the same pair.
        correctResponsesPattern: [question.pairs.map((p) => `${p.id}${PAIR}${p.id}`).join(LIST)],
      };
    case 'sequencing':
      return { ...base, interactionType: 'sequencing', choices: components(question.items, languages), correctResponsesPattern: [question.items.map((i) => i.id).join(LIST)] };
    case 'likert':
      return { ...base, interactionType: 'likert', scale: components(question.scale, languages) };
    case 'reflection':
      return { ...base, interactionType: 'long-fill-in' };
    case 'hotspot':
      // xAPI has no hotspot type: the areas, by their labels, are the choices of a choice interaction.
      return { ...base, interactionType: 'choice', choices: components(question.areas.map((a) => ({ id: a.id, text: a.label })), languages), correctResponsesPattern: [question.correct.join(LIST)] };
  }
}

/**
 * A learner's response in the xAPI response format of its interaction type.
 *
 * @example
 * responseString({ type: 'multiple-response', choices: ['a', 'c'] }); // 'a[,]c'
 * responseString({ type: 'matching', matches: { p1: 'p2', p2: 'p1' } }); // 'p1[.]p2[,]p2[.]p1'
 */
export function responseString(response: Response): string {
  switch (response.type) {
    case 'single-choice':
    case 'likert':
      return response.choice;
    case 'multiple-response':
      return response.choices.join(LIST);
    case 'true-false':
      return String(response.value);
    case 'fill-in':
    case 'reflection':
      return response.text;
    case 'matching':
      return Object.entries(response.matches)
        .map(([source, target]) => `${source}${PAIR}${target}`)
        .join(LIST);
    case 'sequencing':
      return response.order.join(LIST);
    case 'hotspot':
      return response.areas.join(LIST);
  }
}
