/** Percent with one decimal at most, e.g. 0.8333 → "83.3%". */
export function percent(share: number | null, language: string): string {
  if (share === null) return '–';
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(share * 100)}%`;
}

/** A duration as "1 h 05 min" or "12 min". */
export function minutes(ms: number | null): string {
  if (ms === null) return '–';
  const total = Math.round(ms / 60000);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

/** A date and time in the report's language and time zone, with the zone named ("14.05 WIB", "2:05 PM GMT+7"). */
export function dateTime(iso: string | null, language: string, timeZone: string): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso)) + ' ' + zoneName(iso, language, timeZone);
}

function zoneName(iso: string, language: string, timeZone: string): string {
  const part = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** A number in the report's language: "20.000" and "49,8" in Indonesian, "20,000" and "49.8" in English. */
export function num(value: number | null, language: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}
