// What other packages and users need: the engine, its types, its error, and the correct response
// of a question (SCORM correct_responses, xAPI correctResponsesPattern, tests that answer right),
// the question types and their answer models (the codec, SCORM, xAPI and the question element handle
// a question through them), certificate numbers (computed again, checked: the report and an organiser) and the NIP's form.
// The rules inside (scoring, drawing, scenarios, progress) are reached through CourseEngine.
export type * from './events';
export type * from './snapshot';
export type * from './api';
export type * from './tracker';
export { CourseEngine } from './engine';
export { EngineError, EngineErrorCode } from './errors';
export { localize } from './text';
export { correctResponse } from './questions/score';
// Question types: each layer above handles a question through its type's answer model.
export { questionType } from './questions/registry';
export { interactionType } from './questions/type';
export type { AnswerKind, AnswerModel, AnswerOption, AnswerPair, QuestionTypeDefinition } from './questions/type';
export { isoDuration } from './duration';
export { certificateNumber, isCertificateNumber } from './progress/certificate';
export type { CertificateNumberInput } from './progress/certificate';
export { nipProblem, normalizeNip } from './learner/nip';
export type { NipProblem } from './learner/nip';
