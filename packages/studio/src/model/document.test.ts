import { describe, expect, it } from 'vitest';
import { openDocument, StudioEditError, type StudioFile } from './index';

const file = (path: string, value: unknown): StudioFile => ({ path, text: JSON.stringify(value, null, 2) + '\n', version: `v-${path}` });

/** A course file, a module in its own file whose second page is in a third, and a scenario file. */
function workspace() {
  return {
    entry: 'course.json',
    files: [
      file('course.json', { id: 'c', title: { id: 'Kursus', en: 'Course' }, modules: [{ $include: 'modules/m1.json' }, { id: 'm2', title: 'Inline', pages: [] }], scenarios: [{ $include: 'scenarios/s.json' }] }),
      file('modules/m1.json', { $schema: '../module.schema.json', id: 'm1', title: 'Modul 1', pages: [{ id: 'p1', title: 'P1', blocks: [] }, { $include: '../pages/p2.json' }] }),
      file('pages/p2.json', { id: 'p2', title: 'P2', blocks: [{ type: 'text', markdown: 'Halo' }] }),
      file('scenarios/s.json', { id: 's', start: 'n1', nodes: [] }),
    ],
  };
}

describe('openDocument', () => {
  it('assembles the course with every include resolved and the parts\' $schema left out', () => {
    const doc = openDocument(workspace());
    expect(doc.course).toEqual({
      id: 'c',
      title: { id: 'Kursus', en: 'Course' },
      modules: [
        { id: 'm1', title: 'Modul 1', pages: [{ id: 'p1', title: 'P1', blocks: [] }, { id: 'p2', title: 'P2', blocks: [{ type: 'text', markdown: 'Halo' }] }] },
        { id: 'm2', title: 'Inline', pages: [] },
      ],
      scenarios: [{ id: 's', start: 'n1', nodes: [] }],
    });
  });

  it('locates a pointer of the assembled course in the file that holds it', () => {
    const doc = openDocument(workspace());
    expect(doc.locate('/modules/0/pages/1/blocks/0/markdown')).toEqual({ file: 'pages/p2.json', pointer: '/blocks/0/markdown' });
    expect(doc.locate('/modules/0/pages/1')).toEqual({ file: 'pages/p2.json', pointer: '' });
    expect(doc.locate('/modules/0/pages/0/title')).toEqual({ file: 'modules/m1.json', pointer: '/pages/0/title' });
    expect(doc.locate('/modules/1/title')).toEqual({ file: 'course.json', pointer: '/modules/1/title' });
    expect(doc.locate('/scenarios/0/start')).toEqual({ file: 'scenarios/s.json', pointer: '/start' });
  });

  it('leaves an include it cannot resolve as it is (missing file, not JSON, out of the folder)', () => {
    const doc = openDocument({
      entry: 'course.json',
      files: [file('course.json', { modules: [{ $include: 'gone.json' }, { $include: 'bad.json' }, { $include: '../out.json' }] }), { path: 'bad.json', text: '{ nope', version: 'x' }],
    });
    expect(doc.course).toEqual({ modules: [{ $include: 'gone.json' }, { $include: 'bad.json' }, { $include: '../out.json' }] });
  });
});

