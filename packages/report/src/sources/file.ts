import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline as pipe } from 'node:stream';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { REPORT_ERROR, ReportError } from '../errors';

/** One item read from a source: a value that should be a statement, and where it came from. */
export interface SourceItem {
  value: unknown;
  /** "file.ndjson:12" or "file.json[41]" or an LRS page URL. */
  where: string;
}

async function firstSignificantChar(path: string): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return null;
      // Skip white space and a UTF-8 byte-order mark.
      const text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
      const match = /\S/.exec(text);
      if (match) return match[0];
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads exported statements one at a time, never holding the whole file: a JSON array
 * (`[{…}, {…}]`, as an LRS export or `GET /statements` pages joined) or NDJSON (one statement a line).
 * The format is told by the first character.
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
  const first = await firstSignificantChar(path);
  if (first === null) return;
  if (first === '[') {
    yield* readJsonArray(path);
  } else if (first === '{') {
    yield* readNdjson(path);
  } else {
    throw new ReportError(REPORT_ERROR.fileMalformed, `${path} starts with "${first}", not a JSON array or NDJSON of statements`, {
      where: `${path}:1`,
      hint: 'export statements as a JSON array ([ … ]) or as NDJSON (one statement object a line)',
    });
  }
}

async function* readNdjson(path: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    const text = lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ReportError(REPORT_ERROR.fileMalformed, `${path}:${lineNumber} is not valid JSON: ${(error as Error).message}`, {
        where: `${path}:${lineNumber}`,
        hint: 'each line of an NDJSON file must hold one complete statement object',
        cause: error,
      });
    }
    yield { value, where: `${path}:${lineNumber}` };
  }
}

async function* readJsonArray(path: string): AsyncGenerator<SourceItem> {
  const items = pipe(createReadStream(path), streamArray.withParserAsStream(), () => undefined);
  try {
    for await (const item of items as AsyncIterable<{ key: number; value: unknown }>) {
      yield { value: item.value, where: `${path}[${item.key}]` };
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError(REPORT_ERROR.fileMalformed, `${path} is not a valid JSON array of statements: ${(error as Error).message}`, {
      where: path,
      hint: 'check the file is complete (an interrupted export ends without "]")',
      cause: error,
    });
  }
}
