import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ResolvedCourse } from '../format/index';
import { coreSchema } from '../schema/generated/core-schema';
import { CODES } from '../validate/codes';
import { MAX_NESTING, valueTooDeep } from '../validate/depth';
import type { Diagnostic, Issue } from '../validate/diagnostic';
import { parseJson } from '../validate/parse';
import { setAt } from '../validate/pointer';
import { semanticIssues, textsToCheck } from '../validate/semantic';
import { structuralIssues } from '../validate/structure';
import { toDiagnostics } from '../validate/validate';
import { indexCourse, indexCourseCountingColons, isRecord, type CourseIndex } from '../validate/walk';
import { assetIssues } from './assets';
import { CourseFolder, isInside } from './files';
import { MountedLocator, type Mount } from './locator';
import { decodeUtf8 } from './utf8';

/** A file's text, or the CK008 diagnostic for the first bytes that are not UTF-8. */
async function readText(abs: string, shown: string, texts?: ReadonlyMap<string, string>): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const given = texts?.get(abs);
  if (given !== undefined) return { text: given };
  // One synchronous read: fs/promises reads a file through the thread pool in chunks of 512 KiB, a
  // round trip each, and the checks can start only once the whole text is there.
  const decoded = decodeUtf8(readFileSync(abs));
  if (decoded.ok) return { text: decoded.text };
  const byte = `0x${decoded.byte.toString(16).padStart(2, '0')}`;
  return {
    diagnostic: {
      code: CODES.notUtf8,
      severity: 'error',
      message: `the file is not UTF-8: byte ${byte} here does not begin or continue a UTF-8 character`,
      file: shown,
      line: decoded.line,
      column: decoded.column,
      pointer: '',
      hint: decoded.utf16 ? 'the file is saved as UTF-16: save it as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8")' : 'save the file as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8"), or retype the character shown at this place',
    },
  };
}

/** What {@link loadCourse} gives: the course with every include resolved (null when it has errors), and every problem. */
export interface LoadedCourse {
  course: ResolvedCourse | null;
  diagnostics: Diagnostic[];
  /** Every file the course was read from, course file first (absolute paths). */
  files: string[];
  /**
   * Every file the course names (its `AssetPath` values: images, audio, video, captions, posters,
   * logos), in document order, with the JSON pointer of each in the resolved course; [] when the
   * course could not be read or nests too deep. A build's asset checks can start from this list
   * instead of walking the course again.
   */
  assets: Array<{ path: string; pointer: string }>;
}

/** Options of {@link loadCourse}. */
export interface LoadOptions {
  /**
   * Texts to take instead of what is on disk, by absolute path (an editor's unsaved files). A text
   * for a path with no file yet is a new file that can be included; where a file exists, its letter
   * case and links are still checked on disk.
   */
  texts?: ReadonlyMap<string, string>;
}

/** Includes nest at most this deep (course → module → page is 2). */
const MAX_DEPTH = 8;

/**
 * Reads a course file, resolves its `$include`s (each relative to the file that includes it, none
 * leaving the course folder), and validates the whole: JSON, schema, semantic rules, and the files
 * it names (assets exist, stay in the folder, match in letter case). Problems in an included part
 * carry that file's name, line and column.
 *
 * @example
 * const { course, diagnostics } = await loadCourse('examples/integrity-ranger/course.json');
 * if (course === null) console.error(formatDiagnostics(diagnostics));
 */
