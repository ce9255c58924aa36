import { QUESTION_SCHEMAS } from '../../question-types/registry';
import { CODES } from '../codes';
import { arr, duplicates, records, str, type Rule } from './rule';

/** Kinds whose ids must be unique across the whole course (each kind on its own). */
const COURSE_WIDE: ReadonlyArray<readonly [def: string, word: string]> = [
  ['Module', 'module'],
  ['Page', 'page'],
  ['Block', 'block'],
  ['Card', 'card'],
  ['Question', 'question'],
  ['QuestionBank', 'question bank'],
  ['Assessment', 'assessment'],
  ['Scenario', 'scenario'],
  ['Character', 'character'],
  ['GlossaryTerm', 'glossary term'],
  ['Resource', 'resource'],
];

/** Lists inside a question whose ids must be unique within that question. */
const QUESTION_LISTS = [...new Set(QUESTION_SCHEMAS.flatMap((t) => t.lists ?? []))];

/**
 * Ids are unique: modules, pages, blocks, cards, questions, banks, assessments, scenarios and
 * characters across the course (tracking keys records by them); options, pairs and items within
 * their question.
 */
export const uniqueIds: Rule = {
  name: 'unique-ids',
  run({ index, report }) {
    for (const [def, word] of COURSE_WIDE) {
      const ids = records(index, def).flatMap((typed) => {
        const id = str(typed.value, 'id');
        return id === undefined ? [] : [[id, typed.pointer + '/id'] as const];
      });
      duplicates(ids, (id, pointer, first) =>
        report({ code: CODES.duplicateId, pointer, related: first, message: `${word} id "${id}" is used twice`, hint: `give this ${word} another id` }),
      );
    }
    for (const question of records(index, 'Question')) {
      const questionId = str(question.value, 'id') ?? '?';
      for (const list of QUESTION_LISTS) {
        const ids = arr(question.value, list).flatMap((item, i) => {
          const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).id : undefined;
          return typeof id === 'string' ? [[id, `${question.pointer}/${list}/${i}/id`] as const] : [];
        });
        duplicates(ids, (id, pointer, first) =>
          report({ code: CODES.duplicateLocalId, pointer, related: first, message: `question "${questionId}": "${list}" has the id "${id}" twice`, hint: 'each option, pair, item or area needs its own id' }),
        );
      }
    }
  },
};
