import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../test/examples/browser';
import { run, startCommand, tempDir } from './run';

// `coursekit preview` run in-process as a learner's author would: the printed URL opened in
// Chromium, the course played in the frame, the LMS panel read, the course file edited.

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A fresh starter course (coursekit init) in a temporary folder. */
async function starter(): Promise<{ dir: string; file: string }> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  expect((await run(['init', 'course'], { cwd: t.dir })).code).toBe(0);
  return { dir: t.dir, file: path.join(t.dir, 'course', 'course.json') };
}

/** Starts `coursekit <args>` and waits for the URL it prints; `stop()` is Ctrl-C and gives the exit code. */
async function preview(args: string[], cwd: string) {
  const { out, stop } = startCommand(['preview', ...args], cwd, cleanups);
  await expect.poll(() => out.stdout + out.stderr, { timeout: 20_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+&target=[a-z0-9-]+|error/);
  const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+&target=[a-z0-9-]+/.exec(out.stdout)?.[0];
  if (!url) throw new Error(`no URL printed:\n${out.stdout}${out.stderr}`);
  return { url, stop, output: () => ({ ...out }) };
}

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  cleanups.push(() => page.close());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/** A path of the preview at `url`, with the token the printed URL carries (scripts have no cookie). */
const at = (url: string, path: string) => {
  const u = new URL(path, url);
  u.searchParams.set('token', new URL(url).searchParams.get('token')!);
  return u;
};

/** A row of the CMI values table. */
const cmiRow = (page: Page, element: string) => page.locator('#cmi tr').filter({ has: page.getByRole('cell', { name: element, exact: true }) }).locator('td').nth(1);

describe('coursekit preview', () => {
  it('prints the local URL, serves the course in a frame under scorm-again, and the panel shows the CMI values and API calls', async () => {
    const c = await starter();
    const p = await preview(['course/course.json', '--port', '0', '--no-open'], c.dir);
    expect(p.output().stdout).toMatch(/^CourseKit preview of course\/course\.json \(SCORM 1\.2\):\n\n {2}http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{24}&target=scorm12\n\nWatching course for changes\. Press Ctrl-C to stop\.\n$/);
    expect(p.output().stderr).toBe('');

    const { page, errors } = await open(p.url);
    const frame = page.frameLocator('#course');
    await frame.getByRole('heading', { level: 1, name: 'Selamat datang', exact: true }).waitFor();
    await expect.poll(() => cmiRow(page, 'cmi.core.lesson_status').textContent()).toBe('incomplete');
    expect(await cmiRow(page, 'cmi.core.student_id').textContent()).toBe('preview-author');
    // The mastery score an LMS takes from the manifest's adlcp:masteryscore.
    expect(await cmiRow(page, 'cmi.student_data.mastery_score').textContent()).toBe('70');
    await expect.poll(() => page.locator('#calls li').allTextContents()).toContainEqual(expect.stringMatching(/ LMSInitialize\(""\) → "true"$/));

    // The learner answers the knowledge check: the interaction reaches the LMS and the panel.
    await frame.getByRole('button', { name: 'Berikutnya', exact: true }).click();
    const question = frame.locator('ck-question[question-id="cek-bahasa"]');
    await question.getByRole('radio', { name: 'Benar', exact: true }).check();
    await question.getByRole('button', { name: 'Kirim jawaban', exact: true }).click();
    await expect.poll(() => cmiRow(page, 'cmi.interactions.0.id').textContent()).toBe('cek-bahasa');
    expect(await cmiRow(page, 'cmi.interactions.0.result').textContent()).toBe('correct');
    await expect.poll(() => page.locator('#calls li').allTextContents()).toContainEqual(expect.stringMatching(/ LMSSetValue\("cmi\.interactions\.0\.result", "correct"\) → "true"$/));

    // The panel itself is accessible (the course frame has its own tests).
    const require = createRequire(import.meta.url);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run(document, { iframes: false });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(await p.stop()).toBe(0);
  });

  it('reloads the course when its file changes, and shows the problems of a broken course until they are fixed', async () => {
    const c = await starter();
    const p = await preview(['course/course.json', '--target', 'scorm2004-4', '--port', '0', '--no-open'], c.dir);
    const { page } = await open(p.url);
    const frame = page.frameLocator('#course');
    await frame.getByRole('heading', { level: 1, name: 'Selamat datang', exact: true }).waitFor();
    await expect.poll(() => cmiRow(page, 'cmi.completion_status').textContent()).toBe('incomplete');
    // The server's reload events, counted beside the harness's own listener.
    await page.evaluate(() => {
      const w = window as unknown as { reloads: number };
      w.reloads = 0;
      new EventSource('/__coursekit/events').addEventListener('reload', () => w.reloads++);
    });

    const original = await readFile(c.file, 'utf8');
    const course = JSON.parse(original);
    course.modules[0].pages[0].title.id = 'Selamat datang, Penjaga';
    await writeFile(c.file, JSON.stringify(course, null, 2));
    await frame.getByRole('heading', { level: 1, name: 'Selamat datang, Penjaga', exact: true }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { reloads: number }).reloads)).toBeGreaterThanOrEqual(1);

    course.defaultLanguage = 'fr';
    await writeFile(c.file, JSON.stringify(course, null, 2));
    const problems = page.getByRole('alert');
    await expect.poll(() => problems.textContent()).toMatch(/The course has 1 problem.*course\/course\.json:\d+:\d+ CK402 /);
    await frame.getByRole('heading', { level: 1, name: 'The course has 1 problem' }).waitFor();

    await writeFile(c.file, original);
    await frame.getByRole('heading', { level: 1, name: 'Selamat datang', exact: true }).waitFor();
    await expect.poll(() => problems.isHidden()).toBe(true);
    expect(await p.stop()).toBe(0);
  });

  for (const [target, verbs] of [
    ['xapi', ['initialized', 'experienced']],
    ['cmi5', ['initialized', 'experienced']],
  ] as const) {
    it(`${target}: launches against the preview LRS and lists the statements it receives`, async () => {
      const c = await starter();
      const p = await preview(['course/course.json', '--target', target, '--port', '0', '--no-open'], c.dir);
      const { page, errors } = await open(p.url);
      await page.frameLocator('#course').getByRole('heading', { level: 1, name: 'Selamat datang', exact: true }).waitFor();
      await expect.poll(() => page.locator('#statements li').allTextContents(), { timeout: 20_000 }).toEqual(expect.arrayContaining(verbs.map((v) => expect.stringContaining(` ${v} `))));
      expect(await page.locator('#cmi-section').isHidden()).toBe(true);
      const stored = (await (await fetch(at(p.url, '/__coursekit/statements'))).json()) as Array<{ verb: { id: string }; actor: { account: { name: string } } }>;
      expect(stored.map((s) => s.verb.id)).toContain('http://adlnet.gov/expapi/verbs/initialized');
      expect(new Set(stored.map((s) => s.actor.account.name))).toEqual(new Set(['preview-author']));
      expect(errors).toEqual([]);
      expect(await p.stop()).toBe(0);
    });
  }

  it('--json prints one line for scripts: the URL, the target and the problems of the course', async () => {
    const c = await starter();
    const course = JSON.parse(await readFile(c.file, 'utf8'));
    course.defaultLanguage = 'fr';
    await writeFile(c.file, JSON.stringify(course, null, 2));
    const p = await preview(['course/course.json', '--target', 'cmi5', '--port', '0', '--no-open', '--json'], c.dir);
    const { stdout, stderr } = p.output();
    expect(stdout.endsWith('\n') && stdout.split('\n').length).toBe(2);
    const line = JSON.parse(stdout) as { url: string; target: string; course: string; problems: Array<{ code: string; file: string; line: number }> };
    expect(line).toMatchObject({ url: p.url, target: 'cmi5', course: 'course/course.json' });
    expect(line.problems).toEqual([expect.objectContaining({ code: 'CK402', line: expect.any(Number) })]);
    expect(stderr).toBe('');
    expect((await fetch(line.url)).status).toBe(200);
    expect(await p.stop()).toBe(0);
  });

  it('serves the files of the package, streamed from disk in the ranges media elements ask for', async () => {
    const c = await starter();
    const p = await preview(['course/course.json', '--port', '0', '--no-open'], c.dir);
    const file = await readFile(path.join(c.dir, 'course/assets/welcome.svg'));
    const asset = at(p.url, '/course/scorm12/assets/welcome.svg');
    const whole = await fetch(asset);
    expect([whole.status, whole.headers.get('content-type'), whole.headers.get('accept-ranges')]).toEqual([200, 'image/svg+xml', 'bytes']);
    expect(Buffer.from(await whole.arrayBuffer()).equals(file)).toBe(true);
    const part = await fetch(asset, { headers: { Range: 'bytes=10-19' } });
    expect([part.status, part.headers.get('content-range'), part.headers.get('content-length')]).toEqual([206, `bytes 10-19/${file.length}`, '10']);
    expect(Buffer.from(await part.arrayBuffer()).equals(file.subarray(10, 20))).toBe(true);
    const tail = await fetch(asset, { headers: { Range: 'bytes=-5' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(file.subarray(-5))).toBe(true);
    expect((await fetch(asset, { headers: { Range: `bytes=${file.length + 10}-` } })).status).toBe(416);
    // Only what the course references, and nothing outside the package.
    expect((await fetch(at(p.url, '/course/scorm12/README.md'))).status).toBe(404);
    expect((await fetch(at(p.url, '/course/scorm12/..%2F..%2Fetc%2Fpasswd'))).status).toBe(404);
    expect(await p.stop()).toBe(0);
  });

  it('takes another port when 4173 is taken', async () => {
    const c = await starter();
    const blocker: Server = createServer();
    const taken = await new Promise<boolean>((resolve) => {
      blocker.once('error', () => resolve(false));
      blocker.listen(4173, '127.0.0.1', () => resolve(true));
    });
    cleanups.push(() => new Promise((resolve) => (taken ? blocker.close(resolve) : resolve(undefined))));
    // Whether this test or someone else holds 4173, the preview must not fail.
    const p = await preview(['course/course.json', '--no-open'], c.dir);
    expect(new URL(p.url).port).not.toBe('4173');
    expect((await fetch(p.url)).status).toBe(200);
    expect(await p.stop()).toBe(0);
  });

  it('refuses a missing course file and bad options with exit 2', async () => {
    const c = await starter();
    expect(await run(['preview', 'missing.json', '--no-open'], { cwd: c.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('CK955 cannot read missing.json: ENOENT') });
    expect(await run(['preview', 'course/course.json', '--port', '99999'], { cwd: c.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('CK953 --port must be a whole number from 0 to 65535, not "99999"') });
    expect(await run(['preview', 'course/course.json', '--target', 'scorm'], { cwd: c.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('CK953 unknown target "scorm"') });
  });
});
