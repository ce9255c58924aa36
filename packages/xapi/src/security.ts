import { XAPI_ERROR } from './errors';

/**
 * The loud warning a build gives when LRS credentials are about to be written into a package
 * (CK730): every learner who opens the package can read them and write any statement as anyone.
 * Returns null when there is nothing to warn about (no auth, or a host-provided callback).
 *
 * @example
 * const warning = packagedCredentialsWarning({ endpoint: 'https://lrs.example.go.id/xapi/', auth: 'Basic YWJjOmRlZg==' });
 * if (warning) console.error(warning.message);
 */
export function packagedCredentialsWarning(config: { endpoint?: string; auth?: unknown; username?: unknown; password?: unknown }): { code: typeof XAPI_ERROR.credentialsInPackage; message: string } | null {
  const hasSecret = (typeof config.auth === 'string' && config.auth.trim() !== '') || typeof config.password === 'string' || typeof config.username === 'string';
  if (!hasSecret) return null;
  return {
    code: XAPI_ERROR.credentialsInPackage,
    message:
      `${XAPI_ERROR.credentialsInPackage} LRS credentials${config.endpoint ? ` for ${config.endpoint}` : ''} will be written into the package. ` +
      'Every learner can read them and send any statement as anyone. Prefer an LMS launch (xAPI/cmi5 launch parameters), ' +
      'a same-origin proxy that adds credentials on the server, or a host page that supplies a short-lived token through the auth callback.',
  };
}
