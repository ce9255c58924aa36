import { readFile } from 'node:fs/promises';
import { REPORT_ERROR, ReportError } from '../errors';

/**
 * Finds the LRS credentials without ever taking them from the command line (where any user of the
 * machine can read them in the process list): in order, `COURSEKIT_LRS_AUTH` (a whole Authorization
 * header value), `COURSEKIT_LRS_USERNAME` + `COURSEKIT_LRS_PASSWORD`, or a file holding
 * `key:secret` or JSON `{"username": …, "password": …}`.
 *
 * @example
 * const authorization = await lrsAuthorization(process.env, options.authFile);
 */
export async function lrsAuthorization(env: Record<string, string | undefined>, authFile?: string): Promise<string> {
  if (authFile) {
    let text: string;
    try {
      text = (await readFile(authFile, 'utf8')).trim();
    } catch (error) {
      throw new ReportError(REPORT_ERROR.credentials, `cannot read the credentials file ${authFile}`, {
        where: authFile,
        hint: 'the file holds "key:secret" on one line, or {"username": "…", "password": "…"}',
        cause: error,
      });
    }
    if (text.startsWith('{')) {
      try {
        const { username, password } = JSON.parse(text) as { username?: unknown; password?: unknown };
        if (typeof username === 'string' && typeof password === 'string') return basic(username, password);
      } catch {
        // Falls through to the error below.
      }
      throw new ReportError(REPORT_ERROR.credentials, `${authFile} is JSON but has no string "username" and "password"`, {
        where: authFile,
        hint: 'write {"username": "…", "password": "…"}',
      });
    }
    const colon = text.indexOf(':');
    if (colon > 0) return basic(text.slice(0, colon), text.slice(colon + 1));
    throw new ReportError(REPORT_ERROR.credentials, `${authFile} does not hold "key:secret"`, {
      where: authFile,
      hint: 'write the LRS key and secret on one line, separated by ":"',
    });
  }
  if (env.COURSEKIT_LRS_AUTH) return env.COURSEKIT_LRS_AUTH;
  if (env.COURSEKIT_LRS_USERNAME && env.COURSEKIT_LRS_PASSWORD !== undefined) {
    return basic(env.COURSEKIT_LRS_USERNAME, env.COURSEKIT_LRS_PASSWORD);
  }
  throw new ReportError(REPORT_ERROR.credentials, 'no LRS credentials were given', {
    hint: 'set COURSEKIT_LRS_USERNAME and COURSEKIT_LRS_PASSWORD (or COURSEKIT_LRS_AUTH), or pass --auth-file <file>',
  });
}

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
