import type { Page, ResolvedCourse } from '@coursekit/schema';
import { miniCourse } from '@coursekit/test-fixtures';
import { describe, expect, it } from 'vitest';
import { loadValidCourse } from '../course';
import { schemaLoader } from '../schema-loader';
import { RANGER } from '../../test/fixtures';
import { prerenderFirstPage } from './prerender';

// Author text is untrusted: every string below reaches the launch page, which runs with the
// package's origin in the learner's LMS.
const HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> & </style><script>alert(3)</script>';

function course(firstPage: unknown[], overrides: Record<string, unknown> = {}): ResolvedCourse {
  return miniCourse({
    id: 'prerender',
    title: { id: `Kursus ${HOSTILE}`, en: 'Course' },
    pages: [
      { id: 'p1', title: { id: `Judul ${HOSTILE}`, en: 'Title' }, blocks: firstPage as Page['blocks'] },
      { id: 'p2', title: { id: 'Dua', en: 'Two' }, blocks: [{ type: 'text', markdown: { id: 'Dua', en: 'Two' } }] },
    ],
    ...overrides,
  });
}

/** The prerendered page's markup without its styles, white space between tags dropped (the built templates are minified, the sources not). */
const markup = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '<style>…</style>')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .replace(/ >/g, '>')
    .trim();

