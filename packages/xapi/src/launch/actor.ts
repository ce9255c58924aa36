import type { Agent } from '../statements/types';

/** The first element of a TinCan 0.9-style array property ("name": ["Ana"]), or the value itself. */
function first<T>(value: T | T[] | undefined): T | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * An xAPI Agent from a launch's `actor` parameter. Accepts the xAPI 1.0 form and the older TinCan
 * forms LMSs still send (array-valued name/mbox, `account: [{ accountServiceHomePage, accountName }]`).
 * Returns null when no inverse functional identifier is there.
 *
 * @example
 * parseActor('{"name":["Ana"],"mbox":["mailto:ana@example.go.id"]}'); // { objectType: 'Agent', name: 'Ana', mbox: 'mailto:ana@example.go.id' }
 */
export function parseActor(raw: string | null | undefined): Agent | null {
  if (!raw) return null;
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const agent: Agent = { objectType: 'Agent' };
  const name = first(value.name as string | string[] | undefined);
  if (typeof name === 'string' && name) agent.name = name;
  const mbox = first(value.mbox as string | string[] | undefined);
  const account = first(value.account as Record<string, string> | Array<Record<string, string>> | undefined);
  const sha = first(value.mbox_sha1sum as string | string[] | undefined);
  const openid = first(value.openid as string | string[] | undefined);
  if (account && typeof account === 'object') {
    const homePage = account.homePage ?? account.accountServiceHomePage;
    const accountName = account.name ?? account.accountName;
    if (typeof homePage === 'string' && typeof accountName === 'string') agent.account = { homePage, name: accountName };
  }
  if (!agent.account && typeof mbox === 'string' && mbox) agent.mbox = mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}`;
  else if (!agent.account && typeof sha === 'string' && sha) agent.mbox_sha1sum = sha;
  else if (!agent.account && typeof openid === 'string' && openid) agent.openid = openid;
  return agent.account || agent.mbox || agent.mbox_sha1sum || agent.openid ? agent : null;
}

/**
 * The learner id and name a tracker reports in LaunchData: the account name, else the mailbox
 * without "mailto:", else the other identifier.
 *
 * @example
 * learnerOf({ account: { homePage: 'https://lms.example.go.id', name: 'ASN-1987' }, name: 'Ana' }); // { id: 'ASN-1987', name: 'Ana' }
 */
export function learnerOf(agent: Agent | null): { id: string | null; name: string | null } {
  if (!agent) return { id: null, name: null };
  const id = agent.account?.name ?? agent.mbox?.replace(/^mailto:/, '') ?? agent.mbox_sha1sum ?? agent.openid ?? null;
  return { id, name: agent.name ?? null };
}
