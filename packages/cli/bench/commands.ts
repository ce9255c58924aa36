/**
 * `pnpm --filter @coursekit/cli bench` (after `pnpm build`): the built `coursekit` command as users
 * run it, each run a whole process under `/usr/bin/time` (CPU time and peak resident memory; wall
 * time from a monotonic clock around it, to the microsecond, since `time`'s own is in hundredths),
 * beside a baseline run in the same round:
 *
 * - `coursekit validate` on a course of 5,000 blocks (its 500 images present) against a script that
 *   only reads and `JSON.parse`s the same file;
 * - `coursekit build` of a course of 1,000 pages and 500 assets (CK_BENCH_MEDIA_MB of random media,
 *   default 200) for scorm2004-4, scorm12, cmi5 and web, against `zip -r -q -n <media>` of the course
 *   folder (media stored, text deflated, as the packager does);
 * - `coursekit report` on a cohort export as a JSON array against the same statements as NDJSON
 *   (CK_BENCH_STATEMENTS, default 1,000,000), and a parse-only pass over the NDJSON.
 *
 * Rounds alternate baseline and command (CK_BENCH_ROUNDS, default 3); the tables give medians and
 * the median of the rounds' ratios, of wall time (what the goals are about) and of CPU time (user +
 * system, all threads, which swings less with the machine's load). Exits 1 when a goal is missed. CK_BENCH_ONLY (validate, build,
 * report, comma-separated) and CK_BENCH_TARGETS choose what runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { course, writeCaptions, writeMedia } from '../../packager/bench/course';
import { generatedCourse } from '../../schema/bench/course';
// @ts-expect-error plain JavaScript, no declarations
import { writeStatements } from '../../report/bench/generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '../dist/bin.js');
const ROUNDS = Number(process.env.CK_BENCH_ROUNDS ?? 3);
const MEDIA_MB = Number(process.env.CK_BENCH_MEDIA_MB ?? 200);
const STATEMENTS = Number(process.env.CK_BENCH_STATEMENTS ?? 1_000_000);
const ONLY = new Set((process.env.CK_BENCH_ONLY ?? 'validate,build,report').split(','));
const TARGETS = (process.env.CK_BENCH_TARGETS ?? 'scorm2004-4,scorm12,cmi5,web').split(',');
const STORED = '.jpg:.jpeg:.png:.webp:.gif:.mp3:.mp4:.m4a:.webm:.woff2:.pdf:.zip';

interface Run {
  seconds: number;
  /** User and system CPU time of the process, all its threads: it swings less with the machine's load than wall time. */
  cpuSeconds: number;
  maxRssMb: number;
}

/**
 * One whole process under /usr/bin/time: its CPU time and peak resident memory, and its wall time
 * from the monotonic clock around it (`time` gives hundredths of a second, too coarse for a ratio of
 * two processes of 70 and 140 ms; `time`'s own start is in both sides of every ratio).
 */
function timed(command: string, args: readonly string[], cwd?: string): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'CKTIME %e %U %S %M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('CKTIME '));
  if (r.status !== 0 || line === undefined) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const [, , user, system, kb] = line.split(' ');
  return { seconds, cpuSeconds: Number(user) + Number(system), maxRssMb: Number(kb) / 1024 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface Case {
  name: string;
  run: () => Run;
}

/** Alternates the baseline and each case, ROUNDS times; medians and the median ratio to the baseline of the same round. */
function compare(title: string, baseline: Case, cases: Case[]): Array<{ name: string; seconds: number; maxRssMb: number; ratio: number; cpuRatio: number }> {
  const runs = new Map<string, Run[]>([[baseline.name, []], ...cases.map((c) => [c.name, []] as [string, Run[]])]);
  const ratios = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const cpuRatios = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const base = baseline.run();
    runs.get(baseline.name)!.push(base);
    for (const c of cases) {
      const r = c.run();
      runs.get(c.name)!.push(r);
      ratios.get(c.name)!.push(r.seconds / base.seconds);
      cpuRatios.get(c.name)!.push(r.cpuSeconds / Math.max(base.cpuSeconds, 0.01));
    }
  }
  const rows = [baseline, ...cases].map((c) => ({
    name: c.name,
    seconds: median(runs.get(c.name)!.map((r) => r.seconds)),
    maxRssMb: Math.max(...runs.get(c.name)!.map((r) => r.maxRssMb)),
    ratio: c === baseline ? 1 : median(ratios.get(c.name)!),
    cpuSeconds: median(runs.get(c.name)!.map((r) => r.cpuSeconds)),
    cpuRatio: c === baseline ? 1 : median(cpuRatios.get(c.name)!),
  }));
  console.log(
    `\n${title}\n\n| | wall time (median of ${ROUNDS}) | peak RSS (highest) | × baseline (median of the rounds) | CPU time, user + system (median) | CPU × baseline |\n| --- | ---: | ---: | ---: | ---: | ---: |`,
  );
  for (const r of rows) console.log(`| ${r.name} | ${r.seconds.toFixed(3)} s | ${r.maxRssMb.toFixed(0)} MB | ${r.ratio.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} s | ${r.cpuRatio.toFixed(2)} |`);
  return rows;
}

