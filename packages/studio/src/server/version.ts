import { createHash } from 'node:crypto';

/** A file's version: the SHA-256 of its bytes, so any change of a byte is a new version. */
export function versionOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('base64url');
}
