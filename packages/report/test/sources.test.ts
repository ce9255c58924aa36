import { createServer, type Server } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lrsAuthorization } from '../src/sources/credentials';
import { readStatementsFile } from '../src/sources/file';
import { readStatementsFromLrs } from '../src/sources/lrs';
import { readRoster } from '../src/sources/roster';
import { ReportError } from '../src/errors';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ck-report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function rejection(promise: Promise<unknown>): Promise<ReportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('expected a ReportError');
}

describe('readStatementsFile', () => {
  it('reads a JSON array one statement at a time, naming each by its index', async () => {
    const path = join(dir, 'export.json');
    await writeFile(path, '\uFEFF  [{"id":"a"},\n{"id":"b"}]');
    expect(await collect(readStatementsFile(path))).toEqual([
      { value: { id: 'a' }, where: `${path}[0]` },
      { value: { id: 'b' }, where: `${path}[1]` },
    ]);
  });

  it('reads NDJSON, skipping blank lines and naming each by its line', async () => {
    const path = join(dir, 'export.ndjson');
    await writeFile(path, '{"id":"a"}\n\n{"id":"b"}\r\n');
    expect(await collect(readStatementsFile(path))).toEqual([
      { value: { id: 'a' }, where: `${path}:1` },
      { value: { id: 'b' }, where: `${path}:3` },
    ]);
  });

  it('says which NDJSON line is broken', async () => {
    const path = join(dir, 'broken.ndjson');
    await writeFile(path, '{"id":"a"}\n{"id":\n');
    const error = await rejection(collect(readStatementsFile(path)));
    expect(error.code).toBe('CK802');
    expect(error.where).toBe(`${path}:2`);
    expect(error.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2 is not valid JSON`));
  });

  it('refuses a truncated JSON array with a hint about interrupted exports', async () => {
    const path = join(dir, 'truncated.json');
    await writeFile(path, '[{"id":"a"},{"id":');
    const error = await rejection(collect(readStatementsFile(path)));
    expect(error.code).toBe('CK802');
    expect(error.hint).toBe('check the file is complete (an interrupted export ends without "]")');
  });

  it('reads gzip-compressed NDJSON and JSON arrays, whatever the file is called', async () => {
    const ndjson = join(dir, 'export.ndjson.gz');
    await writeFile(ndjson, gzipSync('\uFEFF{"id":"a"}\n\n{"id":"b"}\n'));
    expect(await collect(readStatementsFile(ndjson))).toEqual([
      { value: { id: 'a' }, where: `${ndjson}:1` },
      { value: { id: 'b' }, where: `${ndjson}:3` },
    ]);
    const array = join(dir, 'export.json');
    await writeFile(array, gzipSync('  [{"id":"a"},{"id":"b"}]'));
    expect(await collect(readStatementsFile(array))).toEqual([
      { value: { id: 'a' }, where: `${array}[0]` },
      { value: { id: 'b' }, where: `${array}[1]` },
    ]);
  });

  it('refuses a cut-off gzip export as damaged, after the statements before the damage', async () => {
    const whole = gzipSync(Array.from({ length: 2000 }, (_, i) => `{"id":"s${i}","n":${i * 7919}}`).join('\n'));
    for (const [name, first] of [['cut.ndjson.gz', '{'], ['cut.json.gz', '[']] as const) {
      const path = join(dir, name);
      const body = first === '[' ? gzipSync(`[${Array.from({ length: 2000 }, (_, i) => `{"id":"s${i}","n":${i * 7919}}`).join(',')}]`) : whole;
      await writeFile(path, body.subarray(0, Math.floor(body.length * 0.6)));
      const read: unknown[] = [];
      const error = await rejection(
        (async () => {
          for await (const item of readStatementsFile(path)) read.push(item);
        })(),
      );
      expect(error.code, name).toBe('CK802');
      expect(error.message, name).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is gzip-compressed, but its data is damaged: `));
      expect(read.length, name).toBeGreaterThan(100);
      expect(read.length, name).toBeLessThan(2000);
    }
  });

  it('refuses a file that is neither, a folder and a missing file, each with its own message', async () => {
    const csv = join(dir, 'statements.csv');
    await writeFile(csv, 'id,verb\n');
    expect((await rejection(collect(readStatementsFile(csv)))).message).toBe(`${csv} starts with "i", not a JSON array or NDJSON of statements`);
    const folder = join(dir, 'folder');
    await mkdir(folder);
    expect((await rejection(collect(readStatementsFile(folder)))).message).toBe(`${folder} is a folder, not a statements file`);
    const missing = join(dir, 'missing.json');
    expect((await rejection(collect(readStatementsFile(missing)))).message).toBe(`cannot read ${missing}: ENOENT`);
  });

  it('yields nothing for an empty file', async () => {
    const path = join(dir, 'empty.json');
    await writeFile(path, '  \n');
    expect(await collect(readStatementsFile(path))).toEqual([]);
  });
});

