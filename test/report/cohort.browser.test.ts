import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { LearningEvent } from '@coursekit/engine';
import { buildReport, readRoster, readStatementsFromLrs, type CohortReport } from '@coursekit/report';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with the screenshot script
import { playCourse } from '../../examples/integrity-ranger/scripts/play.mjs';
import { startLearningLocker, type RunningLrs } from '../../packages/xapi/test/servers/lrs';
import { launchChromium, serveZip } from '../examples/browser';
import { examplesDir, loadExampleCourse } from '../examples/load';
import { successPaths, temptedPaths } from '../examples/plays';

/**
 * The organiser's journey: a cohort plays Integrity Ranger, built for xAPI, in Chromium; the
 * statements go to a real LRS (Learning Locker's statements service, as in the xAPI tests); then
 * `coursekit report` reads them back. Every figure of the report is checked against the learning
 * events the players emitted while the learners played, which never pass through xAPI.
 */
const run = promisify(execFile);
const root = resolve(examplesDir, '..');
const cli = join(root, 'packages/cli/dist/bin.js');
const courseFile = join(examplesDir, 'integrity-ranger/course.json');
const course = loadExampleCourse('integrity-ranger/course.json');
const ACTIVITY = course.tracking!.activityId!;
const AUTH = `Basic ${Buffer.from('penyelenggara:rahasia').toString('base64')}`;

const success = successPaths;
const tempted = temptedPaths;
const firstPageOf = (moduleIndex: number) => course.modules[moduleIndex]!.pages[0]!.id;

interface Learner {
  name: string;
  email: string;
  unit: string;
  registration: string;
  paths: Record<string, string[]>;
  answer: (questionId: string) => 'right' | 'wrong';
  stopAt?: string;
}
const learners: Learner[] = [
  { name: 'Siti Rahmawati', email: 'siti@dpmptsp.contoh.go.id', unit: 'DPMPTSP Kota Contoh', registration: 'a1b2c3d4-0001-4000-8000-000000000001', paths: success, answer: () => 'right' },
  { name: 'Budi Hartono', email: 'budi@dpmptsp.contoh.go.id', unit: 'DPMPTSP Kota Contoh', registration: 'a1b2c3d4-0002-4000-8000-000000000002', paths: tempted, answer: () => 'right' },
  { name: 'Rina Kusuma', email: 'rina@bpkad.contoh.go.id', unit: 'BPKAD Kota Contoh', registration: 'a1b2c3d4-0003-4000-8000-000000000003', paths: success, answer: () => 'wrong' },
  { name: 'Agus Setiawan', email: 'agus@bpkad.contoh.go.id', unit: 'BPKAD Kota Contoh', registration: 'a1b2c3d4-0004-4000-8000-000000000004', paths: success, answer: () => 'right', stopAt: firstPageOf(2) },
];
/** On the roster, never opened the course. */
const absent = { name: 'Dewi Lestari', email: 'dewi@inspektorat.contoh.go.id', unit: 'Inspektorat Kota Contoh' };

const text = (value: unknown): string => (typeof value === 'string' ? value : ((value as Record<string, string>)?.id ?? ''));
const pageTitle = new Map(course.modules.flatMap((m) => m.pages.map((p) => [p.id, text(p.title)] as const)));

