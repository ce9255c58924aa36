import type { LocalizedText, ResolvedCourse } from '@coursekit/schema';

/** What every manifest writer needs: the course and the package's files. */
export interface ManifestInput {
  course: ResolvedCourse;
  /** Every file in the package except the manifest itself, sorted, `/`-separated. */
  files: readonly string[];
  /** The file the LMS launches. */
  launch: string;
}

/**
 * The course's text in one language: that language, else the default language, else the first given.
 *
 * @example
 * textIn({ id: 'Penjaga Integritas', en: 'Integrity Ranger' }, 'en'); // 'Integrity Ranger'
 */
export function textIn(text: LocalizedText | undefined, language: string, fallback?: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[language] ?? (fallback ? text[fallback] : undefined) ?? Object.values(text)[0] ?? '';
}

/**
 * The text in every language the course declares, default language first, empty ones left out.
 *
 * @example
 * translations(course, course.title); // [['id', 'Penjaga Integritas'], ['en', 'Integrity Ranger']]
 */
export function translations(course: ResolvedCourse, text: LocalizedText | undefined): Array<[language: string, text: string]> {
  if (text === undefined) return [];
  const languages = [course.defaultLanguage, ...course.languages.filter((l) => l !== course.defaultLanguage)];
  if (typeof text === 'string') return text === '' ? [] : [[course.defaultLanguage, text]];
  return languages.map((l) => [l, text[l] ?? ''] as [string, string]).filter(([, t]) => t !== '');
}

/** The course title in its default language, the one every LMS list shows. */
export function defaultTitle(course: ResolvedCourse): string {
  return textIn(course.title, course.defaultLanguage).trim() || course.id;
}

/**
 * An `xsd:ID` (an NCName) made from the course id, which may start with a digit.
 *
 * @example
 * xmlId('coursekit', '10-menit'); // 'coursekit-10-menit'
 */
export function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/**
 * A package path as a URI reference for `href`: each segment percent-encoded, `/` kept, so names
 * with spaces, `#`, `?` or non-ASCII letters still point at their file (RFC 3986 §2).
 *
 * @example
 * hrefOf('assets/foto kantor #1.jpg'); // 'assets/foto%20kantor%20%231.jpg'
 */
export function hrefOf(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%(21|24|26|27|28|29|2A|2B|2C|3B|3D|3A|40)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))))
    .join('/');
}

/** The passing score as a fraction 0..1 (cmi5 masteryScore, SCORM 2004 minNormalizedMeasure), or null without mastery rules. */
export function masteryFraction(course: ResolvedCourse): number | null {
  const score = course.mastery?.passingScore;
  return typeof score === 'number' ? Math.round(score * 100) / 10_000 : null;
}

/**
 * The base IRI of the course's xAPI activities, as @coursekit/xapi computes it:
 * `tracking.activityId`, else `urn:coursekit:<course id>`.
 */
export function activityBase(course: ResolvedCourse): string {
  const configured = course.tracking?.activityId?.trim();
  return (configured || `urn:coursekit:${course.id}`).replace(/\/+$/, '');
}
