import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium } from '../examples/browser';
import { type Cmi, type StrictLms, startStrictLms } from './strict-lms';

// The real packaged player (built by the CLI) in real Chromium, against an LMS that stores only
// what the course commits over a blocking request and relaunches from it (strict-lms.ts). The tab
// is closed at named moments; each test asserts what the LMS holds and what the relaunch shows.

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'packages/cli/dist/bin.js');
const out = mkdtempSync(join(tmpdir(), 'coursekit-strict-lms-'));
const targets = { '1.2': 'scorm12', '2004': 'scorm2004-4' } as const;
type Version = keyof typeof targets;

function build(course: string, version: Version): Uint8Array {
  const zip = join(out, `${targets[version]}-${Date.now()}.zip`);
  execFileSync(process.execPath, [cli, 'build', course, '--target', targets[version], '--out', zip, '--quiet'], { stdio: 'pipe' });
  return readFileSync(zip);
}

const BULK = 320;

/** One page, one assessment of 320 true/false questions (one attempt): 320 interactions in 1.2 and in 2004. */
function bulkCourse() {
  const text = (id: string, en: string) => ({ id, en });
  return {
    schemaVersion: '1.0',
    id: 'bulk',
    version: '1.0.0',
    title: text('Banyak soal', 'Many questions'),
    languages: ['id', 'en'],
    defaultLanguage: 'id',
    modules: [{ id: 'm1', title: text('Ujian', 'Test'), pages: [{ id: 'test', title: text('Ujian', 'Test'), blocks: [{ type: 'assessment', assessment: 'bulk' }] }] }],
    assessments: [
      {
        id: 'bulk',
        title: text('Ujian', 'Test'),
        passingScore: 50,
        attempts: 1,
        questions: Array.from({ length: BULK }, (_, i) => ({ id: `q${String(i + 1).padStart(3, '0')}`, type: 'true-false', prompt: text(`Pernyataan ${i + 1}`, `Statement ${i + 1}`), correct: i % 2 === 0 })),
      },
    ],
    completion: { pagesViewed: 100, assessments: ['bulk'] },
    mastery: { passingScore: 50, assessments: [{ assessment: 'bulk', weight: 1 }] },
  };
}

let browser: Browser;
let lms: StrictLms;
const errors: string[] = [];

