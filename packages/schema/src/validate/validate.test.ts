import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from './format';
import { validate } from './validate';
import { courseHeader } from '../../test/fixtures/header';

const course = {
  ...courseHeader(['id', 'en']),
  modules: [{ id: 'm1', title: 'Modul', pages: [{ id: 'p1', title: 'Halaman', blocks: [{ type: 'text', markdown: 'Halo' }] }] }],
};

describe('validate', () => {
  it('accepts a minimal course, as text and as a value', () => {
    expect(validate(JSON.stringify(course, null, 2))).toEqual([]);
    expect(validate(course)).toEqual([]);
  });

  it('reports an unknown block type at the type, with the nearest type as the hint', () => {
    const text = JSON.stringify({ ...course, modules: [{ ...course.modules[0], pages: [{ id: 'p1', title: 'x', blocks: [{ type: 'txt', markdown: 'x' }] }] }] }, null, 2);
    const [d] = validate(text, { file: 'c.json' });
    expect(d).toEqual({
      code: 'CK014',
      severity: 'error',
      message: 'unknown block type "txt"',
      file: 'c.json',
      line: 24,
      column: 23,
      pointer: '/modules/0/pages/0/blocks/0/type',
      hint: 'did you mean "text"?',
    });
  });

  it('reports a duplicate key and still checks the rest', () => {
    const text = '{"schemaVersion": "1.0", "schemaVersion": "1.0"}';
    const codes = validate(text).map((d) => [d.code, d.line, d.column]);
    expect(codes[0]).toEqual(['CK003', 1, 26]);
    expect(codes.filter(([code]) => code === 'CK010')).toHaveLength(6);
  });

  it('prints each problem like a compiler: file:line:column, then where in the JSON, then how to fix it', () => {
    const text = JSON.stringify({ ...course, modules: [{ ...course.modules[0], titel: 'x' }] }, null, 2);
    expect(formatDiagnostics(validate(text, { file: 'c.json' }))).toBe([
      'c.json:30:7 error CK011 a module has no property "titel"',
      '  at: /modules/0/titel',
      '  hint: did you mean "title"?',
      '',
      '1 error',
    ].join('\n'));
    expect(formatDiagnostics(validate('{', { file: 'c.json' }))).not.toContain('at:');
  });
});
