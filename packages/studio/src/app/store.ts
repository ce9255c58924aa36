import type { Diagnostic } from '@coursekit/schema';
import { del, get, set } from 'idb-keyval';
import { compare } from 'fast-json-patch';
import { assemble, openDocument, type Edit, type StudioDocument, type StudioFile } from '../model/index';
import { api, type AssetInfo, type JsonSchema, type Workspace } from './api';
import { valueAt } from './pointer';
import { strings, type StudioStrings } from './strings';

/** A diagnostic with the pointer of the assembled course it concerns. */
export interface PlacedDiagnostic extends Diagnostic {
  /** Pointer into the assembled course (what the outline and the forms use). */
  at: string;
}

/** A draft kept in IndexedDB until the course is saved: the assembled course as edited. */
interface Draft {
  course: unknown;
  versions: Record<string, string>;
}

const VALIDATE_DELAY = 300;
const DRAFT_DELAY = 300;

/**
 * The app's state: the open document, diagnostics, selection, drafts, external changes. Elements
 * read it and call its methods; it fires `change` after every change.
 */
export class StudioStore extends EventTarget {
  lang = 'id';
  t: StudioStrings = strings('id');
  workspace!: Workspace;
  doc!: StudioDocument;
  /** The files as they are on disk (last loaded or saved). */
  disk = new Map<string, StudioFile>();
  diagnostics: PlacedDiagnostic[] = [];
  selection = '';
  /** A status line for the live region (saved, restored, undone…). */
  notice = '';
  /** Files changed on disk while they have unsaved edits here: the banner asks what to do. */
  external: StudioFile[] = [];
  assets: AssetInfo[] = [];
  validating = false;
  /** Called before a save: forms apply the text being typed. */
  readonly flushers = new Set<() => void>();
  private validateTimer: ReturnType<typeof setTimeout> | undefined;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private validation = 0;
  private stopEvents: (() => void) | undefined;

  setLanguage(lang: string): void {
    this.lang = lang;
    this.t = strings(lang);
    document.documentElement.lang = lang;
    localStorage.setItem('coursekit-studio-lang', lang);
    this.changed();
  }

  get course(): Record<string, unknown> {
    return this.doc.course as Record<string, unknown>;
  }

  get schema(): JsonSchema {
    return this.workspace.schema;
  }

  get languages(): string[] {
    return this.workspace.languages.length ? this.workspace.languages : ((this.course.languages as string[]) ?? ['id']);
  }

  /** Drafts are kept per course (its folder and entry file), so courses opened at the same address keep theirs apart. */
  private get draftKey(): string {
    return `coursekit-studio:draft:${this.workspace.folder}/${this.workspace.entry}`;
  }

  /** Opens the course the server serves, restores an unsaved draft and starts following the disk. */
  async load(): Promise<void> {
    const saved = localStorage.getItem('coursekit-studio-lang');
    if (saved) this.setLanguage(saved);
    this.workspace = await api.workspace();
    this.disk = new Map(this.workspace.files.map((f) => [f.path, f]));
    this.doc = openDocument({ entry: this.workspace.entry, files: this.workspace.files });
    this.doc.subscribe(() => this.afterEdit());
    const draft = await get<Draft>(this.draftKey).catch(() => undefined);
    if (draft) {
      const edits = diff(this.doc.course, draft.course);
      if (edits.length) {
        this.doc.apply(edits, this.t.draftRestored);
        this.notice = this.t.draftRestored;
      }
    }
    this.stopEvents = api.events((change) => this.onExternal(change.type === 'file-changed' ? change.file : null, change.type === 'file-removed' ? change.path : null));
    void this.refreshAssets();
    void this.validateNow();
  }

  dispose(): void {
    this.stopEvents?.();
  }

  /** One undo step. An edit the model refuses (CK960) changes nothing and is announced. */
  apply(edits: Edit[], label: string): boolean {
    if (!edits.length) return false;
    try {
      this.doc.apply(edits, label);
      return true;
    } catch (e) {
      this.announce((e as Error).message);
      return false;
    }
  }

  undo(): void {
    const label = this.doc.history.at(-1)?.label ?? '';
    if (this.doc.undo()) this.announce(this.t.undone(label));
  }

  redo(): void {
    if (this.doc.redo()) this.announce(this.t.redone(this.doc.history.at(-1)?.label ?? ''));
  }

  select(pointer: string): void {
    this.selection = pointer;
    this.changed();
  }

  announce(message: string): void {
    this.notice = message;
    this.changed();
  }

  get dirtyCount(): number {
    return this.doc.dirtyFiles().length;
  }

