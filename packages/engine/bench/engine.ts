/**
 * Engine benchmark: snapshot, restore and a full scripted playthrough of the tour course, each as
 * operations per second and as a ratio to a JSON.parse(JSON.stringify()) round trip of the same
 * snapshot, measured in the same run (the baseline: what a tracker pays anyway to store it).
 *
 * Run: pnpm --filter @coursekit/engine build && pnpm --filter @coursekit/engine bench
 */
import { readFileSync } from 'node:fs';
import type { ResolvedCourse } from '@coursekit/schema';
// The package by its own name: Node resolves it to the build (dist/), as learners' browsers run
// it; the type checker resolves it to src/ through the `source` condition.
import { CourseEngine, correctResponse, type Response } from '@coursekit/engine';

const course = JSON.parse(readFileSync(new URL('../../../examples/tour/course.json', import.meta.url), 'utf8')) as ResolvedCourse;

function respond(engine: CourseEngine, q: Parameters<typeof correctResponse>[0]): Response {
  return correctResponse(q, engine.language) ?? (q.type === 'likert' ? { type: 'likert', choice: q.scale[0]!.id } : { type: 'reflection', text: 'Saya akan menolak dengan sopan.' });
}

/** The whole course, as a learner who answers everything right: every page, check, quiz question and scenario step. */
function playthrough(seed: number): CourseEngine {
  const engine = new CourseEngine(course, { seed, now: () => 1_764_000_000_000 });
  engine.on(() => {});
  engine.start();
  for (let i = 0; i < engine.pages.length; i++) {
    for (const block of engine.currentPage.page.blocks) {
      if (block.type === 'question') engine.answer(block.question.id, respond(engine, block.question));
      else if (block.type === 'assessment') {
        for (const q of engine.assessment(block.assessment).questions) engine.answerInAssessment(block.assessment, q.id, respond(engine, q));
        engine.submitAssessment(block.assessment);
      } else if (block.type === 'scenario') {
        for (let step = 0; step < 50 && !engine.scenario(block.scenario).ending; step++) {
          const view = engine.scenario(block.scenario);
          if (view.node.type === 'choice' && view.feedback === null) engine.choose(block.scenario, view.choices[0]!.id);
          else engine.advance(block.scenario);
        }
      }
    }
    engine.next();
  }
  return engine;
}

/** Operations per second of `fn`, over at least `ms` milliseconds. */
function measure(fn: (i: number) => unknown, ms: number): number {
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let k = 0; k < 20; k++) fn(n++);
    elapsed = performance.now() - start;
  }
  return (n / elapsed) * 1_000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const finished = playthrough(7);
if (finished.completionStatus !== 'completed' || finished.successStatus !== 'passed') throw new Error('the scripted playthrough did not pass the course');
const snapshot = finished.snapshot();
const json = JSON.stringify(snapshot);

const baselineName = 'JSON round trip of the snapshot (baseline)';
const operations: Record<string, (i: number) => unknown> = {
  [baselineName]: () => JSON.parse(JSON.stringify(snapshot)),
  'snapshot()': () => finished.snapshot(),
  'restore: new CourseEngine(course, { snapshot })': () => new CourseEngine(course, { snapshot, now: () => 0 }),
  'snapshot() + JSON round trip + restore': () => new CourseEngine(course, { snapshot: JSON.parse(JSON.stringify(finished.snapshot())), now: () => 0 }),
  'full playthrough of the tour course (new engine, every page, check, quiz question, scenario step)': (i) => playthrough(i),
};

// Rounds interleave the baseline with each operation, and the ratio is the median of the
// rounds' ratios: a machine busy with something else slows both sides of a ratio alike.
const ROUNDS = 7;
const rates: Record<string, number[]> = Object.fromEntries(Object.keys(operations).map((k) => [k, []]));
const ratios: Record<string, number[]> = Object.fromEntries(Object.keys(operations).map((k) => [k, []]));
for (const fn of Object.values(operations)) measure(fn, 100); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(operations)) {
    const before = measure(operations[baselineName]!, 150);
    const rate = measure(fn, 150);
    const base = (before + measure(operations[baselineName]!, 150)) / 2;
    rates[name]!.push(rate);
    ratios[name]!.push(rate / base);
  }
}

console.log(`Node ${process.version}; snapshot of the finished tour course: ${json.length} characters of JSON; median of ${ROUNDS} rounds\n`);
console.log('| Operation | per second | × baseline (the baseline row shows the run\'s noise) |');
console.log('| --- | ---: | ---: |');
for (const name of Object.keys(operations)) {
  console.log(`| ${name} | ${Math.round(median(rates[name]!)).toLocaleString('en-US')} | ${median(ratios[name]!).toFixed(2)} |`);
}
