import { pad } from '../scorm/format';

/**
 * A duration as SCORM 1.2 CMITimespan, "HHHH:MM:SS.SS" (1.2 RTE data types: hours 2 to 4 digits,
 * seconds to the hundredth). Longer than 9999 hours is written as the largest value.
 *
 * @example
 * timespan(3_723_450); // "01:02:03.45"
 */
export function timespan(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), (9999 * 3600 + 3599) * 100 + 99);
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(centis % 100)}`;
}

/**
 * A moment as SCORM 1.2 CMITime, "HH:MM:SS" in UTC (1.2 has no date or zone in interactions.n.time;
 * UTC keeps records from learners in different zones comparable).
 *
 * @example
 * clockTime(Date.UTC(2026, 10, 24, 9, 5, 7)); // "09:05:07"
 */
export function clockTime(time: number): string {
  const d = new Date(time);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
