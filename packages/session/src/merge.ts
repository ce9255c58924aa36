import type { LaunchData } from '@coursekit/engine';

const STRICTNESS: Record<LaunchData['mode'], number> = { normal: 0, browse: 1, review: 2 };

/**
 * Merges what the trackers learned at launch, by one set of rules (docs/architecture.md):
 * - learner: the first id any tracker knows, the first name and the first work unit (trackers in
 *   the order given: put the LMS's tracker first);
 * - snapshot: the first saved state, in that order;
 * - passingScore: the first the LMS gave (SCORM mastery score, cmi5 masteryScore);
 * - language: the first preference the LMS gave;
 * - mode: the strictest: review over browse over normal, so one tracker in review mode makes the
 *   whole session read-only;
 * - notices: every one, each code once.
 *
 * @example
 * mergeLaunchData([scormLaunch, xapiLaunch]).mode; // 'review' when either is in review
 */
export function mergeLaunchData(launches: readonly LaunchData[]): LaunchData {
  const merged: LaunchData = { learner: { id: null, name: null, unit: null }, snapshot: null, passingScore: null, language: null, mode: 'normal', notices: [] };
  for (const l of launches) {
    merged.learner.id ??= l.learner.id;
    merged.learner.name ??= l.learner.name;
    merged.learner.unit ??= l.learner.unit?.trim() || null;
    merged.snapshot ??= l.snapshot;
    merged.passingScore ??= l.passingScore;
    merged.language ??= l.language;
    if (STRICTNESS[l.mode] > STRICTNESS[merged.mode]) merged.mode = l.mode;
    for (const n of l.notices) if (!merged.notices.some((m) => m.code === n.code)) merged.notices.push(n);
  }
  return merged;
}