export async function loadCourse(path: string, options: LoadOptions = {}): Promise<LoadedCourse> {
  const rootPath = resolve(path);
  const folder = new CourseFolder(dirname(rootPath));
  const display = (abs: string) => (abs === rootPath ? path : join(dirname(path), relative(folder.root, abs)));

  let read: Awaited<ReturnType<typeof readText>>;
  try {
    // Reading a pipe would wait forever, and a folder gives an errno message no author needs.
    if (!folder.isFile(rootPath) && folder.exists(rootPath)) throw new Error(folder.isFolder(rootPath) ? 'it is a folder' : 'it is not a regular file (a device or a pipe)');
    read = await readText(rootPath, path, options.texts);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { course: null, files: [], assets: [], diagnostics: [{ code: CODES.unreadable, severity: 'error', message: `cannot read the course file: ${reason}`, file: path, line: 1, column: 1, pointer: '' }] };
  }
  if ('diagnostic' in read) return { course: null, files: [rootPath], assets: [], diagnostics: [read.diagnostic] };
  // The course file's value is walked once, for the duplicate-key count and the index the checks use.
  let walked: CourseIndex | undefined;
  const parsed = parseJson(read.text, path, {
    countColons: (value) => {
      // Only the texts the rules could report are listed (see textsToCheck).
      const walk = indexCourseCountingColons(value, coreSchema, { texts: textsToCheck(value) });
      walked = walk.index;
      return walk;
    },
  });
  const fileDiagnostics: Diagnostic[] = [...parsed.diagnostics];
  if (!parsed.ok) return { course: null, files: [rootPath], assets: [], diagnostics: fileDiagnostics };

  const course = parsed.value;
  const mounts: Mount[] = [{ pointer: '', source: parsed.source, chain: [], path: rootPath }];
  const locator = new MountedLocator(mounts);
  const issues: Issue[] = [];
  const failed = new Set<string>();

  let root = course;
  let rootIndex: CourseIndex | undefined;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    // The index of a course with nothing left to include is the one the checks below use.
    rootIndex = depth === 0 && walked !== undefined ? walked : indexCourse(root);
    const pending = (rootIndex.get('Include') ?? []).filter((site) => !failed.has(site.pointer));
    if (pending.length > 0) rootIndex = undefined;
    if (pending.length === 0) break;
    for (const site of pending) {
      const target = isRecord(site.value) ? site.value.$include : undefined;
      const parent = locator.mountOf(site.pointer);
      const at = site.pointer + '/$include';
      failed.add(site.pointer);
      if (typeof target !== 'string' || target === '') continue; // the schema reports it
      const abs = resolve(dirname(parent.path), target);
      if (!isInside(folder.root, abs)) {
        issues.push({ code: CODES.includeOutside, pointer: at, message: `the include "${target}" leads out of the course folder`, hint: 'move the file into the course folder; a package carries only that folder' });
        continue;
      }
      const found = folder.lookup(relative(folder.root, abs).split('\\').join('/'));
      if (found.kind === 'outside') {
        issues.push({ code: CODES.includeOutside, pointer: at, message: `the include "${target}" is a link to a file outside the course folder (${found.real})`, hint: 'copy the file into the course folder instead of linking to it' });
        continue;
      }
      if (found.kind !== 'missing' && !folder.isFile(abs)) {
        issues.push({ code: CODES.includeNotFile, pointer: at, message: `the include "${target}" is ${folder.isFolder(abs) ? 'a folder' : 'not a regular file (a device or a pipe)'}, not a JSON file`, hint: 'name a .json file inside it, such as "modules/01-welcome.json"' });
        continue;
      }
      if (found.kind === 'missing' && !options.texts?.has(abs)) {
        const suggestion = found.kind === 'missing' && found.suggestion !== undefined ? relative(dirname(parent.path), join(folder.root, found.suggestion)) : undefined;
        issues.push({ code: CODES.includeNotFound, pointer: at, message: `the included file "${target}" does not exist (looked for ${display(abs)})`, hint: suggestion !== undefined ? `did you mean "${suggestion}"?` : `create the file, or fix the path: it is relative to the folder of ${display(parent.path)}` });
        continue;
      }
      if (found.kind === 'case') {
        issues.push({ code: CODES.assetCase, pointer: at, message: `the include "${target}" differs in letter case from the file "${found.actual}"; it would not be found on a case-sensitive server`, hint: `write "${relative(dirname(parent.path), join(folder.root, found.actual))}"` });
        continue;
      }
      if (parent.chain.includes(abs) || parent.path === abs) {
        const cycle = [...parent.chain, parent.path, abs].slice([...parent.chain, parent.path].indexOf(abs)).map(display);
        issues.push({ code: CODES.includeCycle, pointer: at, message: `the include "${target}" forms a cycle: ${cycle.join(' → ')}`, hint: 'an included file must not include, directly or not, a file that includes it' });
        continue;
      }
      let partRead: Awaited<ReturnType<typeof readText>>;
      try {
        partRead = await readText(abs, display(abs), options.texts);
      } catch (error) {
        issues.push({ code: CODES.fileUnreadable, pointer: at, message: `the included file "${target}" cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, hint: 'check the file\'s permissions: whoever builds the course must be able to read it' });
        continue;
      }
      if ('diagnostic' in partRead) {
        fileDiagnostics.push(partRead.diagnostic);
        continue;
      }
      const part = parseJson(partRead.text, display(abs));
      fileDiagnostics.push(...part.diagnostics);
      if (!part.ok) continue;
      // A part file may name its schema for editors; it is not part of the course.
      if (isRecord(part.value)) delete part.value.$schema;
      root = setAt(root, site.pointer, part.value);
      failed.delete(site.pointer);
      mounts.push({ pointer: site.pointer, source: part.source, chain: [...parent.chain, parent.path], path: abs });
    }
  }

  // Each file is within the limit (parseJson checks it); parts included inside parts could still add up past it.
  const deep = mounts.length > 1 ? valueTooDeep(root) : null;
  const assets: LoadedCourse['assets'] = [];
  if (deep !== null) {
    issues.push({ code: CODES.tooDeep, pointer: deep, message: `objects and lists nest more than ${MAX_NESTING} levels deep here, counting the included files; a course needs about a dozen`, hint: 'include parts from the course file rather than from inside other parts' });
  } else {
    const index = rootIndex ?? indexCourse(root);
    issues.push(...structuralIssues(root), ...semanticIssues(root, index), ...assetIssues(index, folder));
    for (const { pointer, value } of index.get('AssetPath') ?? []) if (typeof value === 'string') assets.push({ path: value, pointer });
  }
  const diagnostics = sortByFile([...fileDiagnostics, ...toDiagnostics(issues, locator)], mounts.map((m) => m.source.name));
  const valid = !diagnostics.some((d) => d.severity === 'error');
  return { course: valid ? (root as ResolvedCourse) : null, diagnostics, files: mounts.map((m) => m.path), assets };
}

/**
 * Validates a course file and everything it includes; see {@link loadCourse}.
 *
 * @example process.exitCode = exitCodeFor(await validateFile('course.json'));
 */
export async function validateFile(path: string): Promise<Diagnostic[]> {
  return (await loadCourse(path)).diagnostics;
}

function sortByFile(diagnostics: Diagnostic[], files: string[]): Diagnostic[] {
  const order = (file: string) => {
    const i = files.indexOf(file);
    return i === -1 ? files.length : i;
  };
  return diagnostics.sort((a, b) => order(a.file) - order(b.file) || a.line - b.line || a.column - b.column);
}