describe('readStatementsFromLrs', () => {
  let server: Server;
  let endpoint: string;
  const requests: Array<{ url: string; auth: string | undefined; version: string | undefined }> = [];
  let failuresLeft = 0;
  // Another server on another port (another origin): it must never see a request.
  const otherRequests: Array<string | undefined> = [];
  const other: Server = createServer((req, res) => {
    otherRequests.push(req.headers.authorization);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ statements: [{ id: 'stolen' }], more: '' }));
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    server = createServer((req, res) => {
      requests.push({ url: req.url ?? '', auth: req.headers.authorization, version: req.headers['x-experience-api-version'] as string | undefined });
      if (req.url?.startsWith('/echo/')) {
        // An LRS whose error page echoes the request headers.
        res.writeHead(401, { 'Content-Type': 'text/plain' }).end(`refused: Authorization: ${req.headers.authorization}; user key, password secret`);
        return;
      }
      if (req.headers.authorization !== 'Basic a2V5OnNlY3JldA==') {
        res.writeHead(401, { 'Content-Type': 'text/plain' }).end('bad credentials');
        return;
      }
      if (failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(503, { 'Retry-After': '0' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/xapi/statements' && !url.searchParams.has('page')) {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ statements: [{ id: '1' }, { id: '2' }], more: '/xapi/statements?page=2' }));
      } else if (url.searchParams.get('page') === '2') {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ statements: [{ id: '3' }], more: '' }));
      } else if (url.pathname === '/moved/statements') {
        res.writeHead(302, { Location: `http://127.0.0.1:${(other.address() as AddressInfo).port}/xapi/statements` }).end();
      } else if (url.pathname === '/moved-here/statements') {
        res.writeHead(307, { Location: '/xapi/statements?page=2' }).end();
      } else if (url.pathname === '/away/statements' || url.pathname === '/protocol-relative/statements') {
        const away = `//127.0.0.1:${(other.address() as AddressInfo).port}/xapi/statements?page=2`;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ statements: [{ id: '1' }], more: url.pathname === '/away/statements' ? `http:${away}` : away }));
      } else if (url.pathname === '/loop/statements') {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ statements: [{ id: 'x' }], more: '/loop/statements?limit=500' }));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xapi/`;
  });
  afterAll(() => Promise.all([server, other].map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

  const authorization = 'Basic a2V5OnNlY3JldA==';

  it('follows more links page by page, with the xAPI version header and the filters', async () => {
    requests.length = 0;
    const items = await collect(readStatementsFromLrs({ endpoint, authorization, activity: 'urn:coursekit:integrity-ranger', since: '2026-11-01T00:00:00Z' }));
    expect(items.map((i) => (i.value as { id: string }).id)).toEqual(['1', '2', '3']);
    expect(requests.map((r) => r.url)).toEqual([
      '/xapi/statements?activity=urn%3Acoursekit%3Aintegrity-ranger&related_activities=true&since=2026-11-01T00%3A00%3A00Z&limit=500&ascending=true',
      '/xapi/statements?page=2',
    ]);
    expect(requests.every((r) => r.version === '1.0.3')).toBe(true);
  });

  it('retries a page the LRS could not serve for now', async () => {
    failuresLeft = 2;
    const items = await collect(readStatementsFromLrs({ endpoint, authorization }));
    expect(items).toHaveLength(3);
    expect(failuresLeft).toBe(0);
  });

  it('stops with a clear message when the LRS keeps failing', async () => {
    failuresLeft = 10;
    const error = await rejection(collect(readStatementsFromLrs({ endpoint, authorization, retries: 1 })));
    failuresLeft = 0;
    expect(error.code).toBe('CK804');
    expect(error.message).toBe('the LRS answered 503 Service Unavailable');
  });

  it('explains a refusal of the credentials without echoing them', async () => {
    const error = await rejection(collect(readStatementsFromLrs({ endpoint, authorization: 'Basic d3Jvbmc6d3Jvbmc=' })));
    expect(error.message).toBe('the LRS answered 401 Unauthorized: bad credentials');
    expect(error.hint).toMatch(/COURSEKIT_LRS_USERNAME/);
    expect(`${error.message} ${error.hint}`).not.toContain('d3Jvbmc');
  });

  for (const [name, path] of [
    ['an absolute', 'away'],
    ['a protocol-relative', 'protocol-relative'],
  ] as const) {
    it(`refuses ${name} more link to another origin without sending the credentials there`, async () => {
      const start = endpoint.replace('/xapi/', `/${path}/`);
      const origin = new URL(endpoint).origin;
      const otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
      const read: unknown[] = [];
      const error = await rejection(
        (async () => {
          for await (const item of readStatementsFromLrs({ endpoint: start, authorization })) read.push(item.value);
        })(),
      );
      expect(read).toEqual([{ id: '1' }]);
      expect(error.code).toBe('CK810');
      expect(error.message).toBe(`the LRS's "more" link leads to ${otherOrigin}, not to the LRS at ${origin}; it was not followed, so the credentials were not sent there`);
      expect(otherRequests).toEqual([]);
    });
  }

  it('follows a redirect within the LRS, and refuses one to another origin before any request goes there', async () => {
    expect((await collect(readStatementsFromLrs({ endpoint: endpoint.replace('/xapi/', '/moved-here/'), authorization }))).map((i) => (i.value as { id: string }).id)).toEqual(['3']);
    const error = await rejection(collect(readStatementsFromLrs({ endpoint: endpoint.replace('/xapi/', '/moved/'), authorization })));
    expect(error.code).toBe('CK810');
    expect(error.message).toBe(`the LRS redirected to http://127.0.0.1:${(other.address() as AddressInfo).port}, not to the LRS at ${new URL(endpoint).origin}; it was not followed, so the credentials were not sent there`);
    expect(otherRequests).toEqual([]);
  });

  it('redacts the credentials from an error page that echoes them', async () => {
    const error = await rejection(collect(readStatementsFromLrs({ endpoint: endpoint.replace('/xapi/', '/echo/'), authorization })));
    expect(error.code).toBe('CK804');
    expect(error.message).toBe('the LRS answered 401 Unauthorized: refused: Authorization: [redacted]; user key, password [redacted]');
  });

  it('says when nothing listens at the endpoint', async () => {
    const error = await rejection(collect(readStatementsFromLrs({ endpoint: 'http://127.0.0.1:9/xapi/', authorization, retries: 0 })));
    expect(error.code).toBe('CK803');
  });

  it('does not loop forever on an LRS that repeats its more link', async () => {
    const loop = endpoint.replace('/xapi/', '/loop/');
    const items = await collect(readStatementsFromLrs({ endpoint: loop, authorization, pageSize: 500 }));
    expect(items).toHaveLength(2);
  });
});

