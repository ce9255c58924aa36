// What an element needs to read a course without playing it: the text of a LocalizedText in a
// language, and a question's type with its answer model. Nothing here imports the engine or its
// rules, so a bundle that takes these alone (a dialogue, a question element, a question's model) carries no
// CourseEngine and no scenario or assessment runner; `@coursekit/engine` exports the same functions.
export { localize } from './text';
export { questionType } from './questions/registry';
export { interactionType } from './questions/type';
export type { AnswerKind, AnswerModel, AnswerOption, AnswerPair, QuestionTypeDefinition } from './questions/type';