  /** The text of every file as it is now (unsaved edits included), as the validator reads them. */
  fileTexts(): { path: string; text: string }[] {
    const changed = new Map(this.doc.dirtyFiles().map((c) => [c.path, `${JSON.stringify(c.value, null, 2)}\n`]));
    return [...this.disk.values()].map((f) => ({ path: f.path, text: changed.get(f.path) ?? f.text }));
  }

  /** Diagnostics whose pointer is `pointer` (or, with `within`, under it). */
  diagnosticsAt(pointer: string, within = false): PlacedDiagnostic[] {
    return this.diagnostics.filter((d) => d.at === pointer || (within && d.at.startsWith(`${pointer}/`)));
  }

  async validateNow(): Promise<void> {
    const run = ++this.validation;
    this.validating = true;
    try {
      const texts = this.fileTexts();
      const diagnostics = await api.validate(texts).catch((e: Error) => {
        this.notice = e.message;
        return [];
      });
      if (run !== this.validation) return;
      const mounts = assemble(this.workspace.entry, new Map(texts.map((t) => [t.path, parse(t.text)]))).mounts;
      const prefix = new Map(mounts.map((m) => [m.path, m.pointer]));
      this.diagnostics = diagnostics.map((d) => ({ ...d, at: (prefix.get(d.file) ?? '') + d.pointer }));
    } finally {
      if (run === this.validation) this.validating = false;
      this.changed();
    }
  }

  /** Writes the files that changed; on a conflict, shows the external-change banner. */
  async save(): Promise<void> {
    for (const flush of this.flushers) flush();
    const changes = this.doc.dirtyFiles();
    if (!changes.length) return this.announce(this.t.nothingToSave);
    this.announce(this.t.saving);
    const result = await api.save(changes);
    if (!result.ok) {
      this.external = result.conflicts;
      return this.announce(this.t.conflict(result.conflicts.map((f) => f.path).join(', ')));
    }
    for (const f of result.files) this.disk.set(f.path, f);
    this.doc.saved(result.files);
    if (!this.doc.dirtyFiles().length) await del(this.draftKey).catch(() => undefined);
    this.announce(this.t.savedFiles(result.files.length));
    // Where each asset is used is read from the saved course.
    void this.refreshAssets();
  }

  /** The banner's "reload": take the disk's version of every changed file. */
  reloadExternal(): void {
    for (const f of this.external) {
      this.disk.set(f.path, f);
      this.doc.replaceFile(f);
    }
    this.external = [];
    this.changed();
  }

  /** The banner's "keep": take the disk's files as the base, with this session's edits on top. */
  keepMine(): void {
    const mine = structuredClone(this.doc.course);
    for (const f of this.external) {
      this.disk.set(f.path, f);
      this.doc.replaceFile(f);
    }
    this.external = [];
    this.apply(diff(this.doc.course, mine), this.t.externalKeep);
    this.changed();
  }

  async refreshAssets(): Promise<void> {
    this.assets = await api.assets().catch(() => this.assets);
    this.changed();
  }

  private onExternal(file: StudioFile | null, removed: string | null): void {
    const path = file?.path ?? removed!;
    if (file && this.disk.get(path)?.version === file.version) return;
    const dirty = this.doc.dirtyFiles().some((c) => c.path === path);
    if (file && !dirty) {
      this.disk.set(path, file);
      this.doc.replaceFile(file);
      return this.announce(this.t.externalChange(path));
    }
    if (file) this.external = [...this.external.filter((f) => f.path !== path), file];
    this.changed();
  }

  private afterEdit(): void {
    clearTimeout(this.validateTimer);
    this.validateTimer = setTimeout(() => void this.validateNow(), VALIDATE_DELAY);
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => void this.keepDraft(), DRAFT_DELAY);
    this.changed();
  }

  private async keepDraft(): Promise<void> {
    if (!this.doc.dirtyFiles().length) return void (await del(this.draftKey).catch(() => undefined));
    const versions = Object.fromEntries([...this.disk.values()].map((f) => [f.path, f.version]));
    await set(this.draftKey, { course: this.doc.course, versions } satisfies Draft);
  }

  /** The draft is written; for tests and the "saved locally" indicator. */
  get draftPending(): boolean {
    return this.draftTimer !== undefined;
  }

  changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** The value at a pointer of the assembled course. */
  valueAt(pointer: string): unknown {
    return valueAt(this.doc.course, pointer);
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The edits that turn `from` into `to`. */
function diff(from: unknown, to: unknown): Edit[] {
  return compare(from as object, to as object) as Edit[];
}
