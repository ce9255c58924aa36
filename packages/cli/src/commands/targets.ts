/**
 * The targets and LMS profiles the help of `build` and `preview` names. They are written out here,
 * not imported from @coursekit/packager, so that `--help` and `--version` load no packager code;
 * test/cli.test.ts checks they match the packager's TARGETS and LMS_PROFILE_IDS.
 *
 * @example
 * TARGET_LABELS['scorm2004-4']; // 'SCORM 2004 4th Edition'
 */
export const TARGET_LABELS = {
  scorm12: 'SCORM 1.2',
  'scorm2004-3': 'SCORM 2004 3rd Edition',
  'scorm2004-4': 'SCORM 2004 4th Edition',
  cmi5: 'cmi5',
  xapi: 'xAPI (TinCan)',
  web: 'Web (offline-capable static site)',
} as const;

/** Every target id, in the order `--target all` builds them. */
export const TARGET_NAMES = Object.keys(TARGET_LABELS) as Array<keyof typeof TARGET_LABELS>;

/** Every LMS quirk profile, `default` first. */
export const LMS_PROFILE_NAMES = ['default', 'cornerstone', 'saba', 'keep-suspend', 'moodle'] as const;
