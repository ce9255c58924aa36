/**
 * A duration as SCORM 2004 timeinterval (second,10,2) (RTE data types / ISO 8601), e.g. "PT1H2M3.45S".
 *
 * @example
 * duration(3_723_450); // "PT1H2M3.45S"
 * duration(0); // "PT0S"
 */
export function duration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || (!hours && !minutes)) out += `${Number(seconds.toFixed(2))}S`;
  return out;
}

/**
 * A moment as SCORM 2004 time (second,10,0) (RTE cmi.interactions.n.timestamp): UTC, hundredths of a second.
 *
 * @example
 * timestamp(Date.UTC(2026, 10, 24, 9, 5, 7, 250)); // "2026-11-24T09:05:07.25Z"
 */
export function timestamp(time: number): string {
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 22)}Z`;
}
