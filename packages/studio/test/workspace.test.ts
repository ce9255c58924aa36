import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDocument, type StudioFile } from '../src/index';
import { loadCourse } from '@coursekit/schema/node';
import { useStudio } from './helpers';

const s = useStudio();

describe('GET /api/workspace', () => {
  it('hands out the course file and every file it includes, with their exact texts, the schema and the languages', async () => {
    const body = (await (await s.api('/api/workspace')).json()) as { entry: string; files: StudioFile[]; schema: { $defs: object }; languages: string[] };
    const loaded = await loadCourse(path.join(s.course.dir, 'course.json'));
    expect(body.entry).toBe('course.json');
    expect(body.files.map((f) => f.path).sort()).toEqual(loaded.files.map((f) => path.relative(s.course.dir, f)).sort());
    for (const f of body.files) expect(f.text).toBe(readFileSync(path.join(s.course.dir, f.path), 'utf8'));
    expect(body.languages).toEqual(['id', 'en']);
    expect((body as unknown as { folder: string }).folder).toBe(path.resolve(s.course.dir));
    expect(Object.keys(body.schema.$defs)).toContain('Include');
    // The model assembles the same course the validator and the build do.
    expect(openDocument(body).course).toEqual(loaded.course);
  });
});

describe('the app and the player', () => {
  it('serves the app bundle and the real player of @coursekit/components, scripts only', async () => {
    const app = await s.api('/app/index.js');
    expect([app.status, app.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    const player = await s.api('/player/coursekit.js');
    expect([player.status, player.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect(await player.text()).toContain('ck-course-player');
    expect((await s.api('/player/index.d.ts')).status).toBe(404);
    expect((await s.api('/player/../package.json')).status).toBe(404);
  });
});

