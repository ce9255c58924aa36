import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { ResolvedCourse } from '@coursekit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with the journeys and the screenshot script
import { playCourse, questionsById } from '../../../examples/integrity-ranger/scripts/play.mjs';
import { launchChromium, serveFolder } from '../../../test/examples/browser';
import { cmi5Violations } from '../../xapi/test/cmi5-rules';
import { cmi5Launch, tincanLaunch } from '../../xapi/test/launch';
import { statementsIn } from '../../xapi/test/lrs';
import { startFixture, type Fixture } from '../../xapi/test/servers/fixture';
import { startLearningLocker, type RunningLrs } from '../../xapi/test/servers/lrs';
import { xapiProblems } from '../../xapi/test/validate';
import { buildPackage, type LmsProfileId, type TargetId } from '../src/index';
import { RANGER } from './fixtures';
import { unzip } from './unzip';
import { xpath } from './xsd';

// Integrity Ranger, built by the packager with the real player, unzipped and launched the way each
// kind of LMS launches it: SCORM in a frame under scorm-again, cmi5 and xAPI against Learning
// Locker through the xAPI tests' launch fixture, web from a server that then goes away (offline).
// Played to its results by the journeys' play script.

const SUCCESS_PATHS: Record<string, string[]> = {
  'parcel-lebaran': ['lapor-upg', 'ajak-lapor', 'objektif'],
  'kado-pernikahan': ['lapor', 'pilah', 'tegas'],
  'uang-transport': ['tanya-sari', 'lapor-atasan'],
  'percepatan-izin': ['tolak-sopan', 'jelaskan', 'laporkan-calo'],
  'jamuan-vendor': ['tolak-resmi', 'nyatakan-mundur'],
};
const RESULT_TEXT = 'Nilai kursus Bapak/Ibu 100%; batas lulus 80%.';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.vtt': 'text/vtt; charset=utf-8',
  '.xml': 'application/xml',
};

let work = '';
let browser: Browser;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ck-lms-'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

/** Builds the course for a target with the real player and unzips it; the course as packaged. */
async function built(target: TargetId, lms?: LmsProfileId): Promise<{ dir: string; names: string[]; course: ResolvedCourse }> {
  const name = lms ? `${target}-${lms}` : target;
  const zip = path.join(work, `${name}.zip`);
  await buildPackage({ course: RANGER, target, out: zip, ...(lms ? { lms } : {}) });
  const dir = path.join(work, name, 'pkg');
  const names = await unzip(zip, dir);
  return { dir, names, course: JSON.parse(await readFile(path.join(dir, 'course.json'), 'utf8')) as ResolvedCourse };
}

/** Plays the whole course in a page or frame, then waits for the results. */
async function play(where: Page | FrameLocator, course: ResolvedCourse): Promise<void> {
  await playCourse(where, course, { scenarioPaths: SUCCESS_PATHS });
  await where.getByText(RESULT_TEXT).waitFor();
}

/** Collects the player's own warnings and any uncaught error, from every frame. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Failed loads are reported with their address below.
    if ((m.type() === 'error' && !m.text().startsWith('Failed to load resource')) || m.text().startsWith('[coursekit]')) errors.push(m.text());
  });
  page.on('response', (r) => {
    // A first launch has no saved state yet: the State API answers 404 (xAPI 2.3.3), as it should.
    const firstState = r.status() === 404 && r.request().method() === 'GET' && new URL(r.url()).pathname === '/xapi/activities/state';
    if (r.status() >= 400 && !firstState) errors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return errors;
}

/**
 * What every playthrough records, in order: one interaction per knowledge check, per scenario
 * decision and per assessment question. Scenario and assessment entries are patterns (node ids
 * depend on the path, assessment questions are drawn at random).
 */
