import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useStudio } from './helpers';

const s = useStudio();

/** A raw request, so that Host and Origin can be anything an attacker's page would send. */
function raw(path: string, headers: Record<string, string>, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { port } = new URL(s.base);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('who may talk to Studio', () => {
  it('prints a URL on 127.0.0.1 with its token, and the first page load trades the token for a strict HttpOnly cookie', async () => {
    expect(s.studio.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    const page = await fetch(s.studio.url);
    expect(page.status).toBe(200);
    const port = new URL(s.base).port;
    expect(page.headers.get('set-cookie')).toBe(`coursekit-studio-${port}=${s.studio.token}; Path=/; HttpOnly; SameSite=Strict`);
    expect(await page.text()).toContain('<script type="module" src="/app/index.js"></script>');
    const withCookie = await fetch(`${s.base}/api/workspace`, { headers: { Cookie: `coursekit-studio-${port}=${s.studio.token}` } });
    expect(withCookie.status).toBe(200);
  });

  it('refuses an API call without the token, or with a wrong one (CK962)', async () => {
    const none = await fetch(`${s.base}/api/workspace`);
    expect([none.status, await none.text()]).toEqual([403, 'CK962 this Studio needs its token: open the address coursekit studio printed (…?token=…)']);
    const wrong = await fetch(`${s.base}/api/workspace`, { headers: { 'X-CourseKit-Token': 'x'.repeat(32) } });
    expect(wrong.status).toBe(403);
  });

  it('refuses another Host (DNS rebinding) even with the token', async () => {
    const port = new URL(s.base).port;
    const r = await raw('/api/workspace', { Host: `evil.example:${port}`, 'X-CourseKit-Token': s.studio.token });
    expect([r.status, r.body]).toEqual([403, `CK962 coursekit studio answers only at http://127.0.0.1:${port}/ and http://localhost:${port}/, not at "evil.example:${port}"`]);
    const ok = await raw('/api/workspace', { Host: `localhost:${port}`, 'X-CourseKit-Token': s.studio.token });
    expect(ok.status).toBe(200);
  });

  it('refuses a request from a page of another origin or site, and from a sandboxed frame (Origin: null)', async () => {
    const port = new URL(s.base).port;
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${Number(port) + 1}`]) {
      const r = await raw('/api/files', { Host: `127.0.0.1:${port}`, Origin: origin, 'X-CourseKit-Token': s.studio.token, 'Content-Type': 'application/json' }, 'PUT');
      expect([r.status, r.body]).toEqual([403, `CK962 coursekit studio refuses PUT from another origin (${origin})`]);
    }
    const fromSite = await raw('/course/assets/logo.svg', { Host: `127.0.0.1:${port}`, 'Sec-Fetch-Site': 'cross-site', 'X-CourseKit-Token': s.studio.token });
    expect([fromSite.status, fromSite.body]).toEqual([403, 'CK962 coursekit studio refuses GET from another origin (cross-site)']);
  });

  it('serves the course\'s files in a sandbox and nothing outside the folder or hidden in it (CK963)', async () => {
    const svg = await s.api('/course/assets/logo.svg');
    expect([svg.status, svg.headers.get('content-type'), svg.headers.get('content-security-policy')]).toEqual([200, 'image/svg+xml', 'sandbox']);
    const port = new URL(s.base).port;
    for (const p of ['/course/../package.json', '/course/%2e%2e/%2e%2e/package.json', '/course/.git/config', '/course/assets/..%2f..%2fREADME.md', '/course//etc/passwd', '/course/assets/%00.svg']) {
      const r = await raw(p, { Host: `127.0.0.1:${port}`, 'X-CourseKit-Token': s.studio.token });
      expect(r.status, p).toBe(404);
    }
  });
});
