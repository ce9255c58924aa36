import type { StudioStore } from './store';
import { typeName } from './field-texts';

/** One row of the outline tree. */
export interface OutlineItem {
  pointer: string;
  kind: 'course' | 'module' | 'page' | 'block' | 'scenarios' | 'scenario';
  label: string;
  children: OutlineItem[];
}

/** The text of a language map in `lang`, or the first one there is. */
export function textIn(value: unknown, lang: string, languages: string[]): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  const map = value as Record<string, string>;
  return map[lang] || languages.map((l) => map[l]).find(Boolean) || Object.values(map).find(Boolean) || '';
}

const excerpt = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s).replace(/[*_`#>]/g, '');

/** The outline of the course: modules, pages and blocks; then the scenarios. */
export function outlineOf(store: StudioStore): OutlineItem[] {
  const course = store.course;
  const lang = store.lang;
  const langs = store.languages;
  const t = store.t;
  const title = (v: unknown) => textIn(v, lang, langs) || t.untitled;
  const modules = (course.modules ?? []) as { id: string; title: unknown; pages?: { id: string; title: unknown; blocks?: Record<string, unknown>[] }[] }[];
  const blockLabel = (b: Record<string, unknown>): string => {
    const q = b.question as Record<string, unknown> | undefined;
    const text = textIn(b.markdown ?? b.text ?? b.title ?? q?.prompt ?? b.alt, lang, langs) || (typeof b.scenario === 'string' ? b.scenario : typeof b.assessment === 'string' ? b.assessment : '');
    // Named in the interface language; a question by its kind ("Benar atau salah"), which says more than "Soal".
    const name = typeName(lang, String(q ? q.type : b.type));
    return `${name}${text ? `: ${excerpt(text)}` : ''}`;
  };
  const scenarios = (course.scenarios ?? []) as { id: string; title: unknown }[];
  return [
    {
      pointer: '',
      kind: 'course',
      label: title(course.title),
      children: modules.map((m, i) => ({
        pointer: `/modules/${i}`,
        kind: 'module',
        label: title(m.title),
        children: (m.pages ?? []).map((p, j) => ({
          pointer: `/modules/${i}/pages/${j}`,
          kind: 'page',
          label: title(p.title),
          children: (p.blocks ?? []).map((b, k) => ({ pointer: `/modules/${i}/pages/${j}/blocks/${k}`, kind: 'block', label: blockLabel(b), children: [] })),
        })),
      })),
    },
    {
      pointer: '/scenarios',
      kind: 'scenarios',
      label: t.scenarios,
      children: scenarios.map((s, i) => ({ pointer: `/scenarios/${i}`, kind: 'scenario', label: title(s.title), children: [] })),
    },
  ];
}

/** The rows a keyboard user moves through: every item whose parents are expanded. */
export function visibleItems(items: OutlineItem[], expanded: Set<string>, level = 1, parent?: OutlineItem): { item: OutlineItem; level: number; parent?: OutlineItem }[] {
  return items.flatMap((item) => [{ item, level, parent }, ...(expanded.has(item.pointer) ? visibleItems(item.children, expanded, level + 1, item) : [])]);
}
