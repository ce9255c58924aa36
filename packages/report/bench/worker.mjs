// Runs one measured job in its own process so its peak memory (maxRSS) is its own.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { buildReport, readStatementsFile, renderHtml } from '../dist/index.js';

const [job, path] = process.argv.slice(2);
const start = performance.now();
let count = 0;
if (job === 'baseline') {
  // The floor: read and JSON.parse every line, keep nothing.
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) { JSON.parse(line); count++; }
} else {
  const report = await buildReport(readStatementsFile(path), { organisationExtension: 'https://example.go.id/xapi/ext/agency' });
  renderHtml(report);
  count = report.statements.read;
}
const ms = performance.now() - start;
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ job, count, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
