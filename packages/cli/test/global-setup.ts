import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The packages these tests build carry the player bundles (@coursekit/components' dist/player).
 * `pnpm test` builds every package first; when this package's tests run on their own, build the
 * components here.
 */
export function setup(): void {
  const packager = createRequire(import.meta.url).resolve('@coursekit/packager/package.json');
  const require = createRequire(packager);
  const components = path.dirname(require.resolve('@coursekit/components/package.json'));
  const bundles = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web'];
  if (bundles.every((b) => existsSync(path.join(components, 'dist/player', b, 'coursekit.js')))) return;
  execFileSync(process.execPath, ['scripts/bundles.mjs', 'player'], { cwd: components, stdio: 'inherit' });
}
