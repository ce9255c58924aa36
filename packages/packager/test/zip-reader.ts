import { readFile } from 'node:fs/promises';

/** One central-directory record of a zip (APPNOTE 4.3.12), as tests need them. */
export interface CentralEntry {
  name: string;
  method: number;
  dosTime: number;
  dosDate: number;
  compressedSize: number;
  size: number;
  externalAttributes: number;
  extraLength: number;
}

/** Reads a zip's central directory without any zip library, so tests check the bytes themselves. */
export async function centralDirectory(file: string): Promise<CentralEntry[]> {
  const buf = await readFile(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file}: no end of central directory`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central header at ${at}`);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      dosTime: buf.readUInt16LE(at + 12),
      dosDate: buf.readUInt16LE(at + 14),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      externalAttributes: buf.readUInt32LE(at + 38),
      extraLength,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
