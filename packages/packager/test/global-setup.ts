import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The launch tests pack the real player bundles (@coursekit/components' dist/player). `pnpm test`
 * builds every package first; when this package's tests run on their own and the bundles are
 * missing, build them here.
 */
export function setup(): void {
  const require = createRequire(import.meta.url);
  const components = path.dirname(require.resolve('@coursekit/components/package.json'));
  const bundles = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web'];
  if (bundles.every((b) => existsSync(path.join(components, 'dist/player', b, 'coursekit.js')))) return;
  execFileSync(process.execPath, ['scripts/bundles.mjs', 'player'], { cwd: components, stdio: 'inherit' });
}
