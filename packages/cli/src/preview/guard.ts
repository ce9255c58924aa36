import { localGuard } from '@coursekit/studio';

/**
 * Who may talk to a running preview: only this machine's browser, on the address the preview
 * printed (`localGuard` of `@coursekit/studio`, which Studio's server uses too): Host checked,
 * changes (POST, PUT, DELETE) from pages of other origins refused, the per-run token required.
 *
 * @example
 * const guard = previewGuard(4173, token);
 * const refusal = guard.check(req, url);
 * if (refusal) return send(res, refusal.status, refusal.message);
 */
export function previewGuard(port: number, token: string) {
  return localGuard({ name: 'preview', port, token, self: 'this preview', sameOriginReads: false });
}
