import type { Statement } from '../src/statements/types';
import type { Cmi5LaunchData, Cmi5LaunchParams } from '../src/launch/cmi5';

// The cmi5 rules an AU's statements must follow, checked independently of src/cmi5 (cmi5 spec,
// Quartz edition, sections 7.1.3, 9.2–9.7 and 10.0). Each violation names its section.
const V = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
};
const CAT_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const CAT_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const ISO_DURATION = /^P(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?D)?(?:T(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/;

const categories = (s: Statement) => (s.context?.contextActivities?.category ?? []).map((c) => c.id);
const isDefined = (s: Statement) => categories(s).includes(CAT_CMI5);

/**
 * Every way one AU session's statements (in the order sent) break the cmi5 rules, given the
 * launch and the cmi5 defined statements earlier sessions of the registration sent.
 */
export function cmi5Violations(session: Statement[], launch: Cmi5LaunchParams, data: Cmi5LaunchData, earlier: Statement[] = []): string[] {
  const out: string[] = [];
  const add = (s: Statement | undefined, rule: string) => out.push(`${s ? `${s.verb.id.split('/').pop()} ${s.id.slice(0, 8)}: ` : ''}${rule}`);
  if (!session.length) return ['no statements'];
  const byTime = [...session].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  if (session[0]!.verb.id !== V.initialized || !isDefined(session[0]!)) add(session[0], '9.3.2 the first statement of a session is a cmi5 defined initialized');
  if (byTime[0]!.id !== session[0]!.id && Date.parse(byTime[0]!.timestamp) < Date.parse(session[0]!.timestamp)) add(byTime[0], '9.3 initialized has the earliest timestamp');
  const last = session[session.length - 1]!;
  if (last.verb.id !== V.terminated || !isDefined(last)) add(last, '9.3.8 the last statement of a session is a cmi5 defined terminated');
  if (Date.parse(byTime[byTime.length - 1]!.timestamp) > Date.parse(last.timestamp)) add(byTime[byTime.length - 1], '9.3 terminated has the latest timestamp');
  const template = data.contextTemplate;
  const publisher = (template.contextActivities?.grouping ?? []).map((g) => g.id);
  const seen = new Set<string>();
  let verdicts = 0;
  const registrationVerbs = earlier.filter(isDefined).map((s) => s.verb.id);
  for (const s of session) {
    if (JSON.stringify(s.actor) !== JSON.stringify(launch.actor)) add(s, '9.2 the actor is the launch actor');
    if (s.context?.registration !== launch.registration) add(s, '9.6.1 registration is the launch registration');
    if (s.context?.extensions?.[SESSION] !== template.extensions?.[SESSION]) add(s, '9.6.3.1 the session id from the context template');
    for (const id of publisher) if (!(s.context?.contextActivities?.grouping ?? []).some((g) => g.id === id)) add(s, `9.6.2.3 the publisher id ${id} in grouping`);
    for (const [k, v] of Object.entries(template.extensions ?? {})) if (JSON.stringify(s.context?.extensions?.[k]) !== JSON.stringify(v)) add(s, `10.0 context template extension ${k} is not overwritten`);
    if (!s.timestamp) add(s, '9.7 a timestamp');
    const cats = categories(s);
    if (!isDefined(s)) {
      if (cats.includes(CAT_MOVEON)) add(s, '9.6.2.2 moveOn category only in cmi5 defined statements');
      if (data.launchMode === 'Review') add(s, 'CourseKit: Review mode records nothing beyond initialized and terminated');
      continue;
    }
    if (s.object.id !== launch.activityId) add(s, '9.4 the object of a cmi5 defined statement is the AU (launch activityId)');
    if (!Object.values(V).includes(s.verb.id)) add(s, '9.3 a cmi5 defined statement uses a cmi5 verb');
    if (seen.has(s.verb.id)) add(s, '9.3 cmi5 defined verbs are not repeated in a session');
    seen.add(s.verb.id);
    const r = s.result ?? {};
    const judged = s.verb.id === V.completed || s.verb.id === V.passed || s.verb.id === V.failed;
    if (judged && data.launchMode !== 'Normal') add(s, `10.0 no ${s.verb.id.split('/').pop()} in ${data.launchMode} mode`);
    if (judged !== cats.includes(CAT_MOVEON)) add(s, '9.6.2.2 the moveOn category exactly on completed, passed and failed');
    if ((judged || s.verb.id === V.terminated) && !(r.duration && ISO_DURATION.test(r.duration))) add(s, '9.5.4.1 a duration');
    if (s.verb.id !== V.passed && s.verb.id !== V.failed && r.score) add(s, '9.5.1 score only on passed and failed');
    if (s.verb.id !== V.passed && s.verb.id !== V.failed && r.success !== undefined) add(s, '9.5.2 success only on passed and failed');
    if (s.verb.id !== V.completed && r.completion !== undefined) add(s, '9.5.3 completion only on completed');
    if (s.verb.id === V.completed) {
      if (r.completion !== true) add(s, '9.5.3 completed has completion true');
      if (registrationVerbs.includes(V.completed)) add(s, '9.3 only one completed per registration');
    }
    if (s.verb.id === V.passed || s.verb.id === V.failed) {
      verdicts++;
      const passed = s.verb.id === V.passed;
      if (r.success !== passed) add(s, `9.5.2 ${passed ? 'passed' : 'failed'} has success ${passed}`);
      if (r.score && ['raw', 'min', 'max'].some((k) => (r.score as Record<string, number>)[k] !== undefined && !Number.isInteger((r.score as Record<string, number>)[k]))) add(s, '9.5.1 raw, min and max are integers');
      if (data.masteryScore !== undefined) {
        if (s.context?.extensions?.[MASTERY] !== data.masteryScore) add(s, '9.6.3.2 the masteryScore extension');
        if (r.score?.scaled !== undefined && (passed ? r.score.scaled < data.masteryScore : r.score.scaled >= data.masteryScore)) add(s, `9.3.4/9.3.5 scaled ${r.score.scaled} against masteryScore ${data.masteryScore}`);
      }
      if (registrationVerbs.includes(V.passed)) add(s, passed ? '9.3 only one passed per registration' : '9.3 no failed after a passed in the registration');
    }
  }
  if (verdicts > 1) add(undefined, '9.3 at most one of passed and failed in a session');
  return out;
}