describe('lrsAuthorization', () => {
  it('builds Basic auth from the environment, never from arguments', async () => {
    expect(await lrsAuthorization({ COURSEKIT_LRS_USERNAME: 'key', COURSEKIT_LRS_PASSWORD: 'secret' })).toBe('Basic a2V5OnNlY3JldA==');
    expect(await lrsAuthorization({ COURSEKIT_LRS_AUTH: 'Bearer t0k3n' })).toBe('Bearer t0k3n');
  });

  it('reads key:secret or JSON from a file', async () => {
    const plain = join(dir, 'lrs.txt');
    await writeFile(plain, 'key:secret\n');
    expect(await lrsAuthorization({}, plain)).toBe('Basic a2V5OnNlY3JldA==');
    const json = join(dir, 'lrs.json');
    await writeFile(json, '{"username":"key","password":"secret"}');
    expect(await lrsAuthorization({}, json)).toBe('Basic a2V5OnNlY3JldA==');
  });

  it('tells how to give credentials when there are none', async () => {
    const error = await rejection(lrsAuthorization({}));
    expect(error.code).toBe('CK806');
    expect(error.hint).toBe('set COURSEKIT_LRS_USERNAME and COURSEKIT_LRS_PASSWORD (or COURSEKIT_LRS_AUTH), or pass --auth-file <file>');
  });
});

describe('readRoster', () => {
  it('reads email, name and unit in any column order', async () => {
    const path = join(dir, 'roster.csv');
    await writeFile(path, '\uFEFFUnit,Name,Email\r\nBPKAD,"Lestari, Citra",citra@bpkad.example.go.id\r\n');
    expect(await readRoster(path)).toEqual([{ key: 'mailto:citra@bpkad.example.go.id', name: 'Lestari, Citra', unit: 'BPKAD' }]);
  });

  it('names the row that has no email or account', async () => {
    const path = join(dir, 'roster-bad.csv');
    await writeFile(path, 'email,name,unit\n,Tanpa Email,BPKAD\n');
    const error = await rejection(readRoster(path));
    expect(error.message).toBe('roster row 2 has neither an email nor an account');
    expect(error.where).toBe(`${path}:2`);
  });
});
