import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { StudioFile } from '../model/types';
import { versionOf } from './version';

/**
 * Tells the app about changes made to the course's files outside Studio (another editor, a `git
 * checkout`), as server-sent events: `file-changed` with the file, `file-removed` with its path.
 * Studio knows the version of each file it handed out or wrote; a file whose bytes still have that
 * version is not news, so Studio's own saves are never echoed. Only the folders that hold those
 * files are watched.
 *
 * @example const events = new CourseEvents('/courses/ir'); events.know(files); events.attach(res);
 */
export class CourseEvents {
  readonly #root: string;
  readonly #known = new Map<string, string>();
  readonly #watchers = new Map<string, FSWatcher>();
  readonly #clients = new Set<ServerResponse>();
  readonly #pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(root: string) {
    this.#root = root;
  }

  /** Files as Studio handed them out or wrote them: their versions are not news. */
  know(files: Iterable<StudioFile>): void {
    for (const file of files) {
      this.#known.set(file.path, file.version);
      const folder = path.posix.dirname(file.path);
      if (this.#watchers.has(folder)) continue;
      try {
        const watcher = watch(path.join(this.#root, ...folder.split('/').filter((s) => s !== '.')), (_event, name) => {
          if (name) this.#check(folder === '.' ? String(name) : `${folder}/${name}`);
        });
        watcher.on('error', () => watcher.close());
        this.#watchers.set(folder, watcher);
      } catch {
        // A folder that cannot be watched: its changes are found at the next save (CK961).
      }
    }
  }

  /** Streams the events to one app page until it goes. */
  attach(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', Connection: 'keep-alive' });
    res.write(': coursekit studio\n\n');
    this.#clients.add(res);
    res.on('close', () => this.#clients.delete(res));
  }

  close(): void {
    for (const w of this.#watchers.values()) w.close();
    for (const t of this.#pending.values()) clearTimeout(t);
    for (const c of this.#clients) c.end();
  }

  #send(event: string, data: unknown): void {
    for (const c of this.#clients) c.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Editors write in bursts (truncate, write, rename): the file is read once things settle. */
  #check(relative: string): void {
    if (!this.#known.has(relative)) return;
    clearTimeout(this.#pending.get(relative));
    this.#pending.set(
      relative,
      setTimeout(() => {
        this.#pending.delete(relative);
        void this.#read(relative);
      }, 50),
    );
  }

  async #read(relative: string): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(this.#root, ...relative.split('/')));
    } catch {
      // Kept as known with no version, so that a file put back is news again.
      if (this.#known.get(relative) === '') return;
      this.#known.set(relative, '');
      return this.#send('file-removed', { path: relative });
    }
    const version = versionOf(bytes);
    if (this.#known.get(relative) === version) return;
    this.#known.set(relative, version);
    this.#send('file-changed', { path: relative, text: new TextDecoder().decode(bytes), version } satisfies StudioFile);
  }
}
