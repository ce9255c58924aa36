import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
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

/**
 * A copy of the flagship and a Studio on it for the tests of the calling file: started before
 * them, stopped and removed after. `prepare` runs on the copy before Studio starts.
 */
export function useStudio(prepare: (dir: string) => void = () => {}) {
  const state = {} as { course: ReturnType<typeof copyCourse> } & Awaited<ReturnType<typeof studioOn>>;
  beforeAll(async () => {
    state.course = copyCourse();
    prepare(state.course.dir);
    Object.assign(state, await studioOn(state.course.dir));
  });
  afterAll(async () => {
    await state.studio?.close();
    state.course?.remove();
  });
  return state;
}
