import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@coursekit/schema';
import { safeAssetName } from '../src/server/assets';
import { copyCourse, useStudio } from './helpers';

const CLI = path.resolve(import.meta.dirname, '../../cli/dist/bin.js');

const s = useStudio();

const post = (p: string, body: unknown) => s.api(p, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/validate', () => {
  it('reports for unsaved texts what coursekit validate reports once they are saved: file, line, column, pointer', async () => {
    const moduleFile = 'modules/01-apa-itu-gratifikasi.json';
    const scenarioFile = 'scenarios/parcel-lebaran.json';
    const unsaved = [
      { path: moduleFile, text: readFileSync(path.join(s.course.dir, moduleFile), 'utf8').replace('"type": "image"', '"type": "imag"') },
      { path: scenarioFile, text: readFileSync(path.join(s.course.dir, scenarioFile), 'utf8').replace('"src": "assets/', '"src": "assets/missing-') },
    ];
    const answer = (await (await post('/api/validate', { files: unsaved })).json()) as { diagnostics: Diagnostic[] };
    // Nothing was written: the files on disk still validate.
    const onDisk = JSON.parse(execFileSync(process.execPath, [CLI, 'validate', 'course.json', '--json'], { cwd: s.course.dir, encoding: 'utf8' }));
    expect(onDisk).toEqual([]);

    const other = copyCourse(s.course.dir);
    try {
      for (const f of unsaved) writeFileSync(path.join(other.dir, f.path), f.text);
      let cli: Diagnostic[] = [];
      try {
        execFileSync(process.execPath, [CLI, 'validate', 'course.json', '--json'], { cwd: other.dir, encoding: 'utf8' });
      } catch (error) {
        cli = JSON.parse((error as { stdout: string }).stdout);
      }
      expect(cli.map((d) => d.code)).toEqual(['CK014', 'CK510']);
      expect(answer.diagnostics).toEqual(cli);
      expect(answer.diagnostics.map((d) => d.file)).toEqual([moduleFile, scenarioFile]);
    } finally {
      other.remove();
    }
  });
});

describe('assets', () => {
  it('makes a file name safe: ASCII, lower case, no folder, no leading dot', () => {
    expect(safeAssetName('Foto Kantor (Sukamaju) #2.JPG')).toBe('foto-kantor-sukamaju-2.jpg');
    expect(safeAssetName('../../../etc/Pâsswörd.svg')).toBe('password.svg');
    expect(safeAssetName('..\\..\\.hidden.png')).toBe('hidden.png');
    expect(safeAssetName('文件.webp')).toBe('asset.webp');
  });

  it('copies an upload into assets/ under a safe name, never over an existing file', async () => {
    const bytes = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const upload = (name: string) => s.api(`/api/assets?name=${encodeURIComponent(name)}`, { method: 'POST', body: bytes });
    const first = await upload('Logo.svg');
    expect([first.status, await first.json()]).toEqual([201, { path: 'assets/logo-2.svg' }]);
    const second = await upload('../logo.svg');
    expect(await second.json()).toEqual({ path: 'assets/logo-3.svg' });
    expect(readFileSync(path.join(s.course.dir, 'assets/logo-3.svg'))).toEqual(bytes);
    expect(statSync(path.join(s.course.dir, 'assets/logo.svg')).size).not.toBe(bytes.length);
    const html = await upload('page.html');
    expect([html.status, ((await html.json()) as { error: string }).error]).toEqual([403, 'CK963 "page.html" is not a kind of file a course shows: use .svg, .png, .jpg, .jpeg, .gif, .webp, .avif, .mp3, .m4a, .ogg, .wav, .mp4, .webm, .vtt, .pdf']);
  });

  it('lists each asset with its size and where the course uses it, unused ones with []', async () => {
    const { assets } = (await (await s.api('/api/assets')).json()) as { assets: { path: string; bytes: number; usedAt: string[] }[] };
    const byPath = new Map(assets.map((a) => [a.path, a]));
    expect(byPath.get('assets/logo.svg')).toEqual({ path: 'assets/logo.svg', bytes: statSync(path.join(s.course.dir, 'assets/logo.svg')).size, usedAt: ['/certificate/logo/src', '/theme/logo/src'] });
    expect(byPath.get('assets/avatar-budi.svg')!.usedAt).toEqual(['/characters/0/avatar/src']);
    expect(byPath.get('assets/logo-2.svg')!.usedAt).toEqual([]);
    expect(assets.filter((a) => a.usedAt.length === 0).map((a) => a.path)).toEqual(['assets/logo-2.svg', 'assets/logo-3.svg']);
  });
});