describe('apply', () => {
  it('lands an edit inside an included page in that page\'s file, and only there', () => {
    const doc = openDocument(workspace());
    doc.apply([{ op: 'replace', path: '/modules/0/pages/1/title', value: 'Halaman dua' }], 'Rename page');
    expect(doc.dirtyFiles()).toEqual([{ path: 'pages/p2.json', value: { id: 'p2', title: 'Halaman dua', blocks: [{ type: 'text', markdown: 'Halo' }] }, baseVersion: 'v-pages/p2.json' }]);
    expect((doc.course as { modules: { pages: { title: string }[] }[] }).modules[0]!.pages[1]!.title).toBe('Halaman dua');
  });

  it('removes an included page by removing its $include from the file that includes it', () => {
    const doc = openDocument(workspace());
    doc.apply([{ op: 'remove', path: '/modules/0/pages/1' }], 'Delete page');
    expect(doc.dirtyFiles()).toEqual([{ path: 'modules/m1.json', value: { $schema: '../module.schema.json', id: 'm1', title: 'Modul 1', pages: [{ id: 'p1', title: 'P1', blocks: [] }] }, baseVersion: 'v-modules/m1.json' }]);
  });

  it('adds a page before an included one in the module\'s file, and edits after it find the moved include', () => {
    const doc = openDocument(workspace());
    doc.apply(
      [
        { op: 'add', path: '/modules/0/pages/1', value: { id: 'p1b', title: 'Baru', blocks: [] } },
        { op: 'replace', path: '/modules/0/pages/2/title', value: 'P2 lagi' },
      ],
      'Add page',
    );
    expect(doc.dirtyFiles().map((c) => [c.path, c.value])).toEqual([
      ['modules/m1.json', { $schema: '../module.schema.json', id: 'm1', title: 'Modul 1', pages: [{ id: 'p1', title: 'P1', blocks: [] }, { id: 'p1b', title: 'Baru', blocks: [] }, { $include: '../pages/p2.json' }] }],
      ['pages/p2.json', { id: 'p2', title: 'P2 lagi', blocks: [{ type: 'text', markdown: 'Halo' }] }],
    ]);
    expect(doc.history).toEqual([{ label: 'Add page' }]);
  });

  it('reorders pages by moving the $include, not the page\'s content', () => {
    const doc = openDocument(workspace());
    doc.apply([{ op: 'move', from: '/modules/0/pages/1', path: '/modules/0/pages/0' }], 'Move page up');
    expect(doc.dirtyFiles().map((c) => [c.path, (c.value as { pages: unknown[] }).pages])).toEqual([['modules/m1.json', [{ $include: '../pages/p2.json' }, { id: 'p1', title: 'P1', blocks: [] }]]]);
  });

  it('moves a page from an included module to an inline one with its include path rewritten for the new file', () => {
    const doc = openDocument(workspace());
    doc.apply([{ op: 'move', from: '/modules/0/pages/1', path: '/modules/1/pages/0' }], 'Move page to module 2');
    const changes = Object.fromEntries(doc.dirtyFiles().map((c) => [c.path, c.value]));
    expect((changes['course.json'] as { modules: unknown[] }).modules[1]).toEqual({ id: 'm2', title: 'Inline', pages: [{ $include: 'pages/p2.json' }] });
    expect((changes['modules/m1.json'] as { pages: unknown[] }).pages).toEqual([{ id: 'p1', title: 'P1', blocks: [] }]);
    expect((doc.course as { modules: { pages: { id: string }[] }[] }).modules[1]!.pages[0]!.id).toBe('p2');
  });

  it('turns a replace of a whole module into the changes inside its files, keeping the split', () => {
    const doc = openDocument(workspace());
    const module = structuredClone((doc.course as { modules: unknown[] }).modules[0]) as { title: string; pages: { title: string }[] };
    module.title = 'Modul satu';
    module.pages[1]!.title = 'Dua';
    doc.apply([{ op: 'replace', path: '/modules/0', value: module }], 'Edit module');
    expect(doc.dirtyFiles().map((c) => [c.path, c.value])).toEqual([
      ['modules/m1.json', { $schema: '../module.schema.json', id: 'm1', title: 'Modul satu', pages: [{ id: 'p1', title: 'P1', blocks: [] }, { $include: '../pages/p2.json' }] }],
      ['pages/p2.json', { id: 'p2', title: 'Dua', blocks: [{ type: 'text', markdown: 'Halo' }] }],
    ]);
  });

  it('copies a block into another page\'s file', () => {
    const doc = openDocument(workspace());
    doc.apply([{ op: 'copy', from: '/modules/0/pages/1/blocks/0', path: '/modules/0/pages/0/blocks/-' }], 'Duplicate block');
    expect(doc.dirtyFiles().map((c) => [c.path, (c.value as { pages: { blocks: unknown[] }[] }).pages[0]!.blocks])).toEqual([['modules/m1.json', [{ type: 'text', markdown: 'Halo' }]]]);
  });

  it('refuses an edit that cannot apply with CK960 and changes nothing of the step', () => {
    const doc = openDocument(workspace());
    const attempt = () =>
      doc.apply(
        [
          { op: 'replace', path: '/title/en', value: 'Changed' },
          { op: 'remove', path: '/modules/7' },
        ],
        'Broken',
      );
    expect(attempt).toThrow(StudioEditError);
    try {
      attempt();
    } catch (error) {
      expect((error as StudioEditError).code).toBe('CK960');
      expect((error as StudioEditError).pointer).toBe('/modules/7');
      expect((error as StudioEditError).file).toBe('course.json');
    }
    expect(doc.dirtyFiles()).toEqual([]);
    expect(doc.canUndo).toBe(false);
  });
});

