import type { EngineSnapshot } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { CorruptDataError } from './bits';
import { base64ToBits, base64ToUint, bitsToBase64, uintToBase64 } from './base64';
import { fnv1a } from './checksum';
import { decodeBody, encodeBody } from './compact';
import { courseLayout } from './layout';
import { UnencodableError } from './values';

/**
 * The first character of every encoded state: the format and its version.
 * compact: bit-packed against the course layout. json: the snapshot as base64url UTF-8 JSON, used
 * only when a state holds something the layout cannot express (it never happens for states the engine reaches).
 */
export const CODEC_FORMAT = { compact: '1', json: 'j' } as const;

/** Characters before the body: format (1), layout fingerprint (4), checksum (4). */
export const HEADER_LENGTH = 9;

/** Why a stored state was not restored. */
export type DecodeFailure =
  /** Nothing was stored. */
  | 'empty'
  /** The data is damaged: bad characters, wrong checksum, impossible values. */
  | 'corrupt'
  /** Written for another course, or for a version of this course with a different structure. */
  | 'foreign'
  /** Written by a newer (or unknown) codec format. */
  | 'unsupported';

/** The outcome of decoding suspend_data. */
export type DecodeResult = { ok: true; snapshot: EngineSnapshot } | { ok: false; reason: DecodeFailure; message: string };

function checksum(text: string): string {
  return uintToBase64(fnv1a(text) % 2 ** 24, 4);
}

function utf8ToBits(text: string): number[] {
  const bits: number[] = [];
  for (const byte of new TextEncoder().encode(text)) for (let j = 7; j >= 0; j--) bits.push((byte >> j) & 1);
  return bits;
}

function bitsToUtf8(bits: readonly number[]): string {
  const bytes = new Uint8Array(Math.floor(bits.length / 8));
  for (let i = 0; i < bytes.length; i++) for (let j = 0; j < 8; j++) bytes[i] = bytes[i]! * 2 + bits[i * 8 + j]!;
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Encodes a learner's state for suspend_data (or localStorage): `<format><fingerprint><checksum><body>`,
 * base64url characters only. Never truncates; callers compare the length with their limit.
 *
 * @example
 * const data = encodeSnapshot(course, engine.snapshot());
 * data.length <= SUSPEND_DATA_LIMITS.scorm12; // whether SCORM 1.2 can hold it
 */
export function encodeSnapshot(course: ResolvedCourse, snapshot: EngineSnapshot): string {
  const layout = courseLayout(course);
  const fingerprint = uintToBase64(layout.fingerprint, 4);
  let format: string = CODEC_FORMAT.compact;
  let body: string;
  try {
    body = bitsToBase64(encodeBody(layout, snapshot));
  } catch (error) {
    if (!(error instanceof UnencodableError)) throw error;
    format = CODEC_FORMAT.json;
    body = bitsToBase64(utf8ToBits(JSON.stringify(snapshot)));
  }
  return format + fingerprint + checksum(format + fingerprint + body) + body;
}

function looksLikeSnapshot(value: unknown, course: ResolvedCourse): value is EngineSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<EngineSnapshot>;
  return (
    s.v === 1 &&
    typeof s.pageId === 'string' &&
    courseLayout(course).pageIndex.has(s.pageId) &&
    Array.isArray(s.viewed) &&
    typeof s.answers === 'object' &&
    typeof s.assessments === 'object' &&
    typeof s.scenarios === 'object' &&
    typeof s.seed === 'number' &&
    typeof s.totalTimeMs === 'number'
  );
}

/**
 * Decodes what encodeSnapshot wrote, for this course. Never throws: damaged, foreign or
 * unknown data gives `{ ok: false, reason }` and the learner starts afresh.
 *
 * @example
 * const result = decodeSnapshot(course, api.GetValue('cmi.suspend_data'));
 * const snapshot = result.ok ? result.snapshot : null;
 */
export function decodeSnapshot(course: ResolvedCourse, data: string | null | undefined): DecodeResult {
  if (!data) return { ok: false, reason: 'empty', message: 'no saved state' };
  const layout = courseLayout(course);
  const format = data[0];
  if (format !== CODEC_FORMAT.compact && format !== CODEC_FORMAT.json) {
    return { ok: false, reason: 'unsupported', message: `saved state has format "${format}", this player reads "${CODEC_FORMAT.compact}" and "${CODEC_FORMAT.json}"` };
  }
  if (data.length < HEADER_LENGTH) return { ok: false, reason: 'corrupt', message: `saved state is ${data.length} characters, shorter than its ${HEADER_LENGTH}-character header` };
  const fingerprint = data.slice(1, 5);
  const body = data.slice(HEADER_LENGTH);
  if (data.slice(5, HEADER_LENGTH) !== checksum(format + fingerprint + body)) {
    return { ok: false, reason: 'corrupt', message: `saved state of ${data.length} characters fails its checksum` };
  }
  const bits = base64ToBits(body);
  if (!bits) return { ok: false, reason: 'corrupt', message: 'saved state holds characters outside base64url' };
  try {
    if (format === CODEC_FORMAT.compact) {
      if (base64ToUint(fingerprint) !== layout.fingerprint) {
        return { ok: false, reason: 'foreign', message: `saved state is for another course or course structure (fingerprint ${fingerprint}, this course ${uintToBase64(layout.fingerprint, 4)})` };
      }
      return { ok: true, snapshot: decodeBody(layout, bits) };
    }
    const parsed: unknown = JSON.parse(bitsToUtf8(bits));
    if (typeof parsed === 'object' && parsed !== null && (parsed as EngineSnapshot).courseId !== course.id) {
      return { ok: false, reason: 'foreign', message: `saved state is for course "${String((parsed as EngineSnapshot).courseId)}", this is "${course.id}"` };
    }
    if (!looksLikeSnapshot(parsed, course)) return { ok: false, reason: 'corrupt', message: 'saved state is not a CourseKit snapshot of this course' };
    return { ok: true, snapshot: parsed };
  } catch (error) {
    if (error instanceof CorruptDataError || error instanceof SyntaxError || error instanceof TypeError) {
      return { ok: false, reason: 'corrupt', message: `saved state cannot be read: ${error.message}` };
    }
    return { ok: false, reason: 'corrupt', message: `saved state cannot be read: ${String(error)}` };
  }
}