describe('prerenderFirstPage', () => {
  it("renders Integrity Ranger's first page: its heading, picture, text, dialogue and callout, in Indonesian, Next linking to #ck-next", async () => {
    const { course: ranger } = await loadValidCourse(RANGER, schemaLoader);
    const html = markup((await prerenderFirstPage(ranger, 'scorm12'))!);
    expect(html).toMatch(/^<main id="ck-static" lang="id"><div class="ck-static-player"><template shadowrootmode="open"><style>…<\/style><div part="base" class="player" lang="id">/);
    expect(html).toContain('<h1 id="page-title" tabindex="-1">Selamat datang, Integrity Ranger</h1>');
    expect(html).toContain('<img src="assets/scene-kantor.svg" alt="Ruang layanan kantor pemerintah: papan standar pelayanan, petugas di balik loket, dan tiga warga yang mengantre"');
    // The module's opening picture comes first, so the page's own picture loads lazily, as in the player.
    expect(html).toContain('<figure part="module-opener" class="module-opener"><img src="assets/module-1-gratifikasi.svg" alt="Kotak hadiah hijau berpita kuning dengan label bertanda tanya" decoding="async" /></figure><h1');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('<strong>Kabupaten Sukamaju</strong>');
    expect(html).toContain('<li>berlatih mengambil keputusan dalam lima skenario.</li>');
    expect(html).toContain('<strong>Bu Sari</strong>');
    // Glossary terms are marked at their first use as in the player, as text until the player makes them buttons.
    expect(html).toMatch(/<span class="term" data-term="[^"]+"><span class="term-button">gratifikasi<span class="visually-hidden"> \([^)]+\)<\/span><\/span>/);
    expect(html).not.toContain('<button type="button" class="term-button"');
    expect(html).toContain('<aside part="base" class="base" role="note" aria-label="Info: Tentang contoh dalam pelatihan ini">');
    expect(html).toContain('<span>Halaman 1 dari 19</span><a class="ck-button primary" href="#ck-next">Berikutnya</a>');
    expect(html).toContain('<p id="ck-next" tabindex="-1">Membuka halaman berikutnya…</p>');
    // The controls that need the player keep their place but take no focus; LMS targets show Exit.
    expect(html).toContain('<button class="outline-toggle" aria-expanded="false" inert>Daftar isi</button>');
    expect(html).toContain('<button part="exit" class="exit" inert>Keluar</button>');
    expect(html).toContain('<div class="inert" inert><nav part="outline" id="outline"');
    // No element a player script would upgrade, no script, no hydration markers.
    expect(html).not.toMatch(/<ck-(?!static-)|<script|lit-part/);
    expect(html).toContain('<ck-static-progress max="100" value="5" valuetext="1 dari 19 halaman dilihat (5%)" lang="id">');
    const web = markup((await prerenderFirstPage(ranger, 'web'))!);
    expect(web).not.toContain('class="exit"');
  });

  it('escapes author text in text, headings and attributes, and keeps it out of the styles', async () => {
    const html = markup((await prerenderFirstPage(
      course([
        { type: 'heading', text: { id: HOSTILE, en: 'H' } },
        { type: 'text', markdown: { id: `${HOSTILE}\n\n[klik](javascript:alert(4))`, en: 'T' } },
        { type: 'image', src: 'assets/a.png', alt: { id: HOSTILE, en: 'A' } },
        { type: 'callout', variant: 'info', title: { id: HOSTILE, en: 'C' }, markdown: { id: HOSTILE, en: 'C' } },
      ]),
      'web',
    ))!);
    expect(html).not.toMatch(/<script|<img src=x|javascript:alert\(4\)"/);
    expect(html).toContain('<h2 class="block">&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &lt;/style&gt;&lt;script&gt;alert(3)&lt;/script&gt;</h2>');
    expect(html).toContain('alt="&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &lt;/style&gt;&lt;script&gt;alert(3)&lt;/script&gt;"');
    // A link to anything but the web or mail stays text, as in the player.
    expect(html).toContain('<p>[klik](javascript:alert(4))</p>');
  });

  it("gives images the width and height the packager measured, so nothing moves when they arrive", async () => {
    const html = (await prerenderFirstPage(course([{ type: 'image', src: 'assets/a.png', alt: { id: 'Foto', en: 'Photo' } }], { $images: { 'assets/a.png': [640, 480] } }), 'web'))!;
    expect(markup(html)).toContain('<img src="assets/a.png" alt="Foto" width="640" height="480" loading="eager" decoding="async" />');
    const decorative = (await prerenderFirstPage(course([{ type: 'image', src: 'assets/a.png', decorative: true }]), 'web'))!;
    expect(markup(decorative)).toContain('<img src="assets/a.png" alt="" loading="eager" decoding="async" />');
  });

  it("is in the course's default language", async () => {
    const html = markup((await prerenderFirstPage(course([{ type: 'text', markdown: { id: 'Halo', en: 'Hello' } }], { defaultLanguage: 'en' }), 'web'))!);
    expect(html).toContain('<main id="ck-static" lang="en">');
    expect(html).toContain('<h1 id="page-title" tabindex="-1">Title</h1>');
    expect(html).toContain('<span>Page 1 of 2</span><a class="ck-button primary" href="#ck-next">Next</a>');
    expect(html).toContain('<p id="ck-next" tabindex="-1">Opening the next page…</p>');
  });

  it('renders nothing when the first page has a block that answers the learner, or no page after it', async () => {
    const question = { type: 'question', question: { id: 'q1', type: 'true-false', prompt: { id: 'Benar?', en: 'True?' }, correct: true } };
    expect(await prerenderFirstPage(course([{ type: 'text', markdown: { id: 'A', en: 'A' } }, question]), 'scorm12')).toBeNull();
    const accordion = { type: 'accordion', items: [{ title: { id: 'A', en: 'A' }, markdown: { id: 'B', en: 'B' } }] };
    expect(await prerenderFirstPage(course([accordion]), 'web')).toBeNull();
    const single = course([{ type: 'text', markdown: { id: 'A', en: 'A' } }]);
    single.modules[0]!.pages.length = 1;
    expect(await prerenderFirstPage(single, 'web')).toBeNull();
  });
});

describe('prerenderFirstPage styles', () => {
  it('holds author text nowhere in its styles: each <style> ends where it should', async () => {
    const html = (await prerenderFirstPage(course([{ type: 'callout', variant: 'info', title: { id: HOSTILE, en: 'C' }, markdown: { id: HOSTILE, en: 'C' } }]), 'web'))!;
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles.length).toBe(3); // the player's, the progress bar's, the callout's
    for (const css of styles) expect(css).not.toMatch(/alert|<\/?[a-z]|(?<![-\w])ck-(progress|callout)\b/);
    expect(styles[0]).toMatch(/ck-static-progress\s*\{\s*flex: ?1 1 10rem/);
  });
});
