import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Io } from '../src/io';
import { main } from '../src/main';
import { run, tempDir } from './run';

// The preview's server seen by what else runs on the machine: a site that rebinds its name to
// 127.0.0.1, a page in another tab posting to it, a program that never saw the printed address,
// and malformed requests. No browser: raw HTTP, as an attacker sends it.

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** `coursekit preview --json` on a starter course (or a course file written by `write`); its printed line and a stop function. */
async function preview(write?: (file: string) => Promise<void>) {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  expect((await run(['init', 'course'], { cwd: t.dir })).code).toBe(0);
  if (write) await write(path.join(t.dir, 'course/course.json'));
  let interrupt!: () => void;
  const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
  let stdout = '';
  const io: Io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, cwd: t.dir, env: {}, untilInterrupted: () => interrupted };
  const exit = main(['preview', 'course/course.json', '--port', '0', '--no-open', '--json'], io);
  cleanups.push(() => (interrupt(), exit));
  await expect.poll(() => stdout, { timeout: 20_000 }).toMatch(/\n$/);
  const line = JSON.parse(stdout) as { url: string; problems: Array<{ code: string; line: number; column: number; pointer: string }> };
  const url = new URL(line.url);
  return { line, url, port: url.port, token: url.searchParams.get('token')! };
}

/** One raw HTTP request to 127.0.0.1: any Host, any headers. */
function send(port: string, pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: Number(port), path: pathname, method: options.method ?? 'GET', agent: false, headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('coursekit preview answers only its own browser', () => {
  it('prints an address with a per-run token, and refuses requests without it', async () => {
    const p = await preview();
    expect(p.token).toMatch(/^[\w-]{24}$/);
    const first = await send(p.port, `/?token=${p.token}`);
    expect(first.status).toBe(200);
    expect(first.headers['set-cookie']).toEqual([`coursekit-preview-${p.port}=${p.token}; Path=/; HttpOnly; SameSite=Strict`]);
    // The cookie lets the page's own requests (frames, scripts, fetches) in.
    expect((await send(p.port, '/__coursekit/statements', { headers: { cookie: `coursekit-preview-${p.port}=${p.token}` } })).status).toBe(200);
    for (const pathname of ['/', '/__coursekit/statements', '/course/scorm12/course.json', `/?token=${p.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`]) {
      const r = await send(p.port, pathname);
      expect([pathname, r.status, r.body]).toEqual([pathname, 403, 'this preview needs its token: open the address coursekit preview printed (…?token=…)']);
    }
    expect((await send(p.port, '/__coursekit/reset', { method: 'POST' })).status).toBe(403);
  });

  it('refuses a Host other than 127.0.0.1, localhost or [::1] with its port (DNS rebinding)', async () => {
    const p = await preview();
    for (const host of ['evil.example', `evil.example:${p.port}`, '127.0.0.1', `127.0.0.1.nip.io:${p.port}`, `localhost:${Number(p.port) + 1}`]) {
      const r = await send(p.port, `/?token=${p.token}`, { headers: { host } });
      expect([host, r.status, r.body]).toEqual([host, 403, `coursekit preview answers only at http://127.0.0.1:${p.port}/ and http://localhost:${p.port}/, not at "${host}"`]);
    }
    for (const host of [`127.0.0.1:${p.port}`, `localhost:${p.port}`, `LOCALHOST:${p.port}`, `[::1]:${p.port}`]) {
      expect([host, (await send(p.port, `/?token=${p.token}`, { headers: { host } })).status]).toEqual([host, 200]);
    }
  });

  it('refuses a state-changing request from another origin, even with the token', async () => {
    const p = await preview();
    const reset = (headers: Record<string, string>) => send(p.port, `/__coursekit/reset?token=${p.token}`, { method: 'POST', headers });
    expect(await reset({ origin: 'http://evil.example' })).toMatchObject({ status: 403, body: 'coursekit preview refuses POST from another origin (http://evil.example)' });
    expect((await reset({ origin: `http://127.0.0.1:${Number(p.port) + 1}` })).status).toBe(403);
    expect((await reset({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const statement = JSON.stringify({ actor: { mbox: 'mailto:x@example.org' }, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' }, object: { id: 'urn:x' } });
    const post = await send(p.port, `/__coursekit/lrs/statements?token=${p.token}`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'application/json' }, body: statement });
    expect(post.status).toBe(403);
    expect(JSON.parse((await send(p.port, `/__coursekit/statements?token=${p.token}`)).body)).toEqual([]);
    // Its own pages may.
    expect((await reset({ origin: `http://127.0.0.1:${p.port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(204);
    expect((await reset({})).status).toBe(204);
  });

  it('answers a malformed percent-encoding with 400, not 500', async () => {
    const p = await preview();
    const r = await send(p.port, `/course/scorm12/assets/%E0%A4%A.svg?token=${p.token}`);
    expect([r.status, r.body]).toEqual([400, 'malformed percent-encoding in /course/scorm12/assets/%E0%A4%A.svg']);
  });

  it('shows a course nested 10,000 deep as CK007 at its place, not as an unreadable file', async () => {
    const p = await preview(async (file) => writeFile(file, `{\n"modules": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`));
    expect(p.line.problems.map((x) => [x.code, x.line, x.column])).toEqual([['CK007', 2, 12 + 99]]);
    expect((await send(p.port, `/course/scorm12/index.html?token=${p.token}`)).body).toContain('<code>CK007</code>');
  });
});
