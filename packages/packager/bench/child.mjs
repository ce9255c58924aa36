// One measured packing run, in a process of its own so that its peak memory (maxRSS) is its own.
// Run by bench/build.ts; prints one JSON line: { ms, maxRssKb, bytes }.
//
//   node bench/child.mjs coursekit <course.json> <out.zip> <target>
//   node bench/child.mjs jszip <files.json> <out.zip>
//   node bench/child.mjs idle
import { readFile, stat, writeFile } from 'node:fs/promises';

const [method, input, out, target] = process.argv.slice(2);
let run;
if (method === 'coursekit') {
  const { buildPackage } = await import('../dist/index.js');
  run = async () => (await buildPackage({ course: input, target, out })).bytes;
} else if (method === 'jszip') {
  const { default: JSZip } = await import('jszip');
  // The naive way: every file read into memory, the whole zip built in memory with DEFLATE, then written.
  run = async () => {
    const files = JSON.parse(await readFile(input, 'utf8'));
    const zip = new JSZip();
    for (const [name, source] of files) zip.file(name, await readFile(source));
    const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await writeFile(out, data);
    return (await stat(out)).size;
  };
} else if (method === 'idle') {
  // Node with the packager loaded and nothing done: the floor under both measurements.
  await import('../dist/index.js');
  await import('jszip');
  run = async () => 0;
} else {
  throw new Error(`unknown method ${method}`);
}
const start = performance.now();
const bytes = await run();
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, bytes })}\n`);
