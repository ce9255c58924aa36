import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENCY, COURSE, answer, choose, completed, ending, failed, initialized, page, passed, resetClock, terminated } from '../../report/test/cohort';
import { afterEachCleanup, RANGER, run } from './run';

const { cleanups, temp } = afterEachCleanup();

const ana = { email: 'ana@perizinan.example.go.id', name: 'Ana Wijaya', agency: 'Dinas Perizinan' };
const budi = { email: 'budi@perizinan.example.go.id', name: 'Budi Santoso', agency: 'Dinas Perizinan' };
const citra = { email: 'citra@bpkad.example.go.id', name: 'Citra Lestari', agency: 'BPKAD' };

/** Three learners: Ana passes, Budi fails, Citra stops on the second page. */
function cohort() {
  resetClock();
  return [
    initialized(ana), page(ana, 'p1', 'Apa itu gratifikasi'), answer(ana, 'd30'), choose(ana, 'refuse'), ending(ana, 'refused', 'success'), completed(ana), passed(ana, 0.9), terminated(ana, 'PT30M'),
    initialized(budi), page(budi, 'p1', 'Apa itu gratifikasi'), answer(budi, 'never'), choose(budi, 'accept'), ending(budi, 'kept', 'failure'), completed(budi), failed(budi, 0.5), terminated(budi, 'PT20M'),
    initialized(citra), page(citra, 'p1', 'Apa itu gratifikasi'), page(citra, 'p2', 'Pasal 12B'), terminated(citra, 'PT10M'),
  ];
}

async function exportFile(dir: string, name = 'statements.ndjson', statements: unknown[] = cohort()) {
  const file = path.join(dir, name);
  await writeFile(file, name.endsWith('.json') ? JSON.stringify(statements) : statements.map((s) => JSON.stringify(s)).join('\n'));
  return file;
}

