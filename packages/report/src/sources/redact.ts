/** What a redacted secret is replaced with. */
export const REDACTED = '[redacted]';

/**
 * The pieces of an Authorization header that must never be printed: the whole value, its token
 * (after "Basic " or "Bearer "), and for Basic auth the decoded `key:secret` and the secret alone.
 */
function secretsOf(authorization: string): string[] {
  const value = authorization.trim();
  const token = value.replace(/^[A-Za-z][\w-]*\s+/, '');
  const secrets = [value, token];
  if (/^basic\s/i.test(value)) {
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) secrets.push(decoded, decoded.slice(colon + 1), encodeURIComponent(decoded.slice(colon + 1)));
  }
  // Very short pieces ("a") would blank out ordinary words; a key that short is no secret anyway.
  return [...new Set(secrets)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
}

/**
 * Removes LRS credentials from a text bound for a terminal or a log: an LRS that echoes the request
 * headers in its error page must not put the key and secret on the screen.
 *
 * @example
 * redactCredentials('401: Authorization: Basic a2V5OnNlY3JldA==', 'Basic a2V5OnNlY3JldA=='); // '401: Authorization: [redacted]'
 */
export function redactCredentials(text: string, authorization: string | undefined): string {
  if (!authorization) return text;
  let out = text;
  for (const secret of secretsOf(authorization)) out = out.split(secret).join(REDACTED);
  return out;
}
