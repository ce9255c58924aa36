import { QUIRK_PROFILES, type QuirkProfileId } from '@coursekit/runtime';

/**
 * Every package CourseKit builds. Each target names its manifest, the player bundle it carries
 * (only the trackers that target needs) and the suspend_data limit it must fit, if any.
 *
 * @example
 * TARGETS['scorm2004-4'].manifest; // 'imsmanifest.xml'
 */
export const TARGETS = {
  scorm12: { id: 'scorm12', label: 'SCORM 1.2', manifest: 'imsmanifest.xml', player: 'scorm12', suspendData: 'scorm12' },
  'scorm2004-3': { id: 'scorm2004-3', label: 'SCORM 2004 3rd Edition', manifest: 'imsmanifest.xml', player: 'scorm2004', suspendData: 'scorm2004-3rd' },
  'scorm2004-4': { id: 'scorm2004-4', label: 'SCORM 2004 4th Edition', manifest: 'imsmanifest.xml', player: 'scorm2004', suspendData: 'scorm2004-4th' },
  cmi5: { id: 'cmi5', label: 'cmi5', manifest: 'cmi5.xml', player: 'cmi5', suspendData: null },
  xapi: { id: 'xapi', label: 'xAPI (TinCan)', manifest: 'tincan.xml', player: 'xapi', suspendData: null },
  web: { id: 'web', label: 'Web (offline-capable static site)', manifest: null, player: 'web', suspendData: null },
} as const;

/** A target's id: `scorm12`, `scorm2004-3`, `scorm2004-4`, `cmi5`, `xapi` or `web`. */
export type TargetId = keyof typeof TARGETS;

/** What the packager knows of one target. */
export type Target = (typeof TARGETS)[TargetId];

/** The player bundles the packager ships, one per tracking technology. */
export type PlayerBundle = Target['player'];

/** Every target id, in the order `--target all` builds them. */
export const TARGET_IDS = Object.keys(TARGETS) as TargetId[];

/**
 * Whether a string names a target.
 *
 * @example
 * isTargetId('scorm2004-4'); // true
 * isTargetId('scorm2004'); // false
 */
export function isTargetId(value: string): value is TargetId {
  return Object.hasOwn(TARGETS, value);
}

/** An LMS quirk profile a SCORM package can be built for (@coursekit/runtime's QUIRK_PROFILES). */
export type LmsProfileId = QuirkProfileId;

/** Every LMS quirk profile, `default` first (docs/lms-compatibility.md). */
export const LMS_PROFILE_IDS = Object.keys(QUIRK_PROFILES) as LmsProfileId[];

/**
 * Whether a string names an LMS quirk profile.
 *
 * @example
 * isLmsProfileId('cornerstone'); // true
 */
export function isLmsProfileId(value: string): value is LmsProfileId {
  return Object.hasOwn(QUIRK_PROFILES, value);
}

/** Whether a target's player talks SCORM to an LMS (and so takes an LMS quirk profile). */
export function isScormTarget(target: TargetId): boolean {
  return TARGETS[target].player === 'scorm12' || TARGETS[target].player === 'scorm2004';
}
