import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LaunchData } from '@coursekit/engine';
import type { CkErrorEvent } from '../events/error';
import './course-player';
import { CkCoursePlayer } from './course-player.component';
import { CourseEngine } from '../internal/fixtures/engine';
import { sampleCourse } from '../internal/fixtures/sample.course';
import { RecordingTracker } from '../internal/fixtures/trackers';
import { $, ready, settleDeep, text } from '../internal/test/dom';
import { deepActive, tabTo } from '../internal/test/keyboard';
import { axeViolations } from '../internal/test/axe';
import { documentLanguageAttribute } from '../i18n/document-language';
// The real trackers (@coursekit/runtime builds on the engine, not on the components).
import { Scorm12Tracker } from '@coursekit/runtime/scorm12';
import { StandaloneTracker } from '@coursekit/runtime/standalone';

beforeAll(() => {
  CkCoursePlayer.engineClass = CourseEngine;
});

const players: CkCoursePlayer[] = [];
function mount(setup: (p: CkCoursePlayer) => void): CkCoursePlayer {
  const p = document.createElement('ck-course-player');
  setup(p);
  document.body.append(p);
  players.push(p);
  return p;
}

afterEach(() => {
  for (const p of players.splice(0)) p.remove();
  document.documentElement.removeAttribute(documentLanguageAttribute);
});

describe('<ck-course-player> loading', () => {
  it('plays a course given as a property: title, first page heading, outline and progress', async () => {
    const p = mount((p) => (p.course = sampleCourse));
    await ready(p);
    expect(text($(p, '.course-title'))).toBe('Penjaga Integritas');
    expect(text($(p, 'h1'))).toBe('Apa itu gratifikasi?');
    expect([...p.shadowRoot!.querySelectorAll('.outline [data-page]')].map((b) => b.getAttribute('data-page'))).toEqual(['pengantar', 'jenis', 'media', 'cek', 'skenario', 'kuis', 'results']);
    expect($(p, '[data-page="pengantar"]').getAttribute('aria-current')).toBe('page');
    const bar = $(p, 'ck-progress').shadowRoot!.querySelector('[role="progressbar"]')!;
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax'), bar.getAttribute('aria-valuetext')]).toEqual(['16', '100', '1 dari 6 halaman dilihat (16%)']);
  });

  it('reserves each picture\'s place with the width and height a package records; only the first page\'s first picture loads at once', async () => {
    const first = sampleCourse.modules[0]!.pages[0]!.blocks.find((b) => b.type === 'image') as { src: string };
    const p = mount((p) => (p.course = { ...sampleCourse, $images: { [first.src]: [640, 360] } } as typeof sampleCourse));
    await ready(p);
    const images = [...p.shadowRoot!.querySelectorAll('.block.image img')].map((i) => ['width', 'height', 'loading', 'decoding'].map((a) => i.getAttribute(a)));
    expect(images).toEqual([
      ['640', '360', 'eager', 'async'],
      ['640', '360', 'lazy', 'async'],
    ]);
  });

  it('fetches a course from src', async () => {
    const p = mount((p) => (p.src = `data:application/json,${encodeURIComponent(JSON.stringify(sampleCourse))}`));
    await ready(p);
    expect(text($(p, 'h1'))).toBe('Apa itu gratifikasi?');
  });

  const failures: Array<[string, string, string]> = [
    ['a URL that answers 404', '/no-such-course.json', 'course-fetch-failed: /no-such-course.json: HTTP 404 Not Found'],
    ['a file that is not JSON', 'data:application/json,{oops', `course-invalid-json: data:application/json,{oops: `],
    ['JSON that is not a course', 'data:application/json,{"id":"x","languages":["id"],"defaultLanguage":"id"}', 'course-invalid: data:application/json,{"id":"x","languages":["id"],"defaultLanguage":"id"} has no "modules" list'],
  ];
  for (const [what, src, detail] of failures) {
    it(`shows a clear error and emits ck-error for ${what}`, async () => {
      const errors: CkErrorEvent[] = [];
      const p = mount((p) => {
        p.addEventListener('ck-error', (e) => errors.push(e));
        p.src = src;
      });
      await ready(p);
      const alert = $(p, '[role="alert"]');
      expect(text(alert.querySelector('h1'))).toBe('Kursus tidak dapat dimuat.');
      expect(text(alert.querySelector('.detail')).startsWith(detail)).toBe(true);
      expect(errors.map((e) => [e.detail.code, e.detail.source])).toEqual([[detail.split(':')[0], 'ck-course-player']]);
      expect(await axeViolations(p)).toEqual([]);
    });
  }
});

