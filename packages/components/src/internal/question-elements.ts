import type { QuestionType } from '@coursekit/schema';

/** How an element of a question type's own input is named and loaded. */
export interface QuestionElement {
  tag: string;
  load: () => Promise<unknown>;
}

/**
 * Question types whose input is an element of its own, in the type's folder: the one registry of
 * question elements. `<ck-question>` loads the element the first time a course shows such a
 * question and sets on it `question`, `selected` (the ids of the options chosen), `toggle(id)`,
 * `locked`, `asset` (the course's asset resolver), `lang` and the `fallback-lang` attribute; it handles feedback, submitting and the engine.
 */
export const QUESTION_ELEMENTS: Readonly<Partial<Record<QuestionType, QuestionElement>>> = {
  hotspot: { tag: 'ck-hotspot', load: () => import('../hotspot/hotspot') },
};
