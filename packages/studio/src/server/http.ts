import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Content types, by file extension, of what CourseKit's local servers (`coursekit preview`,
 * `coursekit studio`) send: pages, scripts, the course's media.
 *
 * @example CONTENT_TYPES['.svg'] // 'image/svg+xml'
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
};

/** Sends a whole answer; nothing Studio sends may be cached or sniffed into another type. */
export function send(res: ServerResponse, status: number, body: string | Uint8Array, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(body);
}

/** Sends JSON. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), CONTENT_TYPES['.json']);
}

/** A request's body, refused past `limit` bytes (a 413 is sent and null returned). */
export async function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      send(res, 413, `the request is larger than ${limit} bytes`);
      req.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A JSON request body; null when it was refused (too large, not JSON: the answer is sent). */
export async function readJson<T>(req: IncomingMessage, res: ServerResponse, limit: number): Promise<T | null> {
  const body = await readBody(req, res, limit);
  if (body === null) return null;
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    sendJson(res, 400, { error: 'the request body is not JSON' });
    return null;
  }
}