async function statementsOf(lrs: RunningLrs, registration: string): Promise<Array<{ verb: { id: string }; object: { id: string } }>> {
  const url = new URL('statements', lrs.endpoint);
  url.searchParams.set('registration', registration);
  url.searchParams.set('limit', '1000');
  const response = await fetch(url, { headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' } });
  return ((await response.json()) as { statements: never[] }).statements;
}

describe('coursekit report on a cohort that played Integrity Ranger in Chromium', () => {
  const out = mkdtempSync(join(tmpdir(), 'coursekit-cohort-'));
  let lrs: RunningLrs;
  let browser: Browser;
  let server: Server;
  let url: string;
  const played = new Map<string, LearningEvent[]>();
  let report: CohortReport;
  /** The learner's last course verdict, as the player emitted it. */
  /** The certificate numbers the learner's player issued. */
  const issued = (l: Learner) => played.get(l.email)!.flatMap((e) => (e.type === 'certificate-earned' ? [e.certificateId] : []));
  const verdict = (l: Learner) => played.get(l.email)!.filter((e) => e.type === 'course-scored').at(-1) as Extract<LearningEvent, { type: 'course-scored' }> | undefined;

  beforeAll(async () => {
    [lrs] = await Promise.all([startLearningLocker(), run(process.execPath, [cli, 'build', courseFile, '--target', 'xapi', '--out', join(out, 'xapi.zip'), '--quiet'])]);
    const served = await serveZip(readFileSync(join(out, 'xapi.zip')));
    server = served.server;
    url = served.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await lrs?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('four civil servants play: two pass, one fails every attempt, one stops part way; every statement reaches the LRS', async () => {
    for (const learner of learners) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const events: LearningEvent[] = [];
      const errors: string[] = [];
      played.set(learner.email, events);
      page.on('pageerror', (e) => errors.push(e.message));
      await page.exposeFunction('__ckLearning', (e: LearningEvent) => void events.push(e));
      await page.addInitScript(() => document.addEventListener('ck-learning', (e) => (window as unknown as { __ckLearning(d: unknown): void }).__ckLearning((e as CustomEvent).detail)));
      const launch = new URLSearchParams({
        endpoint: lrs.endpoint,
        auth: AUTH,
        actor: JSON.stringify({ objectType: 'Agent', name: learner.name, mbox: `mailto:${learner.email}` }),
        registration: learner.registration,
        activity_id: ACTIVITY,
        organisation_unit: learner.unit,
      });
      await page.goto(`${url}/index.html?${launch}`);
      await playCourse(page, course, { scenarioPaths: learner.paths, answer: learner.answer, stopAt: learner.stopAt });
      if (!learner.stopAt) await page.locator('ck-course-player [part="verdict"]').waitFor();
      // Leaving the page: the tracker terminates the session and sends what is queued.
      await page.goto('about:blank');
      expect(errors).toEqual([]);

      // The LRS holds the learner's statements once delivery settles: the session's terminated
      // statement (sent with keepalive as the page went away) and the last one expected are there,
      // and the count stays the same for a while.
      const last = learner.stopAt
        ? (s: { verb: { id: string }; object: { id: string } }) => s.verb.id.endsWith('/experienced') && s.object.id === `${ACTIVITY}/page/${learner.stopAt}`
        : (s: { verb: { id: string }; object: { id: string } }) => /\/(passed|failed)$/.test(s.verb.id) && s.object.id === ACTIVITY;
      let previous = -1;
      await expect
        .poll(
          async () => {
            const stored = await statementsOf(lrs, learner.registration);
            const settled = stored.some(last) && stored.some((s) => s.verb.id.endsWith('/terminated')) && stored.length === previous;
            previous = stored.length;
            return settled;
          },
          { timeout: 30_000, interval: 700, message: `${learner.name}'s statements did not settle in the LRS (terminated and ${learner.stopAt ? 'the last page' : 'passed/failed'} expected)` },
        )
        .toBe(true);
      // Only now: closing the browser context would cancel keepalive requests still on their way
      // (a learner closing a tab does not tear down the browser that sends them).
      await context.close();
    }
    expect(learners.map((l) => verdict(l)?.passed ?? null)).toEqual([true, true, false, null]);
  }, 600_000);

  it('reads the cohort back from the LRS: statuses, units and scores are what was played', async () => {
    writeFileSync(join(out, 'roster.csv'), ['email,name,unit', ...[...learners, absent].map((l) => `${l.email},${l.name},${l.unit}`)].join('\n'));
    report = await buildReport(readStatementsFromLrs({ endpoint: lrs.endpoint, authorization: AUTH, activity: ACTIVITY }), {
      courseActivityId: ACTIVITY,
      organisationExtension: course.tracking!.organisationExtension!,
      language: 'id',
      roster: await readRoster(join(out, 'roster.csv')),
    });
    expect(report.statements.ignored).toBe(0);
    expect(report.course).toEqual({ id: ACTIVITY, name: text(course.title) });

    const score = (l: Learner) => {
      const e = verdict(l);
      return e?.score ? Math.round(e.score.scaled * 100) : null;
    };
    const status = (l: Learner) => {
      const e = verdict(l);
      return e ? (e.passed ? 'passed' : 'failed') : 'in-progress';
    };
    const rows = new Map(report.learners.map((r) => [r.key, r]));
    for (const l of learners) {
      expect(rows.get(`mailto:${l.email}`)).toMatchObject({ name: l.name, unit: l.unit, status: status(l), score: score(l) });
    }
    expect(rows.get(`mailto:${absent.email}`)).toMatchObject({ name: absent.name, unit: absent.unit, status: 'not-started', score: null, lastActive: null, certificates: [] });
    // Each certificate number is the one the learner's player issued; those who did not pass have none.
    for (const l of learners) expect(rows.get(`mailto:${l.email}`)!.certificates, l.name).toEqual(issued(l));
    expect(learners.map((l) => issued(l).length)).toEqual([1, 1, 0, 0]);
    expect(report.totals).toEqual({ learners: 5, 'not-started': 1, 'in-progress': 1, completed: 0, passed: 2, failed: 1, completionRate: 3 / 5, passRate: 2 / 3 });
    expect(report.units.map((u) => [u.unit, u.counts.learners, u.counts.passed, u.counts.failed, u.counts['in-progress'], u.counts['not-started']])).toEqual([
      ['BPKAD Kota Contoh', 2, 0, 1, 1, 0],
      ['DPMPTSP Kota Contoh', 2, 2, 0, 0, 0],
      ['Inspektorat Kota Contoh', 1, 0, 0, 0, 1],
    ]);
    const deciles = Array.from({ length: 10 }, () => 0);
    for (const l of learners) if (score(l) !== null) deciles[Math.min(9, Math.floor(score(l)! / 10))]!++;
    expect(report.scoreDistribution).toEqual(deciles);
  });

  it('says where the learner who stopped was, and when; time spent comes from the sessions', () => {
    const agus = report.learners.find((r) => r.name === 'Agus Setiawan')!;
    expect(agus.lastPlace).toBe(pageTitle.get(learners[3]!.stopAt!));
    expect(report.stalls).toEqual([{ place: pageTitle.get(learners[3]!.stopAt!), count: 1 }]);
    const lastEvent = played.get(learners[3]!.email)!.at(-1)!;
    expect(Math.abs(Date.parse(agus.lastActive!) - lastEvent.time)).toBeLessThan(60_000);
    for (const l of learners.filter((x) => !x.stopAt)) {
      const row = report.learners.find((r) => r.name === l.name)!;
      const lastPage = played.get(l.email)!.filter((e) => e.type === 'page-viewed').at(-1) as Extract<LearningEvent, { type: 'page-viewed' }>;
      expect(row.lastPlace).toBe(pageTitle.get(lastPage.pageId));
      // The session's duration, from the terminated statement sent as the learner left.
      expect(row.durationMs).toBeGreaterThan(0);
    }
  });

  it('counts every answer to every question, right and wrong, and which wrong options were picked', () => {
    const answers = [...played.values()].flat().filter((e): e is Extract<LearningEvent, { type: 'question-answered' }> => e.type === 'question-answered');
    const expected = new Map<string, { answered: number; correct: number; wrong: Map<string, number> }>();
    for (const a of answers) {
      const id = `${ACTIVITY}/question/${encodeURIComponent(a.question.id)}`;
      const row = expected.get(id) ?? { answered: 0, correct: 0, wrong: new Map<string, number>() };
      row.answered++;
      if (a.correct === true) row.correct++;
      if (a.correct === false && a.response.type === 'single-choice') row.wrong.set(a.response.choice, (row.wrong.get(a.response.choice) ?? 0) + 1);
      expected.set(id, row);
    }
    expect(answers.some((a) => a.correct === false)).toBe(true);
    expect(new Set(report.questions.map((q) => q.id))).toEqual(new Set(expected.keys()));
    for (const q of report.questions) {
      const e = expected.get(q.id)!;
      expect([q.id, q.answered, q.correct]).toEqual([q.id, e.answered, e.correct]);
      expect(q.difficulty).toBeCloseTo(e.correct / e.answered, 10);
      if (q.interactionType === 'choice' && e.wrong.size) {
        expect(Object.fromEntries(q.wrongOptions.map((w) => [w.id, w.count]))).toEqual(Object.fromEntries(e.wrong));
      }
    }
  });

  it('counts how often each scenario choice was taken and each ending reached ("how many kept the parcel")', () => {
    const events = [...played.values()].flat();
    for (const scenario of course.scenarios ?? []) {
      const row = report.scenarios.find((s) => s.id === `${ACTIVITY}/scenario/${scenario.id}`)!;
      expect(row, scenario.id).toBeDefined();
      const choices = new Map<string, number>();
      const endings = new Map<string, number>();
      for (const e of events) {
        if (e.type === 'scenario-choice' && e.scenarioId === scenario.id) {
          const key = `${ACTIVITY}/scenario/${scenario.id}/node/${e.nodeId}#${e.choiceId}`;
          choices.set(key, (choices.get(key) ?? 0) + 1);
        }
        if (e.type === 'scenario-ended' && e.scenarioId === scenario.id) endings.set(e.endingId, (endings.get(e.endingId) ?? 0) + 1);
      }
      expect(Object.fromEntries(row.choices.map((c) => [`${c.nodeId}#${c.choiceId}`, c.count]))).toEqual(Object.fromEntries(choices));
      expect(Object.fromEntries(row.endings.map((e) => [e.id, e.count]))).toEqual(Object.fromEntries(endings));
      expect(row.ended).toBe([...endings.values()].reduce((a, b) => a + b, 0));
    }
    const parcel = report.scenarios.find((s) => s.id === `${ACTIVITY}/scenario/parcel-lebaran`)!;
    expect(parcel.choices.find((c) => c.choiceId === 'simpan')).toMatchObject({ count: 1, text: expect.stringMatching(/\S/) });
  });

  it('coursekit report writes the same report as HTML, CSV and JSON, with the credentials from the environment', async () => {
    const files = { html: join(out, 'angkatan.html'), csv: join(out, 'angkatan.csv') };
    const { stdout, stderr } = await run(
      process.execPath,
      [cli, 'report', '--lrs', lrs.endpoint, '--course', courseFile, '--roster', join(out, 'roster.csv'), '--out', files.html, '--csv', files.csv, '--json'],
      { env: { ...process.env, COURSEKIT_LRS_AUTH: AUTH, NO_COLOR: '1' } },
    );
    expect(stderr).toContain('5 learner(s): 2 passed, 1 failed, 0 completed, 1 in progress, 1 not started');
    const json = JSON.parse(stdout) as CohortReport;
    expect({ ...json, generatedAt: '' }).toEqual({ ...JSON.parse(JSON.stringify(report)), generatedAt: '' });
    const csv = readFileSync(files.csv, 'utf8').trim().split(/\r?\n/);
    expect(csv).toHaveLength(6);
    expect(csv[0]!.replace(/^\uFEFF/, '')).toBe('peserta,nama,unit,status,nilai,menit,pertama_terlihat,terakhir_aktif,terakhir_di,nomor_sertifikat');
    const siti = csv.find((line) => line.startsWith(`mailto:${learners[0]!.email},`))!;
    expect(siti.endsWith(`,${issued(learners[0]!)[0]}`)).toBe(true);
    const html = readFileSync(files.html, 'utf8');
    for (const name of [...learners, absent].map((l) => l.name)) expect(html).toContain(name);
    expect(html.match(/<script/g)).toHaveLength(1);

    // The organiser sorts and filters the learners table; the page's Content-Security-Policy lets
    // its own script run, by hash, and nothing else.
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (m) => m.type() === 'error' && refused.push(m.text()));
    await page.goto(pathToFileURL(files.html).href);
    await page.locator('#learner-filter').waitFor({ state: 'visible' });
    const shownNames = () => page.locator('#learners tbody tr:not([hidden]) td:first-child').allTextContents();
    const scoreButton = page.locator('#learners th').nth(3).locator('button');
    await scoreButton.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#learners th').nth(3).getAttribute('aria-sort')).toBe('ascending');
    const scores = (await page.locator('#learners tbody td:nth-child(4)').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.v))).map((v) => (v === '' ? -1 : Number(v)));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await page.keyboard.press('Enter');
    expect(await page.locator('#learners th').nth(3).getAttribute('aria-sort')).toBe('descending');
    await page.selectOption('#learner-filter select[name="unit"]', 'BPKAD Kota Contoh');
    expect((await shownNames()).sort()).toEqual(['Agus Setiawan', 'Rina Kusuma']);
    await page.selectOption('#learner-filter select[name="status"]', 'not-started');
    await page.selectOption('#learner-filter select[name="unit"]', '');
    expect(await shownNames()).toEqual(['Dewi Lestari']);
    expect(await page.locator('#learner-count').textContent()).toBe('1 dari 5 peserta ditampilkan');
    // A learner shows the organiser a certificate: typed as printed, or in lower case without dashes, it finds them.
    await page.selectOption('#learner-filter select[name="status"]', '');
    const number = issued(learners[1]!)[0]!;
    await page.getByRole('searchbox', { name: 'Nomor sertifikat' }).fill(number);
    expect(await shownNames()).toEqual(['Budi Hartono']);
    expect(await page.locator('#learners tbody tr:not([hidden]) td:last-child').allTextContents()).toEqual([number]);
    await page.getByRole('searchbox', { name: 'Nomor sertifikat' }).fill(number.replace(/-/g, '').toLowerCase());
    await page.keyboard.press('Enter');
    expect(await shownNames()).toEqual(['Budi Hartono']);
    expect(await page.locator('#learner-count').textContent()).toBe('1 dari 5 peserta ditampilkan');
    await page.getByRole('searchbox', { name: 'Nomor sertifikat' }).fill('IR-2222-2222-2');
    expect(await shownNames()).toEqual([]);
    expect(await page.locator('#learner-count').textContent()).toBe('0 dari 5 peserta ditampilkan');
    expect(page.url()).toBe(pathToFileURL(files.html).href);
    expect(refused).toEqual([]);

    // The organiser's page is accessible: axe goes in through the DevTools protocol, which the
    // report's Content-Security-Policy (its own script only) does not govern.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
      return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    await page.close();
    expect(violations).toEqual([]);
  });
});
