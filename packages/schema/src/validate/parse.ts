import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { CODES } from './codes';
import { count, countColons, type ColonTally } from './colons';
import { MAX_NESTING, textTooDeep } from './depth';
import type { Diagnostic } from './diagnostic';
import { toPointer } from './pointer';
import { SourceFile } from './source';

/** A parsed JSON file: its value (when it parsed), its source for positions, and any problems. */
export interface ParsedJson {
  value: unknown;
  /** The text is JSON (perhaps with duplicate keys): `value` holds what JSON.parse gives. */
  ok: boolean;
  source: SourceFile;
  diagnostics: Diagnostic[];
}

/** Options of {@link parseJson}. */
export interface ParseOptions {
  /**
   * Counts the colons the parsed value's text needs, for the duplicate-key check, in a walk the caller
   * needs anyway (indexCourseCountingColons): the course is then walked once for both. By default the
   * value is walked for the count alone.
   */
  countColons?: (value: unknown) => ColonTally;
}

const MAX_SYNTAX_ERRORS = 20;

/**
 * Parses strict JSON (RFC 8259) with positions: no comments, no trailing commas, and a key twice in
 * one object is an error (JSON.parse would silently keep the last one).
 *
 * @example parseJson('{"a": 1, "a": 2}', 'course.json').diagnostics[0].code // 'CK003'
 */
export function parseJson(input: string, file: string, options: ParseOptions = {}): ParsedJson {
  // A byte-order mark is harmless but JSON.parse rejects it; a space keeps every offset where it was.
  const text = input.charCodeAt(0) === 0xfeff ? ' ' + input.slice(1) : input;
  // The usual case, a valid file, needs no syntax tree and no scan of its own. V8's JSON.parse does
  // not recurse, so any nesting is safe to hand it; the value's walk then stops at the limit. A key
  // written twice is the one thing JSON.parse hides: every property's colon, and every colon inside a
  // string, is in the text as a ":" and, when no property was dropped, also in the value (a colon
  // written as an escape sends the text the slow way). The syntax tree, and with it any position, is
  // built only once a problem needs one (SourceFile parses on first use).
  let value: unknown;
  let parseError: Error | undefined;
  try {
    // The authoritative value: JSON.parse is the strict reference, and fast.
    value = JSON.parse(text);
  } catch (error) {
    // Reported below, with jsonc-parser's position and a hint when it finds the error too.
    parseError = error as Error;
  }
  if (parseError === undefined && !text.includes('\\u003a') && !text.includes('\\u003A')) {
    const tally = options.countColons?.(value) ?? { colons: 0, deep: false };
    if (options.countColons === undefined) countColons(value, 0, tally);
    if (!tally.deep && tally.colons === count(text, ':')) return { value, ok: true, source: new SourceFile(file, input), diagnostics: [] };
  }

  // Checked before anything recursive (the parser, the duplicate-key walk, the schema) sees the text.
  const deep = textTooDeep(text);
  if (deep !== null) {
    const source = new SourceFile(file, input, null);
    const diagnostic: Diagnostic = {
      code: CODES.tooDeep,
      severity: 'error',
      message: `objects and lists nest more than ${MAX_NESTING} levels deep here; a course needs about a dozen`,
      file,
      ...source.position(deep.offset),
      pointer: deep.pointer,
      hint: 'look for brackets opened by mistake (a generator or a merge gone wrong), or move a deep part into a file of its own with "$include"',
    };
    return { value: undefined, ok: false, source, diagnostics: [diagnostic] };
  }

  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  const source = new SourceFile(file, input, tree ?? null);
  const diagnostics: Diagnostic[] = [];

  if (text.trim() === '') {
    diagnostics.push({ code: CODES.empty, severity: 'error', message: 'the file is empty', file, line: 1, column: 1, pointer: '', hint: 'a course file holds one JSON object: { "schemaVersion": "1.0", … }' });
    return { value: undefined, ok: false, source, diagnostics };
  }
  // Comments and trailing commas are each their own mistake; after any other syntax error the parser's
  // recovery guesses, so only the first is reported.
  let syntaxReported = false;
  for (const error of errors.slice(0, MAX_SYNTAX_ERRORS)) {
    const diagnostic = syntaxDiagnostic(source, text, error);
    if (diagnostic.code === CODES.syntax) {
      if (syntaxReported) continue;
      syntaxReported = true;
    }
    if (diagnostics.some((d) => d.code === diagnostic.code && d.line === diagnostic.line && d.column === diagnostic.column)) continue;
    diagnostics.push(diagnostic);
  }

  if (diagnostics.length > 0) value = undefined;
  else if (parseError !== undefined) {
    diagnostics.push({ code: CODES.syntax, severity: 'error', message: `not valid JSON: ${parseError.message}`, file, line: 1, column: 1, pointer: '', hint: 'look for a character JSON does not allow, such as a tab or line break inside a string (write \\t or \\n)' });
  }
  if (tree !== undefined) duplicateKeys(tree, [], source, diagnostics);
  // A duplicate key is an error, but the value is still well defined (the last one wins), so checking goes on.
  return { value, ok: value !== undefined || text.trim() === 'null', source, diagnostics };
}

