import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';

/**
 * What npm users get: every public package is packed as `pnpm publish` would pack it, and the
 * tarball is checked by publint and by "are the types wrong". The packages are ESM; CommonJS
 * callers load them with require() (Node ≥ 20.19 loads ES modules synchronously), so the
 * resolutions attw makes for node10 and node16-from-CommonJS are left out, as its "esm-only"
 * profile does, and require() itself is tried for real below.
 */
const root = resolve(import.meta.dirname, '../..');
const packagesDir = join(root, 'packages');
const publicPackages = readdirSync(packagesDir)
  .filter((name) => existsSync(join(packagesDir, name, 'package.json')))
  .map((name) => ({ dir: join(packagesDir, name), pkg: JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

/** A tarball under 2 MB: no source maps, no tests, no fixtures (the players carry the PDF generator as chunks). */
const MAX_TARBALL_BYTES = 2_000_000;
const ESM_ONLY_IGNORED = new Set(['node10', 'node16-cjs']);

let packDir: string;
const tarballs = new Map<string, Buffer>();

beforeAll(() => {
  packDir = mkdtempSync(join(tmpdir(), 'coursekit-pack-'));
  for (const { dir, pkg } of publicPackages) {
    const out = execFileSync('pnpm', ['pack', '--pack-destination', packDir], { cwd: dir, encoding: 'utf8' });
    const file = out.trim().split('\n').pop()!.trim();
    tarballs.set(pkg.name, readFileSync(resolve(packDir, file)));
  }
}, 120_000);

afterAll(() => rmSync(packDir, { recursive: true, force: true }));

describe('the packed packages', () => {
  it('are all public but the journeys and examples, and there are eleven of them', () => {
    expect(publicPackages.map(({ pkg }) => pkg.name).sort()).toEqual([
      '@coursekit/cli',
      '@coursekit/codec',
      '@coursekit/components',
      '@coursekit/engine',
      '@coursekit/packager',
      '@coursekit/report',
      '@coursekit/runtime',
      '@coursekit/schema',
      '@coursekit/session',
      '@coursekit/studio',
      '@coursekit/xapi',
    ]);
  });

  for (const { dir, pkg } of publicPackages) {
    describe(pkg.name, () => {
      it('carries the metadata npm shows: licence, repository, homepage, bugs, keywords, engines', () => {
        expect(pkg.license).toBe('Apache-2.0');
        expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/coursekit/coursekit.git', directory: `packages/${dir.split('/').pop()}` });
        expect(pkg.homepage).toMatch(/^https:\/\//);
        expect(pkg.bugs?.url).toMatch(/^https:\/\//);
        expect(pkg.keywords).toContain('coursekit');
        expect(pkg.engines).toEqual({ node: '>=20.19' });
      });

      it('ships a README and the LICENSE, no source maps, and stays small', async () => {
        const tarball = tarballs.get(pkg.name)!;
        expect(tarball.byteLength).toBeLessThan(MAX_TARBALL_BYTES);
        const files = createPackageFromTarballData(new Uint8Array(tarball)).listFiles().map((f) => f.replace(/^\/node_modules\/[^/]+\/[^/]+\//, ''));
        expect(files).toContain('README.md');
        expect(files).toContain('LICENSE');
        expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
      });

      it('passes publint', async () => {
        const tarball = tarballs.get(pkg.name)!;
        const { messages } = await publint({ pack: { tarball: new Uint8Array(tarball).buffer }, level: 'suggestion' });
        expect(messages.map((m) => formatMessage(m, pkg) ?? m.code)).toEqual([]);
      });

      it('has types that resolve the way the code does (are the types wrong)', async () => {
        const tarball = tarballs.get(pkg.name)!;
        const result = await checkPackage(createPackageFromTarballData(new Uint8Array(tarball)));
        const problems = 'problems' in result ? result.problems : [];
        const relevant = problems.filter((p) => !('resolutionKind' in p && ESM_ONLY_IGNORED.has(p.resolutionKind)));
        expect(relevant).toEqual([]);
      });
    });
  }
});

describe('require() from CommonJS', () => {
  // Components define custom elements when loaded and need a browser; every other package loads in Node.
  const nodePackages = publicPackages.filter(({ pkg }) => pkg.name !== '@coursekit/components');

  it.each(nodePackages.map(({ dir, pkg }) => [pkg.name, dir] as const))('loads %s and each of its subpaths', (name, dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const home = mkdtempSync(join(tmpdir(), 'coursekit-require-'));
    try {
      mkdirSync(join(home, 'node_modules', '@coursekit'), { recursive: true });
      symlinkSync(dir, join(home, 'node_modules', name), 'dir');
      const subpaths = Object.keys(pkg.exports).filter((k) => !k.endsWith('.json') && !k.includes('*'));
      const script = `for (const p of ${JSON.stringify(subpaths)}) { const m = require(${JSON.stringify(name)} + p.slice(1)); if (Object.keys(m).length === 0) throw new Error(p + ' exports nothing'); } console.log('ok');`;
      const out = execFileSync(process.execPath, ['-e', script], { cwd: home, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(out.trim()).toBe('ok');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('CDN addresses in the docs', () => {
  it('name the version of @coursekit/components that is in the repository and a bundle that exists', () => {
    const components = publicPackages.find(({ pkg }) => pkg.name === '@coursekit/components')!;
    const text = ['packages/components/README.md', 'docs/getting-started/developer.md', 'README.md'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
    const urls = [...text.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/@coursekit\/components@([^/]+)\/(\S+?\.js)/g)];
    expect(urls.length).toBeGreaterThan(0);
    for (const [, version, file] of urls) {
      expect(version).toBe(components.pkg.version);
      expect(existsSync(join(components.dir, file!)), file).toBe(true);
    }
  });
});

describe('the published schemas and the SchemaStore entry', () => {
  const schemaDir = join(packagesDir, 'schema');
  const entry = JSON.parse(readFileSync(join(schemaDir, 'schemastore/catalog-entry.json'), 'utf8')) as { name: string; description: string; fileMatch: string[]; url: string };
  const packed = () => {
    const pkg = createPackageFromTarballData(new Uint8Array(tarballs.get('@coursekit/schema')!));
    return { files: pkg.listFiles().map((f) => f.replace(/^\/node_modules\/@coursekit\/schema\//, '')), read: (f: string) => pkg.readFile(`/node_modules/@coursekit/schema/${f}`) };
  };

  it('ships every schema under schemas/<format>/, the same bytes as the package root\'s', () => {
    const { files, read } = packed();
    const format = (JSON.parse(readFileSync(join(schemaDir, 'course.schema.json'), 'utf8')) as { properties: { schemaVersion: { const: string } } }).properties.schemaVersion.const;
    expect(format).toBe('1.0');
    expect(files.filter((f) => f.startsWith('schemas/')).sort()).toEqual(['course', 'module', 'page', 'scenario'].map((n) => `schemas/1.0/${n}.schema.json`));
    for (const name of ['course', 'module', 'page', 'scenario']) {
      expect(read(`schemas/1.0/${name}.schema.json`), name).toBe(readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8'));
    }
  });

  it('has a catalog entry whose address is a file of the published package, at the path that names the format', () => {
    expect(Object.keys(entry).sort()).toEqual(['description', 'fileMatch', 'name', 'url']);
    const match = /^https:\/\/cdn\.jsdelivr\.net\/npm\/@coursekit\/schema\/(schemas\/1\.0\/course\.schema\.json)$/.exec(entry.url);
    expect(match, entry.url).not.toBeNull();
    expect(packed().files).toContain(match![1]);
  });

  it('matches the example courses by name, and not their modules, scenarios or package files', () => {
    const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    const matches = (file: string) => entry.fileMatch.some((p) => glob(p).test(file.split('/').pop()!));
    expect(matches('examples/integrity-ranger/parcel-lebaran.course.json')).toBe(true);
    expect(matches('packages/schema/test/corpus/valid/small.course.json')).toBe(true);
    for (const other of ['package.json', 'examples/integrity-ranger/modules/01-apa-itu-gratifikasi.json', 'examples/integrity-ranger/scenarios/parcel-lebaran.json', 'tsconfig.json']) expect(matches(other), other).toBe(false);
  });

  it('is written as SchemaStore asks: a name without "schema" or "JSON", a description without a final period', () => {
    expect(entry.name).not.toMatch(/schema|json/i);
    expect(entry.description).not.toMatch(/schema|json|\.$/i);
  });
});
