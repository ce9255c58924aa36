import { describe, expect, it } from 'vitest';
import { referenceCourse, referenceState } from '../test/fixtures/reference-course';
import { decodeSnapshot, encodeSnapshot, HEADER_LENGTH } from './codec';
import { ALPHABET } from './base64';

const course = referenceCourse();
const state = referenceState(course);

describe('suspend_data codec', () => {
  it('round-trips the reference state (200 answers, 300 pages, 20 scenarios) exactly', () => {
    const data = encodeSnapshot(course, state);
    expect(decodeSnapshot(course, data)).toEqual({ ok: true, snapshot: state });
  });

  it('keeps the reference state within 1,000 characters, using only base64url characters', () => {
    const data = encodeSnapshot(course, state);
    expect(data.length).toBeLessThanOrEqual(1000);
    expect(data.length).toBe(504);
    expect([...data].every((c) => ALPHABET.includes(c))).toBe(true);
    expect(data[0]).toBe('1');
  });

  it("keeps the certificate's moment of issue and the name, NIP and unit kerja the learner typed", () => {
    const withLearner = { ...state, certificateId: 'IR-U73L-6GRV-A', certificateIssuedAt: Date.UTC(2026, 10, 24, 9), learner: { name: 'Siti Rahmawati', nip: '199001012015012001', unit: 'Inspektorat Jenderal, Kementerian Contoh' } };
    const data = encodeSnapshot(course, withLearner);
    expect(data[0]).toBe('1');
    expect(decodeSnapshot(course, data)).toEqual({ ok: true, snapshot: withLearner });
    // 18 digits take 60 bits; a number of another form is kept as typed.
    const odd = { ...state, learner: { nip: '0000000000000000x' } };
    expect(decodeSnapshot(course, encodeSnapshot(course, odd))).toEqual({ ok: true, snapshot: odd });
    const leading = { ...state, learner: { nip: '000000001000000001' } };
    expect(decodeSnapshot(course, encodeSnapshot(course, leading))).toEqual({ ok: true, snapshot: leading });
  });

  // One scenario ended ("mixed") after an earlier run ended "bad"; three pages seen.
  const ended = () => {
    const id = course.scenarios![0]!.id;
    return { ...state, viewed: state.viewed.slice(0, 3), pageId: state.viewed[2]!, answers: {}, scenarios: { [id]: { ...state.scenarios[id]!, nodeId: 'mixed', endingId: 'mixed', best: 0.6, path: [] } } };
  };

  it('keeps the endings each scenario reached in earlier runs, in the order first reached', () => {
    const id = course.scenarios![0]!.id;
    const withReached = { ...ended(), scenarios: { [id]: { ...ended().scenarios[id]!, reached: ['bad', 'mixed'] } } };
    const data = encodeSnapshot(course, withReached);
    expect(data).toBe('1xEVZFloxTxu82IBbAJTAMhKIpIwAKruAAAABJT9Kpp');
    expect(decodeSnapshot(course, data)).toEqual({ ok: true, snapshot: withReached });
  });

  it('reads a state written before the endings reached were kept: the same state, without them', () => {
    // Written by the codec of the previous release for ended().
    expect(decodeSnapshot(course, '1xEVZWYHyTxu82IBbAJTAMhKIpIwAKruAAAABJT9Ko')).toEqual({ ok: true, snapshot: ended() });
  });

  it('falls back to JSON for a state it cannot pack, and still round-trips it', () => {
    const odd = { ...state, answers: { ...state.answers, 'not-a-question': { type: 'true-false' as const, value: true } } };
    const data = encodeSnapshot(course, odd);
    expect(data[0]).toBe('j');
    // The JSON fallback is for this course too: the unknown id comes back as written.
    expect(decodeSnapshot(course, data)).toEqual({ ok: true, snapshot: odd });
  });

  it('reports nothing stored as empty', () => {
    expect(decodeSnapshot(course, '')).toEqual({ ok: false, reason: 'empty', message: 'no saved state' });
    expect(decodeSnapshot(course, null)).toEqual({ ok: false, reason: 'empty', message: 'no saved state' });
  });

  it('detects a state written for another course structure', () => {
    const other = referenceCourse();
    other.modules[0]!.pages.pop();
    const data = encodeSnapshot(course, state);
    const result = decodeSnapshot(other, data);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toBe('foreign');
  });

  it('detects another tool\'s suspend_data as unsupported', () => {
    const articulate = 'viewed=1,2,3|lastviewedslide=3|7#1##,3,3,3';
    expect(decodeSnapshot(course, articulate)).toEqual({ ok: false, reason: 'unsupported', message: 'saved state has format "v", this player reads "1" and "j"' });
  });

  it('detects a one-character change through the checksum', () => {
    const data = encodeSnapshot(course, state);
    const i = HEADER_LENGTH + 100;
    const changed = data.slice(0, i) + (data[i] === 'A' ? 'B' : 'A') + data.slice(i + 1);
    expect(decodeSnapshot(course, changed)).toEqual({ ok: false, reason: 'corrupt', message: `saved state of ${data.length} characters fails its checksum` });
  });

  it('detects a truncated state', () => {
    const data = encodeSnapshot(course, state);
    expect(decodeSnapshot(course, data.slice(0, 4096 > data.length ? data.length - 10 : 4096))).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});
