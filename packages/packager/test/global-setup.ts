import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The launch tests pack the real player bundles (dist/player). `pnpm test` builds every package
 * first; when this package's tests run on their own and the bundles are missing, build them here.
 */
export function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const bundles = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web'];
  if (bundles.every((b) => existsSync(path.join(root, 'dist/player', b, 'coursekit.js')))) return;
  const require = createRequire(import.meta.url);
  execFileSync(process.execPath, [require.resolve('tsup/dist/cli-default.js', { paths: [root] })], { cwd: root, stdio: 'inherit' });
}
