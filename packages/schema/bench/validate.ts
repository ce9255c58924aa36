/**
 * Schema benchmark: validate() on a generated course of 5,000 blocks (JSON Schema with the
 * precompiled validator, every semantic check, source positions), as a ratio to JSON.parse of the
 * same text measured in the same run. Compiling the schema with Ajv (what the build does once; the
 * learner's browser never does) and the first, cold validate() are reported apart.
 *
 * Run: pnpm --filter @coursekit/schema bench
 */
import { performance } from 'node:perf_hooks';
import { validate } from '../src/index';
import { compileCourseSchema } from '../src/schema/source/outputs';
import { generatedCourse } from './course';

const BLOCKS = 5_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const text = generatedCourse();
const blockCount = (text.match(/"type": "(heading|text|image|callout|accordion|dialogue|question|cards|tabs)",\n\s+"(level|markdown|src|variant|items|lines|question|style|tabs)"/g) ?? []).length;

const compileStart = performance.now();
compileCourseSchema();
const compileMs = performance.now() - compileStart;

const coldStart = performance.now();
const diagnostics = validate(text, { file: 'benchmark.course.json' });
const coldMs = performance.now() - coldStart;
if (diagnostics.length > 0) {
  console.error(diagnostics.slice(0, 5));
  throw new Error(`the generated course should be valid; it has ${diagnostics.length} problems`);
}

// One broken block per page: every error found, with its line and column.
const broken = text.replace(/"variant": "legal"/g, '"variant": "legl"');
const brokenCount = validate(broken).length;

// Rounds interleave the baseline with each case, and each ratio is the median of the rounds'
// ratios: a machine busy with something else slows both sides of a ratio alike.
const rounds = 15;
const time = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};
for (let i = 0; i < 3; i++) {
  JSON.parse(text);
  validate(text);
  validate(broken);
}
const parseTimes: number[] = [];
const validTimes: number[] = [];
const brokenTimes: number[] = [];
const validRatios: number[] = [];
const brokenRatios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const before = median([0, 1, 2].map(() => time(() => JSON.parse(text))));
  const valid = time(() => validate(text, { file: 'benchmark.course.json' }));
  const errors = time(() => validate(broken, { file: 'benchmark.course.json' }));
  const after = median([0, 1, 2].map(() => time(() => JSON.parse(text))));
  const baseline = (before + after) / 2;
  parseTimes.push(baseline);
  validTimes.push(valid);
  brokenTimes.push(errors);
  validRatios.push(valid / baseline);
  brokenRatios.push(errors / baseline);
}
const parseMs = median(parseTimes);
const validateMs = median(validTimes);
const brokenMs = median(brokenTimes);

const kib = (Buffer.byteLength(text) / 1024).toFixed(0);
console.log(`\n@coursekit/schema validate(), a generated course of ${BLOCKS} blocks (${blockCount} counted in the text), ${kib} KiB, Node ${process.version}`);
console.log(`  JSON.parse of the same text : ${parseMs.toFixed(2)} ms (median of ${rounds} rounds, each the median of 3 before and 3 after)`);
console.log(`  validate(), valid course    : ${validateMs.toFixed(2)} ms (median of ${rounds}) = ${median(validRatios).toFixed(1)}x JSON.parse (median of the rounds' ratios)`);
console.log(`  validate(), ${brokenCount} errors      : ${brokenMs.toFixed(2)} ms = ${median(brokenRatios).toFixed(1)}x JSON.parse`);
console.log(`  first validate() (cold)     : ${coldMs.toFixed(2)} ms`);
console.log(`  compiling the schema (Ajv, build time only; the browser runs precompiled code): ${compileMs.toFixed(0)} ms`);
if (blockCount !== BLOCKS || brokenCount !== BLOCKS / 10) process.exitCode = 1;
