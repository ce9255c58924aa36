import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyCourse, studioOn, useStudio } from './helpers';

// Path traversal: whatever a request names, Studio reads and writes inside the course folder only.
const outside = mkdtempSync(path.join(tmpdir(), 'coursekit-outside-'));
const s = useStudio((dir) => {
  writeFileSync(path.join(outside, 'secret.json'), '{ "secret": true }\n');
  writeFileSync(path.join(outside, 'secret.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  symlinkSync(outside, path.join(dir, 'leak'));
  symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'modules/linked.json'));
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const put = (changes: unknown) => s.api('/api/files', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ changes }) });

describe('paths out of the course folder', () => {
  it('serves no file through a link that leads out (CK963)', async () => {
    const r = await s.api('/course/leak/secret.svg');
    expect([r.status, ((await r.json()) as { error: string }).error]).toEqual([403, `CK963 "leak/secret.svg" is a link to a place outside the course folder (${path.join(outside, 'secret.svg')})`]);
  });

  it('saves nothing through a link, a .. or an absolute path, and leaves the outside file as it was (CK963)', async () => {
    for (const [file, message] of [
      ['modules/linked.json', `CK963 "modules/linked.json" is a link to a place outside the course folder (${path.join(outside, 'secret.json')})`],
      ['leak/secret.json', `CK963 "leak/secret.json" is a link to a place outside the course folder (${path.join(outside, 'secret.json')})`],
      ['modules/../../x.json', 'CK963 "modules/../../x.json" leads out of the course folder'],
      ['C:/x.json', 'CK963 "C:/x.json" is not a path inside the course folder: use a relative path with / such as "modules/01-welcome.json"'],
    ]) {
      const r = await put([{ path: file, value: { secret: false }, baseVersion: '' }]);
      expect([r.status, ((await r.json()) as { error: string }).error], file).toEqual([403, message]);
    }
    expect(readFileSync(path.join(outside, 'secret.json'), 'utf8')).toBe('{ "secret": true }\n');
  });

  it('validates no text given for a path out of the folder (CK963)', async () => {
    const r = await s.api('/api/validate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ files: [{ path: '../x.json', text: '{}' }] }) });
    expect(r.status).toBe(403);
  });

  it('adds no asset through an assets/ folder that is a link out (CK963)', async () => {
    const other = copyCourse();
    try {
      rmSync(path.join(other.dir, 'assets'), { recursive: true });
      mkdirSync(path.join(outside, 'assets'));
      symlinkSync(path.join(outside, 'assets'), path.join(other.dir, 'assets'));
      const t = await studioOn(other.dir);
      try {
        const r = await t.api('/api/assets?name=photo.png', { method: 'POST', body: Buffer.from([1, 2, 3]) });
        expect([r.status, ((await r.json()) as { error: string }).error]).toEqual([403, `CK963 "assets/photo.png" is a link to a place outside the course folder (${path.join(outside, 'assets')})`]);
      } finally {
        await t.studio.close();
      }
    } finally {
      other.remove();
    }
  });
});
