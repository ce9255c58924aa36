export { encodeSnapshot, decodeSnapshot, CODEC_FORMAT, HEADER_LENGTH } from './codec';
export type { DecodeResult, DecodeFailure } from './codec';
export { worstCaseSize, SUSPEND_DATA_LIMITS } from './size';
export type { WorstCase, WorstCaseAssumptions, SuspendDataTarget } from './size';
