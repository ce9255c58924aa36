/**
 * pnpm bench: a generated course of 1,000 pages and 500 assets (about 200 MB of incompressible
 * media) built into a SCORM 2004 package by the packager, beside the naive way (every file read
 * into memory and zipped with jszip, everything DEFLATE) in the same run. Each run is a child
 * process of its own, so its peak memory (maxRSS) is its alone. Then the packager again with five
 * times the media, to show its memory does not follow the media's size. Exits 1 when the packager
 * is not faster than the naive way or peaks at 150 MB or more.
 *
 * Needs the packager built (dist/), as `pnpm bench` does first. Environment: CK_BENCH_MEDIA_MB
 * (default 200), CK_BENCH_SCALE (default 5; 0 skips the larger run).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { course, writeCaptions, writeMedia } from './course';
import { defaultPlayerDir, indexHtml, manifestFor, PLAYER_SCRIPT, TARGETS, type TargetId } from '../src/index';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const PAGES = 1000;
const MEDIA_MB = Number(process.env.CK_BENCH_MEDIA_MB ?? 200);
const SCALE = Number(process.env.CK_BENCH_SCALE ?? 5);
const TARGET: TargetId = 'scorm2004-4';
const LIMIT_MB = 150;

interface Measure {
  ms: number;
  maxRssKb: number;
  bytes: number;
}

async function child(...args: string[]): Promise<Measure> {
  const { stdout } = await run(process.execPath, [path.join(here, 'child.mjs'), ...args], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measure;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  if (!existsSync(path.join(here, '../dist/index.js')) || !existsSync(path.join(defaultPlayerDir(), 'scorm2004/coursekit.js'))) {
    throw new Error('build the packager and the players first: pnpm --filter @coursekit/packager --filter @coursekit/components build (pnpm bench builds everything)');
  }
  const work = await mkdtemp(path.join(tmpdir(), 'ck-pack-bench-'));
  try {
    const dir = path.join(work, 'course');
    const { json, media, captions } = course();
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'course.json');
    await writeFile(file, JSON.stringify(json, null, 2));
    await writeCaptions(dir, captions);
    const mediaBytes = await writeMedia(dir, media, MEDIA_MB);

    // The files of the package, for the naive run: the same course, player, assets and manifest.
    const generated = path.join(work, 'generated');
    await mkdir(generated);
    const playerDir = path.join(defaultPlayerDir(), TARGETS[TARGET].player);
    const player = (await readdir(playerDir)).filter((n) => !n.endsWith('.map')).map((n) => [`player/${n}`, path.join(playerDir, n)] as const);
    const assets = [...media.map((m) => m.path), ...captions];
    const packageFiles = ['course.json', 'index.html', ...player.map(([p]) => p), ...assets].sort();
    await writeFile(path.join(generated, 'index.html'), indexHtml(json as never, TARGET, { scripts: [PLAYER_SCRIPT] }));
    await writeFile(path.join(generated, 'imsmanifest.xml'), manifestFor(TARGET, { course: json as never, files: packageFiles, launch: 'index.html' })!);
    const list = [
      ['course.json', file],
      ['index.html', path.join(generated, 'index.html')],
      ['imsmanifest.xml', path.join(generated, 'imsmanifest.xml')],
      ...player,
      ...assets.map((a) => [a, path.join(dir, a)]),
    ];
    await writeFile(path.join(work, 'files.json'), JSON.stringify(list));

    console.log(`Course: ${PAGES} pages, ${assets.length} assets (${media.length} media, ${captions.length} caption tracks), ${(mediaBytes / 2 ** 20).toFixed(0)} MB of random media; target ${TARGET}; Node ${process.version}.`);
    const idle = await child('idle');
    const naive = await child('jszip', path.join(work, 'files.json'), path.join(work, 'naive.zip'));
    await rm(path.join(work, 'naive.zip'));
    const ours = await child('coursekit', file, path.join(work, 'coursekit.zip'), TARGET);
    await rm(path.join(work, 'coursekit.zip'));

    let scaled: Measure | null = null;
    let scaledBytes = 0;
    if (SCALE > 0) {
      scaledBytes = await writeMedia(dir, media, MEDIA_MB * SCALE);
      scaled = await child('coursekit', file, path.join(work, 'coursekit-large.zip'), TARGET);
    }

    const rows: Array<[string, string, string, string]> = [
      ['Node with the packager and jszip loaded, idle', '', mb(idle.maxRssKb), ''],
      ['jszip in memory, everything DEFLATE', secs(naive.ms), mb(naive.maxRssKb), `${(naive.bytes / 2 ** 20).toFixed(1)} MB`],
      ['CourseKit packager (validate, check, stream)', secs(ours.ms), mb(ours.maxRssKb), `${(ours.bytes / 2 ** 20).toFixed(1)} MB`],
    ];
    if (scaled) rows.push([`CourseKit packager, ${(scaledBytes / 2 ** 20).toFixed(0)} MB of media`, secs(scaled.ms), mb(scaled.maxRssKb), `${(scaled.bytes / 2 ** 20).toFixed(1)} MB`]);
    console.log('\n| | Build time | Peak memory (maxRSS) | Zip |\n| --- | ---: | ---: | ---: |');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    const speed = naive.ms / ours.ms;
    const memory = naive.maxRssKb / ours.maxRssKb;
    console.log(`\nCourseKit is ${speed.toFixed(1)}× faster than the naive way and peaks at ${memory.toFixed(1)}× less memory (${mb(ours.maxRssKb)}; goal under ${LIMIT_MB} MB).`);
    if (scaled) console.log(`With ${SCALE}× the media its peak is ${mb(scaled.maxRssKb)} (${(scaled.maxRssKb / ours.maxRssKb).toFixed(2)}× the ${MEDIA_MB} MB run).`);
    const peaks = [ours, ...(scaled ? [scaled] : [])].map((m) => m.maxRssKb / 1024);
    if (speed <= 1 || peaks.some((p) => p >= LIMIT_MB)) {
      console.error('goal missed: the packager must be faster than the naive way and peak under 150 MB');
      process.exitCode = 1;
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
