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
