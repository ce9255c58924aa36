import type { ResolvedCourse } from '@coursekit/schema';

/** A part of a split course, as the skeleton's `$parts` lists it (written by @coursekit/packager's splitCourse). */
export interface CoursePartRef {
  module: string;
  languages: string[];
  /** Relative to the skeleton file. */
  href: string;
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * Puts a part's texts into the course, in place: a language map is merged into what is there
 * (so a second language adds to the first), a plain string replaces the skeleton's `""`.
 *
 * @example
 * applyPart(course, { '/modules/0/pages/0/blocks/0/markdown': { id: 'Halo' } });
 */
export function applyPart(course: ResolvedCourse, texts: Record<string, unknown>): void {
  for (const [pointer, value] of Object.entries(texts)) {
    const segments = pointer.split('/').slice(1).map(unescape);
    let parent = course as unknown as Record<string, unknown> | undefined;
    for (const s of segments.slice(0, -1)) parent = parent?.[s] as Record<string, unknown> | undefined;
    const key = segments[segments.length - 1];
    if (!parent || key === undefined) continue;
    const there = parent[key];
    parent[key] = typeof value === 'object' && value !== null && typeof there === 'object' && there !== null ? { ...there, ...value } : value;
  }
}

/**
 * The parts of a split course and which of them are loaded. The player asks for the part of the
 * module and language it shows, and loads the next module's ahead while the learner reads.
 *
 * @example
 * const parts = CourseParts.of(course, 'course/course.1a2b.json');
 * if (parts) await parts.load('id', ['modul-1']);
 */
export class CourseParts {
  private readonly loaded = new Set<string>();
  private readonly pending = new Map<string, Promise<boolean>>();

  private constructor(
    private readonly course: ResolvedCourse,
    private readonly refs: readonly CoursePartRef[],
    private readonly base: string,
    private readonly onApplied: () => void,
  ) {}

  /** The parts of `course` loaded from `src`, or null for a whole course (no `$parts`). */
  static of(course: ResolvedCourse, src: string, onApplied: () => void = () => {}): CourseParts | null {
    const refs = (course as { $parts?: unknown }).$parts;
    if (!Array.isArray(refs)) return null;
    return new CourseParts(course, refs as CoursePartRef[], new URL(src, document.baseURI).href, onApplied);
  }

  private needed(language: string, modules: readonly string[]): CoursePartRef[] {
    return this.refs.filter((r) => modules.includes(r.module) && r.languages.includes(language) && !this.loaded.has(r.href));
  }

  /** Whether the texts of these modules (every module when none are given) are there in `language`. */
  ready(language: string, modules: readonly string[] = this.course.modules.map((m) => m.id)): boolean {
    return this.needed(language, modules).length === 0;
  }

  /** Loads the parts of these modules in `language`; false when one could not be fetched (it is tried again next time). */
  async load(language: string, modules: readonly string[]): Promise<boolean> {
    const results = await Promise.all(this.needed(language, modules).map((r) => this.fetchPart(r)));
    return results.every(Boolean);
  }

  private fetchPart(ref: CoursePartRef): Promise<boolean> {
    let pending = this.pending.get(ref.href);
    if (!pending) {
      pending = (async () => {
        try {
          const response = await fetch(new URL(ref.href, this.base));
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          applyPart(this.course, (await response.json()) as Record<string, unknown>);
          this.loaded.add(ref.href);
          this.onApplied();
          return true;
        } catch (error) {
          console.warn(`[coursekit] ${ref.href} could not be loaded:`, error);
          return false;
        } finally {
          this.pending.delete(ref.href);
        }
      })();
      this.pending.set(ref.href, pending);
    }
    return pending;
  }
}
