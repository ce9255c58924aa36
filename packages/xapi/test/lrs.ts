import type { Statement } from '../src/statements/types';
import { uuid } from '../src/statements/uuid';

const HEADERS = { 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic dGVzdDp0ZXN0', 'Content-Type': 'application/json' };

/** Every statement the LRS holds for a registration, oldest first (follows `more` links). */
export async function statementsIn(lrsEndpoint: string, registration: string): Promise<Statement[]> {
  const out: Statement[] = [];
  let url: string | null = `${lrsEndpoint}statements?registration=${registration}&limit=500&ascending=true`;
  while (url) {
    const response = await fetch(url, { headers: HEADERS });
    if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { statements: Statement[]; more?: string };
    out.push(...body.statements);
    url = body.more ? new URL(body.more, lrsEndpoint).href : null;
  }
  return out;
}

/** POSTs statements straight to the LRS, as another client would. */
export async function postDirect(lrsEndpoint: string, statements: Statement[]): Promise<number> {
  const response = await fetch(`${lrsEndpoint}statements`, { method: 'POST', headers: HEADERS, body: JSON.stringify(statements) });
  await response.text();
  return response.status;
}

/** `n` small valid statements in one registration, ids fixed at creation. */
export function sampleStatements(n: number, registration = uuid(), tag = 'sample'): Statement[] {
  const t0 = Date.parse('2026-11-02T01:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    id: uuid(),
    actor: { objectType: 'Agent' as const, account: { homePage: 'https://lms.example.go.id', name: 'ASN-1987' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } },
    object: { objectType: 'Activity' as const, id: `urn:coursekit:${tag}/page/p${i}`, definition: { type: 'http://activitystrea.ms/schema/1.0/page', name: { en: `Page ${i}`, id: `Halaman ${i}` } } },
    timestamp: new Date(t0 + i * 1000).toISOString(),
    context: { registration, platform: 'CourseKit' },
  }));
}
