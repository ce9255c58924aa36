import { findNodeAtLocation, parseTree, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { isRecord } from '@coursekit/schema';

/** One change of a JSON text, at a path of the value as it is when the change is made. */
type Change = { kind: 'set'; path: JSONPath; value: unknown } | { kind: 'insert'; path: JSONPath; value: unknown } | { kind: 'remove'; path: JSONPath } | { kind: 'add-key'; path: JSONPath; value: unknown; index: number };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changes that turn `before` into `after`, as small as the JSON structure allows: a changed
 * value is set where it is, a new key goes where the new value has it among the keys already there,
 * and an array's elements are matched (longest common subsequence) so an insertion, a deletion or a
 * move touches those elements only, not every one after them.
 */
function diff(before: unknown, after: unknown, path: JSONPath, out: Change[]): void {
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(before)) if (!(key in after)) out.push({ kind: 'remove', path: [...path, key] });
    const kept = Object.keys(before).filter((k) => k in after);
    const order = Object.keys(after);
    for (const key of order) {
      if (key in before) diff(before[key], after[key], [...path, key], out);
      else {
        // Among the keys already there, after those the new value puts before this one.
        const index = kept.filter((k) => order.indexOf(k) < order.indexOf(key)).length;
        out.push({ kind: 'add-key', path: [...path, key], value: after[key], index });
        kept.splice(index, 0, key);
      }
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) return diffArray(before, after, path, out);
  if (!same(before, after)) out.push({ kind: 'set', path, value: after });
}

function diffArray(before: unknown[], after: unknown[], path: JSONPath, out: Change[]): void {
  const a = before.map((v) => JSON.stringify(v));
  const b = after.map((v) => JSON.stringify(v));
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  let i = 0;
  let j = 0;
  let at = 0; // the index in the array as changed so far
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++, j++, at++;
    } else if (i < a.length && j < b.length && lcs[i + 1]![j + 1] === lcs[i]![j]) {
      // Neither is kept: the element changed in place.
      diff(before[i], after[j], [...path, at], out);
      i++, j++, at++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push({ kind: 'insert', path: [...path, at], value: after[j] });
      j++, at++;
    } else {
      out.push({ kind: 'remove', path: [...path, at] });
      i++;
    }
  }
}

/**
 * The text of a JSON file changed to hold `value`, by edits at the values that differ only (found
 * in jsonc-parser's syntax tree, which gives each value's offset and length): every other byte stays — key order, indentation, line breaks, a
 * compact array on one line, the byte-order mark, CRLF line ends. What is new is written with two
 * spaces (or the file's own indentation). A text equal in value to `value` comes back unchanged.
 *
 * @example editJsonText('{\n  "a": 1,\n  "b": [1, 2]\n}\n', { a: 2, b: [1, 2] }) // '{\n  "a": 2,\n  "b": [1, 2]\n}\n'
 */
export function editJsonText(text: string, value: unknown): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  let body = text.slice(bom.length);
  let before: unknown;
  try {
    before = JSON.parse(body);
  } catch {
    return freshJsonText(value, text.includes('\r\n') ? '\r\n' : '\n');
  }
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)"/.exec(body)?.[1];
  const formattingOptions: FormattingOptions = { insertSpaces: !indent?.startsWith('\t'), tabSize: indent && !indent.startsWith('\t') ? Math.min(indent.length, 8) : 2, eol };
  const changes: Change[] = [];
  diff(before, value, [], changes);
  if (changes.some((c) => c.path.length === 0)) return bom + freshJsonText(value, eol);
  for (const change of changes) body = applyChange(body, change, formattingOptions);
  // The edits are checked: the text must hold exactly the value, or it is written afresh.
  let result: unknown;
  try {
    result = JSON.parse(body);
  } catch {
    result = undefined;
  }
  return bom + (same(sorted(result), sorted(value)) ? body : freshJsonText(value, eol));
}

/** A new JSON file's text: two-space indentation and a final line end, as `coursekit init` writes. */
export function freshJsonText(value: unknown, eol = '\n'): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, eol) + eol;
}

/** A value with its object keys sorted, to compare values whatever their key order. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (isRecord(value)) return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])]));
  return value;
}

/** The text with one change made, touching only the bytes of the value it changes. */
function applyChange(text: string, change: Change, options: FormattingOptions): string {
  const root = parseTree(text)!;
  if (change.kind === 'remove') {
    // The element or member goes with the separator after it (before it, for the last one), so
    // its neighbours keep their layout.
    const node = findNodeAtLocation(root, change.path)!;
    const item = node.parent?.type === 'property' ? node.parent : node;
    const siblings = item.parent!.children!;
    const at = siblings.indexOf(item);
    if (siblings.length === 1) return splice(text, item.parent!.offset + 1, item.parent!.length - 2, '');
    if (at < siblings.length - 1) return splice(text, item.offset, siblings[at + 1]!.offset - item.offset, '');
    const previous = siblings[at - 1]!;
    return splice(text, previous.offset + previous.length, item.offset + item.length - previous.offset - previous.length, '');
  }
  const unit = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize ?? 2);
  const eol = options.eol ?? '\n';
  if (change.kind === 'set') {
    const node = findNodeAtLocation(root, change.path)!;
    return splice(text, node.offset, node.length, render(change.value, lineIndent(text, node.offset), unit, eol));
  }
  const container = findNodeAtLocation(root, change.path.slice(0, -1))!;
  const index = change.kind === 'insert' ? (change.path[change.path.length - 1] as number) : change.index;
  const children = container.children ?? [];
  const piece = (indent: string) => (change.kind === 'add-key' ? `${JSON.stringify(change.path[change.path.length - 1])}: ` : '') + render(change.value, indent, unit, eol);
  if (children.length === 0) {
    const outer = lineIndent(text, container.offset);
    return splice(text, container.offset + 1, container.length - 2, eol + outer + unit + piece(outer + unit) + eol + outer);
  }
  // An element or member is placed as its neighbours are: on its own line, or on the same line.
  const first = children[0]!;
  const multiLine = /[\r\n]/.test(text.slice(container.offset, first.offset));
  const indent = multiLine ? lineIndent(text, first.offset) : lineIndent(text, container.offset);
  const separator = multiLine ? ',' + eol + indent : ', ';
  if (index < children.length) {
    const next = children[index]!;
    return splice(text, next.offset, 0, piece(indent) + separator);
  }
  const last = children[children.length - 1]!;
  return splice(text, last.offset + last.length, 0, separator + piece(indent));
}

/** A value as JSON, its lines after the first indented to sit at `indent`. */
function render(value: unknown, indent: string, unit: string, eol: string): string {
  return JSON.stringify(value, null, unit).split('\n').join(eol + indent);
}

/** The whitespace that begins the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

function splice(text: string, offset: number, length: number, insert: string): string {
  return text.slice(0, offset) + insert + text.slice(offset + length);
}


