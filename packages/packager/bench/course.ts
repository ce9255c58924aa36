/**
 * The large course of the packager's and the command's benchmarks: 1,000 pages in 20 modules,
 * 500 assets (images, audio, captioned video) of random bytes. Shared by bench/build.ts and
 * packages/cli/bench/commands.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';

const PAGES = 1000;

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

export type Media = { path: string; weight: number };

/**
 * The course: 20 modules of 50 pages, each page a heading and two paragraphs in two languages;
 * pages 1–400 also show one medium: 200 images (JPEG, WebP, PNG), 100 audio clips (MP3) and 100
 * captioned videos (MP4 and a WebVTT track each): 500 assets.
 */
export function course(): { json: unknown; media: Media[]; captions: string[] } {
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
export async function writeMedia(dir: string, media: Media[], totalMb: number): Promise<number> {
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

/** Writes each caption track (WebVTT, 40 cues). */
export async function writeCaptions(dir: string, captions: readonly string[]): Promise<void> {
  for (const track of captions) {
    await mkdir(path.dirname(path.join(dir, track)), { recursive: true });
    await writeFile(path.join(dir, track), `WEBVTT\n\n${Array.from({ length: 40 }, (_, i) => `00:00:${String(i).padStart(2, '0')}.000 --> 00:00:${String(i).padStart(2, '0')}.900\nKalimat ${i + 1}: pelaporan gratifikasi dalam 30 hari kerja.\n`).join('\n')}`);
  }
}