describe('undo and redo', () => {
  it('undoes a step across files, redoes it, and a new edit drops the redo', () => {
    const doc = openDocument(workspace());
    const before = structuredClone(doc.course);
    doc.apply(
      [
        { op: 'replace', path: '/title/en', value: 'A course' },
        { op: 'replace', path: '/modules/0/pages/1/title', value: 'Two' },
      ],
      'Rename',
    );
    const after = structuredClone(doc.course);
    expect(doc.undo()).toBe(true);
    expect(doc.course).toEqual(before);
    expect(doc.dirtyFiles()).toEqual([]);
    expect([doc.canUndo, doc.canRedo]).toEqual([false, true]);
    expect(doc.redo()).toBe(true);
    expect(doc.course).toEqual(after);
    expect(doc.dirtyFiles().map((c) => c.path)).toEqual(['course.json', 'pages/p2.json']);
    doc.undo();
    doc.apply([{ op: 'replace', path: '/id', value: 'c2' }], 'Change id');
    expect([doc.canRedo, doc.redo()]).toEqual([false, false]);
    expect(doc.history).toEqual([{ label: 'Change id' }]);
  });

  it('records no step for edits that change nothing', () => {
    const doc = openDocument(workspace());
    doc.apply([{ op: 'replace', path: '/id', value: 'c' }], 'Same');
    expect(doc.history).toEqual([]);
  });
});

describe('saving and external changes', () => {
  it('takes the saved files as the new base: nothing is dirty, undo still works', () => {
    const doc = openDocument(workspace());
    doc.apply([{ op: 'replace', path: '/id', value: 'c2' }], 'Change id');
    const [change] = doc.dirtyFiles();
    doc.saved([{ path: 'course.json', text: JSON.stringify(change!.value, null, 2) + '\n', version: 'v2' }]);
    expect(doc.dirtyFiles()).toEqual([]);
    doc.undo();
    expect(doc.dirtyFiles()).toEqual([{ path: 'course.json', value: expect.objectContaining({ id: 'c' }), baseVersion: 'v2' }]);
  });

  it('replaces a file changed on disk, drops its edits from the history and keeps the others', () => {
    const doc = openDocument(workspace());
    doc.apply([{ op: 'replace', path: '/modules/0/pages/1/title', value: 'Mine' }], 'Page');
    doc.apply([{ op: 'replace', path: '/title/en', value: 'Mine too' }], 'Course');
    doc.replaceFile(file('pages/p2.json', { id: 'p2', title: 'Theirs', blocks: [] }));
    expect((doc.course as { modules: { pages: { title: string }[] }[] }).modules[0]!.pages[1]!.title).toBe('Theirs');
    expect(doc.dirtyFiles().map((c) => c.path)).toEqual(['course.json']);
    expect(doc.history).toEqual([{ label: 'Course' }]);
  });

  it('tells subscribers after each change until they unsubscribe', () => {
    const doc = openDocument(workspace());
    let calls = 0;
    const stop = doc.subscribe(() => calls++);
    doc.apply([{ op: 'replace', path: '/id', value: 'x' }], 'A');
    doc.undo();
    doc.redo();
    stop();
    doc.undo();
    expect(calls).toBe(3);
  });
});