beforeAll(async () => {
  [browser, lms] = await Promise.all([launchChromium(), startStrictLms()]);
  writeFileSync(join(out, 'bulk.course.json'), JSON.stringify(bulkCourse()));
  for (const version of ['1.2', '2004'] as const) {
    await lms.addPackage(`strict-${version}`, build(join(import.meta.dirname, 'fixtures/strict.course.json'), version));
    await lms.addPackage(`bulk-${version}`, build(join(out, 'bulk.course.json'), version));
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await lms?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The player's Indonesian labels (packages/components/src/translations/). */
const L = { next: 'Berikutnya', previous: 'Sebelumnya', toResults: 'Lihat hasil', submit: 'Kirim jawaban', startQuiz: 'Mulai penilaian', save: 'Simpan jawaban', submitQuiz: 'Kirim penilaian', retry: 'Coba lagi', exit: 'Keluar', closed: 'Bapak/Ibu telah keluar dari kursus.' };

interface Launch {
  context: BrowserContext;
  page: Page;
  course: FrameLocator;
  /** The index of this session's first Commit in `lms.received(learner)`. */
  firstCommit: number;
}

/** Opens the LMS's launch page for a learner in a fresh browser context (nothing kept in the browser) and waits for the course. */
async function launch(learner: string, version: Version, options: { course?: string } = {}): Promise<Launch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => errors.push(e.message));
  const firstCommit = lms.received(learner).length;
  await page.goto(lms.launchUrl(learner, options.course ?? `strict-${version}`));
  const course = page.frameLocator('iframe');
  // The player's heading: the launch page shows the first page as built before the player has resumed the learner.
  await course.locator('ck-course-player').getByRole('heading', { level: 1 }).first().waitFor({ timeout: 45_000 });
  return { context, page, course, firstCommit };
}

const frame = (l: Launch): Frame => l.page.frames().find((f) => f.url().includes('/course/'))!;

/** Lets the course's timers that are due run (a save due now runs its blocking Commit in that task). */
const flush = (l: Launch) => frame(l).evaluate(() => new Promise((done) => setTimeout(done, 0)));

// The moments of one learner follow each other; learners and versions run side by side. Side by side,
// the global `expect.poll` cannot tell which test it belongs to (Vitest: "must be called inside a test"):
// waits use `vi.waitFor` with a plain assertion.
const step = (name: string, fn: () => Promise<void>) => it.sequential(name, fn, 120_000);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until the last Commit is more than a second old, so the next change is saved at once. */
async function quiet(learner: string): Promise<void> {
  // A save put off by the once-a-second rule arrives a second after the one before it.
  for (let wait = 1; wait > 0; wait = (lms.received(learner).at(-1)?.at ?? 0) + 1100 - lms.now()) await sleep(wait);
}

type Close = 'tab' | 'navigate' | 'kill';

/** Closes the tab (beforeunload, pagehide, unload), navigates it away, or kills the browser context (no unload at all). */
async function close(l: Launch, how: Close): Promise<void> {
  if (how === 'tab') await Promise.all([l.page.waitForEvent('close'), l.page.close({ runBeforeUnload: true })]);
  if (how === 'navigate') await l.page.goto('about:blank');
  await l.context.close();
}

/** The verdict the results page shows beside the course score line. */
const verdict = (l: Launch, scoreLine: string) => l.course.getByText(scoreLine).locator('strong').textContent();

const pager = (l: Launch) => l.course.getByRole('navigation', { name: 'Navigasi halaman' });
const heading = (l: Launch) => l.course.locator('ck-course-player').getByRole('heading', { level: 1 }).first().textContent();

/** The elements a test checks, from a stored data model (interactions apart). */
function pick(cmi: Cmi | null, keys: readonly string[]): Cmi {
  return Object.fromEntries(keys.filter((k) => cmi && k in cmi).map((k) => [k, cmi![k]!]));
}

/** The stored interactions, one line each: "id type response result". */
function interactions(cmi: Cmi | null, version: Version): string[] {
  const response = version === '1.2' ? 'student_response' : 'learner_response';
  const lines: string[] = [];
  for (let n = 0; cmi && `cmi.interactions.${n}.id` in cmi; n++) {
    const at = (k: string) => cmi[`cmi.interactions.${n}.${k}`] ?? '-';
    lines.push(`${at('id')} ${at('type')} ${at(response)} ${at('result')}`);
  }
  return lines;
}

/** Seconds in a stored session time (1.2 "HHHH:MM:SS.SS", 2004 "PT1M2.5S"). */
function seconds(value: string | undefined): number {
  if (!value) return Number.NaN;
  const hms = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(value);
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value);
  return iso ? Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0) : Number.NaN;
}

type Situation = 'incomplete' | 'failed, one attempt left' | 'failed' | 'passed';

/**
 * What the LMS must hold, in SCORM 1.2's or 2004's words (the state table in docs/tracking/scorm.md):
 * entry as given at launch, the verdict, exit, bookmark, progress, the course score and the interactions.
 */