describe('<ck-course-player> navigation', () => {
  it('moves with the keyboard and puts focus on the new page heading', async () => {
    const changes: string[] = [];
    const p = mount((p) => {
      p.course = sampleCourse;
      p.addEventListener('ck-page-change', (e) => changes.push(e.detail.pageId));
    });
    await ready(p);
    await tabTo('.pager button.primary');
    await userEvent.keyboard('{Enter}');
    await settleDeep(p);
    expect(deepActive()?.id).toBe('page-title');
    expect(text(deepActive())).toBe('Jenis-jenis gratifikasi');
    expect(changes).toEqual(['jenis']);
    await tabTo('.pager button:not(.primary)');
    await userEvent.keyboard('{Enter}');
    await settleDeep(p);
    expect(text(deepActive())).toBe('Apa itu gratifikasi?');
    expect(p.engine!.progress).toEqual({ viewed: 2, total: 6, percent: 33 });
  });

  it('stays on the page when the host cancels ck-page-change', async () => {
    const p = mount((p) => {
      p.course = sampleCourse;
      p.addEventListener('ck-page-change', (e) => e.preventDefault());
    });
    await ready(p);
    expect(p.next()).toBe(false);
    expect(p.engine!.currentPage.pageId).toBe('pengantar');
  });

  it('refuses a page the engine keeps locked, says why, and keeps it reachable by keyboard', async () => {
    const p = mount((p) => (p.course = sampleCourse));
    await ready(p);
    const locked = $(p, '[data-page="kuis"]');
    expect(locked.getAttribute('aria-disabled')).toBe('true');
    expect(text(locked)).toBe('Kuis akhir (terkunci)');
    locked.click();
    await settleDeep(p);
    expect(p.engine!.currentPage.pageId).toBe('pengantar');
    expect(text($(p, '[aria-live="polite"]'))).toBe('Halaman itu masih terkunci. Selesaikan halaman sebelumnya dulu.');
  });
});

describe('<ck-course-player> language', () => {
  it('switches to English in place, keeping the page, the answers and the progress', async () => {
    const languages: string[] = [];
    const p = mount((p) => {
      p.course = sampleCourse;
      p.addEventListener('ck-language-change', (e) => languages.push(e.detail.language));
    });
    await ready(p);
    p.next();
    p.engine!.answer('q-single', { type: 'single-choice', choice: 'refuse' });
    await settleDeep(p);
    const select = $(p, '.language select') as HTMLSelectElement;
    select.focus();
    await userEvent.selectOptions(select, 'en');
    await settleDeep(p);
    expect(languages).toEqual(['en']);
    expect(text($(p, 'h1'))).toBe('Kinds of gratuities');
    expect(text($(p, '.pager'))).toBe('Previous Page 2 of 6 Next');
    expect(p.engine!.responseTo('q-single')).toEqual({ type: 'single-choice', choice: 'refuse' });
    expect(p.engine!.progress.viewed).toBe(2);
    expect(document.documentElement.getAttribute(documentLanguageAttribute)).toBe('en');
    expect($(p, 'ck-accordion').shadowRoot!.textContent).toContain('What must be reported');
  });

  it('opens in the lang attribute when there is no saved state', async () => {
    const p = mount((p) => {
      p.setAttribute('lang', 'en');
      p.course = sampleCourse;
    });
    await ready(p);
    expect(text($(p, 'h1'))).toBe('What is a gratuity?');
  });

  it("leaves the page's <html lang> to the host; with document-lang it follows the language shown: a resume in English, then each switch", async () => {
    const engine = new CourseEngine(sampleCourse, { language: 'en' });
    engine.start();
    engine.next();
    const resume = () => [new RecordingTracker('local', { snapshot: engine.snapshot() })];
    const html = document.documentElement;
    const hostLang = html.getAttribute('lang');
    html.lang = 'id';
    try {
      const embedded = mount((p) => {
        p.trackers = resume();
        p.course = sampleCourse;
      });
      await ready(embedded);
      expect([$(embedded, '.player').getAttribute('lang'), html.lang]).toEqual(['en', 'id']);
      embedded.remove();

      const own = mount((p) => {
        p.setAttribute('document-lang', '');
        p.trackers = resume();
        p.course = sampleCourse;
      });
      await ready(own);
      expect(text($(own, 'h1'))).toBe('Kinds of gratuities');
      expect([$(own, '.player').getAttribute('lang'), html.lang]).toEqual(['en', 'en']);
      const select = $(own, '.language select') as HTMLSelectElement;
      await userEvent.selectOptions(select, 'id');
      await settleDeep(own);
      expect([text($(own, 'h1')), html.lang]).toEqual(['Jenis-jenis gratifikasi', 'id']);
      await userEvent.selectOptions(select, 'en');
      await settleDeep(own);
      expect([text($(own, 'h1')), html.lang]).toEqual(['Kinds of gratuities', 'en']);
    } finally {
      if (hostLang === null) html.removeAttribute('lang');
      else html.lang = hostLang;
    }
  });
});

