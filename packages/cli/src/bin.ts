#!/usr/bin/env node
import { processIo } from './io';
import { main } from './main';

const code = await main(process.argv.slice(2), processIo());
process.exitCode = code;
// Once what was written has reached stdout and stderr (a write's callback runs after the writes
// before it), the process ends at once rather than when Node finds nothing left to do: a run that
// validated a large course would otherwise often start a full garbage collection of its heap first,
// for memory it is about to give back (CPU time on V8's threads; docs/benchmarks.md).
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))));
process.exit(code);