function syntaxDiagnostic(source: SourceFile, text: string, error: ParseError): Diagnostic {
  const { line, column } = source.position(error.offset);
  const base = { severity: 'error' as const, file: source.name, line, column, pointer: '' };
  const found = describeToken(text, error.offset);
  if (error.error === 10 /* InvalidCommentToken */) {
    return { ...base, code: CODES.comment, message: 'comments are not allowed in a course file (it is strict JSON)', hint: 'move the note into a "description" or remove it' };
  }
  if ((error.error === 3 /* PropertyNameExpected */ || error.error === 4 /* ValueExpected */) && /,\s*$/.test(text.slice(0, error.offset)) && /^[\]}]/.test(text.slice(error.offset))) {
    const comma = text.slice(0, error.offset).lastIndexOf(',');
    return { ...base, ...source.position(comma), code: CODES.trailingComma, message: 'a comma before a closing bracket is not allowed in JSON', hint: 'remove the comma after the last item' };
  }
  const what = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return { ...base, code: CODES.syntax, message: `not valid JSON: ${what}, found ${found}`, ...syntaxHint(error, text) };
}

function syntaxHint(error: ParseError, text: string): { hint: string } {
  const ch = text[error.offset];
  if (ch === "'") return { hint: 'JSON strings use double quotes: "like this"' };
  if (error.error === 6 /* CommaExpected */) return { hint: 'add a comma between the items' };
  if (error.error === 3 /* PropertyNameExpected */ && ch !== undefined && /[A-Za-z_$]/.test(ch)) return { hint: 'property names are in double quotes: "title": …' };
  if (error.error === 7 /* CloseBraceExpected */ || error.error === 8 /* CloseBracketExpected */) {
    const close = error.error === 7 ? '}' : ']';
    return { hint: error.offset >= text.length ? `the file ends too soon: add the missing "${close}" (an editor's bracket matching shows where)` : `add "${close}" before this, or a comma if another item follows` };
  }
  if (error.error === 4 /* ValueExpected */) return { hint: 'write a value here: a string in double quotes, a number, true, false, null, an object { … } or a list [ … ]' };
  return { hint: 'compare with the lines above: a missing quote, comma or bracket usually shows up here' };
}

function describeToken(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const token = /^("[^"\n]{0,20}"?|[^\s,:{}[\]]{1,20}|.)/.exec(text.slice(offset))?.[0] ?? '';
  return JSON.stringify(token);
}

function duplicateKeys(node: Node, path: Array<string | number>, source: SourceFile, out: Diagnostic[]): void {
  if (node.type === 'object') {
    const seen = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key === undefined || typeof key.value !== 'string') continue;
      const name = key.value;
      const first = seen.get(name);
      if (first !== undefined) {
        const firstAt = source.position(first.offset);
        out.push({
          code: CODES.duplicateKey,
          severity: 'error',
          message: `"${name}" appears twice in this object (first on line ${firstAt.line}); JSON readers would keep only the last`,
          file: source.name,
          ...source.position(key.offset),
          pointer: toPointer([...path, name]),
          hint: `keep one "${name}"`,
        });
      } else {
        seen.set(name, key);
      }
      if (value !== undefined) duplicateKeys(value, [...path, name], source, out);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, index) => duplicateKeys(child, [...path, index], source, out));
  }
}
