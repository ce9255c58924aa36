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
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { defaultPlayerDir, indexHtml, manifestFor, PLAYER_SCRIPT, TARGETS, type TargetId } from '../src/index';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const PAGES = 1000;
const MEDIA_MB = Number(process.env.CK_BENCH_MEDIA_MB ?? 200);
const SCALE = Number(process.env.CK_BENCH_SCALE ?? 5);
const TARGET: TargetId = 'scorm2004-4';
const LIMIT_MB = 150;

/** A seeded PRNG (mulberry32), so every run generates files of the same sizes. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Media = { path: string; weight: number };

/**
 * The course: 20 modules of 50 pages, each page a heading and two paragraphs in two languages;
 * pages 1–400 also show one medium: 200 images (JPEG, WebP, PNG), 100 audio clips (MP3) and 100
 * captioned videos (MP4 and a WebVTT track each): 500 assets.
 */
function course(): { json: unknown; media: Media[]; captions: string[] } {
  const media: Media[] = [];
  const captions: string[] = [];
  const paragraph = (n: number, lang: 'id' | 'en') =>
    lang === 'id'
      ? `Halaman ${n} menjelaskan satu langkah pelaporan gratifikasi: siapa yang melapor, kapan, dan ke mana. Setiap pegawai wajib melapor dalam 30 hari kerja.\n\nContoh: parsel dari rekanan, hadiah pernikahan di atas batas wajar, atau uang transport dari pihak yang berkepentingan.`
      : `Page ${n} explains one step of reporting a gratuity: who reports, when, and to whom. Every employee must report within 30 working days.\n\nExamples: a hamper from a supplier, a wedding gift above the reasonable limit, or travel money from an interested party.`;
  const modules = Array.from({ length: PAGES / 50 }, (_, m) => ({
    id: `m${m + 1}`,
    title: { id: `Modul ${m + 1}`, en: `Module ${m + 1}` },
    pages: Array.from({ length: 50 }, (_, i) => {
      const n = m * 50 + i + 1;
      const blocks: unknown[] = [{ type: 'text', markdown: { id: paragraph(n, 'id'), en: paragraph(n, 'en') } }];
      if (n <= 400) {
        const k = n - 1;
        if (k < 200) {
          const ext = ['jpg', 'jpg', 'webp', 'png'][k % 4]!;
          const src = `assets/images/gambar-${n}.${ext}`;
          media.push({ path: src, weight: 3 });
          blocks.push({ type: 'image', src, alt: { id: `Gambar halaman ${n}`, en: `Picture of page ${n}` } });
        } else if (k < 300) {
          const src = `assets/audio/narasi-${n}.mp3`;
          media.push({ path: src, weight: 4 });
          blocks.push({ type: 'audio', src, title: { id: `Narasi ${n}`, en: `Narration ${n}` } });
        } else {
          const src = `assets/video/video-${n}.mp4`;
          const track = `assets/video/video-${n}.id.vtt`;
          media.push({ path: src, weight: 10 });
          captions.push(track);
          blocks.push({ type: 'video', src, title: { id: `Video ${n}`, en: `Video ${n}` }, captions: [{ src: track, lang: 'id' }] });
        }
      }
      return { id: `p${n}`, title: { id: `Halaman ${n}`, en: `Page ${n}` }, blocks };
    }),
  }));
  const json = {
    schemaVersion: '1.0',
    id: 'bench-besar',
    version: '1.0.0',
    title: { id: 'Kursus Besar', en: 'Large Course' },
    languages: ['id', 'en'],
    defaultLanguage: 'id',
    modules,
  };
  return { json, media, captions };
}

/** Writes `bytes` random (incompressible) bytes to `file`, 1 MiB at a time. */
async function randomFile(file: string, bytes: number): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (let left = bytes; left > 0; left -= 1 << 20) await handle.write(randomBytes(Math.min(left, 1 << 20)));
  } finally {
    await handle.close();
  }
}

/** Writes every medium, sizes drawn around each kind's weight and scaled so they sum to `totalMb`. */
async function writeMedia(dir: string, media: Media[], totalMb: number): Promise<number> {
  const random = seeded(42);
  const raw = media.map((m) => m.weight * (0.5 + random()));
  const sum = raw.reduce((a, b) => a + b, 0);
  let total = 0;
  for (const [i, m] of media.entries()) {
    const bytes = Math.round((raw[i]! / sum) * totalMb * 1024 * 1024);
    await mkdir(path.dirname(path.join(dir, m.path)), { recursive: true });
    await randomFile(path.join(dir, m.path), bytes);
    total += bytes;
  }
  return total;
}

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
    for (const track of captions) {
      await mkdir(path.dirname(path.join(dir, track)), { recursive: true });
      await writeFile(path.join(dir, track), `WEBVTT\n\n${Array.from({ length: 40 }, (_, i) => `00:00:${String(i).padStart(2, '0')}.000 --> 00:00:${String(i).padStart(2, '0')}.900\nKalimat ${i + 1}: pelaporan gratifikasi dalam 30 hari kerja.\n`).join('\n')}`);
    }
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
