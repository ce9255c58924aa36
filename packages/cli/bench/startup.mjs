// `pnpm --filter @coursekit/cli bench`: the wall time of `coursekit --version` and `--help` (the built
// dist/bin.js, a fresh process each) beside `node -e 0`, alternating, in one run. Build first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 20);
const cases = { 'node -e 0': ['-e', '0'], 'coursekit --version': [bin, '--version'], 'coursekit --help': [bin, '--help'] };

const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let i = 0; i < RUNS + 2; i++) {
  for (const [name, args] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
    if (i >= 2) times[name].push(ms); // the first two rounds warm the file cache
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times['node -e 0']);
console.log(`| | median of ${RUNS} | × node -e 0 |\n| --- | ---: | ---: |`);
for (const [name, xs] of Object.entries(times)) console.log(`| \`${name}\` | ${median(xs).toFixed(0)} ms | ${(median(xs) / base).toFixed(2)} |`);
