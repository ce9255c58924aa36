import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDocument, type StudioDocument, type StudioFile } from '../src/index';
import { saveChanges } from '../src/server/save';
import { copyCourse, useStudio } from './helpers';

const s = useStudio();

/** Every file of the folder and its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((f) => !before.get(f)?.equals(after.get(f) ?? Buffer.alloc(0)) || !after.has(f)).sort();
}

async function open(): Promise<StudioDocument> {
  return openDocument((await (await s.api('/api/workspace')).json()) as { entry: string; files: StudioFile[] });
}

const put = (changes: unknown) => s.api('/api/files', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ changes }) });

/** The next server-sent event of a stream. */
async function nextEvent(reader: ReadableStreamDefaultReader<Uint8Array>, buffer: { text: string }): Promise<{ event: string; data: unknown }> {
  for (;;) {
    const end = buffer.text.indexOf('\n\n');
    if (end !== -1) {
      const block = buffer.text.slice(0, end);
      buffer.text = buffer.text.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) return { event, data: JSON.parse(data) };
      continue;
    }
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream ended');
    buffer.text += new TextDecoder().decode(value);
  }
}

describe('saving the flagship', () => {
  it('changes no byte of any file when the course is saved untouched, even when every file is sent as changed', async () => {
    const before = snapshot(s.course.dir);
    const doc = await open();
    expect(doc.dirtyFiles()).toEqual([]);
    expect((await put([])).status).toBe(200);
    const body = (await (await s.api('/api/workspace')).json()) as { files: StudioFile[] };
    const all = body.files.map((f) => ({ path: f.path, value: JSON.parse(f.text), baseVersion: f.version }));
    expect(all.length).toBe(11);
    const saved = await put(all);
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { files: StudioFile[] }).files).toEqual(body.files);
    expect(changedFiles(before, snapshot(s.course.dir))).toEqual([]);
  });

  it('writes a one-line diff in exactly one file when one title is edited', async () => {
    const before = snapshot(s.course.dir);
    const doc = await open();
    doc.apply([{ op: 'replace', path: '/modules/1/pages/0/title/en', value: 'Petty corruption, renamed' }], 'Rename page');
    const response = await put(doc.dirtyFiles());
    expect(response.status).toBe(200);
    const { files } = (await response.json()) as { files: StudioFile[] };
    doc.saved(files);
    expect(doc.dirtyFiles()).toEqual([]);
    const after = snapshot(s.course.dir);
    expect(changedFiles(before, after)).toEqual(['modules/02-korupsi-kecil.json']);
    const a = before.get('modules/02-korupsi-kecil.json')!.toString('utf8').split('\n');
    const b = after.get('modules/02-korupsi-kecil.json')!.toString('utf8').split('\n');
    expect(b.length).toBe(a.length);
    const differing = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
    expect(differing.length).toBe(1);
    expect(differing[0]![1]).toContain('"en": "Petty corruption, renamed"');
    expect(files).toEqual([{ path: 'modules/02-korupsi-kecil.json', text: b.join('\n'), version: expect.any(String) }]);
  });

  it('tells the page of a change or a removal made outside Studio, never echoes its own saves, and refuses a save over a change with 409 (CK961)', async () => {
    const doc = await open();
    const stream = await s.api('/api/events');
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const reader = stream.body!.getReader();
    const buffer = { text: '' };
    // Studio's own save of the course file first, then another program writes a scenario.
    doc.apply([{ op: 'replace', path: '/title/en', value: 'Integrity Ranger' }], 'Title');
    doc.apply([{ op: 'replace', path: '/scenarios/0/title/en', value: 'Mine' }], 'Scenario');
    const own = doc.dirtyFiles().filter((c) => c.path === 'course.json');
    const ownSave = await put(own);
    expect(ownSave.status).toBe(200);
    doc.saved(((await ownSave.json()) as { files: StudioFile[] }).files);
    const scenario = path.join(s.course.dir, 'scenarios/parcel-lebaran.json');
    const theirs = readFileSync(scenario, 'utf8').replace('"id": "parcel-lebaran"', '"id": "parcel-lebaran-2"');
    writeFileSync(scenario, theirs);
    const event = await nextEvent(reader, buffer);
    expect(event).toEqual({ event: 'file-changed', data: { path: 'scenarios/parcel-lebaran.json', text: theirs, version: expect.any(String) } });
    const conflict = await put(doc.dirtyFiles());
    expect(conflict.status).toBe(409);
    const answer = (await conflict.json()) as { error: string; conflicts: StudioFile[] };
    expect(answer.conflicts).toEqual([(event.data as StudioFile)]);
    expect(answer.error).toBe('CK961 scenarios/parcel-lebaran.json changed on disk since Studio read it; nothing was saved');
    expect(readFileSync(scenario, 'utf8')).toBe(theirs);
    // A file removed outside Studio (a git checkout of another branch), then put back.
    const vendor = path.join(s.course.dir, 'scenarios/jamuan-vendor.json');
    const text = readFileSync(vendor, 'utf8');
    rmSync(vendor);
    expect(await nextEvent(reader, buffer)).toEqual({ event: 'file-removed', data: { path: 'scenarios/jamuan-vendor.json' } });
    writeFileSync(vendor, text);
    expect(await nextEvent(reader, buffer)).toEqual({ event: 'file-changed', data: { path: 'scenarios/jamuan-vendor.json', text, version: expect.any(String) } });
    await reader.cancel();
  });
});

