import { parseTree, type Node } from 'jsonc-parser';
import { fromPointer } from './pointer';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Where a pointer into the validated document is in an author's file. */
export interface Location extends Position {
  file: string;
  /** The pointer inside `file`. */
  pointer: string;
}

/** Finds where pointers are: in one file, or, for a course with includes, in the file each part came from. */
export interface Locator {
  locate(pointer: string, at?: 'key' | 'value'): Location;
}

/**
 * One JSON file as the author wrote it: its text, and, once a position is asked for, its syntax tree
 * (jsonc-parser) and line starts. A valid course asks for none, so it never pays for them.
 *
 * @example new SourceFile('course.json', text).locate('/modules/0/title') // { line: 12, column: 16, … }
 */
export class SourceFile implements Locator {
  private lineStarts: number[] | undefined;

  /**
   * `tree`: the syntax tree when the caller has one already; null when the text must not be parsed
   * (it nests too deep for a recursive parser: every position is then the start); left out, it is
   * parsed from `text` on first use.
   */
  constructor(
    readonly name: string,
    readonly text: string,
    private parsed?: Node | null,
  ) {}

  /** The syntax tree, parsed on first use (a byte-order mark counts as a space, as in parseJson). */
  get tree(): Node | undefined {
    if (this.parsed === undefined) {
      const text = this.text.charCodeAt(0) === 0xfeff ? ' ' + this.text.slice(1) : this.text;
      this.parsed = parseTree(text, [], { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true }) ?? null;
    }
    return this.parsed ?? undefined;
  }

  /** 1-based line and column of a UTF-16 offset. */
  position(offset: number): Position {
    const starts = (this.lineStarts ??= lineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  }

  /** The node a pointer names, or the nearest ancestor that exists. */
  nodeAt(pointer: string): { node: Node | undefined; exact: boolean } {
    let node = this.tree;
    for (const key of fromPointer(pointer)) {
      const child = node === undefined ? undefined : childNode(node, key);
      if (child === undefined) return { node, exact: false };
      node = child;
    }
    return { node, exact: true };
  }

  locate(pointer: string, at: 'key' | 'value' = 'value'): Location {
    const { node, exact } = this.nodeAt(pointer);
    let offset = node?.offset ?? 0;
    if (exact && at === 'key' && node?.parent?.type === 'property') offset = node.parent.offset;
    return { file: this.name, pointer, ...this.position(offset) };
  }
}

function childNode(node: Node, key: string): Node | undefined {
  if (node.type === 'array') {
    if (!/^(0|[1-9][0-9]*)$/.test(key)) return undefined;
    return node.children?.[Number(key)];
  }
  if (node.type !== 'object') return undefined;
  // The last of duplicate keys, as JSON.parse keeps it.
  let found: Node | undefined;
  for (const property of node.children ?? []) {
    const [name, value] = property.children ?? [];
    if (name?.value === key) found = value;
  }
  return found;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}
