import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useStudio } from './helpers';

const s = useStudio();

async function build(targets: unknown): Promise<{ status: number; type: string | null; lines: Array<{ type: string; message?: string; outputs?: string[]; diagnostics?: Array<Record<string, unknown>> }> }> {
  const r = await s.api('/api/build', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ targets }) });
  const text = await r.text();
  return { status: r.status, type: r.headers.get('content-type'), lines: r.status === 200 ? text.trim().split('\n').map((l) => JSON.parse(l)) : [JSON.parse(text)] };
}

describe('POST /api/build', () => {
  it('streams the CLI\'s progress messages and builds the zip where coursekit build puts it', async () => {
    const { status, type, lines } = await build(['scorm12']);
    expect([status, type]).toEqual([200, 'application/x-ndjson; charset=utf-8']);
    expect(lines[0]).toEqual({ type: 'progress', message: 'scorm12 reading the course' });
    expect(lines.some((l) => /^scorm12 packing \d/.test(l.message ?? ''))).toBe(true);
    const built = lines.at(-2)!;
    expect(built.message).toMatch(/^built dist\/integrity-ranger-1\.0\.0-scorm12\.zip \(SCORM 1\.2, [\d.]+ [kM]B, \d+ files, saved state at most [\d,]+ of 4,096 characters\)$/);
    expect(lines.at(-1)).toEqual({ type: 'done', outputs: ['dist/integrity-ranger-1.0.0-scorm12.zip'] });
    const zip = await JSZip.loadAsync(readFileSync(path.join(s.course.dir, 'dist/integrity-ranger-1.0.0-scorm12.zip')));
    expect(zip.file('imsmanifest.xml')).not.toBeNull();
    expect(JSON.parse(await zip.file('course.json')!.async('string')).id).toBe('integrity-ranger');
  });

  it('ends with the problems when the course does not build, files named relative to the folder', async () => {
    const file = path.join(s.course.dir, 'modules/02-korupsi-kecil.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"src": "assets/', '"src": "assets/nope-'));
    try {
      const { lines } = await build(['scorm2004-4']);
      const last = lines.at(-1)!;
      expect(last.type).toBe('error');
      expect(last.diagnostics!.map((d) => [d.code, d.file])).toEqual([['CK510', 'modules/02-korupsi-kecil.json']]);
      expect(existsSync(path.join(s.course.dir, 'dist/integrity-ranger-1.0.0-scorm2004-4.zip'))).toBe(false);
    } finally {
      writeFileSync(file, text);
    }
  });

  it('refuses an unknown target before building anything', async () => {
    const { status, lines } = await build(['scorm3']);
    expect([status, lines]).toEqual([400, [{ error: 'unknown target "scorm3": use scorm12, scorm2004-3, scorm2004-4, cmi5, xapi, web' }]]);
  });
});