const missed: string[] = [];
const goal = (ok: boolean, what: string) => {
  if (!ok) missed.push(what);
};

if (!existsSync(bin)) throw new Error('build first: pnpm build');
const work = await mkdtemp(path.join(tmpdir(), 'ck-commands-bench-'));
try {
  console.log(`coursekit as users run it: ${process.version}, /usr/bin/time per process, ${ROUNDS} rounds`);

  // validate: 5,000 blocks, every image it names present.
  if (ONLY.has('validate')) {
  const validateDir = path.join(work, 'validate');
  const text = generatedCourse();
  await mkdir(path.join(validateDir, 'assets/images'), { recursive: true });
  const courseFile = path.join(validateDir, 'course.json');
  await writeFile(courseFile, text);
  for (const src of new Set([...text.matchAll(/"src": "(assets\/images\/[^"]+)"/g)].map((m) => m[1]!))) await writeFile(path.join(validateDir, src), 'RIFF');
  const parseOnly = "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))";
  const validateRows = compare(
    `\`coursekit validate\`, a course of 5,000 blocks (${(text.length / 2 ** 20).toFixed(1)} MB)`,
    { name: 'read and `JSON.parse` the file (`node -e`)', run: () => timed(process.execPath, ['-e', parseOnly, courseFile]) },
    [{ name: '`coursekit validate course.json`', run: () => timed(process.execPath, [bin, 'validate', courseFile]) }],
  );
  goal(validateRows[1]!.ratio <= 2, 'coursekit validate within 2× a parse-only script');
  goal(validateRows[1]!.maxRssMb < 100, 'coursekit validate under 100 MB');
  }

  // build: 1,000 pages, 500 assets.
  if (ONLY.has('build')) {
  const buildDir = path.join(work, 'build');
  const { json, media, captions } = course();
  await mkdir(buildDir, { recursive: true });
  await writeFile(path.join(buildDir, 'course.json'), JSON.stringify(json, null, 2));
  await writeCaptions(buildDir, captions);
  const mediaBytes = await writeMedia(buildDir, media, MEDIA_MB);
  const out = (name: string) => path.join(work, name);
  const build = (target: string) => () => {
    const r = timed(process.execPath, [bin, 'build', path.join(buildDir, 'course.json'), '--target', target, '--out', out(`${target}.zip`), '--quiet']);
    execFileSync('rm', ['-f', out(`${target}.zip`)]);
    return r;
  };
  const buildRows = compare(
    `\`coursekit build\`, 1,000 pages and 500 assets (${(mediaBytes / 2 ** 20).toFixed(0)} MB of random media)`,
    {
      name: `\`zip -r -q -n ${STORED}\` of the course folder`,
      run: () => {
        const r = timed('zip', ['-r', '-q', '-n', STORED, out('baseline.zip'), '.'], buildDir);
        execFileSync('rm', ['-f', out('baseline.zip')]);
        return r;
      },
    },
    TARGETS.map((target) => ({ name: `\`coursekit build --target ${target}\``, run: build(target) })),
  );
  goal(!TARGETS.includes('scorm2004-4') || buildRows[1 + TARGETS.indexOf('scorm2004-4')]!.ratio <= 1.3, 'coursekit build --target scorm2004-4 within 1.3× zip');
  goal(buildRows.slice(1).every((r) => r.maxRssMb < 100), 'coursekit build under 100 MB for every target');
  }

  // report: the same statements as NDJSON and as one JSON array.
  if (ONLY.has('report')) {
  const ndjson = path.join(work, 'statements.ndjson');
  const array = path.join(work, 'statements.json');
  await writeStatements(ndjson, STATEMENTS, 'ndjson');
  await writeStatements(array, STATEMENTS, 'json');
  const report = (file: string) => () => timed(process.execPath, [bin, 'report', file, '--out', out('report.html')]);
  const parseLines = "const rl=require('node:readline').createInterface({input:require('node:fs').createReadStream(process.argv[1],'utf8'),crlfDelay:Infinity});rl.on('line',(l)=>{if(l)JSON.parse(l)})";
  const reportRows = compare(
    `\`coursekit report\`, ${STATEMENTS.toLocaleString('en')} statements`,
    { name: '`coursekit report statements.ndjson`', run: report(ndjson) },
    [
      { name: '`coursekit report statements.json` (one JSON array)', run: report(array) },
      { name: 'read and `JSON.parse` each NDJSON line (`node -e`)', run: () => timed(process.execPath, ['-e', parseLines, ndjson]) },
    ],
  );
  goal(reportRows[1]!.ratio <= 2, 'coursekit report on a JSON array within 2× the same on NDJSON');
  }

  if (missed.length > 0) {
    console.error(`\ngoals missed: ${missed.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nevery goal met');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
