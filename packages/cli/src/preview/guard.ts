import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Why the preview refused a request: the HTTP status and a sentence for whoever sent it. */
export interface Refusal {
  status: 400 | 403;
  message: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The value of one cookie in a Cookie header. */
function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * Who may talk to a running preview: only this machine's browser, on the address the preview
 * printed. Three checks, each against an attack on local development servers:
 *
 * - `Host` is `127.0.0.1`, `localhost` or `[::1]` with the preview's port: a site that points its
 *   own name at 127.0.0.1 (DNS rebinding) is refused, so its pages cannot read the preview.
 * - A request that changes state (POST, PUT, DELETE) from a page of another origin is refused
 *   (`Origin`, `Sec-Fetch-Site`), so a site open in another tab cannot reset or feed the preview.
 * - Every request carries the per-run token: in the printed URL (`?token=…`), then in a cookie the
 *   preview sets (`HttpOnly`, `SameSite=Strict`), so other users and programs on the machine, who
 *   can reach the port but never saw the URL, get nothing.
 *
 * @example
 * const guard = previewGuard(4173, token);
 * const refusal = guard.check(req, url);
 * if (refusal) return send(res, refusal.status, refusal.message);
 */
export function previewGuard(port: number, token: string) {
  const hosts = new Set(['127.0.0.1', 'localhost', '[::1]'].map((h) => `${h}:${port}`));
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  const cookieName = `coursekit-preview-${port}`;
  return {
    /** The Set-Cookie value that lets the browser's later requests (frames, scripts, fetches) in. */
    cookie: `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`,
    /** Whether a request's URL carries the token (the first request of a browser). */
    hasQueryToken: (url: URL) => sameText(url.searchParams.get('token') ?? '', token),
    /** Null when the request may be answered; otherwise why not. */
    check(req: IncomingMessage, url: URL): Refusal | null {
      const host = (req.headers.host ?? '').toLowerCase();
      if (!hosts.has(host)) return { status: 403, message: `coursekit preview answers only at http://127.0.0.1:${port}/ and http://localhost:${port}/, not at "${host.slice(0, 100)}"` };
      const method = req.method ?? 'GET';
      if (!SAFE_METHODS.has(method)) {
        const origin = req.headers.origin;
        const site = req.headers['sec-fetch-site'];
        if ((origin !== undefined && !origins.has(origin.toLowerCase())) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
          return { status: 403, message: `coursekit preview refuses ${method} from another origin (${String(origin ?? site).slice(0, 100)})` };
        }
      }
      const given = url.searchParams.get('token') ?? cookie(req.headers.cookie, cookieName) ?? '';
      if (!sameText(given, token)) return { status: 403, message: 'this preview needs its token: open the address coursekit preview printed (…?token=…)' };
      return null;
    },
  };
}
