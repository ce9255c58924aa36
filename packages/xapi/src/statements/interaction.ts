import { interactionType, questionType, type Response } from '@coursekit/engine';
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
 * correctResponsesPattern (none for likert and reflection, which have no right answer), by the
 * answer model of the question's type: a type whose answer is a set of options (a picture's
 * areas, by their labels) is a choice interaction.
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
  const type = questionType(question);
  const answer = type.answer;
  const definition: ActivityDefinition = { ...base, interactionType: interactionType(answer) };
  switch (answer.kind) {
    case 'one':
      if (answer.interaction === 'likert') definition.scale = components(answer.options(question), languages);
      else definition.choices = components(answer.options(question), languages);
      break;
    case 'set':
    case 'order':
      definition.choices = components(answer.options(question), languages);
      break;
    case 'pairs': {
      const pairs = answer.options(question);
      definition.source = components(pairs.map((p) => ({ id: p.id, text: p.source })), languages);
      definition.target = components(pairs.map((p) => ({ id: p.id, text: p.target })), languages);
      break;
    }
    case 'text':
      if (answer.accepted) {
        definition.correctResponsesPattern = fillInPatterns(answer.accepted(question), answer.caseSensitive?.(question) === true);
        return definition;
      }
      break;
    case 'boolean':
      break;
  }
  // A matching question's correct response matches each pair's source with the target of the same pair.
  const correct = type.correct(question);
  if (correct !== null) definition.correctResponsesPattern = [responseString(correct)];
  return definition;
}

/**
 * A learner's response in the xAPI response format of its interaction type.
 *
 * @example
 * responseString({ type: 'multiple-response', choices: ['a', 'c'] }); // 'a[,]c'
 * responseString({ type: 'matching', matches: { p1: 'p2', p2: 'p1' } }); // 'p1[.]p2[,]p2[.]p1'
 */
export function responseString(response: Response): string {
  const answer = questionType(response.type).answer;
  switch (answer.kind) {
    case 'one':
      return answer.value(response);
    case 'set':
      return answer.value(response).join(LIST);
    case 'boolean':
      return String(answer.value(response));
    case 'text':
      return answer.value(response);
    case 'pairs':
      return Object.entries(answer.value(response))
        .map(([source, target]) => `${source}${PAIR}${target}`)
        .join(LIST);
    case 'order':
      return answer.value(response).join(LIST);
  }
}
