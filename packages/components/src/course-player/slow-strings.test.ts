import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../internal/test/held-requests';
import { usePlayers } from '../internal/test/players';
import type { CkCoursePlayer } from './course-player.component';
import { sampleCourse } from '../internal/fixtures/sample.course';
import { $, ready, settleDeep, text } from '../internal/test/dom';
import { axeViolations } from '../internal/test/axe';
import { KEY_LIKE, watchText } from '../internal/test/seen';

// The English UI strings loaded on demand: one module per area (player, blocks, aids) here; one
// chunk in a bundle. This file's frame has not loaded them before.
const ENGLISH = '/src/translations/en/';

const newPlayer = usePlayers();

/** What the learner sees: the language status line, the page heading, the pager, the language menu and the page's language. */
function shown(p: CkCoursePlayer) {
  const root = p.shadowRoot!;
  return {
    status: text(root.querySelector('.status-line[role="status"]')),
    heading: text(root.querySelector('#content h1')),
    pager: text(root.querySelector('[part="pager"]')),
    menu: (root.querySelector('.language select') as HTMLSelectElement).value,
    lang: root.querySelector('.player')!.getAttribute('lang'),
  };
}

describe('<ck-course-player> while the strings of another language are on their way', () => {
  it('switching Indonesian → English → Indonesian → English with the English strings held back keeps showing Indonesian, never a key or a blank; a failed fetch keeps Indonesian usable with "Coba lagi", which then ends in English; back to Indonesian at once', async () => {
    await commands.holdRequests(ENGLISH);
    const errors: string[] = [];
    const p = newPlayer();
    p.course = sampleCourse;
    p.addEventListener('ck-error', (e) => errors.push(e.detail.code));
    document.body.append(p);
    await ready(p);
    const seen = watchText(p);
    const menu = $(p, '.language select') as HTMLSelectElement;
    const indonesian = { heading: 'Apa itu gratifikasi?', pager: 'Halaman 1 dari 6 Berikutnya', lang: 'id' };

    await userEvent.selectOptions(menu, 'en');
    await expect.poll(() => shown(p)).toEqual({ status: 'Memuat kursus dalam English…', ...indonesian, menu: 'en' });
    // Picking Indonesian again calls the switch off; English again waits for the same fetch.
    await userEvent.selectOptions(menu, 'id');
    await expect.poll(() => shown(p)).toEqual({ status: '', ...indonesian, menu: 'id' });
    await userEvent.selectOptions(menu, 'en');
    await expect.poll(() => shown(p)).toEqual({ status: 'Memuat kursus dalam English…', ...indonesian, menu: 'en' });

    expect(await commands.releaseRequests(ENGLISH, 'abort', 3)).toBe(3);
    await expect.poll(() => shown(p)).toEqual({ status: 'Kursus dalam English tidak dapat dimuat. Bapak/Ibu dapat melanjutkan dalam bahasa ini. Coba lagi', ...indonesian, menu: 'id' });
    expect(errors).toEqual(['CK647']);
    expect(p.engine!.language).toBe('id');
    expect(await axeViolations(p)).toEqual([]);
    // The course goes on in Indonesian.
    ($(p, '[part="pager"] .primary') as HTMLButtonElement).click();
    await settleDeep(p);
    expect(shown(p)).toEqual({ status: 'Kursus dalam English tidak dapat dimuat. Bapak/Ibu dapat melanjutkan dalam bahasa ini. Coba lagi', heading: 'Jenis-jenis gratifikasi', pager: 'Sebelumnya Halaman 2 dari 6 Berikutnya', menu: 'id', lang: 'id' });

    await commands.holdRequests(ENGLISH);
    ($(p, '.status-line button') as HTMLButtonElement).click();
    await expect.poll(() => shown(p).status).toBe('Memuat kursus dalam English…');
    expect(await commands.releaseRequests(ENGLISH, 'continue', 3)).toBe(3);
    await expect.poll(() => shown(p)).toEqual({ status: '', heading: 'Kinds of gratuities', pager: 'Previous Page 2 of 6 Next', menu: 'en', lang: 'en' });
    await settleDeep(p);
    expect($(p, 'ck-accordion').shadowRoot!.textContent).toContain('What must be reported');
    expect(await axeViolations(p)).toEqual([]);

    // Indonesian is there already: no status, at once.
    await userEvent.selectOptions(menu, 'id');
    await settleDeep(p);
    expect(shown(p)).toEqual({ status: '', heading: 'Jenis-jenis gratifikasi', pager: 'Sebelumnya Halaman 2 dari 6 Berikutnya', menu: 'id', lang: 'id' });
    const { texts, unnamedButtons } = seen.stop();
    expect(texts.filter((t) => KEY_LIKE.test(t))).toEqual([]);
    expect(unnamedButtons).toBe(0);
    expect(errors).toEqual(['CK647']);
  });
});
