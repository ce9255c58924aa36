/**
 * The most characters each target stores in suspend_data.
 * SCORM 1.2 RTE: cmi.suspend_data is CMIString4096; SCORM 2004 3rd and 4th edition RTE
 * give cmi.suspend_data an SPM of 64,000 characters. The packager fails a build whose worst case does not fit.
 *
 * @example
 * SUSPEND_DATA_LIMITS.scorm12; // 4096
 */
export const SUSPEND_DATA_LIMITS = {
  scorm12: 4096,
  'scorm2004-3rd': 64_000,
  'scorm2004-4th': 64_000,
} as const;
