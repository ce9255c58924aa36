import type { LanguageMap } from '../statement';

/** The text of a language map in the report's language, else English, else Indonesian, else any. */
export function pickLanguage(map: LanguageMap | undefined, language: string): string {
  if (!map || typeof map !== 'object') return '';
  const keys = Object.keys(map);
  const byPrefix = (lang: string) => keys.find((k) => k.toLowerCase() === lang || k.toLowerCase().startsWith(`${lang}-`));
  const key = byPrefix(language) ?? byPrefix('en') ?? byPrefix('id') ?? keys[0];
  const value = key === undefined ? undefined : map[key];
  return typeof value === 'string' ? value : '';
}

/** Milliseconds since the epoch of a statement's timestamp (else stored), or null. */
export function statementTime(timestamp: unknown, stored: unknown): number | null {
  for (const value of [timestamp, stored]) {
    if (typeof value === 'string') {
      const ms = Date.parse(value);
      if (Number.isFinite(ms)) return ms;
    }
  }
  return null;
}