describe('<ck-course-player> announcements', () => {
  it('says a text through its one live region, and the same words again when asked again', async () => {
    const p = mount((p) => (p.course = sampleCourse));
    await ready(p);
    const regions = () => [...p.shadowRoot!.querySelectorAll('[aria-live]')].map((r) => [r.getAttribute('role'), r.getAttribute('aria-live'), text(r)]);
    p.announce('Selamat datang kembali.');
    await expect.poll(regions).toEqual([['status', 'polite', 'Selamat datang kembali.']]);
    p.announce('Selamat datang kembali.');
    await p.updateComplete;
    expect(regions()).toEqual([['status', 'polite', '']]);
    await expect.poll(regions).toEqual([['status', 'polite', 'Selamat datang kembali.']]);
  });
});

describe('<ck-course-player> exit', () => {
  it('shows no Exit button unless exit-control is set', async () => {
    const p = mount((p) => (p.course = sampleCourse));
    await ready(p);
    expect(p.shadowRoot!.querySelector('.exit')).toBeNull();
  });

  it('exits by keyboard: the session ends once and a closing screen takes focus, in the learner\'s language', async () => {
    const t = new RecordingTracker('scorm12');
    const p = mount((p) => {
      p.trackers = [t];
      p.exitControl = true;
      p.course = sampleCourse;
    });
    await ready(p);
    expect(await axeViolations(p)).toEqual([]);
    await tabTo('.exit');
    expect(text(deepActive())).toBe('Keluar');
    await userEvent.keyboard('{Enter}');
    await settleDeep(p);
    expect(t.calls.filter((c) => c.call === 'terminate')).toHaveLength(1);
    expect(deepActive()?.id).toBe('closed-title');
    expect(text(deepActive())).toBe('Bapak/Ibu telah keluar dari kursus.');
    expect(await axeViolations(p)).toEqual([]);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await new Promise((r) => setTimeout(r, 0));
    expect(t.calls.filter((c) => c.call === 'terminate')).toHaveLength(1);
  });

  it('asks first when an assessment attempt has answers not yet submitted; staying keeps the session', async () => {
    const t = new RecordingTracker('cmi5');
    const p = mount((p) => {
      p.trackers = [t];
      p.exitControl = true;
      p.lang = 'en';
      p.course = sampleCourse;
    });
    await ready(p);
    p.setLanguage('en');
    const engine = p.engine!;
    const attempt = engine.assessment('final');
    const q = attempt.questions[0]!;
    engine.answerInAssessment('final', q.id, q.type === 'true-false' ? { type: 'true-false', value: true } : { type: 'single-choice', choice: (q as { choices: Array<{ id: string }> }).choices[0]!.id });
    await settleDeep(p);
    await tabTo('.exit');
    expect(text(deepActive())).toBe('Exit');
    await userEvent.keyboard('{Enter}');
    await settleDeep(p);
    const dialog = $(p, '[role="alertdialog"]');
    expect(deepActive()?.id).toBe('exit-confirm-title');
    expect(text($(p, '#exit-confirm-text'))).toBe(`Your answers in "${engine.text(sampleCourse.assessments![0]!.title)}" are not submitted yet, so they are not scored. You can go on with them next time.`);
    expect(dialog.getAttribute('aria-labelledby')).toBe('exit-confirm-title');
    expect(await axeViolations(p)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await settleDeep(p);
    expect(p.shadowRoot!.querySelector('[role="alertdialog"]')).toBeNull();
    expect(deepActive()?.textContent?.trim()).toBe('Exit');
    expect(t.calls.some((c) => c.call === 'terminate')).toBe(false);
    await userEvent.keyboard('{Enter}');
    await settleDeep(p);
    await tabTo('[role="alertdialog"] button:not(.primary)');
    expect(text(deepActive())).toBe('Yes, exit');
    await userEvent.keyboard('{Enter}');
    await settleDeep(p);
    expect(t.calls.filter((c) => c.call === 'terminate')).toHaveLength(1);
    expect(text(deepActive())).toBe('You have left the course.');
  });
});

describe('<ck-course-player> trackers', () => {
  it('launches, hands over every event, saves at most once a second and terminates on pagehide with the last state', async () => {
    const t = new RecordingTracker('local');
    const p = mount((p) => {
      p.trackers = [t];
      p.course = sampleCourse;
    });
    await ready(p);
    await new Promise((r) => setTimeout(r, 0));
    p.next();
    await settleDeep(p);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await new Promise((r) => setTimeout(r, 0));
    // The second page's save was not due yet (a second after the first): the terminate carries it.
    expect(t.calls).toEqual([
      { call: 'launch', courseId: 'integrity-ranger-sample' },
      { call: 'handle', type: 'course-started' },
      { call: 'handle', type: 'page-viewed' },
      { call: 'save', pageId: 'pengantar' },
      { call: 'handle', type: 'page-viewed' },
      { call: 'terminate', reason: 'pagehide', pageId: 'jenis' },
    ]);
  });

  it('resumes from the first saved state, shows notices, and merges launch data', async () => {
    const engine = new CourseEngine(sampleCourse, { language: 'en' });
    engine.start();
    engine.next();
    engine.next();
    const saved = engine.snapshot();
    const first = new RecordingTracker('scorm2004', { snapshot: null, learner: { id: 'nip-1987', name: 'Siti Rahmawati' }, notices: [{ code: 'CK601', message: 'No LMS' }] });
    const second = new RecordingTracker('local', { snapshot: saved, passingScore: 80 });
    const p = mount((p) => {
      p.trackers = [first, second];
      p.course = sampleCourse;
    });
    await ready(p);
    expect(p.engine!.currentPage.pageId).toBe('media');
    expect(p.engine!.language).toBe('en');
    expect(p.engine!.passingScore).toBe(80);
    expect(text($(p, '.notice p'))).toBe('No learning management system was found, so your progress is saved in this browser only and is not reported.');
    expect(text($(p, '[aria-live="polite"]'))).toBe('Welcome back. You are on the page you last opened.');
    expect(second.calls.slice(0, 2)).toEqual([{ call: 'launch', courseId: 'integrity-ranger-sample' }, { call: 'handle', type: 'course-resumed' }]);
  });

  it('plays on when a tracker fails to launch or reports a problem, and says so unobtrusively', async () => {
    const errors: string[] = [];
    const broken = new RecordingTracker('scorm12', {}, true);
    const flaky = new RecordingTracker('xapi');
    const p = mount((p) => {
      p.trackers = [broken, flaky];
      p.course = sampleCourse;
      p.addEventListener('ck-error', (e) => errors.push(`${e.detail.source} ${e.detail.code}: ${e.detail.message}${e.detail.detail ? ` (${e.detail.detail})` : ''}`));
    });
    await ready(p);
    flaky.fail({ code: 'CK605', message: 'LMSCommit failed', detail: '101 General exception' });
    await settleDeep(p);
    expect(errors).toEqual(['scorm12 CK630: scorm12.launch failed: LMS API not found; the course goes on without it', 'xapi CK605: LMSCommit failed (101 General exception)']);
    expect(text($(p, '.status-line'))).toBe('Kemajuan mungkin belum tersimpan. Kursus tetap bisa dilanjutkan.');
    expect(text($(p, 'h1'))).toBe('Apa itu gratifikasi?');
    expect(broken.calls).toEqual([{ call: 'launch', courseId: 'integrity-ranger-sample' }]);
  });
});

describe('<ck-course-player> with the @coursekit/runtime trackers', () => {
  /** A Storage kept in memory. */
  const memoryStorage = (): Storage => {
    const m = new Map<string, string>();
    return { get length() { return m.size; }, clear: () => m.clear(), getItem: (k) => m.get(k) ?? null, key: (i) => [...m.keys()][i] ?? null, removeItem: (k) => void m.delete(k), setItem: (k, v) => void m.set(k, String(v)) };
  };
  /** An LMS API that refuses to start the session. */
  const refusingLms = { LMSInitialize: () => 'false', LMSGetLastError: () => '101', LMSGetErrorString: () => 'General exception', LMSGetDiagnostic: () => '', LMSGetValue: () => '', LMSSetValue: () => 'false', LMSCommit: () => 'false', LMSFinish: () => 'false' };

  for (const [what, make, notice] of [
    ['a SCORM 1.2 package opened without an LMS', () => new Scorm12Tracker({ window: { parent: null, opener: null } as unknown as Window, storage: memoryStorage() }), 'Sistem pembelajaran (LMS) tidak ditemukan: kemajuan Bapak/Ibu hanya disimpan di peramban ini dan tidak dilaporkan.'],
    ['an LMS that will not start the session', () => new Scorm12Tracker({ api: refusingLms, storage: memoryStorage() }), 'Sistem pembelajaran (LMS) tidak memulai sesi ini: kemajuan Bapak/Ibu hanya disimpan di peramban ini dan tidak dilaporkan.'],
    ['a browser that keeps nothing', () => new StandaloneTracker({ storage: null }), 'Peramban ini tidak mengizinkan kursus menyimpan kemajuan: kemajuan hanya bertahan selama halaman ini terbuka.'],
  ] as const) {
    it(`tells the learner, in the UI language and without blocking the course, about ${what}`, async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const p = mount((p) => {
          p.trackers = [make()];
          p.course = sampleCourse;
        });
        await ready(p);
        expect(text($(p, '.notice p'))).toBe(notice);
        expect($(p, '.notice').getAttribute('role')).toBe('status');
        // The course plays on: the first page is there and the learner can move on.
        expect(text($(p, 'h1'))).toBe('Apa itu gratifikasi?');
        expect(p.next()).toBe(true);
        await settleDeep(p);
        // The notice can be dismissed.
        $(p, '.notice button').click();
        await settleDeep(p);
        expect(p.shadowRoot!.querySelector('.notice')).toBeNull();
        expect(await axeViolations(p)).toEqual([]);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('says something in the UI language for a notice code it does not know', async () => {
    const p = mount((p) => {
      p.trackers = [new RecordingTracker('custom', { notices: [{ code: 'X999', message: 'Developer-facing detail' }] })];
      p.course = sampleCourse;
    });
    await ready(p);
    expect(text($(p, '.notice p'))).toBe('Kemajuan Bapak/Ibu mungkin tidak tersimpan atau tidak dilaporkan. Kursus tetap bisa dilanjutkan.');
  });
});

describe('<ck-course-player> results', () => {
  async function finish(choices: string[], learnerName = '', launch?: Partial<LaunchData>): Promise<CkCoursePlayer> {
    const p = mount((p) => {
      if (launch) p.trackers = [new RecordingTracker('lms', launch)];
      p.course = sampleCourse;
      p.learnerName = learnerName;
    });
    await ready(p);
    const e = p.engine!;
    while (e.currentPage.index < e.pages.length - 1) e.next();
    const [parcel, deadline, report] = choices;
    // A failing learner uses both attempts: the course is judged once the assessment is settled.
    for (let attempt = 1; attempt <= (parcel === 'refuse' ? 1 : 2); attempt++) {
      if (attempt > 1) e.retryAssessment('final');
      else e.assessment('final');
      e.answerInAssessment('final', 'f-parcel', { type: 'single-choice', choice: parcel! });
      e.answerInAssessment('final', 'f-deadline', { type: 'true-false', value: deadline === 'true' });
      e.answerInAssessment('final', 'f-report', { type: 'single-choice', choice: report! });
      e.submitAssessment('final');
    }
    p.showResults();
    await settleDeep(p);
    return p;
  }

  it('shows a pass with the numbers and the certificate', async () => {
    const p = await finish(['refuse', 'true', 'upg'], 'Siti Rahmawati');
    expect(deepActive()?.id).toBe('results-title');
    expect(text($(p, '.verdict'))).toBe('Lulus. Nilai kursus Bapak/Ibu 100%; batas lulus 70%.');
    expect(text($(p, '.summary li'))).toBe('Kuis akhir: gratifikasi: Nilai terbaik 100%, batas lulus 70%, 1 kali percobaan — Lulus');
    const cert = $(p, 'ck-certificate');
    expect(text(cert.shadowRoot!.querySelector('.name'))).toBe('Siti Rahmawati');
    expect(p.engine!.certificate!.id).toMatch(/^IR-/);
    const date = new Intl.DateTimeFormat('id', { dateStyle: 'long' }).format(p.engine!.certificate!.issuedAt);
    expect([...cert.shadowRoot!.querySelectorAll('dd')].map(text)).toEqual([date, p.engine!.certificate!.id, 'Inspektorat Jenderal']);
    expect((cert.shadowRoot!.querySelector('.signatory') as HTMLElement).innerText).toBe('Dr. Ratna Dewi\nInspektur Jenderal');
    expect(await axeViolations(p)).toEqual([]);
  });

  it('asks once for name, NIP and unit kerja with messages in the UI language, keeps them in the saved state and puts them on the certificate', async () => {
    const p = await finish(['refuse', 'true', 'upg'], 'Siti Rahmawati');
    const root = p.shadowRoot!;
    const input = (name: string) => root.querySelector<HTMLInputElement>(`#identity-${name}`)!;
    expect(input('name').value).toBe('Siti Rahmawati');
    expect([...root.querySelectorAll('.identity label')].map(text)).toEqual(['Nama lengkap (dengan gelar)', 'NIP (18 angka)', 'Unit kerja']);
    input('nip').value = '19900101 201501 3 001';
    root.querySelector<HTMLButtonElement>('.identity button[type="submit"]')!.click();
    await settleDeep(p);
    expect([...root.querySelectorAll('.identity .problem')].map(text)).toEqual(['Angka ke-15 NIP harus 1 atau 2.', 'Isi unit kerja Bapak/Ibu.']);
    expect(input('nip').getAttribute('aria-invalid')).toBe('true');
    expect(input('nip').getAttribute('aria-describedby')).toBe('identity-nip-problem');
    expect(deepActive()?.id).toBe('identity-nip');
    expect(p.engine!.learner).toEqual({});
    expect(await axeViolations(p)).toEqual([]);
    input('nip').value = '19900101 201501 2 001';
    input('unit').value = 'Inspektorat Jenderal';
    root.querySelector<HTMLButtonElement>('.identity button[type="submit"]')!.click();
    await settleDeep(p);
    expect(root.querySelectorAll('.identity .problem')).toHaveLength(0);
    expect(text(root.querySelector('.identity .saved'))).toBe('Data tersimpan.');
    expect(p.engine!.snapshot().learner).toEqual({ name: 'Siti Rahmawati', nip: '199001012015012001', unit: 'Inspektorat Jenderal' });
    const cert = $(p, 'ck-certificate');
    await settleDeep(cert);
    expect(text(cert.shadowRoot!.querySelector('.identity'))).toBe('NIP 19900101 201501 2 001 Inspektorat Jenderal');
  });

  it('takes the NIP and unit kerja the launch gave, shows them read-only and marked as the LMS\'s, and puts them on the certificate', async () => {
    const p = await finish(['refuse', 'true', 'upg'], '', { learner: { id: '199001012015012001', name: 'Rina Marlina', unit: 'Inspektorat Jenderal' } });
    const root = p.shadowRoot!;
    const input = (name: string) => root.querySelector<HTMLInputElement>(`#identity-${name}`)!;
    expect(['name', 'nip', 'unit'].map((n) => [input(n).value, input(n).readOnly])).toEqual([
      ['Rina Marlina', false],
      ['199001012015012001', true],
      ['Inspektorat Jenderal', true],
    ]);
    expect(input('unit').getAttribute('aria-describedby')).toBe('identity-unit-lms');
    expect(text(root.querySelector('#identity-unit-lms'))).toBe('Dari LMS');
    expect(input('name').hasAttribute('aria-describedby')).toBe(false);
    const cert = $(p, 'ck-certificate');
    await settleDeep(cert);
    expect(text(cert.shadowRoot!.querySelector('.identity'))).toBe('NIP 19900101 201501 2 001 Inspektorat Jenderal');
    expect(await axeViolations(p)).toEqual([]);
    // The learner adds the titles (gelar) to the name; the LMS's values stay as they are.
    input('name').value = 'Dr. Rina Marlina, S.H.';
    root.querySelector<HTMLButtonElement>('.identity button[type="submit"]')!.click();
    await settleDeep(p);
    expect(p.engine!.snapshot().learner).toEqual({ name: 'Dr. Rina Marlina, S.H.', nip: '199001012015012001', unit: 'Inspektorat Jenderal' });
  });

  it('shows a fail with the numbers and no certificate', async () => {
    const p = await finish(['keep', 'true', 'hr']);
    expect(text($(p, '.verdict'))).toBe('Belum lulus. Nilai kursus Bapak/Ibu 33,3%; batas lulus 70%.');
    expect(text($(p, '.summary li'))).toBe('Kuis akhir: gratifikasi: Nilai terbaik 33,3%, batas lulus 70%, 2 kali percobaan — Belum lulus');
    expect(p.shadowRoot!.querySelector('ck-certificate')).toBeNull();
    expect(text($(p, '.results')).includes('Sertifikat diberikan setelah Bapak/Ibu lulus kursus ini.')).toBe(true);
  });
});

describe('<ck-course-player> accessibility', () => {
  for (const pageId of ['pengantar', 'jenis', 'media']) {
    it(`has no axe violations on page "${pageId}"`, async () => {
      const p = mount((p) => (p.course = sampleCourse));
      await ready(p);
      while (p.engine!.currentPage.pageId !== pageId) p.engine!.next();
      p.requestUpdate();
      await settleDeep(p);
      expect(await axeViolations(p)).toEqual([]);
    });
  }

  it('fits 320 px (a 640 px window at 200% zoom) on every page, the open outline and the results, without sideways scrolling', async () => {
    await page.viewport(320, 640);
    try {
      const p = mount((p) => (p.course = sampleCourse));
      await ready(p);
      const fits = (where: string) => {
        expect(document.documentElement.clientWidth).toBe(320);
        expect(document.documentElement.scrollWidth, where).toBeLessThanOrEqual(document.documentElement.clientWidth);
        expect(p.getBoundingClientRect().right, where).toBeLessThanOrEqual(320);
      };
      const pages = sampleCourse.modules.flatMap((m) => m.pages.map((pg) => pg.id));
      for (const [i, pageId] of pages.entries()) {
        if (i > 0) expect(p.next()).toBe(true);
        await settleDeep(p);
        expect(p.engine!.currentPage.pageId).toBe(pageId);
        fits(pageId);
      }
      $(p, '.outline-toggle').click();
      await settleDeep(p);
      expect($(p, '.outline-toggle').getAttribute('aria-expanded')).toBe('true');
      fits('outline open');
      p.showResults();
      await settleDeep(p);
      fits('results');
    } finally {
      await page.viewport(414, 896);
    }
  });
});
