/** A file of the course folder as Studio sees it. */
export interface StudioFile {
  /** Relative to the course folder, `/`-separated: `modules/01-welcome.json`. */
  path: string;
  text: string;
  /** An opaque hash of the file's bytes: the save is refused when the file on disk no longer has it. */
  version: string;
}

/** What Studio opens: the course file's path and every file it reads. */
export interface WorkspaceSnapshot {
  /** The course file, relative to the folder: `course.json`. */
  entry: string;
  files: StudioFile[];
}

/** One RFC 6902 JSON Patch operation whose pointers point into the assembled course. */
export type Edit =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'move'; from: string; path: string }
  | { op: 'copy'; from: string; path: string };

/** A file whose value differs from what was read or last saved. */
export interface FileChange {
  path: string;
  /** The file's whole JSON value (its `$include`s kept as they are). */
  value: unknown;
  /** The version the change was made on. */
  baseVersion: string;
}

/** Where a pointer of the assembled course lives: a file and the pointer inside it. */
export interface Location {
  file: string;
  pointer: string;
}

/** The course being edited: its files, the course assembled from them, and the history of edits. */
export interface StudioDocument {
  /** The assembled course (every `$include` resolved). A new object after every change; do not mutate it. */
  readonly course: unknown;
  /** Applies edits as one undo step. Throws a {@link StudioEditError} (CK960), changing nothing, when one cannot apply. */
  apply(edits: Edit[], label: string): void;
  undo(): boolean;
  redo(): boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** The undo steps, oldest first. */
  readonly history: ReadonlyArray<{ label: string }>;
  locate(pointer: string): Location;
  dirtyFiles(): FileChange[];
  /** After a successful save: the files as now on disk become the base. */
  saved(files: StudioFile[]): void;
  /** Takes a file as it now is on disk (an external change accepted); edits to it are dropped. */
  replaceFile(file: StudioFile): void;
  subscribe(listener: () => void): () => void;
}
