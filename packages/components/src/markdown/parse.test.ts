import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse';
import { parseInline } from './inline';

const t = (text: string) => ({ type: 'text', text }) as const;

describe('parseMarkdown', () => {
  it('splits paragraphs on blank lines and joins soft-wrapped lines', () => {
    expect(parseMarkdown('Satu\ndua\n\nTiga')).toEqual([
      { type: 'paragraph', children: [t('Satu\ndua')] },
      { type: 'paragraph', children: [t('Tiga')] },
    ]);
  });

  it('reads bulleted and numbered lists with their start number and continuation lines', () => {
    expect(parseMarkdown('- tolak\n- catat\n  lalu simpan\n\n3. lapor\n4. tunggu')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [[t('tolak')], [t('catat\nlalu simpan')]] },
      { type: 'list', ordered: true, start: 3, items: [[t('lapor')], [t('tunggu')]] },
    ]);
  });

  it('reads block quotes, nested ones included', () => {
    expect(parseMarkdown('> Integritas\n>> itu mahal')).toEqual([
      { type: 'blockquote', children: [{ type: 'paragraph', children: [t('Integritas')] }, { type: 'blockquote', children: [{ type: 'paragraph', children: [t('itu mahal')] }] }] },
    ]);
  });

  it('keeps headings, fences, tables and HTML as text', () => {
    expect(parseMarkdown('# Judul\n<b>x</b>\n| a | b |')).toEqual([{ type: 'paragraph', children: [t('# Judul\n<b>x</b>\n| a | b |')] }]);
  });

  it('gives an empty list for empty or blank input', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('  \n\n \t')).toEqual([]);
  });
});

describe('parseInline', () => {
  it('reads strong, emphasis and both at once', () => {
    expect(parseInline('**a** *b* ***c*** __d__ _e_')).toEqual([
      { type: 'strong', children: [t('a')] },
      t(' '),
      { type: 'em', children: [t('b')] },
      t(' '),
      { type: 'strong', children: [{ type: 'em', children: [t('c')] }] },
      t(' '),
      { type: 'strong', children: [t('d')] },
      t(' '),
      { type: 'em', children: [t('e')] },
    ]);
  });

  it('nests emphasis inside strong and the other way round', () => {
    expect(parseInline('**a *b* c**')).toEqual([{ type: 'strong', children: [t('a '), { type: 'em', children: [t('b')] }, t(' c')] }]);
    expect(parseInline('*a **b** c*')).toEqual([{ type: 'em', children: [t('a '), { type: 'strong', children: [t('b')] }, t(' c')] }]);
  });

  it('leaves lone, spaced and intraword delimiters as text', () => {
    expect(parseInline('2 * 3 * 4')).toEqual([t('2 * 3 * 4')]);
    expect(parseInline('suspend_data_size and *open')).toEqual([t('suspend_data_size and *open')]);
    expect(parseInline('**** x')).toEqual([t('**** x')]);
  });

  it('reads code spans literally, delimiters and brackets inside included', () => {
    expect(parseInline('`a *b* [c](https://x.y)` and `` a`b ``')).toEqual([{ type: 'code', text: 'a *b* [c](https://x.y)' }, t(' and '), { type: 'code', text: 'a`b' }]);
    expect(parseInline('`open')).toEqual([t('`open')]);
  });

  it('reads links with nested brackets, parentheses in the target and a title', () => {
    expect(parseInline('[KPK [RI]](https://kpk.go.id/a_(b)) [x](https://y.z "judul")')).toEqual([
      { type: 'link', href: 'https://kpk.go.id/a_(b)', children: [t('KPK [RI]')] },
      t(' '),
      { type: 'link', href: 'https://y.z', children: [t('x')] },
    ]);
  });

  it('honours backslash escapes and hard breaks', () => {
    expect(parseInline('\\*bukan\\* \\[x\\](y)\\\nbaris  \nbaru')).toEqual([t('*bukan* [x](y)'), { type: 'break' }, t('baris'), { type: 'break' }, t('baru')]);
  });
});