describe('saveChanges', () => {
  it('creates a new file with two-space JSON when its base version is empty, and never over one that exists (CK961)', async () => {
    const dir = copyCourse();
    try {
      const page = { id: 'baru', title: { id: 'Halaman baru', en: 'New page' }, blocks: [] };
      const result = await saveChanges(dir.dir, [{ path: 'pages/baru.json', value: page, baseVersion: '' }]);
      const text = '{\n  "id": "baru",\n  "title": {\n    "id": "Halaman baru",\n    "en": "New page"\n  },\n  "blocks": []\n}\n';
      expect(result).toEqual({ ok: true, files: [{ path: 'pages/baru.json', text, version: expect.any(String) }] });
      expect(readFileSync(path.join(dir.dir, 'pages/baru.json'), 'utf8')).toBe(text);
      const again = await saveChanges(dir.dir, [{ path: 'pages/baru.json', value: {}, baseVersion: '' }]);
      expect(again).toEqual({ ok: false, conflicts: [{ path: 'pages/baru.json', text, version: (result as { files: StudioFile[] }).files[0]!.version }] });
    } finally {
      dir.remove();
    }
  });

  it('leaves every file as it was when a write fails, and no temporary file behind', async () => {
    const dir = copyCourse();
    try {
      const before = snapshot(dir.dir);
      const files = ['course.json', 'modules/01-apa-itu-gratifikasi.json'].map((p) => ({ p, text: readFileSync(path.join(dir.dir, p), 'utf8') }));
      const { versionOf } = await import('../src/server/version');
      const changes = files.map(({ p, text }) => ({ path: p, value: { ...JSON.parse(text), id: 'changed' }, baseVersion: versionOf(text) }));
      let writes = 0;
      const failing: typeof writeFile = async (...args) => {
        if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return writeFile(...args);
      };
      await expect(saveChanges(dir.dir, changes, () => {}, failing)).rejects.toThrow('ENOSPC');
      expect(writes).toBe(2);
      expect(changedFiles(before, snapshot(dir.dir))).toEqual([]);
    } finally {
      dir.remove();
    }
  });

  it('refuses a path out of the course folder and a file that is not JSON (CK963)', async () => {
    await expect(saveChanges(s.course.dir, [{ path: '../escape.json', value: {}, baseVersion: '' }])).rejects.toThrow('CK963 "../escape.json" leads out of the course folder');
    await expect(saveChanges(s.course.dir, [{ path: 'assets/logo.svg', value: {}, baseVersion: '' }])).rejects.toThrow('CK963 "assets/logo.svg" is not a course file: Studio saves .json files only');
    const r = await put([{ path: '/etc/passwd.json', value: {}, baseVersion: '' }]);
    expect([r.status, ((await r.json()) as { error: string }).error]).toEqual([403, 'CK963 "/etc/passwd.json" is not a path inside the course folder: use a relative path with / such as "modules/01-welcome.json"']);
  });
});
