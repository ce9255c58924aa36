// Bytes a learner downloads: dist/coursekit.js (the whole player) and dist/ck-scenario.js (the
// smallest page with one <ck-scenario>), minified and gzipped, beside Lit alone measured the same
// way in the same run. Method: the build's own settings (esbuild bundles, terser minifies, see
// scripts/bundle-options.mjs), zlib gzip level 9.
import { build } from 'esbuild';
import { minify } from 'terser';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { bundleSourcesPlugin } from '../scripts/static-properties.mjs';
import { bundleConditions, terserOptions } from '../scripts/bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const options = { bundle: true, format: 'esm', target: 'es2022', write: false, legalComments: 'none', conditions: bundleConditions, plugins: [bundleSourcesPlugin], absWorkingDir: root };

/** esbuild bundles `build` options, terser minifies the result: the bytes as the build writes them. */
async function minified(buildOptions) {
  const r = await build({ ...options, ...buildOptions });
  return Buffer.from((await minify(r.outputFiles[0].text, terserOptions)).code);
}

/** The newest modification time of any file below `dir`. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const sourcesChanged = Math.max(newest(`${root}src`), newest(`${root}../engine/src`), newest(`${root}../schema/src`));

// dist/<name>.js is what ships; it is measured when it is newer than every source file, else the
// bundle is built here from source with the same settings.
async function bundle(name, entry) {
  const dist = `${root}dist/${name}.js`;
  if (entry.file && existsSync(dist) && statSync(dist).mtimeMs > sourcesChanged) return { code: readFileSync(dist), from: `dist/${name}.js` };
  const code = await minified(entry.file ? { entryPoints: [entry.file] } : { stdin: { contents: entry.contents, resolveDir: root, loader: 'js' } });
  return { code, from: entry.file ?? 'lit (LitElement, html, css, decorators)' };
}

const kb = (n) => `${n} B (${(n / 1024).toFixed(1)} KiB)`;
const rows = [];
const lit = await bundle('lit', { contents: "export { LitElement, html, css, nothing } from 'lit'; export { property, state } from 'lit/decorators.js';" });
const litGzip = gzipSync(lit.code, { level: 9 }).length;
const budgets = { coursekit: 40 * 1024, 'ck-scenario': 20 * 1024 };
for (const [name, file] of [['coursekit', 'src/bundles/coursekit.ts'], ['ck-scenario', 'src/bundles/ck-scenario.ts']]) {
  const b = await bundle(name, { file });
  const text = b.code.toString('utf8');
  const gzip = gzipSync(b.code, { level: 9 }).length;
  // Self-contained: no bare imports left for the page to resolve, and no xAPI code.
  const bare = /(?:^|[;}])\s*import\s*(?:[^'"]*from\s*)?["'](?![./])/.test(text);
  const xapi = /@xapi\/|xapi\.js|statements\?/i.test(text);
  rows.push({ bundle: `${name}.js`, from: b.from, minified: kb(b.code.length), gzip: kb(gzip), 'x Lit': (gzip / litGzip).toFixed(2), budget: kb(budgets[name]), 'within budget': gzip <= budgets[name] ? 'yes' : `no, +${kb(gzip - budgets[name])}`, 'bare imports': bare ? 'YES' : 'none', xAPI: xapi ? 'YES' : 'none' });
}
rows.push({ bundle: 'lit alone', from: lit.from, minified: kb(lit.code.length), gzip: kb(litGzip), 'x Lit': '1.00', budget: '', 'within budget': '', 'bare imports': '', xAPI: '' });
console.table(rows);

// Where the bytes come from: each bundle rebuilt from source here, then again with the engine and
// with Lit left out; the difference in gzip bytes is that part's share (gzip is not additive, so
// the shares are close, not exact).
const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element/*', '@lit/*'];
const gz = async (file, external = []) => gzipSync(await minified({ entryPoints: [file], external }), { level: 9 }).length;
const shares = [];
for (const [name, file] of [['coursekit', 'src/bundles/coursekit.ts'], ['ck-scenario', 'src/bundles/ck-scenario.ts']]) {
  const whole = await gz(file);
  const engine = whole - (await gz(file, ['@coursekit/engine']));
  const litShare = whole - (await gz(file, LIT));
  shares.push({ bundle: `${name}.js (from source)`, gzip: kb(whole), '@coursekit/engine': kb(engine), Lit: kb(litShare), 'the components': kb(whole - engine - litShare) });
}
console.table(shares);
