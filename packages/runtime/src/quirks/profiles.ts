/**
 * What an LMS needs that the SCORM specs do not say, as data. Pick one with the adapter's
 * `quirks` option (the packager sets it from `coursekit build --lms <id>`). Each profile is
 * documented, with its source, in docs/lms-compatibility.md, and tested against scorm-again.
 */
export interface QuirkProfile {
  id: string;
  /** The LMS or family it is for. */
  name: string;
  /** cmi.core.exit (1.2) once the course is completed and not failed. The 1.2 RTE allows "", "suspend", "logout", "time-out". */
  scorm12ExitWhenDone: '' | 'logout' | 'suspend';
  /** cmi.exit (2004) once the course is completed and not failed. The 2004 RTE allows "normal", "", "suspend", "logout", "time-out". */
  scorm2004ExitWhenDone: 'normal' | '' | 'suspend';
}

/**
 * The built-in profiles.
 *
 * @example
 * createScorm12Tracker({ quirks: QUIRK_PROFILES.cornerstone });
 */
export const QUIRK_PROFILES = {
  /** The specs as written: "" (1.2) / "normal" (2004) exit when done. */
  default: {
    id: 'default',
    name: 'Any conformant LMS',
    scorm12ExitWhenDone: '',
    scorm2004ExitWhenDone: 'normal',
  },
  /** Cornerstone OnDemand, reported to reject Commit during unload. No profile commits during unload (Terminate alone ends the session), so it has the default's settings. */
  cornerstone: {
    id: 'cornerstone',
    name: 'Cornerstone OnDemand',
    scorm12ExitWhenDone: '',
    scorm2004ExitWhenDone: 'normal',
  },
  /** Saba, reported to need a non-empty exit value on every exit, SCORM 1.2 included. */
  saba: {
    id: 'saba',
    name: 'Saba Cloud / SBX',
    scorm12ExitWhenDone: 'logout',
    scorm2004ExitWhenDone: 'normal',
  },
  /** LMSs that start a new attempt and drop suspend_data on an empty 1.2 exit: always suspend, so a completed learner can review where they were. */
  'keep-suspend': {
    id: 'keep-suspend',
    name: 'LMSs that reset on an empty SCORM 1.2 exit',
    scorm12ExitWhenDone: 'suspend',
    scorm2004ExitWhenDone: 'suspend',
  },
  /**
   * Moodle: its SCORM 2004 player gives a relaunched attempt its data back only when the last cmi.exit was "suspend"
   * (mod/scorm/datamodels/scorm_13lib.php, get_scorm_default, citing SCORM 2004 RTE 4.2.8), so a finished learner also
   * leaves with "suspend", or a relaunch would find no status and no state.
   */
  moodle: {
    id: 'moodle',
    name: 'Moodle',
    scorm12ExitWhenDone: '',
    scorm2004ExitWhenDone: 'suspend',
  },
} as const satisfies Record<string, QuirkProfile>;

/** The id of a built-in profile. */
export type QuirkProfileId = keyof typeof QUIRK_PROFILES;

/**
 * A built-in profile by id, or a custom profile (merged over the default), or the default.
 *
 * @example
 * resolveQuirks('saba').scorm12ExitWhenDone; // "logout"
 * resolveQuirks({ scorm2004ExitWhenDone: 'suspend' }).scorm12ExitWhenDone; // ""
 */
export function resolveQuirks(quirks: QuirkProfileId | Partial<QuirkProfile> | undefined): QuirkProfile {
  if (quirks === undefined) return QUIRK_PROFILES.default;
  if (typeof quirks === 'string') return QUIRK_PROFILES[quirks] ?? QUIRK_PROFILES.default;
  return { ...QUIRK_PROFILES.default, ...quirks };
}
