import type { Diagnostic } from '@coursekit/schema';
import type { FileChange, StudioFile } from '../model/index';

/** What `GET /api/workspace` answers: the course's files, the schema and the course's languages. */
export interface Workspace {
  entry: string;
  files: StudioFile[];
  schema: JsonSchema;
  languages: string[];
  /** The course folder's absolute path: drafts are kept per course. */
  folder: string;
}

/** A JSON Schema node, as far as the form generator reads it. */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  additionalProperties?: boolean | JsonSchema;
  discriminator?: { propertyName: string };
  defaultSnippets?: { label: string; body: unknown }[];
}

/** One asset of the course folder and the pointers (of the assembled course) that use it. */
export interface AssetInfo {
  path: string;
  bytes: number;
  usedAt: string[];
}

/** A line of the build stream. */
export type BuildEvent = { type: 'progress'; message: string } | { type: 'done'; outputs: string[] } | { type: 'error'; diagnostics: Diagnostic[] };

/** The outcome of a save: the new files, or what is on disk now for each file that changed there. */
export type SaveResult = { ok: true; files: StudioFile[] } | { ok: false; conflicts: StudioFile[] };

/** A change made to the course folder outside Studio. */
export type ExternalChange = { type: 'file-changed'; file: StudioFile } | { type: 'file-removed'; path: string };

/** Thrown when the Studio server answers with an unexpected status. */
export class StudioApiError extends Error {
  override readonly name = 'StudioApiError';
  constructor(
    readonly status: number,
    readonly endpoint: string,
    message: string,
    /** What the server said (its `error`), when it said it in JSON. */
    readonly reason = message,
  ) {
    super(message);
  }
}

async function call<T>(endpoint: string, init?: RequestInit): Promise<T> {
  const response = await fetch(endpoint, { credentials: 'same-origin', ...init });
  if (!response.ok) {
    const text = await response.text();
    let reason = text;
    try {
      reason = (JSON.parse(text) as { error?: string }).error ?? text;
    } catch {
      // Not JSON: the text is the reason.
    }
    throw new StudioApiError(response.status, endpoint, `${init?.method ?? 'GET'} ${endpoint}: ${response.status} ${text}`, reason);
  }
  return (await response.json()) as T;
}

const json = (body: unknown): RequestInit => ({ body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

/**
 * The typed client of the Studio server: the app talks to the server only through it.
 *
 * @example
 * const ws = await api.workspace();
 */
export const api = {
  workspace: () => call<Workspace>('/api/workspace'),

  async save(changes: FileChange[]): Promise<SaveResult> {
    const response = await fetch('/api/files', { method: 'PUT', credentials: 'same-origin', ...json({ changes }) });
    if (response.status === 409) return { ok: false, conflicts: ((await response.json()) as { conflicts: StudioFile[] }).conflicts };
    if (!response.ok) throw new StudioApiError(response.status, '/api/files', `PUT /api/files: ${response.status} ${await response.text()}`);
    return { ok: true, files: ((await response.json()) as { files: StudioFile[] }).files };
  },

  validate: (files: { path: string; text: string }[]) => call<{ diagnostics: Diagnostic[] }>('/api/validate', { method: 'POST', ...json({ files }) }).then((r) => r.diagnostics),

  assets: () => call<{ assets: AssetInfo[] }>('/api/assets').then((r) => r.assets),

  uploadAsset: (name: string, body: Blob) => call<{ path: string }>(`/api/assets?name=${encodeURIComponent(name)}`, { method: 'POST', body, headers: { 'content-type': body.type || 'application/octet-stream' } }).then((r) => r.path),

  /** Builds the targets; `onEvent` gets each line of the stream; resolves with the last one. */
  async build(targets: string[], onEvent: (e: BuildEvent) => void): Promise<BuildEvent> {
    const response = await fetch('/api/build', { method: 'POST', credentials: 'same-origin', ...json({ targets }) });
    if (!response.ok || !response.body) throw new StudioApiError(response.status, '/api/build', `POST /api/build: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let last: BuildEvent = { type: 'error', diagnostics: [] };
    for (;;) {
      const { value, done } = await reader.read();
      if (value) buffer += value;
      const lines = buffer.split('\n');
      buffer = done ? '' : lines.pop()!;
      for (const line of lines) {
        if (!line.trim()) continue;
        last = JSON.parse(line) as BuildEvent;
        onEvent(last);
      }
      if (done) return last;
    }
  },

  /** Follows changes made outside Studio; returns a function that stops following. */
  events(onChange: (change: ExternalChange) => void): () => void {
    const source = new EventSource('/api/events', { withCredentials: true });
    source.addEventListener('file-changed', (e) => onChange({ type: 'file-changed', file: JSON.parse((e as MessageEvent<string>).data) as StudioFile }));
    source.addEventListener('file-removed', (e) => onChange({ type: 'file-removed', path: (JSON.parse((e as MessageEvent<string>).data) as { path: string }).path }));
    return () => source.close();
  },
};