function holds(version: Version, s: { entry: string; page: string; progress: string; situation: Situation; score?: number }, lines: string[]): Cmi | Record<string, unknown> {
  const done = s.situation === 'failed' || s.situation === 'passed';
  if (version === '1.2') {
    return {
      'cmi.core.entry': s.entry,
      'cmi.core.lesson_status': done ? s.situation : 'incomplete',
      'cmi.core.exit': done ? '' : 'suspend',
      'cmi.core.lesson_location': s.page,
      ...(s.score !== undefined ? { 'cmi.core.score.raw': String(s.score), 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' } : {}),
      interactions: lines,
    };
  }
  return {
    'cmi.entry': s.entry,
    'cmi.completion_status': s.situation === 'incomplete' ? 'incomplete' : 'completed',
    ...(s.situation === 'incomplete' ? {} : { 'cmi.success_status': done ? s.situation : 'unknown' }),
    'cmi.exit': done ? 'normal' : 'suspend',
    'cmi.location': s.page,
    'cmi.progress_measure': s.progress,
    ...(s.score !== undefined ? { 'cmi.score.raw': String(s.score), 'cmi.score.min': '0', 'cmi.score.max': '100', 'cmi.score.scaled': String(s.score / 100) } : {}),
    interactions: lines,
  };
}

const keys = {
  '1.2': ['cmi.core.entry', 'cmi.core.lesson_status', 'cmi.core.exit', 'cmi.core.lesson_location', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max'],
  '2004': ['cmi.entry', 'cmi.completion_status', 'cmi.success_status', 'cmi.exit', 'cmi.location', 'cmi.progress_measure', 'cmi.score.raw', 'cmi.score.min', 'cmi.score.max', 'cmi.score.scaled'],
} as const;

/** What the LMS holds for a learner, in the shape `holds` describes. */
function storedFor(learner: string, version: Version): Record<string, unknown> {
  const cmi = lms.stored(learner);
  return { ...pick(cmi, keys[version]), interactions: interactions(cmi, version) };
}

/**
 * The stored session time is the time from the session's first commit to its last (the LMS's
 * clock), within a second (the page starts its clock before its first commit reaches the LMS, later on a busy machine): what a lost Finish costs is the time since the last commit, nothing more.
 */
function expectSessionTime(learner: string, version: Version, l: Launch): void {
  const mine = lms.received(learner).slice(l.firstCommit);
  const stored = seconds(lms.stored(learner)?.[version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time']);
  expect(Math.abs(stored - (mine.at(-1)!.at - mine[0]!.at) / 1000)).toBeLessThan(1);
}

/** The interaction lines of the fixture course's answers, as each version writes them. */
const ix = {
  gift: { '1.2': 'kc-gift choice a correct', '2004': 'kc-gift choice refuse correct' },
  report: { '1.2': 'kc-report true-false t correct', '2004': 'kc-report true-false true correct' },
  decide: { '1.2': 'parcel_decide choice a neutral', '2004': 'parcel_decide choice refuse neutral' },
  follow: { '1.2': 'parcel_follow choice a neutral', '2004': 'parcel_follow choice report neutral' },
} as const;
const KEY = [true, false, true, false];
/** The interaction lines of one attempt at "final" answered `answers`. */
const attemptLines = (version: Version, answers: boolean[]) =>
  answers.map((value, i) => {
    const right = value === KEY[i];
    return version === '1.2' ? `final_f${i + 1} true-false ${value ? 't' : 'f'} ${right ? 'correct' : 'wrong'}` : `final_f${i + 1} true-false ${value} ${right ? 'correct' : 'incorrect'}`;
  });

describe.concurrent('a strict LMS (blocking Commit and Finish, relaunch from what was stored), both versions side by side', () => {
  describe.each(['1.2', '2004'] as const)('SCORM %s', (version) => {
    describe.sequential('a learner who fails', () => {
      const learner = `fail-${version}`;
      let l: Launch;
      const first = [ix.gift[version], ix.report[version], ix.decide[version], ix.follow[version]];
      const wrong = [false, true, false, true];
      const oneRight = [true, true, false, true];

      beforeAll(() => lms.enrol(learner, version, version === '1.2' ? { 'cmi.core.student_id': learner, 'cmi.core.student_name': 'Rahmawati, Siti' } : { 'cmi.learner_id': learner, 'cmi.learner_name': 'Rahmawati, Siti' }));

      step('keeps nothing when the tab is closed before the course initialises, and the relaunch starts afresh', async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(lms.launchUrl(learner, `strict-${version}`), { waitUntil: 'commit' });
        await page.close({ runBeforeUnload: true });
        await context.close();
        expect(lms.received(learner)).toEqual([]);
        expect(lms.stored(learner)).toBeNull();
        l = await launch(learner, version);
        expect(await heading(l)).toBe('Pembuka');
        expect(lms.traces(learner).filter((t) => t.call === 'init')).toEqual([{ seq: 1, call: 'init', result: 'true' }]);
      });

      step('resumes on the page the tab was closed on', async () => {
        await quiet(learner);
        await pager(l).getByRole('button', { name: L.next, exact: true }).click();
        await l.course.getByRole('heading', { level: 1, name: 'Cek pemahaman' }).waitFor();
        await flush(l);
        await close(l, 'tab');
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: 'ab-initio', page: 'check', progress: '0.5', situation: 'incomplete' }, []));
        expectSessionTime(learner, version, l);
        l = await launch(learner, version);
        expect(await heading(l)).toBe('Cek pemahaman');
      });

      step('keeps an answer when the tab is closed right after it', async () => {
        await quiet(learner);
        const q = l.course.locator('ck-question[question-id="kc-gift"]');
        await q.getByRole('radio', { name: 'Menolaknya dengan sopan', exact: true }).check();
        await q.getByRole('button', { name: L.submit, exact: true }).click();
        await flush(l);
        await close(l, 'tab');
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: 'resume', page: 'check', progress: '0.5', situation: 'incomplete' }, [ix.gift[version]]));
        expectSessionTime(learner, version, l);
        l = await launch(learner, version);
        expect(await heading(l)).toBe('Cek pemahaman');
        expect(await l.course.locator('ck-question[question-id="kc-gift"]').getByRole('radio', { name: 'Menolaknya dengan sopan', exact: true }).isChecked()).toBe(true);
      });

      step('keeps what was answered when the tab is closed mid-question (an option chosen, not submitted), and the relaunch asks that question again', async () => {
        await quiet(learner);
        const before = lms.received(learner).length;
        await l.course.locator('ck-question[question-id="kc-report"]').getByRole('radio', { name: 'Benar', exact: true }).check();
        await flush(l);
        await close(l, 'tab');
        // Choosing is not answering: nothing is sent until the learner submits, and nothing stored is lost.
        expect(lms.received(learner).length).toBe(before);
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: 'resume', page: 'check', progress: '0.5', situation: 'incomplete' }, [ix.gift[version]]));
        l = await launch(learner, version);
        expect(await heading(l)).toBe('Cek pemahaman');
        expect(await l.course.locator('ck-question[question-id="kc-gift"]').getByRole('radio', { name: 'Menolaknya dengan sopan', exact: true }).isChecked()).toBe(true);
        expect(await l.course.locator('ck-question[question-id="kc-report"]').getByRole('radio', { name: 'Benar', exact: true }).isChecked()).toBe(false);
      });

      step('loses only what changed within a second of the last save: a page opened right after an answer, the page navigated away at once', async () => {
        await quiet(learner);
        const before = lms.received(learner).length;
        // In the page, so no test round trip comes between: the answer (saved at once, in the next
        // task), the next page (its save due a second later), then the LMS page navigated away.
        const gone = l.page.waitForURL('about:blank');
        await frame(l)
          .evaluate(async () => {
            const engine = (document.querySelector('ck-course-player') as unknown as { engine: { answer(q: string, r: unknown): unknown; next(): unknown } }).engine;
            engine.answer('kc-report', { type: 'true-false', value: true });
            await new Promise((done) => setTimeout(done, 0));
            engine.next();
            window.top!.location.href = 'about:blank';
          })
          .catch(() => {});
        await gone;
        await l.context.close();
        expect(lms.received(learner).length).toBe(before + 1);
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: 'resume', page: 'check', progress: '0.5', situation: 'incomplete' }, [ix.gift[version], ix.report[version]]));
        l = await launch(learner, version);
        expect(await heading(l)).toBe('Cek pemahaman');
        expect(await l.course.locator('ck-question[question-id="kc-report"]').getByRole('radio', { name: 'Benar', exact: true }).isChecked()).toBe(true);
      });

      step('keeps a scenario choice when the page is navigated away right after it, and the relaunch resumes the scenario at the next decision', async () => {
        await pager(l).getByRole('button', { name: L.next, exact: true }).click();
        const scenario = l.course.locator('ck-scenario[scenario-id="parcel"]');
        await scenario.getByRole('button', { name: 'Mulai skenario', exact: true }).click();
        await quiet(learner);
        await scenario.getByRole('button', { name: 'Menolak dengan sopan', exact: true }).click();
        await flush(l);
        await close(l, 'navigate');
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: 'resume', page: 'story', progress: '0.75', situation: 'incomplete' }, first.slice(0, 3)));
        expectSessionTime(learner, version, l);
        l = await launch(learner, version);
        expect(await heading(l)).toBe('Parsel');
        await l.course.getByText('Rekanan bertanya lagi besok. Lalu?').waitFor();
      });

      step('stores a failed attempt with one left as not yet judged (never completed in 1.2) when the browser is killed after it', async () => {
        await l.course.locator('ck-scenario[scenario-id="parcel"]').getByRole('button', { name: 'Melapor ke UPG', exact: true }).click();
        await pager(l).getByRole('button', { name: L.next, exact: true }).click();
        await takeQuiz(l, wrong);
        await l.course.getByRole('button', { name: L.retry, exact: true }).waitFor();
        await quiet(learner);
        await close(l, 'kill');
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: 'resume', page: 'quiz', progress: '1', situation: 'failed, one attempt left' }, [...first, ...attemptLines(version, wrong)]));
        expectSessionTime(learner, version, l);
        l = await launch(learner, version);
        expect(await heading(l)).toBe('Ujian akhir');
        await l.course.getByRole('button', { name: L.retry, exact: true }).waitFor();
      });

      step('stores failed, with the score, once no attempt is left: 1.2 journals both attempts, 2004 updates each question by id', async () => {
        await l.course.getByRole('button', { name: L.retry, exact: true }).click();
        await takeQuiz(l, oneRight);
        await l.course.locator('ck-quiz [part="result"]').first().waitFor();
        await quiet(learner);
        await close(l, 'tab');
        const lines = version === '1.2' ? [...first, ...attemptLines(version, wrong), ...attemptLines(version, oneRight)] : [...first, ...attemptLines(version, oneRight)];
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: 'resume', page: 'quiz', progress: '1', situation: 'failed', score: 25 }, lines));
        expectSessionTime(learner, version, l);
        l = await launch(learner, version);
        await l.course.locator('ck-quiz [part="result"]').first().waitFor();
        expect(await l.course.getByRole('button', { name: L.retry, exact: true }).count()).toBe(0);
      });

      step('Exit on the results page: Finish sends the final state over the blocking request, the closing screen shows, and the relaunch shows the same verdict', async () => {
        await pager(l).getByRole('button', { name: L.toResults, exact: true }).click();
        expect(await verdict(l, 'Nilai kursus Bapak/Ibu 25%; batas lulus 75%.')).toBe('Belum lulus.');
        await l.course.getByRole('button', { name: L.exit, exact: true }).click();
        await l.course.getByRole('heading', { name: L.closed }).waitFor();
        expect(lms.received(learner).at(-1)!.kind).toBe('finish');
        await close(l, 'tab');
        const lines = version === '1.2' ? [...first, ...attemptLines(version, wrong), ...attemptLines(version, oneRight)] : [...first, ...attemptLines(version, oneRight)];
        // exit was "" / "normal": the LMS gives the next launch entry "".
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: '', page: 'quiz', progress: '1', situation: 'failed', score: 25 }, lines));
        expectSessionTime(learner, version, l);
        l = await launch(learner, version);
        await pager(l).getByRole('button', { name: L.toResults, exact: true }).click();
        expect(await verdict(l, 'Nilai kursus Bapak/Ibu 25%; batas lulus 75%.')).toBe('Belum lulus.');
        await close(l, 'kill');
        expect(errors).toEqual([]);
      });
    });

    describe.sequential('a learner who passes', () => {
      const learner = `pass-${version}`;
      let l: Launch;
      beforeAll(() => lms.enrol(learner, version, version === '1.2' ? { 'cmi.core.student_id': learner, 'cmi.core.student_name': 'Wibowo, Andi' } : { 'cmi.learner_id': learner, 'cmi.learner_name': 'Wibowo, Andi' }));

      step('stores passed with the score when the browser is killed just after the commit of the verdict', async () => {
        l = await launch(learner, version);
        for (const title of ['Cek pemahaman', 'Parsel', 'Ujian akhir']) {
          await pager(l).getByRole('button', { name: L.next, exact: true }).click();
          await l.course.getByRole('heading', { level: 1, name: title }).waitFor();
        }
        await takeQuiz(l, KEY);
        const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status';
        await vi.waitFor(() => expect(lms.stored(learner)?.[status]).toBe('passed'), { interval: 20 });
        await close(l, 'kill');
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: 'ab-initio', page: 'quiz', progress: '1', situation: 'passed', score: 100 }, attemptLines(version, KEY)));
        l = await launch(learner, version);
        expect(await heading(l)).toBe('Ujian akhir');
        await l.course.locator('ck-quiz [part="result"]').first().waitFor();
      });

      step('keeps the commit that was in flight when the tab was closed during a slow reply', async () => {
        await quiet(learner);
        lms.slowReplies(learner, 1500);
        const before = lms.received(learner).length;
        await pager(l).getByRole('button', { name: L.previous, exact: true }).click();
        await vi.waitFor(() => expect(lms.received(learner).length).toBe(before + 1), { interval: 10 });
        const closing = close(l, 'tab');
        lms.slowReplies(learner, 0);
        await closing;
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: '', page: 'story', progress: '1', situation: 'passed', score: 100 }, attemptLines(version, KEY)));
        l = await launch(learner, version);
        expect(await heading(l)).toBe('Parsel');
        await pager(l).getByRole('button', { name: L.next, exact: true }).click();
        await pager(l).getByRole('button', { name: L.toResults, exact: true }).click();
        expect(await verdict(l, 'Nilai kursus Bapak/Ibu 100%; batas lulus 75%.')).toBe('Lulus.');
        await close(l, 'kill');
      });
    });

    describe.sequential('a course of 320 questions', () => {
      const learner = `bulk-${version}`;
      beforeAll(() => lms.enrol(learner, version, version === '1.2' ? { 'cmi.core.student_id': learner } : { 'cmi.learner_id': learner }));

      step('Finish stores all 320 interactions, each once, over the blocking request (far more than a browser sends while a page closes)', async () => {
        const l = await launch(learner, version, { course: `bulk-${version}` });
        // Every answer through the player's engine (the learner's clicks are covered above): 3 of 4 right.
        await frame(l).evaluate((count) => {
          const engine = (document.querySelector('ck-course-player') as unknown as { engine: { assessment(id: string): { questions: Array<{ id: string }> }; answerInAssessment(a: string, q: string, r: unknown): unknown; submitAssessment(a: string): unknown } }).engine;
          const { questions } = engine.assessment('bulk');
          if (questions.length !== count) throw new Error(`${questions.length} questions`);
          questions.forEach((q, i) => engine.answerInAssessment('bulk', q.id, { type: 'true-false', value: i % 4 === 3 ? i % 2 === 1 : i % 2 === 0 }));
          engine.submitAssessment('bulk');
        }, BULK);
        await l.course.getByRole('button', { name: L.exit, exact: true }).click();
        await l.course.getByRole('heading', { name: L.closed }).waitFor();
        const finish = lms.received(learner).at(-1)!;
        expect(finish.kind).toBe('finish');
        expect(finish.bytes).toBeGreaterThan(65_536);
        await close(l, 'tab');
        const lines = Array.from({ length: BULK }, (_, i) => {
          const id = `bulk_q${String(i + 1).padStart(3, '0')}`;
          const value = i % 4 === 3 ? i % 2 === 1 : i % 2 === 0;
          const right = i % 4 !== 3;
          return version === '1.2' ? `${id} true-false ${value ? 't' : 'f'} ${right ? 'correct' : 'wrong'}` : `${id} true-false ${value} ${right ? 'correct' : 'incorrect'}`;
        });
        expect(storedFor(learner, version)).toEqual(holds(version, { entry: 'ab-initio', page: 'test', progress: '1', situation: 'passed', score: 75 }, lines));
        // scorm-again accepted every value the course set.
        expect(lms.traces(learner).filter((t) => t.call === 'set')).toEqual([]);
      });
    });
  });
});

/** Takes the current attempt of "final": true/false answers in order, then submits. */
async function takeQuiz(l: Launch, answers: boolean[]): Promise<void> {
  const quiz = l.course.locator('ck-quiz[assessment-id="final"]');
  await quiz.getByRole('button').first().waitFor();
  const start = quiz.getByRole('button', { name: L.startQuiz, exact: true });
  if (await start.count()) await start.click();
  for (const [i, value] of answers.entries()) {
    const q = quiz.locator('ck-question').first();
    await q.getByRole('radio', { name: value ? 'Benar' : 'Salah', exact: true }).check();
    await q.getByRole('button', { name: L.save, exact: true }).click();
    if (i === answers.length - 1) await quiz.getByRole('button', { name: L.submitQuiz, exact: true }).click();
    else {
      const id = await q.getAttribute('question-id');
      await quiz.getByRole('button', { name: L.next, exact: true }).click();
      await quiz.locator(`ck-question:not([question-id="${id}"])`).first().waitFor();
    }
  }
}
