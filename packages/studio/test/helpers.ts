import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStudio, type StudioServer } from '../src/index';

export const FLAGSHIP = path.resolve(import.meta.dirname, '../../../examples/integrity-ranger');

/** A copy of a course folder in a temporary folder, removed by `remove()`. */
export function copyCourse(from = FLAGSHIP): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'coursekit-studio-'));
  cpSync(from, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running Studio and a fetch that talks to it as its page does (token header, Studio's Host). */
export async function studioOn(folder: string): Promise<{ studio: StudioServer; base: string; api(p: string, init?: RequestInit): Promise<Response> }> {
  const studio = await startStudio({ folder });
  const base = new URL(studio.url).origin;
  const api = (p: string, init: RequestInit = {}) => fetch(base + p, { ...init, headers: { 'X-CourseKit-Token': studio.token, ...(init.headers as Record<string, string>) } });
  return { studio, base, api };
}
