/**
 * A random (version 4) UUID, from crypto.getRandomValues, which works on plain-http pages where
 * crypto.randomUUID does not (it needs a secure context). xAPI 2.4.1: statement ids are UUIDs.
 *
 * @example
 * uuid(); // '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export function uuid(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Whether a string is a UUID as xAPI requires for ids and registrations (RFC 4122 variant).
 *
 * @example
 * isUuid('760e3480-ba55-4991-94b0-01820dbd23a2'); // true
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
