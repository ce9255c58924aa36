import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../internal/test/held-requests';
import { usePlayers } from '../internal/test/players';
import type { CkCoursePlayer } from './course-player.component';
import { sampleCourse } from '../internal/fixtures/sample.course';
import { $, ready, settleDeep, text } from '../internal/test/dom';
import { deepActive } from '../internal/test/keyboard';

// The results page is a module of its own, fetched the first time it is shown (this file's frame
// has not loaded it before).
const RESULTS_MODULE = '/src/course-player/results\\.ts';

const newPlayer = usePlayers();

/** What the player's content area shows: its status line, its page heading, its pager's buttons. */
function content(p: CkCoursePlayer) {
  const root = p.shadowRoot!;
  return {
    status: text(root.querySelector('#content > [role="status"]')),
    heading: text(root.querySelector('#content h1')),
    pager: [...root.querySelectorAll('[part="pager"] button')].map((b) => text(b)),
  };
}

describe('<ck-course-player> while a view is on its way', () => {
  it('shows a status, never the page it leaves and that page\'s pager, until the results page arrives: "Try again" when it could not be fetched, its heading focused once it shows', async () => {
    await commands.holdRequests(RESULTS_MODULE);
    const p = newPlayer();
    p.course = sampleCourse;
    document.body.append(p);
    await ready(p);
    ($(p, '.outline [data-page="results"]') as HTMLButtonElement).click();
    await expect.poll(() => content(p)).toEqual({ status: 'Memuat kursus…', heading: '', pager: [] });
    expect(await commands.releaseRequests(RESULTS_MODULE, 'abort')).toBe(1);
    await expect.poll(() => content(p)).toEqual({
      status: 'Kursus tidak dapat dimuat. Periksa sambungan internet Bapak/Ibu lalu muat ulang halaman ini. Jika masih gagal, hubungi penyelenggara kursus. Coba lagi',
      heading: '',
      pager: [],
    });
    await commands.holdRequests(RESULTS_MODULE);
    ($(p, '#content > [role="status"] button') as HTMLButtonElement).click();
    await expect.poll(() => content(p)).toEqual({ status: 'Memuat kursus…', heading: '', pager: [] });
    expect(await commands.releaseRequests(RESULTS_MODULE, 'continue')).toBe(1);
    await settleDeep(p);
    expect(content(p)).toEqual({ status: '', heading: 'Hasil Bapak/Ibu', pager: [] });
    expect(deepActive()?.id).toBe('results-title');
  });
});
