import jsonPatch from 'fast-json-patch';
import { isRecord, isWithin } from '@coursekit/schema';
import { assemble, mountOf, type Mount } from './assemble';
import { StudioEditError } from './errors';
import { folderOf, joinPath, relativePath } from './paths';
import { valueAt } from './pointer';
import type { Edit, FileChange, Location, StudioDocument, StudioFile, WorkspaceSnapshot } from './types';

interface FileState {
  text: string;
  version: string;
  /** The value of `text`; undefined when it is not JSON. */
  base: unknown;
  /** The value being edited. */
  value: unknown;
}

/** One undo step: the values of the files it changed, before and after. */
interface Step {
  label: string;
  before: Map<string, unknown>;
  after: Map<string, unknown>;
}

/** A file-level operation: an RFC 6902 operation with its pointer inside one file. */
type FileOperation = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string } | { op: 'move'; from: string; path: string };

function parse(text: string): unknown {
  try {
    // A byte-order mark is allowed in a course file (the validator accepts it); JSON.parse is not.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/** Whether two JSON values are equal (object keys in any order). */
function equal(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  return Array.isArray(a) === Array.isArray(b) && jsonPatch.compare(a, b).length === 0;
}

/**
 * Opens the files of a course for editing; see {@link StudioDocument}.
 *
 * @example
 * const doc = openDocument({ entry: 'course.json', files });
 * doc.apply([{ op: 'replace', path: '/modules/0/title/en', value: 'Welcome' }], 'Rename module');
 * doc.dirtyFiles() // [{ path: 'modules/01-welcome.json', value: {…}, baseVersion: '…' }]
 */
export function openDocument(snapshot: WorkspaceSnapshot): StudioDocument {
  return new Document(snapshot);
}

class Document implements StudioDocument {
  #entry: string;
  #files = new Map<string, FileState>();
  #mounts: Mount[] = [];
  #course: unknown;
  #undo: Step[] = [];
  #redo: Step[] = [];
  #listeners = new Set<() => void>();

  constructor(snapshot: WorkspaceSnapshot) {
    this.#entry = snapshot.entry;
    for (const file of snapshot.files) this.#take(file);
    this.#assemble();
  }

  get course(): unknown {
    return this.#course;
  }
  get canUndo(): boolean {
    return this.#undo.length > 0;
  }
  get canRedo(): boolean {
    return this.#redo.length > 0;
  }
  get history(): ReadonlyArray<{ label: string }> {
    return this.#undo.map((s) => ({ label: s.label }));
  }

  apply(edits: Edit[], label: string): void {
    const working = new Map<string, unknown>();
    for (const edit of edits) new Applier(this.#entry, this.#files, working).edit(edit);
    const step: Step = { label, before: new Map(), after: new Map() };
    for (const [path, value] of working) {
      const old = this.#files.get(path)!.value;
      if (equal(old, value)) continue;
      step.before.set(path, old);
      step.after.set(path, value);
    }
    if (step.after.size === 0) return;
    this.#set(step.after);
    this.#undo.push(step);
    this.#redo = [];
    this.#changed();
  }

  undo(): boolean {
    const step = this.#undo.pop();
    if (!step) return false;
    this.#set(step.before);
    this.#redo.push(step);
    this.#changed();
    return true;
  }

  redo(): boolean {
    const step = this.#redo.pop();
    if (!step) return false;
    this.#set(step.after);
    this.#undo.push(step);
    this.#changed();
    return true;
  }

  locate(pointer: string): Location {
    const mount = mountOf(this.#mounts, pointer);
    return { file: mount.path, pointer: pointer.slice(mount.pointer.length) };
  }

  dirtyFiles(): FileChange[] {
    const changes: FileChange[] = [];
    for (const [path, file] of this.#files) {
      if (file.value !== undefined && !equal(file.value, file.base)) changes.push({ path, value: structuredClone(file.value), baseVersion: file.version });
    }
    return changes;
  }

  saved(files: StudioFile[]): void {
    for (const file of files) {
      const state = this.#files.get(file.path);
      if (state) Object.assign(state, { text: file.text, version: file.version, base: parse(file.text) });
      else this.#take(file);
    }
    this.#changed();
  }

  replaceFile(file: StudioFile): void {
    this.#take(file);
    // Undoing must not bring back what was on disk before: the steps forget the file.
    for (const stack of [this.#undo, this.#redo]) {
      for (const step of stack) {
        step.before.delete(file.path);
        step.after.delete(file.path);
      }
      stack.splice(0, stack.length, ...stack.filter((s) => s.after.size > 0));
    }
    this.#assemble();
    this.#changed();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #take(file: StudioFile): void {
    const base = parse(file.text);
    this.#files.set(file.path, { text: file.text, version: file.version, base, value: base === undefined ? undefined : structuredClone(base) });
  }

  #set(values: Map<string, unknown>): void {
    for (const [path, value] of values) this.#files.get(path)!.value = structuredClone(value);
    this.#assemble();
  }

  #assemble(): void {
    const assembly = assemble(this.#entry, new Map([...this.#files].map(([path, f]) => [path, f.value])));
    this.#course = assembly.course;
    this.#mounts = assembly.mounts;
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

/**
 * Applies edits of the assembled course to copies of the files that hold what they point at
 * (`working`), re-assembling after each so the next edit sees the course as it now is.
 */
class Applier {
  constructor(
    readonly entry: string,
    readonly files: ReadonlyMap<string, FileState>,
    readonly working: Map<string, unknown>,
  ) {}

  #value(path: string): unknown {
    return this.working.has(path) ? this.working.get(path) : this.files.get(path)?.value;
  }

  #assembly() {
    return assemble(this.entry, new Map([...this.files.keys()].map((path) => [path, this.#value(path)])));
  }

  /**
   * The file and its pointer for an edit at `pointer`. Adding or removing exactly where an included
   * file is mounted adds or removes the `{ "$include" }` in the file that includes it, so the
   * included file is never emptied or replaced by an inline copy.
   */
  #route(pointer: string, atMount: 'file' | 'parent'): { mount: Mount; local: string } {
    const { mounts } = this.#assembly();
    let best = mounts[0] as Mount;
    for (const mount of mounts) {
      if (!isWithin(pointer, mount.pointer) || mount.pointer.length < best.pointer.length) continue;
      if (atMount === 'parent' && mount.pointer === pointer && mount.pointer !== '') continue;
      best = mount;
    }
    return { mount: best, local: pointer.slice(best.pointer.length) };
  }

  #fileOp(file: string, op: FileOperation, pointer: string): void {
    const value = this.#value(file);
    if (value === undefined) throw new StudioEditError(`cannot edit ${pointer}: ${file} is not JSON; fix it in a text editor first`, pointer, file);
    const copy = this.working.has(file) ? value : structuredClone(value);
    try {
      this.working.set(file, jsonPatch.applyOperation(copy, op, true, true, false).newDocument);
    } catch (error) {
      throw new StudioEditError(`cannot ${op.op} at ${pointer} (${file}${op.path === '' ? '' : ` at ${op.path}`}): ${(error as Error).message.split('\n')[0]}`, pointer, file);
    }
  }

  edit(edit: Edit): void {
    switch (edit.op) {
      case 'replace':
        return this.#replace(edit.path, edit.value);
      case 'add': {
        const { mount, local } = this.#route(edit.path, 'parent');
        return this.#fileOp(mount.path, { op: 'add', path: local, value: structuredClone(edit.value) }, edit.path);
      }
      case 'remove': {
        const { mount, local } = this.#route(edit.path, 'parent');
        return this.#fileOp(mount.path, { op: 'remove', path: local }, edit.path);
      }
      case 'move':
      case 'copy': {
        const from = this.#route(edit.from, 'parent');
        const to = this.#route(edit.path, 'parent');
        if (edit.op === 'move' && from.mount.path === to.mount.path) {
          return this.#fileOp(from.mount.path, { op: 'move', from: from.local, path: to.local }, edit.path);
        }
        const source = valueAt(this.#value(from.mount.path), from.local);
        if (source === undefined) throw new StudioEditError(`cannot ${edit.op} from ${edit.from}: nothing is there`, edit.from, from.mount.path);
        // The value as its file holds it, with its includes; their paths follow it to its new file.
        const value = rebaseIncludes(structuredClone(source), folderOf(from.mount.path), folderOf(to.mount.path));
        if (edit.op === 'move') this.#fileOp(from.mount.path, { op: 'remove', path: from.local }, edit.from);
        const target = this.#route(edit.path, 'parent');
        return this.#fileOp(target.mount.path, { op: 'add', path: target.local, value }, edit.path);
      }
      default:
        throw new StudioEditError(`unknown operation "${(edit as { op: string }).op}": use add, remove, replace, move or copy`, (edit as { path?: string }).path ?? '');
    }
  }

  /**
   * A replace above or at an included file becomes the smallest changes inside it, so the
   * `$include` split stays as it is and each change lands in the file that holds it.
   */
  #replace(pointer: string, value: unknown): void {
    const { course, mounts } = this.#assembly();
    const current = valueAt(course, pointer);
    if (current === undefined && pointer !== '') throw new StudioEditError(`cannot replace ${pointer}: nothing is there`, pointer);
    const holdsMount = mounts.some((m) => m.pointer !== '' && isWithin(m.pointer, pointer));
    const sameShape = (isRecord(current) && isRecord(value)) || (Array.isArray(current) && Array.isArray(value));
    if (holdsMount && sameShape) {
      for (const op of jsonPatch.compare(current as object, value as object)) this.edit({ ...op, path: pointer + op.path } as Edit);
      return;
    }
    const { mount, local } = this.#route(pointer, 'file');
    let next = structuredClone(value);
    // A part file may name its schema for editors; the assembled course does not show it.
    const schema = local === '' ? (this.#value(mount.path) as Record<string, unknown> | undefined)?.$schema : undefined;
    if (mount.pointer !== '' && schema !== undefined && isRecord(next) && !('$schema' in next)) next = { $schema: schema, ...next };
    this.#fileOp(mount.path, { op: 'replace', path: local, value: next }, pointer);
  }
}

/** Rewrites the `$include` paths inside a value moved from one folder of the course to another. */
function rebaseIncludes(value: unknown, fromFolder: string, toFolder: string): unknown {
  if (fromFolder === toFolder) return value;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isRecord(v)) {
      if (typeof v.$include === 'string') {
        const path = joinPath(fromFolder, v.$include);
        if (path !== null) v.$include = relativePath(toFolder, path);
      } else Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return value;
}
