import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';

/** Unzips a package into a folder; returns the file names, sorted. */
export async function unzip(zipFile: string, into: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(zipFile));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
  for (const name of names) {
    const target = path.join(into, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await zip.file(name)!.async('uint8array'));
  }
  return names;
}
