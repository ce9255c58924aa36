import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { REPORT_ERROR, ReportError } from '../errors';
import { JsonArrayItems } from './json-array';

/** One item read from a source: a value that should be a statement, and where it came from. */
export interface SourceItem {
  value: unknown;
  /** "file.ndjson:12" or "file.json[41]" or an LRS page URL. */
  where: string;
}

/** Whether the file starts with gzip's magic bytes (an export saved as .gz, whatever its name). */
async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const magic = Buffer.alloc(2);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    return bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** The file's bytes, decompressed when it is gzip. */
function bytes(path: string, gzip: boolean): Readable {
  const file = createReadStream(path);
  if (!gzip) return file;
  const gunzip = createGunzip();
  file.on('error', (error) => gunzip.destroy(error));
  return file.pipe(gunzip);
}

function damagedGzip(path: string, error: unknown): ReportError {
  return new ReportError(REPORT_ERROR.fileMalformed, `${path} is gzip-compressed, but its data is damaged: ${(error as Error).message}`, {
    where: path,
    hint: 'download or copy the export again (a cut-off download ends too early), or decompress it with gunzip to see where it breaks',
    cause: error,
  });
}

/** The first character that is not white space (nor a UTF-8 byte-order mark), or null for a blank file. */
async function firstSignificantChar(path: string, gzip: boolean): Promise<string | null> {
  const stream = bytes(path, gzip);
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const match = /\S/.exec(decoder.write(chunk).replace(/^\uFEFF/, ''));
      if (match) return match[0];
    }
    return null;
  } catch (error) {
    throw gzip ? damagedGzip(path, error) : error;
  } finally {
    stream.destroy();
  }
}

/**
 * Reads exported statements one at a time, never holding the whole file: a JSON array
 * (`[{…}, {…}]`, as an LRS export or `GET /statements` pages joined) or NDJSON (one statement a line),
 * either of them gzip-compressed. The format is told by the first bytes, not the file's name.
 *
 * @example
 * for await (const { value, where } of readStatementsFile('cohort-7.ndjson')) aggregator.add(value, where);
 */
export async function* readStatementsFile(path: string): AsyncGenerator<SourceItem> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new ReportError(REPORT_ERROR.fileUnreadable, `${path} is a folder, not a statements file`, {
        where: path,
        hint: 'pass the path of a .json (array) or .ndjson export of statements',
      });
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError(REPORT_ERROR.fileUnreadable, `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      where: path,
      hint: 'check the path and that you may read the file',
      cause: error,
    });
  }
  const gzip = await isGzip(path);
  const first = await firstSignificantChar(path, gzip);
  if (first === null) return;
  if (first === '[') {
    yield* readJsonArray(path, gzip);
  } else if (first === '{') {
    yield* readNdjson(path, gzip);
  } else {
    throw new ReportError(REPORT_ERROR.fileMalformed, `${path} starts with "${first}", not a JSON array or NDJSON of statements`, {
      where: `${path}:1`,
      hint: 'export statements as a JSON array ([ … ]) or as NDJSON (one statement object a line)',
    });
  }
}

async function* readNdjson(path: string, gzip: boolean): AsyncGenerator<SourceItem> {
  const input = bytes(path, gzip);
  const lines = createInterface({ input: input.setEncoding('utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  const failed: { error?: unknown } = {};
  input.on('error', (error) => (failed.error = error));
  const damaged = (error: unknown) => (gzip ? damagedGzip(path, error) : error);
  try {
    for await (const line of lines) {
      lineNumber++;
      const text = lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        // A line cut short by damaged compression is the damage, not a bad statement.
        if (failed.error !== undefined) throw damaged(failed.error);
        throw new ReportError(REPORT_ERROR.fileMalformed, `${path}:${lineNumber} is not valid JSON: ${(error as Error).message}`, {
          where: `${path}:${lineNumber}`,
          hint: 'each line of an NDJSON file must hold one complete statement object',
          cause: error,
        });
      }
      yield { value, where: `${path}:${lineNumber}` };
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw damaged(error);
  }
  // Depending on timing, readline ends quietly when its input fails: the failure is raised here.
  if (failed.error !== undefined) throw damaged(failed.error);
}

async function* readJsonArray(path: string, gzip: boolean): AsyncGenerator<SourceItem> {
  const malformed = (detail: string, cause: unknown) =>
    new ReportError(REPORT_ERROR.fileMalformed, `${path} is not a valid JSON array of statements: ${detail}`, {
      where: path,
      hint: 'check the file is complete (an interrupted export ends without "]")',
      cause,
    });
  const input = bytes(path, gzip);
  const decoder = new StringDecoder('utf8');
  const items = new JsonArrayItems();
  const emit = function* (values: unknown[]): Generator<SourceItem> {
    let index = items.count - values.length;
    for (const value of values) yield { value, where: `${path}[${index++}]` };
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) yield* emit(items.push(decoder.write(chunk)));
    yield* emit(items.push(decoder.end()));
    items.end();
  } catch (error) {
    if (error instanceof ReportError) throw error;
    if (gzip && (error as NodeJS.ErrnoException).code?.startsWith('Z_')) throw damagedGzip(path, error);
    throw malformed((error as Error).message, error);
  } finally {
    input.destroy();
  }
}
