import { createHash } from 'node:crypto';
import { indexCourse, type ResolvedCourse } from '@coursekit/schema';

/** One part of a split course: the texts of one module, in some of the course languages. */
export interface CoursePartRef {
  /** The module whose content the part carries. */
  module: string;
  /** The languages whose texts it carries. */
  languages: string[];
  /** Its file, relative to the skeleton file. */
  href: string;
}

/** A split course: the skeleton the player loads first, and the parts it loads as the learner needs them. */
export interface SplitCourse {
  /** Package path of the skeleton (`course.<hash>.json`). */
  skeletonPath: string;
  skeleton: string;
  parts: Array<CoursePartRef & { path: string; data: string }>;
}

/** Options of splitCourse. */
export interface SplitOptions {
  /**
   * For targets that send statements to an LRS: the texts an activity definition names (see
   * namedInStatements) stay in every language in each language's part, so the statements name
   * them in every course language whatever language the learner reads.
   */
  statements?: boolean;
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
const hash = (data: string) => createHash('sha256').update(data).digest('hex').slice(0, 10);

/**
 * The module whose part a text at `pointer` goes into, or null when it stays in the skeleton.
 * Only content goes into parts: the blocks of pages, the nodes of scenarios, the questions of
 * assessments and banks (each with the module that first places it). Titles, the glossary, the
 * characters and the certificate stay, since the outline, the results page and the trackers use
 * them from the start; so do the accepted answers of fill-in questions, which scoring compares in
 * every language.
 */
function partModule(pointer: string, course: ResolvedCourse, placed: Map<string, string>, banks: Map<string, string>): string | null {
  const s = pointer.split('/').slice(1).map(unescape);
  if (s.includes('accepted')) return null;
  const first = course.modules[0]!.id;
  if (s[0] === 'modules' && s[2] === 'pages' && s[4] === 'blocks' && s.length > 5) return course.modules[Number(s[1])]?.id ?? null;
  if (s[0] === 'scenarios' && s[2] === 'nodes') return placed.get(`scenario:${course.scenarios?.[Number(s[1])]?.id}`) ?? first;
  if (s[0] === 'assessments' && s[2] === 'questions') return placed.get(`assessment:${course.assessments?.[Number(s[1])]?.id}`) ?? first;
  if (s[0] === 'questionBanks' && s[2] === 'questions') return banks.get(course.questionBanks?.[Number(s[1])]?.id ?? '') ?? first;
  return null;
}

/** Texts of a question that no statement names: what the learner is told after answering, the hint in an empty field. */
const UNNAMED_QUESTION_TEXTS = new Set(['feedback', 'placeholder']);

/**
 * Whether the text at `pointer` is one an xAPI activity definition names in every course language
 * (@coursekit/xapi's statements/activities.ts and interaction.ts): a question's prompt and options,
 * a scenario choice node's prompt and choices, an ending's title.
 */
function namedInStatements(pointer: string): boolean {
  const s = pointer.split('/').slice(1).map(unescape);
  if (s[0] === 'scenarios' && s[2] === 'nodes') return s[4] === 'prompt' || s[4] === 'title' || (s[4] === 'choices' && s[6] === 'text');
  const block = s[0] === 'modules' && s[4] === 'blocks' && s[6] === 'question' ? 7 : -1;
  const bank = (s[0] === 'questionBanks' || s[0] === 'assessments') && s[2] === 'questions' ? 4 : -1;
  const key = s[Math.max(block, bank)];
  return Math.max(block, bank) > 0 && key !== undefined && !UNNAMED_QUESTION_TEXTS.has(key);
}

/** Where a value sits: its parent and key, for a pointer into `root`. */
function locate(root: unknown, pointer: string): { parent: Record<string, unknown>; key: string } {
  const segments = pointer.split('/').slice(1).map(unescape);
  let parent = root as Record<string, unknown>;
  for (const s of segments.slice(0, -1)) parent = parent[s] as Record<string, unknown>;
  return { parent, key: segments[segments.length - 1]! };
}

/**
 * Splits a resolved course for the player: a skeleton with every content text emptied (`""`) and
 * a `$parts` list, and one part per module and language holding those texts by JSON pointer. Every file name carries a hash of its content, so no cache serves a
 * stale course after an update. The player loads the skeleton, then only the part of the module
 * and language it shows (see @coursekit/components' course-player/parts.ts).
 *
 * @example
 * const { skeletonPath, parts } = splitCourse(course);
 * // 'course.1a2b3c4d5e.json', [{ module: 'modul-1', languages: ['id'], path: 'course.modul-1.id.9f8e7d6c5b.json', … }, …]
 */
export function splitCourse(course: ResolvedCourse, options: SplitOptions = {}): SplitCourse {
  const skeleton = structuredClone(course) as ResolvedCourse & { $parts?: CoursePartRef[] };
  const placed = new Map<string, string>();
  for (const m of course.modules) {
    for (const p of m.pages) {
      for (const b of p.blocks) {
        const key = b.type === 'scenario' ? `scenario:${b.scenario}` : b.type === 'assessment' ? `assessment:${b.assessment}` : null;
        if (key && !placed.has(key)) placed.set(key, m.id);
      }
    }
  }
  const banks = new Map<string, string>();
  for (const a of course.assessments ?? []) {
    const module = placed.get(`assessment:${a.id}`);
    for (const d of a.draw ?? []) if (module && !banks.has(d.bank)) banks.set(d.bank, module);
  }

  const groups = course.languages.map((l) => [l]);
  // texts[module][group] = { pointer: text }
  const texts = new Map<string, Array<Record<string, unknown>>>();
  const index = indexCourse(course);
  const seen = new Set<string>();
  for (const def of ['LocalizedText', 'LocalizedMarkdown']) {
    for (const { pointer, value } of index.get(def) ?? []) {
      if (seen.has(pointer)) continue;
      seen.add(pointer);
      const module = partModule(pointer, course, placed, banks);
      if (module === null || value === '' || (typeof value !== 'string' && (value === null || typeof value !== 'object'))) continue;
      let byGroup = texts.get(module);
      if (!byGroup) texts.set(module, (byGroup = groups.map(() => ({}))));
      const every = options.statements === true && namedInStatements(pointer);
      groups.forEach((languages, g) => {
        byGroup[g]![pointer] =
          typeof value === 'string' || every ? value : Object.fromEntries(Object.entries(value as Record<string, string>).filter(([l]) => languages.includes(l)));
      });
      const { parent, key } = locate(skeleton, pointer);
      parent[key] = '';
    }
  }

  const parts: SplitCourse['parts'] = [];
  for (const m of course.modules) {
    const byGroup = texts.get(m.id);
    if (!byGroup) continue;
    groups.forEach((languages, g) => {
      const data = `${JSON.stringify(byGroup[g])}\n`;
      const name = `course.${m.id}.${languages[0]}.${hash(data)}.json`;
      parts.push({ module: m.id, languages, href: name, path: name, data });
    });
  }
  skeleton.$parts = parts.map(({ module, languages, href }) => ({ module, languages, href }));
  const data = `${JSON.stringify(skeleton, (key, value: unknown) => (key === 'notes' ? undefined : value))}\n`;
  // Beside the launch page, as course.json is: the course's asset paths are relative to it.
  return { skeletonPath: `course.${hash(data)}.json`, skeleton: data, parts };
}
