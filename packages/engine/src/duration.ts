/**
 * An ISO 8601 duration in hours, minutes and seconds to 0.01 s: what SCORM 2004 timeinterval
 * (second,10,2) (RTE 4.1.1.6) and xAPI result.duration (xAPI 4.2.6: precision beyond 0.01 s may be
 * truncated by the LRS) both take. Negative or non-finite input counts as 0.
 *
 * @example
 * isoDuration(3_723_450); // 'PT1H2M3.45S'
 * isoDuration(0); // 'PT0S'
 */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const rest = centis % 6000;
  const seconds = rest % 100 === 0 ? String(rest / 100) : (rest / 100).toFixed(2).replace(/0$/, '');
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (rest || (!hours && !minutes)) out += `${seconds}S`;
  return out;
}
