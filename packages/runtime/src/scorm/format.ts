import type { LocalizedText } from '@coursekit/schema';

/**
 * A number as a CMIDecimal / real(10,7): at most 4 decimals, never exponent notation
 * (String(1e-7) is "1e-7", which no LMS accepts).
 *
 * @example
 * decimal(2 / 3); // "0.6667"
 */
export function decimal(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** Text in `language`, else the course default, else any, as written. */
export function localized(text: LocalizedText | undefined, language: string, fallback: string): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : (text[language] ?? text[fallback] ?? Object.values(text)[0] ?? '');
}

/** Text in `language` (see localized) with Markdown marks removed: interaction descriptions are plain. */
export function plainText(text: LocalizedText | undefined, language: string, fallback: string): string {
  return localized(text, language, fallback)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cuts text to `max` characters, ending with "…" when it was longer: the documented fallback for
 * SCORM's fixed-size text fields (1.2 CMIString255, 2004 localized_string_type SPM 250).
 */
export function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * An identifier safe in both SCORM versions: course ids are already [a-z0-9-]; anything else
 * becomes "_", and the result is cut to `max` (1.2 CMIIdentifier 255; 2004 short_identifier_type SPM 250).
 */
export function identifier(id: string, max = 250): string {
  const safe = id.replace(/[^A-Za-z0-9_.-]/g, '_');
  return safe.slice(0, max) || '_';
}

/** Two-digit padding. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
