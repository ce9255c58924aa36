// Bytes a learner downloads: dist/coursekit.js (the whole player) and dist/ck-scenario.js (the
// smallest page with one <ck-scenario>), minified and gzipped, beside Lit alone measured the same
// way in the same run. Method: esbuild bundle + minify (the build's own settings), zlib gzip level 9.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { minifyTemplatesPlugin } from '../scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const options = { bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, legalComments: 'none', conditions: ['source', 'production', 'browser', 'module', 'import'], plugins: [minifyTemplatesPlugin], absWorkingDir: root };

async function bundle(name, entry) {
  const dist = `${root}dist/${name}.js`;
  if (entry.file && existsSync(dist)) return { code: readFileSync(dist), from: `dist/${name}.js` };
  const r = await build({ ...options, ...(entry.file ? { entryPoints: [entry.file] } : { stdin: { contents: entry.contents, resolveDir: root, loader: 'js' } }) });
  return { code: Buffer.from(r.outputFiles[0].contents), from: entry.file ?? 'lit (LitElement, html, css, decorators)' };
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
  rows.push({ bundle: `${name}.js`, minified: kb(b.code.length), gzip: kb(gzip), 'x Lit': (gzip / litGzip).toFixed(2), budget: kb(budgets[name]), 'within budget': gzip <= budgets[name] ? 'yes' : `no, +${kb(gzip - budgets[name])}`, 'bare imports': bare ? 'YES' : 'none', xAPI: xapi ? 'YES' : 'none' });
}
rows.push({ bundle: 'lit alone', minified: kb(lit.code.length), gzip: kb(litGzip), 'x Lit': '1.00', budget: '', 'within budget': '', 'bare imports': '', xAPI: '' });
console.table(rows);
