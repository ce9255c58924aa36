// pnpm bench: a cohort report over 1,000,000 generated statements, time and peak memory,
// beside the floor of merely parsing the same NDJSON in the same run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeStatements } from './generate.mjs';

const count = Number(process.env.COURSEKIT_BENCH_STATEMENTS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'ck-report-bench-'));
const worker = fileURLToPath(new URL('./worker.mjs', import.meta.url));
try {
  const ndjson = join(dir, 'statements.ndjson');
  const json = join(dir, 'statements.json');
  const bytes = await writeStatements(ndjson, count, 'ndjson');
  await writeStatements(json, count, 'json');
  const run = (job, path) => JSON.parse(execFileSync(process.execPath, [worker, job, path], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  const baseline = run('baseline', ndjson);
  const ndjsonReport = run('report', ndjson);
  const jsonReport = run('report', json);
  const row = (name, r) => `| ${name} | ${r.count.toLocaleString('en')} | ${(r.ms / 1000).toFixed(1)} s | ${(r.cpuMs / 1000).toFixed(1)} s | ${r.maxRssMb.toFixed(0)} MB | ${(r.ms / baseline.ms).toFixed(2)}× | ${(r.cpuMs / baseline.cpuMs).toFixed(2)}× |`;
  console.log(`report: ${count.toLocaleString('en')} statements, ${(bytes / 1e6).toFixed(0)} MB of NDJSON`);
  console.log('| job | statements | time | CPU time | peak RSS | time vs parse-only | CPU vs parse-only |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(row('parse NDJSON only (baseline)', baseline));
  console.log(row('report from NDJSON', ndjsonReport));
  console.log(row('report from JSON array', jsonReport));
  console.log(`JSON array vs NDJSON, the same report: ${(jsonReport.ms / ndjsonReport.ms).toFixed(2)}× the time, ${(jsonReport.cpuMs / ndjsonReport.cpuMs).toFixed(2)}× the CPU time`);
  const peak = Math.max(ndjsonReport.maxRssMb, jsonReport.maxRssMb);
  console.log(peak < 300 ? `peak memory ${peak.toFixed(0)} MB: under the 300 MB goal` : `peak memory ${peak.toFixed(0)} MB: OVER the 300 MB goal`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
