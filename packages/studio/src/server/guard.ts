import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { STUDIO_CODES } from '../model/errors';

/** Why a local server refused a request: the HTTP status and a sentence for whoever sent it. */
export interface Refusal {
  status: 400 | 403;
  message: string;
}

/** Options of {@link localGuard}. */
export interface LocalGuardOptions {
  /** The command that runs the server, in messages and in the cookie's name: `preview`, `studio`. */
  name: string;
  port: number;
  token: string;
  /** How the token refusal names the server: `this preview`. */
  self: string;
  /**
   * Whether requests that only read (GET, HEAD, OPTIONS) must also come from the server's own
   * pages. Studio's answers are the course's files, so yes; the preview's are a package's.
   */
  sameOriginReads: boolean;
  /** Put before each refusal: an error code and a space. */
  prefix?: string;
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
 * Who may talk to a local server of CourseKit (`coursekit preview`, `coursekit studio`): only this
 * machine's browser, on the address the command printed. Three checks, each against an attack on
 * local development servers (docs/security.md):
 *
 * - `Host` is `127.0.0.1`, `localhost` or `[::1]` with the server's port: a site that points its
 *   own name at 127.0.0.1 (DNS rebinding) is refused, so its pages cannot read the server.
 * - A request from a page of another origin (`Origin`, `Sec-Fetch-Site`; a sandboxed frame sends
 *   `Origin: null`) is refused when it changes state, and with `sameOriginReads` when it reads too.
 * - Every request carries the per-run token: in the printed URL (`?token=…`), then in a cookie the
 *   server sets (`HttpOnly`, `SameSite=Strict`), or in an `X-CourseKit-Token` header for scripts, so
 *   other users and programs on the machine, who can reach the port but never saw the URL, get nothing.
 *
 * @example
 * const guard = localGuard({ name: 'preview', port: 4173, token, self: 'this preview', sameOriginReads: false });
 * const refusal = guard.check(req, url);
 * if (refusal) return send(res, refusal.status, refusal.message);
 */
export function localGuard({ name, port, token, self, sameOriginReads, prefix = '' }: LocalGuardOptions) {
  const hosts = new Set(['127.0.0.1', 'localhost', '[::1]'].map((h) => `${h}:${port}`));
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  const cookieName = `coursekit-${name}-${port}`;
  return {
    /** The Set-Cookie value that lets the browser's later requests (frames, scripts, fetches) in. */
    cookie: `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`,
    /** Whether a request's URL carries the token (the first request of a browser). */
    hasQueryToken: (url: URL) => sameText(url.searchParams.get('token') ?? '', token),
    /** Null when the request may be answered; otherwise why not. */
    check(req: IncomingMessage, url: URL): Refusal | null {
      const host = (req.headers.host ?? '').toLowerCase();
      if (!hosts.has(host)) return { status: 403, message: `${prefix}coursekit ${name} answers only at http://127.0.0.1:${port}/ and http://localhost:${port}/, not at "${host.slice(0, 100)}"` };
      const method = req.method ?? 'GET';
      if (sameOriginReads || !SAFE_METHODS.has(method)) {
        const origin = req.headers.origin;
        const site = req.headers['sec-fetch-site'];
        if ((origin !== undefined && !origins.has(origin.toLowerCase())) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
          return { status: 403, message: `${prefix}coursekit ${name} refuses ${method} from another origin (${String(origin ?? site).slice(0, 100)})` };
        }
      }
      const header = req.headers['x-coursekit-token'];
      const given = url.searchParams.get('token') ?? (typeof header === 'string' ? header : undefined) ?? cookie(req.headers.cookie, cookieName) ?? '';
      if (!sameText(given, token)) return { status: 403, message: `${prefix}${self} needs its token: open the address coursekit ${name} printed (…?token=…)` };
      return null;
    },
  };
}

/**
 * Studio's guard: {@link localGuard} with reads checked too (Studio's answers are the course's
 * files), refusals coded CK962.
 *
 * @example const guard = studioGuard(4321, token);
 */
export function studioGuard(port: number, token: string) {
  return localGuard({ name: 'studio', port, token, self: 'this Studio', sameOriginReads: true, prefix: `${STUDIO_CODES.refused} ` });
}
