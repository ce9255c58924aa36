import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../i18n/languages';

// Every UI string table of the package: each module here exports areas shaped { id: {...}, en: {...} },
// or (areas loaded on demand) its languages are the default exports of id/<area>.ts and en/<area>.ts.
const modules = import.meta.glob<Record<string, unknown>>('./*.ts', { eager: true });
const ids = import.meta.glob<{ default: Table }>('./id/*.ts', { eager: true });
const ens = import.meta.glob<{ default: Table }>('./en/*.ts', { eager: true });

type Table = Record<string, unknown>;
const areas = [
  ...Object.entries(modules).flatMap(([file, m]) =>
    Object.entries(m)
      .filter(([, v]) => v && typeof v === 'object' && 'id' in v && 'en' in v)
      .map(([name, v]) => ({ name: `${file.replace('./', '')} ${name}`, area: v as Record<string, Table> })),
  ),
  ...Object.entries(ids).map(([file, m]) => ({ name: `${file.replace('./id/', '')} (on demand)`, area: { id: m.default, en: ens[file.replace('/id/', '/en/')]?.default ?? {} } as Record<string, Table> })),
];

/** Every string of a table as `path: kind`, where kind is `text` or `fn/<arity>`, nested groups flattened. */
function shape(table: Table, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) => {
    const path = prefix + k;
    if (typeof v === 'string') return [`${path}: text`];
    if (typeof v === 'function') return [`${path}: fn/${v.length}`];
    if (v && typeof v === 'object') return shape(v as Table, `${path}.`);
    return [`${path}: ${typeof v}`];
  });
}

/** Every plain string of a table, nested groups included. */
function texts(table: Table): string[] {
  return Object.values(table).flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? texts(v as Table) : []));
}

describe('UI string tables', () => {
  it('are found: one per area of the package', () => {
    expect(areas.map((a) => a.name).sort()).toEqual(
      ['aids.ts (on demand)', 'blocks.ts (on demand)', 'certificate.ts certificateStrings', 'markdown.ts markdownStrings', 'micro-cards.ts microCardsStrings', 'player.ts (on demand)', 'quiz.ts questionStrings', 'quiz.ts quizStrings', 'results.ts resultsStrings', 'scenario.ts scenarioStrings', 'static-page.ts staticPageStrings'].sort(),
    );
    expect([...uiLanguages].sort()).toEqual(['en', 'id']);
    expect(Object.keys(ens).map((f) => f.replace('/en/', '/id/')).sort()).toEqual(Object.keys(ids).sort());
  });

  for (const { name, area } of areas) {
    it(`${name}: Indonesian and English have the same keys, kinds and parameters, none empty`, () => {
      expect(Object.keys(area).sort()).toEqual(['en', 'id']);
      expect(shape(area.en!).sort()).toEqual(shape(area.id!).sort());
      for (const lang of ['id', 'en']) for (const t of texts(area[lang]!)) expect(t.trim(), `${name} ${lang}`).not.toBe('');
    });
  }

  it('address the learner in Indonesian one way only, as "Bapak/Ibu" (never "Anda", "kamu" or "Saudara")', () => {
    // Functions are read as their source, which holds the template text.
    const all = (table: Table): string[] => Object.values(table).flatMap((v) => (typeof v === 'string' || typeof v === 'function' ? [String(v)] : v && typeof v === 'object' ? all(v as Table) : []));
    const other = areas.flatMap(({ name, area }) => all(area.id!).filter((t) => /\b(Anda|anda|[Kk]amu|Saudara)\b/.test(t)).map((t) => `${name}: ${t}`));
    expect(other).toEqual([]);
    expect(areas.flatMap(({ area }) => all(area.id!)).filter((t) => t.includes('Bapak/Ibu')).length).toBeGreaterThan(20);
  });

  it('are translated: most strings differ between the languages', () => {
    for (const { name, area } of areas) {
      const id = texts(area.id!);
      const en = texts(area.en!);
      const same = id.filter((t, i) => t === en[i]);
      expect(same.length, `${name}: ${same.join(' | ')}`).toBeLessThanOrEqual(Math.floor(id.length / 4));
    }
  });
});
