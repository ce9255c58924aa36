/**
 * pnpm bench: the size of a learner's saved state, encoded by our codec, beside plain JSON and
 * lz-string (compressToBase64, the usual choice of hand-rolled SCORM wrappers) of the same state,
 * in the same run. Also the time to encode and decode, as a ratio to JSON.stringify/parse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import LZString from 'lz-string';
import type { EngineSnapshot } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { decodeSnapshot, encodeSnapshot } from '../src/codec';
import { SUSPEND_DATA_LIMITS, worstCaseSize } from '../src/size';
import { fullState, referenceCourse, referenceState } from '../test/fixtures/reference-course';

const root = resolve(import.meta.dirname, '../../..');
const cases: Array<{ name: string; course: ResolvedCourse; state: EngineSnapshot }> = [];
const reference = referenceCourse();
cases.push({ name: '200 answers / 300 pages / 20 scenarios', course: reference, state: referenceState(reference) });
// The example courses, when present, resolved ($include-free files only).
for (const file of ['examples/tour/course.json', 'examples/integrity-ranger/course.json']) {
  const path = resolve(root, file);
  if (!existsSync(path)) continue;
  const course = JSON.parse(readFileSync(path, 'utf8')) as ResolvedCourse;
  if (JSON.stringify(course).includes('"$include"')) continue;
  cases.push({ name: file, course, state: fullState(course) });
}

function perOp(fn: () => unknown): number {
  for (let i = 0; i < 50; i++) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 300) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}

const rows = cases.map(({ name, course, state }) => {
  const json = JSON.stringify(state);
  const lz = LZString.compressToBase64(json);
  const ours = encodeSnapshot(course, state);
  const decoded = decodeSnapshot(course, ours);
  if (!decoded.ok) throw new Error(`${name}: the encoded state does not decode: ${decoded.message}`);
  const jsonMs = perOp(() => JSON.parse(JSON.stringify(state)));
  const codecMs = perOp(() => decodeSnapshot(course, encodeSnapshot(course, state)));
  const lzMs = perOp(() => JSON.parse(LZString.decompressFromBase64(LZString.compressToBase64(JSON.stringify(state)))));
  return {
    course: name,
    json: json.length,
    'lz-string': lz.length,
    coursekit: ours.length,
    'vs json': `${((ours.length / json.length) * 100).toFixed(1)}%`,
    'vs lz': `${((ours.length / lz.length) * 100).toFixed(1)}%`,
    'worst 1.2': `${worstCaseSize(course, 'scorm12').size}/${SUSPEND_DATA_LIMITS.scorm12}`,
    'round trip µs': Math.round(codecMs * 1000),
    'x json': (codecMs / jsonMs).toFixed(1),
    'x lz': (codecMs / lzMs).toFixed(2),
  };
});

console.log(`suspend_data size, characters (node ${process.version})`);
console.table(rows);
