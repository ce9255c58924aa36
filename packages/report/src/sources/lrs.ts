import { REPORT_ERROR, ReportError } from '../errors';
import type { SourceItem } from './file';
import { redactCredentials } from './redact';

/** Where and what to read from an LRS. */
export interface LrsQuery {
  /** The xAPI endpoint, e.g. "https://lrs.example.org/xapi/" (with or without the trailing slash). */
  endpoint: string;
  /** The value of the Authorization header ("Basic …"), from credentials never passed on a command line. */
  authorization: string;
  /** The course's activity id; statements about it and its sub-activities are read (related_activities). */
  activity?: string;
  registration?: string;
  /** ISO 8601 timestamps bounding `stored`. */
  since?: string;
  until?: string;
  /** Statements per page asked of the LRS. Default 500. */
  pageSize?: number;
  /** For tests and custom transports. Default globalThis.fetch. */
  fetch?: typeof fetch;
  /** Retries of a page on a network error or a 5xx/429 answer. Default 3. */
  retries?: number;
}

const XAPI_VERSION = '1.0.3';

function statementsUrl(query: LrsQuery): URL {
  const base = query.endpoint.endsWith('/') ? query.endpoint : `${query.endpoint}/`;
  const url = new URL('statements', base);
  if (query.activity) {
    url.searchParams.set('activity', query.activity);
    url.searchParams.set('related_activities', 'true');
  }
  if (query.registration) url.searchParams.set('registration', query.registration);
  if (query.since) url.searchParams.set('since', query.since);
  if (query.until) url.searchParams.set('until', query.until);
  url.searchParams.set('limit', String(query.pageSize ?? 500));
  url.searchParams.set('ascending', 'true');
  return url;
}

/**
 * The URL a `more` link points to, resolved against the endpoint: xAPI 2.1.2 makes it relative to
 * the LRS's origin (an absolute path); some LRSs send it relative to the endpoint. A link to any
 * other origin (absolute, or protocol-relative `//host/…`) is refused: the next request would carry
 * the LRS credentials to a server nobody configured.
 */
export function resolveMore(more: string, endpoint: string): URL {
  const base = new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
  let url: URL;
  try {
    url = new URL(more, more.startsWith('/') && !more.startsWith('//') ? base.origin : base);
  } catch (error) {
    throw new ReportError(REPORT_ERROR.lrsMalformed, `the LRS answered with a "more" link that is not a URL: ${JSON.stringify(more.slice(0, 200))}`, {
      where: base.origin + base.pathname,
      hint: 'check the endpoint points at an xAPI LRS',
      cause: error,
    });
  }
  if (url.origin !== base.origin) {
    throw new ReportError(REPORT_ERROR.moreOffOrigin, `the LRS's "more" link leads to ${url.origin}, not to the LRS at ${base.origin}; it was not followed, so the credentials were not sent there`, {
      where: base.origin + base.pathname,
      hint: `an LRS pages its statements on its own server: check that --lrs is the LRS's own endpoint, and ask its administrator why it links to ${url.origin}`,
    });
  }
  return url;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

async function getPage(start: URL, query: LrsQuery): Promise<{ statements: unknown[]; more: string }> {
  const doFetch = query.fetch ?? globalThis.fetch;
  const retries = query.retries ?? 3;
  let url = start;
  let redirects = 0;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      // Redirects are followed here, not by fetch, so that one to another origin is refused before
      // any request (credentials or not) goes there.
      response = await doFetch(url, {
        headers: { 'X-Experience-API-Version': XAPI_VERSION, Authorization: query.authorization, Accept: 'application/json' },
        redirect: 'manual',
      });
    } catch (error) {
      if (attempt < retries) {
        await sleep(250 * 2 ** attempt);
        continue;
      }
      throw new ReportError(REPORT_ERROR.lrsUnreachable, redactCredentials(`cannot reach the LRS: ${(error as Error).message}`, query.authorization), {
        where: url.origin + url.pathname,
        hint: 'check the endpoint URL and the network, then run the report again',
        cause: error,
      });
    }
    const location = REDIRECTS.has(response.status) ? response.headers.get('Location') : null;
    if (location !== null && redirects < MAX_REDIRECTS) {
      const next = new URL(location, url);
      if (next.origin !== start.origin) {
        throw new ReportError(REPORT_ERROR.moreOffOrigin, `the LRS redirected to ${next.origin}, not to the LRS at ${start.origin}; it was not followed, so the credentials were not sent there`, {
          where: url.origin + url.pathname,
          hint: `check that --lrs is the LRS's own endpoint (the address it redirects to may be the right one), and ask its administrator why it sends readers to ${next.origin}`,
        });
      }
      url = next;
      redirects++;
      attempt--;
      continue;
    }
    if ((response.status >= 500 || response.status === 429) && attempt < retries) {
      const retryAfter = Number(response.headers.get('Retry-After'));
      await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 30) * 1000 : 250 * 2 ** attempt);
      continue;
    }
    if (!response.ok) {
      const hint =
        response.status === 401 || response.status === 403
          ? 'check the credentials in COURSEKIT_LRS_USERNAME / COURSEKIT_LRS_PASSWORD (or --auth-file) and that they may read statements'
          : response.status === 404
            ? 'check the endpoint: it should be the xAPI base URL, the one that ends before "statements"'
            : 'the LRS refused the query; its answer is above';
      // Redacted before it is shortened, so a secret cut in two cannot slip through.
      const body = redactCredentials((await response.text().catch(() => '')).slice(0, 65_536), query.authorization).slice(0, 300);
      // An LRS may echo the request (Authorization header included) in its error page.
      throw new ReportError(REPORT_ERROR.lrsStatus, redactCredentials(`the LRS answered ${response.status} ${response.statusText}${body ? `: ${body}` : ''}`, query.authorization), {
        where: url.origin + url.pathname,
        hint,
      });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new ReportError(REPORT_ERROR.lrsMalformed, 'the LRS answered with something that is not JSON', {
        where: url.origin + url.pathname,
        hint: 'check the endpoint points at an xAPI LRS',
        cause: error,
      });
    }
    const result = body as { statements?: unknown; more?: unknown };
    if (!result || !Array.isArray(result.statements)) {
      throw new ReportError(REPORT_ERROR.lrsMalformed, 'the LRS answer has no "statements" array', {
        where: url.origin + url.pathname,
        hint: 'check the endpoint points at an xAPI LRS (GET …/statements must return a StatementResult)',
      });
    }
    return { statements: result.statements, more: typeof result.more === 'string' ? result.more : '' };
  }
}

/**
 * Reads statements from an LRS page by page (`GET /statements`, following `more` links), so only
 * one page is in memory at a time. Retries a page on network errors, 5xx and 429 (honouring Retry-After).
 *
 * @example
 * const items = readStatementsFromLrs({ endpoint: 'https://lrs.example.org/xapi/', authorization, activity: 'urn:coursekit:integrity-ranger' });
 * for await (const { value } of items) aggregator.add(value);
 */
export async function* readStatementsFromLrs(query: LrsQuery): AsyncGenerator<SourceItem> {
  let url: URL | null = statementsUrl(query);
  const seen = new Set<string>();
  while (url) {
    const key = url.toString();
    // A broken LRS that returns the same `more` link forever must not loop forever.
    if (seen.has(key)) break;
    seen.add(key);
    const page = await getPage(url, query);
    let index = 0;
    for (const value of page.statements) yield { value, where: `${url.origin}${url.pathname}#${index++}` };
    url = page.more ? resolveMore(page.more, query.endpoint) : null;
  }
}
