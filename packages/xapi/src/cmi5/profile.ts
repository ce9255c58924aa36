// A module of its own, so a cmi5 launch can read LMS.LaunchData with these ids in the first load
// while the rest of the vocabulary (verbs, activity types, extensions) comes with the statement builder.

/**
 * cmi5's progress result extension (cmi5 spec 9.5.5), which plain xAPI packages send too. A
 * constant of its own, so a bundle without cmi5 carries none of the rest of {@link CMI5}.
 */
export const CMI5_PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

/** IRIs the cmi5 profile defines (cmi5 spec 9.6.2, 9.6.3, 9.5.5). */
export const CMI5 = {
  categoryCmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  categoryMoveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  progress: CMI5_PROGRESS,
  launchDataStateId: 'LMS.LaunchData',
  learnerPreferencesProfileId: 'cmi5LearnerPreferences',
} as const;