/** An LRS stand-in on 127.0.0.1 that answers every request with `answer`; records the requests. */
async function fakeLrs(answer: (url: URL) => { status: number; body: unknown }) {
  const seen: Array<{ url: URL; authorization: string | undefined }> = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push({ url, authorization: req.headers.authorization });
    const { status, body } = answer(url);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  cleanups.push(() => new Promise<void>((done) => server.close(() => done())));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/xapi/`, seen };
}

const reportArgs = ['--activity', COURSE, '--org-extension', AGENCY];

describe('coursekit report from an export', () => {
  it('shows times in the zone --tz names, and refuses one that does not exist', async () => {
    const dir = await temp();
    const file = await exportFile(dir);
    const r = await run(['report', file, ...reportArgs, '--tz', 'Asia/Makassar', '--lang', 'en', '--out', 'r.html', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(await readFile(path.join(dir, 'r.html'), 'utf8')).toContain('GMT+8</td>');
    const wrong = await run(['report', file, ...reportArgs, '--tz', 'Asia/Bekasi', '--out', 'x.html'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--tz "Asia/Bekasi" is not a time zone');
    expect(existsSync(path.join(dir, 'x.html'))).toBe(false);
  });

  it('writes the HTML report, the CSV and the JSON in one run, and sums up the cohort', async () => {
    const dir = await temp();
    const file = await exportFile(dir);
    const r = await run(['report', file, ...reportArgs, '--out', 'cohort.html', '--csv', 'cohort.csv', '--json'], { cwd: dir });
    expect(r.stderr).toContain('3 learner(s): 1 passed, 1 failed, 0 completed, 1 in progress, 0 not started');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.totals).toMatchObject({ learners: 3, passed: 1, failed: 1, 'in-progress': 1 });
    expect(json.units.map((u: { unit: string }) => u.unit)).toEqual(['BPKAD', 'Dinas Perizinan']);
    const csv = (await readFile(path.join(dir, 'cohort.csv'), 'utf8')).trim().split(/\r?\n/);
    expect(csv).toHaveLength(4);
    expect(csv.find((l) => l.includes('Citra Lestari'))).toContain('Pasal 12B');
    const html = await readFile(path.join(dir, 'cohort.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Ana Wijaya');
    expect(html).toContain('lang="id"');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes to standard output with "-", in English with --lang en', async () => {
    const dir = await temp();
    const file = await exportFile(dir, 'export.json');
    const r = await run(['report', file, ...reportArgs, '--lang', 'en', '--out', '-', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lang="en"');
    expect(r.stderr).toBe('');
    const j = await run(['report', file, ...reportArgs, '--out', path.join(dir, 'r.html'), '--json', '--quiet'], { cwd: dir });
    expect(JSON.parse(j.stdout).learners).toHaveLength(3);
  });

  it('takes the activity id and the unit extension from --course (statements about another course are set aside)', async () => {
    const dir = await temp();
    // Integrity Ranger's tracking: activityId https://example.go.id/xapi/integrity-ranger, organisationExtension …/instansi.
    resetClock();
    const other = { ...initialized(ana), object: { objectType: 'Activity', id: 'https://example.go.id/xapi/another-course' }, context: {} };
    const ours = passed({ ...citra, agency: 'ignored' }, 0.8);
    ours.context = { extensions: { 'https://example.go.id/xapi/extensions/instansi': 'Inspektorat Daerah' } };
    const file = await exportFile(dir, 'mixed.ndjson', [other, ours]);
    const r = await run(['report', file, '--course', RANGER, '--json', '--out', path.join(dir, 'r.html')], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.course.id).toBe(COURSE);
    expect(json.learners.map((l: { name: string; unit: string }) => [l.name, l.unit])).toEqual([['Citra Lestari', 'Inspektorat Daerah']]);
    expect(json.statements).toMatchObject({ read: 2, used: 1, ignored: 1 });
    expect(r.stderr).toContain('1 statement(s) set aside');
  });

  it('counts learners who never started from --roster', async () => {
    const dir = await temp();
    const file = await exportFile(dir);
    await writeFile(path.join(dir, 'roster.csv'), 'email,name,unit\ndedi@bpkad.example.go.id,Dedi Kurniawan,BPKAD\n');
    const r = await run(['report', file, ...reportArgs, '--roster', 'roster.csv', '--json', '--out', 'r.html', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals).toMatchObject({ learners: 4, 'not-started': 1 });
  });

  it('an empty cohort still gives a report, and says why it is empty', async () => {
    const dir = await temp();
    const file = await exportFile(dir, 'empty.ndjson', []);
    const r = await run(['report', file, ...reportArgs, '--out', 'empty.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`no statements about ${COURSE} were found`);
    expect(await readFile(path.join(dir, 'empty.html'), 'utf8')).toContain('Belum ada pernyataan');
  });

  it('prints names from the statements inert: terminal escapes are shown, not obeyed', async () => {
    const dir = await temp();
    const statements = cohort();
    // An activity name that would retitle the terminal (OSC 0), clear the screen and fake a line.
    const hostile = 'Integritas\u001b]0;pwned\u0007\u001b[2J\nwrote /etc/passwd';
    for (const s of statements) if (s.object.id === COURSE) (s.object as { definition: { name: Record<string, string> } }).definition.name = { id: hostile, en: hostile };
    const file = await exportFile(dir, 'hostile.ndjson', statements);
    const r = await run(['report', file, ...reportArgs, '--out', 'r.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Integritas\\u001b]0;pwned\\u0007\\u001b[2J wrote /etc/passwd: 3 learner(s)');
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('a malformed export: exit 1 with where and how to fix, and no report written', async () => {
    const dir = await temp();
    const file = path.join(dir, 'broken.json');
    await writeFile(file, '[{"id": "a"}, {"id": ');
    const r = await run(['report', file, '--out', 'r.html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/CK802 .*\n {2}at .*broken\.json/);
    expect(r.stderr).toContain('hint:');
    expect(existsSync(path.join(dir, 'r.html'))).toBe(false);
  });

  it('a missing export exits 2 (CK801); usage mistakes exit 2', async () => {
    const dir = await temp();
    expect(await run(['report', 'nope.ndjson'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('CK801') });
    expect(await run(['report'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('no statements to read') });
    expect(await run(['report', 'a.json', '--lrs', 'http://127.0.0.1:1/xapi/'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('not both') });
    expect(await run(['report', 'a.json', '--lang', 'fr'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('--lang "fr"') });
    expect(await run(['report', 'a.json', '--since', 'last week'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('--since applies to --lrs only') });
    // Credentials are never options: they would show in the process list.
    expect(await run(['report', '--lrs', 'http://127.0.0.1:1/xapi/', '--password', 'secret'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('CK951') });
  });
});

describe('coursekit report from an LRS', () => {
  it('follows "more" links with the credentials from the environment and the filters asked for', async () => {
    const dir = await temp();
    const statements = cohort();
    const lrs = await fakeLrs((url) =>
      url.searchParams.has('page')
        ? { status: 200, body: { statements: statements.slice(10), more: '' } }
        : { status: 200, body: { statements: statements.slice(0, 10), more: '/xapi/statements?page=2' } },
    );
    const r = await run(['report', '--lrs', lrs.endpoint, ...reportArgs, '--since', '2026-11-01', '--json', '--out', 'r.html', '--quiet'], {
      cwd: dir,
      env: { COURSEKIT_LRS_USERNAME: 'key', COURSEKIT_LRS_PASSWORD: 'rahasia' },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals).toMatchObject({ learners: 3, passed: 1, failed: 1 });
    expect(lrs.seen).toHaveLength(2);
    expect(lrs.seen[0]!.authorization).toBe(`Basic ${Buffer.from('key:rahasia').toString('base64')}`);
    expect(Object.fromEntries(lrs.seen[0]!.url.searchParams)).toMatchObject({ activity: COURSE, related_activities: 'true', since: '2026-11-01T00:00:00.000Z' });
  });

  it('without credentials: exit 2 (CK806) with how to give them', async () => {
    const dir = await temp();
    const r = await run(['report', '--lrs', 'http://127.0.0.1:1/xapi/'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CK806');
    expect(r.stderr).toContain('COURSEKIT_LRS_USERNAME');
  });

  it('an LRS refusing the credentials: exit 2 (CK804), the LRS words shown, no report written', async () => {
    const dir = await temp();
    const lrs = await fakeLrs(() => ({ status: 401, body: { message: 'Unauthorised' } }));
    const r = await run(['report', '--lrs', lrs.endpoint, '--out', 'r.html'], { cwd: dir, env: { COURSEKIT_LRS_AUTH: 'Basic eDp5' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CK804 the LRS answered 401');
    expect(r.stderr).toContain('Unauthorised');
    expect(existsSync(path.join(dir, 'r.html'))).toBe(false);
  });

  it('an LRS that keeps failing: retried, then exit 2 (CK804) and no report', async () => {
    const dir = await temp();
    const lrs = await fakeLrs(() => ({ status: 503, body: {} }));
    const r = await run(['report', '--lrs', lrs.endpoint, '--out', 'r.html'], { cwd: dir, env: { COURSEKIT_LRS_AUTH: 'Basic eDp5' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CK804 the LRS answered 503');
    expect(lrs.seen).toHaveLength(4);
    expect(existsSync(path.join(dir, 'r.html'))).toBe(false);
  });

  it('refuses a "more" link to another origin: the credentials never leave the LRS, exit 2 (CK810), no report', async () => {
    const dir = await temp();
    const elsewhere = await fakeLrs(() => ({ status: 200, body: { statements: [], more: '' } }));
    const away = new URL(elsewhere.endpoint);
    for (const more of [`${away.origin}/xapi/statements?page=2`, `//${away.host}/xapi/statements?page=2`]) {
      const lrs = await fakeLrs(() => ({ status: 200, body: { statements: cohort().slice(0, 3), more } }));
      const r = await run(['report', '--lrs', lrs.endpoint, ...reportArgs, '--out', 'r.html'], { cwd: dir, env: { COURSEKIT_LRS_USERNAME: 'key', COURSEKIT_LRS_PASSWORD: 'rahasia' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`CK810 the LRS's "more" link leads to ${away.origin}, not to the LRS at ${new URL(lrs.endpoint).origin}; it was not followed, so the credentials were not sent there`);
      expect(lrs.seen).toHaveLength(1);
      expect(existsSync(path.join(dir, 'r.html'))).toBe(false);
    }
    expect(elsewhere.seen).toEqual([]);
  });

  it('refuses an --lrs URL holding credentials, without printing them', async () => {
    const dir = await temp();
    const r = await run(['report', '--lrs', 'https://key:rahasia@lrs.example.go.id/xapi/'], { cwd: dir, env: { COURSEKIT_LRS_AUTH: 'Basic eDp5' } });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'coursekit error CK953 --lrs holds credentials (user:password@): they were not used and are not shown\n  hint: give the endpoint without them, and the credentials in COURSEKIT_LRS_USERNAME and COURSEKIT_LRS_PASSWORD or --auth-file\n' });
  });

  it('never prints the credentials, even when the LRS echoes them in its answer', async () => {
    const dir = await temp();
    const lrs = await fakeLrs(() => ({ status: 401, body: { message: 'refused', echo: { Authorization: `Basic ${Buffer.from('key:rahasia-sekali').toString('base64')}`, password: 'rahasia-sekali' } } }));
    const r = await run(['report', '--lrs', lrs.endpoint, '--out', 'r.html'], { cwd: dir, env: { COURSEKIT_LRS_USERNAME: 'key', COURSEKIT_LRS_PASSWORD: 'rahasia-sekali' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CK804 the LRS answered 401 Unauthorized: {"message":"refused","echo":{"Authorization":"[redacted]","password":"[redacted]"}}');
    expect(r.stderr).not.toContain(Buffer.from('key:rahasia-sekali').toString('base64'));
    expect(r.stderr).not.toContain('rahasia');
  });

  it('an answer that is not a statement result: exit 1 (CK805)', async () => {
    const dir = await temp();
    const lrs = await fakeLrs(() => ({ status: 200, body: { hello: 'world' } }));
    const r = await run(['report', '--lrs', lrs.endpoint, '--out', 'r.html'], { cwd: dir, env: { COURSEKIT_LRS_AUTH: 'Basic eDp5' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CK805');
  });
});
