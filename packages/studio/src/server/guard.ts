import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { STUDIO_CODES } from '../model/errors';

const CODE = STUDIO_CODES.refused;

/** Why Studio refused a request (CK962): the HTTP status and a sentence for whoever sent it. */
export interface Refusal {
  status: 400 | 403;
  message: string;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * Who may talk to a running Studio: only this machine's browser, on the address Studio printed.
 * Studio reads and writes the course folder, so each check stands against one attack on local
 * servers (docs/security.md, "Studio"):
 *
 * - `Host` must be `127.0.0.1:PORT` or `localhost:PORT`: a site that points its own name at
 *   127.0.0.1 (DNS rebinding) is refused, so its pages cannot read or write the course.
 * - An `Origin`, when the browser sends one, must be Studio's own, and `Sec-Fetch-Site`, when sent,
 *   `same-origin` or `none`: a page of another site (or a sandboxed frame, `Origin: null`) can
 *   neither read answers nor post changes, nor load Studio's pages or the course's files.
 * - Every request carries the per-run token: the printed URL's `?token=…` once, then an `HttpOnly`,
 *   `SameSite=Strict` cookie, or an `X-CourseKit-Token` header for scripts. Other users and programs
 *   on the machine, who can reach the port but never saw the URL, get nothing.
 *
 * @example
 * const guard = studioGuard(4321, token);
 * const refusal = guard.check(req, url);
 * if (refusal) return send(res, refusal.status, refusal.message);
 */
export function studioGuard(port: number, token: string) {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  const cookieName = `coursekit-studio-${port}`;
  return {
    /** The Set-Cookie value that lets the page's later requests in. */
    cookie: `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`,
    /** Whether the URL carries the token (the first page load). */
    hasQueryToken: (url: URL) => sameText(url.searchParams.get('token') ?? '', token),
    /** Null when the request may be answered; otherwise why not. */
    check(req: IncomingMessage, url: URL): Refusal | null {
      const host = (req.headers.host ?? '').toLowerCase();
      if (!hosts.has(host)) return { status: 403, message: `${CODE} coursekit studio answers only at http://127.0.0.1:${port}/ and http://localhost:${port}/, not at "${host.slice(0, 100)}"` };
      const origin = req.headers.origin;
      if (origin !== undefined && !origins.has(origin.toLowerCase())) return { status: 403, message: `${CODE} coursekit studio refuses requests from pages of another origin (${origin.slice(0, 100)})` };
      // Browsers that say where a request comes from: only Studio's own pages, or the address typed or opened.
      const site = req.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') return { status: 403, message: `${CODE} coursekit studio refuses requests from pages of another origin (${String(site).slice(0, 100)})` };
      const header = req.headers['x-coursekit-token'];
      const given = url.searchParams.get('token') ?? (typeof header === 'string' ? header : undefined) ?? cookie(req.headers.cookie, cookieName) ?? '';
      if (!sameText(given, token)) return { status: 403, message: `${CODE} this Studio needs its token: open the address coursekit studio printed (…?token=…)` };
      return null;
    },
  };
}
