import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../chromium.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.png': 'image/png',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.xml': 'application/xml',
};

/**
 * Serves a folder over HTTP on 127.0.0.1, on a port the OS picks. Close it with `server.close()`.
 * Browsers may not keep what it sends (`no-store`) unless `cacheControl` says otherwise (a site's
 * usual `max-age=3600`). `handle` answers first, when it returns true (another service on the same
 * origin, such as an LRS).
 *
 * @example
 * const { url, server } = await serveFolder(repoRoot);
 */
export async function serveFolder(
  folder: string,
  options: { cacheControl?: string; handle?: (req: IncomingMessage, res: ServerResponse) => boolean } = {},
): Promise<{ url: string; server: Server }> {
  const base = resolve(folder);
  const server = createServer((req, res) => {
    if (options.handle?.(req, res)) return;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': options.cacheControl ?? 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Debian's Chromium with the flags our CI needs (we run as root; no network but loopback). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/**
 * Serves the files of a zip (a built package) over HTTP on 127.0.0.1, from memory.
 *
 * @example
 * const { url, server } = await serveZip(await readFile('dist/course-web.zip'));
 */
export async function serveZip(zip: Uint8Array): Promise<{ url: string; server: Server }> {
  const files = await unzip(zip);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const body = files.get(path);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': contentType(path), 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * The files of a zip (a built package), in memory, by path from the root ("/index.html").
 *
 * @example
 * const files = await unzip(await readFile('dist/course-scorm12.zip'));
 */
export async function unzip(zip: Uint8Array): Promise<Map<string, Uint8Array>> {
  const { default: JSZip } = await import('jszip');
  const archive = await JSZip.loadAsync(zip);
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(archive.files)) if (!entry.dir) files.set(`/${entry.name}`, await entry.async('uint8array'));
  return files;
}

/** The Content-Type a file is served with, by its extension. */
export function contentType(path: string): string {
  return TYPES[extname(path)] ?? 'application/octet-stream';
}
