import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The official SCORM schemas live outside the repository, in `../shared/scorm-xsd/` from its root
 * (they are reference data, not ours to commit). COURSEKIT_SCORM_XSD may point elsewhere.
 */
export const XSD_DIR = process.env.COURSEKIT_SCORM_XSD ?? path.resolve(repo, '../shared/scorm-xsd');
export const XSD_FOUND = existsSync(path.join(XSD_DIR, 'validate.sh'));
const inCi = process.env.CI === 'true';

/**
 * Whether XSD tests run here. Missing schemas fail in CI, and are announced, never skipped
 * silently, elsewhere.
 */
export function xsdAvailable(): boolean {
  if (XSD_FOUND) return true;
  const message = `SCORM XSDs not found at ${XSD_DIR} (expected ../shared/scorm-xsd/validate.sh beside the repository, or COURSEKIT_SCORM_XSD)`;
  if (inCi) throw new Error(`${message}: manifest validation cannot run in CI without them`);
  console.warn(`${message}: skipping manifest validation tests`);
  return false;
}

/** Validates a manifest file with xmllint against the official schemas; resolves with xmllint's output, rejects with its errors. */
export async function validateManifest(file: string, version: '1.2' | '2004'): Promise<string> {
  try {
    const { stderr } = await run(path.join(XSD_DIR, 'validate.sh'), [file, version]);
    return stderr;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${file} does not validate against the SCORM ${version} XSDs:\n${e.stderr ?? e.message}`);
  }
}

/** Evaluates an XPath (local-name based, namespace-free) over an XML file with xmllint. */
export async function xpath(file: string, expression: string): Promise<string> {
  const { stdout } = await run('xmllint', ['--nonet', '--xpath', expression, file]);
  return stdout.trim();
}
