import { QUESTION_SCHEMAS } from '../../question-types/registry';
import { CODES } from '../codes';
import type { Typed } from '../walk';
import { records, str, type Rule } from './rule';

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
    // Tens of thousands of ids, nearly all unique: pointers are made only for an id used twice.
    for (const [def, word] of COURSE_WIDE) {
      const seen = new Map<string, Typed>();
      const list = records(index, def);
      for (let i = 0; i < list.length; i++) {
        const typed = list[i]!;
        const id = str(typed.value, 'id');
        if (id === undefined) continue;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, typed);
        else report({ code: CODES.duplicateId, pointer: typed.pointer + '/id', related: first.pointer + '/id', message: `${word} id "${id}" is used twice`, hint: `give this ${word} another id` });
      }
    }
    // A question's lists are short: an item's id is looked for among the items before it, with no
    // map (nor callback) made per list of each of thousands of questions.
    const questions = records(index, 'Question');
    for (let q = 0; q < questions.length; q++) {
      const question = questions[q]!;
      for (let l = 0; l < QUESTION_LISTS.length; l++) {
        const list = QUESTION_LISTS[l]!;
        const items = question.value[list];
        if (!Array.isArray(items)) continue;
        for (let i = 0; i < items.length; i++) {
          const id = (items[i] as { id?: unknown } | null)?.id;
          if (typeof id !== 'string') continue;
          let first = 0;
          while ((items[first] as { id?: unknown } | null)?.id !== id) first++;
          if (first < i) report({ code: CODES.duplicateLocalId, pointer: `${question.pointer}/${list}/${i}/id`, related: `${question.pointer}/${list}/${first}/id`, message: `question "${str(question.value, 'id') ?? '?'}": "${list}" has the id "${id}" twice`, hint: 'each option, pair, item or area needs its own id' });
        }
      }
    }
  },
};
