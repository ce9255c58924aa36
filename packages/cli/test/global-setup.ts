import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The packages these tests build carry the packager's player bundles (dist/player). `pnpm test`
 * builds every package first; when this package's tests run on their own, build the packager here.
 */
export function setup(): void {
  const require = createRequire(import.meta.url);
  const packager = path.dirname(require.resolve('@coursekit/packager/package.json'));
  const bundles = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web'];
  if (bundles.every((b) => existsSync(path.join(packager, 'dist/player', b, 'coursekit.js')))) return;
  execFileSync(process.execPath, [require.resolve('tsup/dist/cli-default.js', { paths: [packager] })], { cwd: packager, stdio: 'inherit' });
}
