import { Scorm12API, Scorm2004API } from 'scorm-again';

export type LmsVersion = '1.2' | '2004';
export type Lms = Scorm12API | Scorm2004API;

const names = { '1.2': 'API', '2004': 'API_1484_11' } as const;

/**
 * Puts scorm-again on `win` as the LMS would (window.API / window.API_1484_11), preloaded with
 * what the LMS knows about the learner (flattened CMI, e.g. { "cmi.core.student_id": "u1" }).
 */
export function installLms(version: '1.2', data?: Record<string, string>, settings?: Record<string, unknown>, win?: Window): Scorm12API;
export function installLms(version: '2004', data?: Record<string, string>, settings?: Record<string, unknown>, win?: Window): Scorm2004API;
export function installLms(version: LmsVersion, data?: Record<string, string>, settings?: Record<string, unknown>, win?: Window): Lms;
export function installLms(version: LmsVersion, data: Record<string, string> = {}, settings: Record<string, unknown> = {}, win: Window = window): Lms {
  const api = version === '1.2' ? new Scorm12API({ logLevel: 5, ...settings }) : new Scorm2004API({ logLevel: 5, ...settings });
  api.loadFromFlattenedJSON(data);
  (win as unknown as Record<string, unknown>)[names[version]] = api;
  return api;
}

export function removeLms(win: Window = window): void {
  delete (win as unknown as Record<string, unknown>).API;
  delete (win as unknown as Record<string, unknown>).API_1484_11;
}

/** The LMS's stored values, flattened ("cmi.core.lesson_status": "passed"), without empty values and containers. */
export function cmi(api: Lms): Record<string, string> {
  const flat = api.getFlattenedCMI() as Record<string, unknown>;
  return Object.fromEntries(Object.entries(flat).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
}

/** The entries of `cmi(api)` whose keys start with `prefix`. */
export function cmiUnder(api: Lms, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(cmi(api)).filter(([k]) => k.startsWith(prefix)));
}

/**
 * What an LMS keeps between sessions and gives the next launch (SCORM 2004 and 1.2 RTE,
 * cmi.entry and cmi.exit): everything but the write-only session elements, with entry "resume" when the
 * learner left with exit "suspend".
 */
export function nextLaunchData(version: LmsVersion, api: Lms): Record<string, string> {
  const all = cmi(api);
  const exitKey = version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
  const keep = [
    'cmi.suspend_data',
    ...(version === '1.2'
      ? ['cmi.core.student_id', 'cmi.core.student_name', 'cmi.core.lesson_location', 'cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max', 'cmi.student_data.mastery_score', 'cmi.student_preference.language']
      : ['cmi.learner_id', 'cmi.learner_name', 'cmi.location', 'cmi.completion_status', 'cmi.success_status', 'cmi.score.raw', 'cmi.score.min', 'cmi.score.max', 'cmi.score.scaled', 'cmi.scaled_passing_score', 'cmi.learner_preference.language']),
  ];
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) if ((keep.includes(k) || /^cmi\.(objectives|interactions)\.\d+\./.test(k)) && v !== '') out[k] = v;
  out[version === '1.2' ? 'cmi.core.entry' : 'cmi.entry'] = all[exitKey] === 'suspend' ? 'resume' : '';
  return out;
}