function expectedInteractions(course: ResolvedCourse): Array<{ id: string | RegExp; kind: 'check' | 'choice' | 'assessment'; scored: boolean }> {
  const out: Array<{ id: string | RegExp; kind: 'check' | 'choice' | 'assessment'; scored: boolean }> = [];
  for (const m of course.modules) {
    for (const p of m.pages) {
      for (const b of p.blocks) {
        if (b.type === 'question') out.push({ id: b.question.id, kind: 'check', scored: b.question.type !== 'likert' && b.question.type !== 'reflection' });
        if (b.type === 'scenario') for (const _ of SUCCESS_PATHS[b.scenario]!) out.push({ id: new RegExp(`^${b.scenario}_[a-z0-9-]+$`), kind: 'choice', scored: false });
        if (b.type === 'assessment') {
          const assessment = course.assessments!.find((a) => a.id === b.assessment)!;
          const drawn = (assessment.draw ?? []).reduce((n, d) => n + d.count, 0) + (assessment.questions?.length ?? 0);
          for (let i = 0; i < drawn; i++) out.push({ id: new RegExp(`^${b.assessment}_[a-z0-9-]+$`), kind: 'assessment', scored: true });
        }
      }
    }
  }
  return out;
}

describe.each([
  { target: 'scorm12', version: '1.2', lms: undefined },
  { target: 'scorm2004-3', version: '2004', lms: undefined },
  { target: 'scorm2004-4', version: '2004', lms: undefined },
  // Built with --lms saba: the profile reaches the packaged tracker, which then always writes an exit value.
  { target: 'scorm12', version: '1.2', lms: 'saba' },
] as const)('$target package (LMS profile: $lms) in a frame, scorm-again as the LMS', ({ target, version, lms: profile }) => {
  let server: Server;
  let page: Page;
  let errors: string[];
  let course: ResolvedCourse;
  let mastery = '';

  beforeAll(async () => {
    const { dir, course: c } = await built(target, profile);
    course = c;
    const manifest = path.join(dir, 'imsmanifest.xml');
    // What an LMS takes from the manifest: the launch file and the mastery score.
    const href = await xpath(manifest, 'string(//*[local-name()="resource"]/@href)');
    mastery = await xpath(manifest, version === '1.2' ? 'string(//*[local-name()="masteryscore"])' : 'string(//*[local-name()="primaryObjective"]/*[local-name()="minNormalizedMeasure"])');
    const lms = version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js';
    const require = createRequire(import.meta.url);
    await copyFile(path.join(path.dirname(require.resolve('scorm-again')), lms), path.join(dir, '..', lms));
    const initial = version === '1.2' ? { 'cmi.core.student_id': 'ASN-1987', 'cmi.core.student_name': 'Rahmawati, Siti', 'cmi.student_data.mastery_score': mastery } : { 'cmi.learner_id': 'ASN-1987', 'cmi.learner_name': 'Rahmawati, Siti', 'cmi.scaled_passing_score': mastery };
    const methods = version === '1.2' ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'] : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];
    // The LMS window: scorm-again as window.API / API_1484_11, every call logged with its error code, the SCO in a frame.
    await writeFile(
      path.join(dir, '..', 'lms.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="${lms}"></script>
<script>
  const api = new ${version === '1.2' ? 'Scorm12API' : 'Scorm2004API'}({ logLevel: 5, autocommit: false });
  api.loadFromFlattenedJSON(${JSON.stringify(initial)});
  window.calls = [];
  for (const name of ${JSON.stringify(methods)}) {
    const original = api[name].bind(api);
    api[name] = (...args) => {
      const result = original(...args);
      window.calls.push({ name, args, result, error: String(api.${version === '1.2' ? 'LMSGetLastError' : 'GetLastError'}()) });
      return result;
    };
  }
  window.${version === '1.2' ? 'API' : 'API_1484_11'} = api;
  window.lms = api;
</script></head>
<body style="margin:0"><iframe id="course" title="Course" src="pkg/${href}" style="width:1280px;height:900px;border:0"></iframe></body></html>`,
    );
    ({ server } = await serveFolder(path.join(dir, '..')));
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = watchErrors(page);
  });
  afterAll(async () => {
    await page?.close();
    server?.close();
  });

  it('plays to completion; the LMS holds passed, the score, every objective and interaction, and the saved state', async () => {
    const address = server.address() as { port: number };
    await page.goto(`http://127.0.0.1:${address.port}/lms.html`);
    await play(page.frameLocator('#course'), course);
    // The learner closes the course: the LMS unloads the frame, the SCO terminates.
    await page.evaluate(() => ((document.getElementById('course') as HTMLIFrameElement).src = 'about:blank'));
    const finish = version === '1.2' ? 'LMSFinish' : 'Terminate';
    await expect.poll(() => page.evaluate((name) => (window as unknown as { calls: Array<{ name: string }> }).calls.filter((c) => c.name === name).length, finish)).toBe(1);

    const calls = await page.evaluate(() => (window as unknown as { calls: Array<{ name: string; args: string[]; result: string; error: string }> }).calls);
    expect(calls[0]).toMatchObject({ name: version === '1.2' ? 'LMSInitialize' : 'Initialize', result: 'true' });
    expect(calls.at(-1)).toMatchObject({ name: finish, result: 'true' });
    // Every value the SCO wrote was accepted by the LMS.
    expect(calls.filter((c) => /Set|Commit|Initialize|Finish|Terminate/.test(c.name) && (c.result !== 'true' || c.error !== '0'))).toEqual([]);

    const cmi = await page.evaluate(() => (window as unknown as { lms: { getFlattenedCMI(): Record<string, unknown> } }).lms.getFlattenedCMI() as Record<string, string>);
    const score = course.assessments!.find((a) => a.id === 'penilaian-akhir')!;
    if (version === '1.2') {
      expect(mastery).toBe(String(course.mastery!.passingScore));
      expect(cmi['cmi.core.lesson_status']).toBe('passed');
      expect([cmi['cmi.core.score.raw'], cmi['cmi.core.score.min'], cmi['cmi.core.score.max']]).toEqual(['100', '0', '100']);
      expect(cmi['cmi.core.exit']).toBe(profile === 'saba' ? 'logout' : '');
      expect(cmi['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      expect(cmi['cmi.core.session_time']).not.toBe('00:00:00');
    } else {
      expect(mastery).toBe(String(course.mastery!.passingScore / 100));
      expect(cmi['cmi.completion_status']).toBe('completed');
      expect(cmi['cmi.success_status']).toBe('passed');
      expect(cmi['cmi.score.scaled']).toBe('1');
      expect(cmi['cmi.score.min']).toBe('0');
      expect(cmi['cmi.score.raw']).toBe(cmi['cmi.score.max']);
      expect(Number(cmi['cmi.score.max'])).toBeGreaterThan(0);
      expect(cmi['cmi.exit']).toBe('normal');
      expect(cmi['cmi.session_time']).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    }
    expect(score.passingScore).toBe(80);

    // One objective per module, each completed.
    course.modules.forEach((m, n) => {
      expect(cmi[`cmi.objectives.${n}.id`]).toBe(m.id);
      expect(cmi[version === '1.2' ? `cmi.objectives.${n}.status` : `cmi.objectives.${n}.completion_status`]).toBe('completed');
    });
    expect(cmi[`cmi.objectives.${course.modules.length}.id`]).toBeUndefined();

    // Every answer and decision, in the order the learner gave them.
    const expected = expectedInteractions(course);
    const ids = Array.from({ length: expected.length + 1 }, (_, n) => cmi[`cmi.interactions.${n}.id`]);
    expect(ids.at(-1)).toBeUndefined();
    expected.forEach((e, n) => {
      if (typeof e.id === 'string') expect(ids[n]).toBe(e.id);
      else expect(ids[n]).toMatch(e.id);
      expect(cmi[`cmi.interactions.${n}.result`]).toBe(e.scored ? 'correct' : 'neutral');
    });
    const assessmentIds = ids.filter((id, n) => expected[n]?.kind === 'assessment');
    expect(new Set(assessmentIds).size).toBe(assessmentIds.length);
    const bank = questionsById(course) as Map<string, unknown>;
    for (const id of assessmentIds) expect(bank.has(id!.slice('penilaian-akhir_'.length))).toBe(true);

    // The saved state is there, in the codec's format, within the target's limit.
    expect(cmi['cmi.suspend_data']).toMatch(/^[1j]/);
    expect(cmi['cmi.suspend_data']!.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64_000);
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('cmi5 and xAPI packages against Learning Locker', () => {
  let lrs: RunningLrs;
  let fixture: Fixture;
  beforeAll(async () => {
    lrs = await startLearningLocker();
    fixture = await startFixture(lrs.endpoint);
  });
  afterAll(async () => {
    await fixture?.close();
    await lrs?.close();
  });

  /** Serves an unzipped package from the launch fixture under `/<folder>/`. */
  async function host(dir: string, names: string[], folder: string): Promise<void> {
    for (const name of names) fixture.files[`/${folder}/${name}`] = { type: MIME[path.extname(name)] ?? 'application/octet-stream', body: await readFile(path.join(dir, name)) };
  }

  /** Every statement of the registration, once the session's terminated has arrived. */
  async function session(registration: string) {
    await expect.poll(async () => (await statementsIn(lrs.endpoint, registration)).at(-1)?.verb.id, { timeout: 30_000 }).toBe('http://adlnet.gov/expapi/verbs/terminated');
    return statementsIn(lrs.endpoint, registration);
  }

  const verb = (id: string) => `http://adlnet.gov/expapi/verbs/${id}`;

  it('cmi5: launched as the course structure says, played to completion; the statements follow the cmi5 rules', async () => {
    const { dir, names, course } = await built('cmi5');
    await host(dir, names, 'au');
    const structure = path.join(dir, 'cmi5.xml');
    const attr = (name: string) => xpath(structure, `string(//*[local-name()="au"]/@${name})`);
    const [auId, moveOn, masteryScore, url] = await Promise.all([attr('id'), attr('moveOn'), attr('masteryScore'), xpath(structure, 'string(//*[local-name()="au"]/*[local-name()="url"])')]);
    expect([moveOn, masteryScore]).toEqual(['CompletedAndPassed', '0.8']);
    const launch = cmi5Launch(fixture, { activityId: auId, moveOn: moveOn as 'CompletedAndPassed', masteryScore: Number(masteryScore), languagePreference: 'id-ID' });
    const at = new URL(url, `${fixture.origin}/au/`);
    at.search = new URL(launch.url).search;

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    try {
      await page.goto(at.href);
      await play(page, course);
      await page.goto('about:blank');
      const statements = await session(launch.params.registration);

      expect(statements.flatMap((s) => xapiProblems(s).map((p) => `${s.verb.id} ${p}`))).toEqual([]);
      expect(cmi5Violations(statements, launch.params, launch.data)).toEqual([]);
      const onCourse = statements.filter((s) => s.object.id === auId).map((s) => s.verb.id);
      expect(onCourse[0]).toBe(verb('initialized'));
      expect(onCourse).toContain(verb('completed'));
      expect(onCourse).toContain(verb('passed'));
      expect(onCourse.at(-1)).toBe(verb('terminated'));
      const passed = statements.find((s) => s.object.id === auId && s.verb.id === verb('passed'))!;
      expect(passed.result).toMatchObject({ success: true, score: { scaled: 1 } });
      expect(statements.filter((s) => s.verb.id === verb('answered'))).toHaveLength(expectedInteractions(course).length);
      // The learner read Indonesian parts; each question and scenario choice is still named in both languages.
      const named = statements
        .filter((s) => s.verb.id === verb('answered'))
        .flatMap((s) => {
          const d = (s.object as { definition?: Record<string, unknown> }).definition ?? {};
          const lists = ['choices', 'scale', 'source', 'target'].flatMap((k) => (d[k] as Array<{ description?: unknown }> | undefined) ?? []);
          return [d.description, ...lists.map((c) => c.description)].filter((m) => m !== undefined) as Array<Record<string, string>>;
        });
      expect(named.length).toBeGreaterThan(expectedInteractions(course).length);
      expect(named.filter((m) => Object.keys(m).sort().join(',') !== 'en,id')).toEqual([]);
      expect(new Set(statements.map((s) => JSON.stringify(s.actor)))).toEqual(new Set([JSON.stringify(launch.params.actor)]));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('xAPI (TinCan): launched with the activity of tincan.xml, played to completion; every statement valid, in the launch registration', async () => {
    const { dir, names, course } = await built('xapi');
    await host(dir, names, 'course');
    const manifest = path.join(dir, 'tincan.xml');
    const activity = await xpath(manifest, 'string(//*[local-name()="activity"]/@id)');
    expect(activity).toBe(course.tracking!.activityId);
    const launchFile = await xpath(manifest, 'string(//*[local-name()="activity"]/*[local-name()="launch"])');
    const launch = tincanLaunch(fixture, { activity_id: activity });
    const at = new URL(launchFile, `${fixture.origin}/course/`);
    at.search = new URL(launch.url).search;

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    try {
      await page.goto(at.href);
      await play(page, course);
      await page.goto('about:blank');
      const statements = await session(launch.registration);

      expect(statements.flatMap((s) => xapiProblems(s).map((p) => `${s.verb.id} ${p}`))).toEqual([]);
      expect(statements[0]).toMatchObject({ verb: { id: verb('initialized') }, object: { id: activity } });
      const onCourse = statements.filter((s) => s.object.id === activity).map((s) => s.verb.id);
      expect(onCourse).toHaveLength(4);
      expect([onCourse[0], onCourse[3]]).toEqual([verb('initialized'), verb('terminated')]);
      expect(onCourse.slice(1, 3).sort()).toEqual([verb('completed'), verb('passed')]);
      const passed = statements.find((s) => s.object.id === activity && s.verb.id === verb('passed'))!;
      expect(passed.result).toMatchObject({ success: true, score: { scaled: 1 } });
      // Pages, modules, questions and scenarios hang below the course activity.
      for (const s of statements) expect(s.object.id.startsWith(activity)).toBe(true);
      expect(statements.filter((s) => s.verb.id === verb('experienced'))).toHaveLength(course.modules.flatMap((m) => m.pages).length);
      expect(statements.filter((s) => s.verb.id === verb('answered'))).toHaveLength(expectedInteractions(course).length);
      expect(new Set(statements.map((s) => s.context?.registration))).toEqual(new Set([launch.registration]));
      expect(new Set(statements.map((s) => JSON.stringify(s.actor)))).toEqual(new Set([JSON.stringify(launch.actor)]));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);
});

describe('web package', () => {
  it("declares what the first page needs and precaches the page, the player's first load and the split course: no media, no chunk loaded later", async () => {
    const { dir, names } = await built('web');
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    const split = names.filter((n) => /^course\..+\.json$/.test(n));
    const skeleton = split.find((n) => /^course\.[0-9a-f]{10}\.json$/.test(n));
    const first = split.find((n) => n.startsWith('course.apa-itu-gratifikasi.id.'));
    // The skeleton and the first module's part in the default language, which most learners read.
    expect([...html.matchAll(/<link rel="preload" href="([^"]+)"/g)].map((m) => m[1])).toEqual([skeleton, first]);
    expect(html).toContain('<link rel="modulepreload" href="player/coursekit.js">');
    const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
    const files = (JSON.parse(/^const FILES = (.*);$/m.exec(sw)![1]!) as Array<[string, string | null]>).map(([f]) => f);
    const parts = JSON.parse(/^const PARTS = (.*);$/m.exec(sw)![1]!) as Record<string, string[]>;
    const firstLoad = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => `./${m[1]}`);
    const player = names.filter((n) => n.startsWith('player/')).sort();
    expect(player.length).toBeGreaterThan(firstLoad.length);
    expect(split.length).toBe(11);
    expect(files).toEqual(['./index.html', ...firstLoad, `./${skeleton}`]);
    // The first module's part of each language; the others are cached as the player fetches them.
    expect(parts).toEqual({ id: [`./${first}`], en: [`./${split.find((n) => n.startsWith('course.apa-itu-gratifikasi.en.'))}`] });
    expect(names.some((n) => n.startsWith('assets/'))).toBe(true);
  });

  it('keeps working offline after a visit: the service worker serves the player, the course and every asset seen, each downloaded once', async () => {
    const { dir, course } = await built('web');
    const { url, server } = await serveFolder(dir);
    const downloads = new Map<string, number>();
    server.on('request', (req: { url?: string }) => {
      const at = new URL(req.url ?? '/', 'http://x').pathname;
      downloads.set(at, (downloads.get(at) ?? 0) + 1);
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    page.on('requestfailed', (r) => errors.push(`failed ${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
    try {
      await page.goto(`${url}/index.html`);
      const first = course.modules[0]!.pages[0]!.title as Record<string, string>;
      await page.locator('ck-course-player').getByRole('heading', { level: 1, name: first.id!, exact: true }).waitFor();
      // The launch page as packaged is accessible. axe goes in through the DevTools protocol, which
      // the package's CSP (no inline script, no eval) does not govern.
      await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 }).toBe('activated');
      // What the first page showed before the worker existed (its pictures, the icon) is the page's
      // own download (this test server forbids HTTP caching); from here on, once the worker controls the page, every file
      // the course shows is cached as it is first used.
      const beforeWorker = new Set([
        ...(await page.locator('img').evaluateAll((all) => all.map((i) => new URL((i as HTMLImageElement).src).pathname))),
        ...(await page.locator('link[rel="icon"]').evaluateAll((all) => all.map((l) => new URL((l as HTMLLinkElement).href).pathname))),
      ]);
      await page.reload();
      const images: string[] = [];
      await playCourse(page, course, {
        scenarioPaths: SUCCESS_PATHS,
        onPage: async (_id: string, when: string) => {
          if (when !== 'before') return;
          await expect.poll(() => page.locator('img').evaluateAll((all) => all.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
          images.push(...(await page.locator('img').evaluateAll((all) => all.map((i) => (i as HTMLImageElement).currentSrc))));
        },
      });
      await page.getByText(RESULT_TEXT).waitFor();
      // The results page and the certificate on it are chunks loaded when first shown: the
      // certificate's pictures (stamp, signature) are fetched after the results text appears.
      await expect
        .poll(() => page.locator('ck-certificate img').evaluateAll((all) => all.length > 0 && all.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)))
        .toBe(true);
      expect(new Set(images).size).toBeGreaterThan(3);

      // The server goes away: the course opens again and every picture it showed is served by the worker.
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await page.reload();
      await page.locator('ck-course-player').getByRole('heading', { level: 1 }).first().waitFor();
      const offline = await page.evaluate(async (urls) => Promise.all(urls.map(async (u) => [u, (await fetch(u)).status] as const)), [...new Set(images)]);
      expect(offline.filter(([, status]) => status !== 200)).toEqual([]);
      // Media came from the server once each.
      const media = [...downloads].filter(([at]) => at.startsWith('/assets/') && !beforeWorker.has(at));
      expect(media.length).toBeGreaterThan(3);
      expect(media.filter(([, n]) => n !== 1)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      server.close();
    }
  }, 300_000);
});

describe('the player in each package', () => {
  // Strings only one tracker holds: the SCORM API names and data models, the xAPI header, cmi5's launch data.
  const MARKERS = { scorm12: ['LMSInitialize', 'cmi.core.lesson_status'], scorm2004: ['API_1484_11', 'cmi.completion_status'], xapi: ['X-Experience-API-Version'], cmi5: ['LMS.LaunchData', 'https://w3id.org/xapi/cmi5/context/categories'] };
  const carries: Record<TargetId, Array<keyof typeof MARKERS>> = { scorm12: ['scorm12'], 'scorm2004-3': ['scorm2004'], 'scorm2004-4': ['scorm2004'], cmi5: ['xapi', 'cmi5'], xapi: ['xapi'], web: ['xapi'] };

  it.each(Object.keys(carries) as TargetId[])('%s carries only the trackers its target needs', async (target) => {
    const { dir, names } = await built(target);
    const code = (await Promise.all(names.filter((n) => n.startsWith('player/')).map((n) => readFile(path.join(dir, n), 'utf8')))).join('\n');
    for (const [tracker, strings] of Object.entries(MARKERS) as Array<[keyof typeof MARKERS, string[]]>) {
      for (const s of strings) expect(code.includes(s), `${target}: ${tracker} ("${s}")`).toBe(carries[target].includes(tracker));
    }
  });
});
