import type { LearningEvent } from '@coursekit/engine';
import { Cmi5Session } from '../src/cmi5/session';
import type { Cmi5LaunchData } from '../src/launch/cmi5';
import { StatementBuilder } from '../src/statements/builder';
import type { Statement } from '../src/statements/types';
import { course } from './fixtures/course';
import { firstSession, resumedSession } from './fixtures/events';

const actor = { objectType: 'Agent' as const, name: 'Ana Wijaya', account: { homePage: 'https://lms.example.go.id', name: 'ASN-1987' } };
const registration = '760e3480-ba55-4991-94b0-01820dbd23a2';

function ids() {
  let n = 0;
  return () => `5d3a1c2e-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

/**
 * The example statements docs/tracking/xapi.md shows, built from the fixture course's events:
 * the page's JSON blocks must equal these (test/docs.test.ts), so the documentation cannot drift.
 */
export function docExamples(): Record<string, Statement> {
  const events = firstSession();
  const builder = new StatementBuilder({ course, actor, registration, organisationUnit: 'Inspektorat Jenderal', newId: ids(), courseTimeMs: () => 245_000 });
  const out: Record<string, Statement> = {};
  const all: Array<[LearningEvent, Statement]> = events.flatMap((e) => builder.statementsFor(e).map((s) => [e, s] as [LearningEvent, Statement]));
  const pick = (key: string, test: (e: LearningEvent, s: Statement) => boolean) => {
    const found = all.find(([e, s]) => test(e, s));
    if (found) out[key] = found[1];
  };
  pick('initialized', (e) => e.type === 'course-started');
  pick('page-viewed', (e) => e.type === 'page-viewed');
  pick('module-completed', (e) => e.type === 'module-completed');
  pick('question-choice', (e) => e.type === 'question-answered' && e.question.type === 'single-choice' && !e.assessmentId);
  pick('question-matching', (e) => e.type === 'question-answered' && e.question.type === 'matching');
  pick('question-in-assessment', (e) => e.type === 'question-answered' && !!e.assessmentId);
  pick('assessment-started', (e) => e.type === 'assessment-started');
  pick('assessment-completed', (e) => e.type === 'assessment-completed');
  pick('scenario-started', (e) => e.type === 'scenario-started');
  pick('scenario-choice', (e) => e.type === 'scenario-choice');
  pick('scenario-ended', (e) => e.type === 'scenario-ended');
  pick('course-completed', (e) => e.type === 'course-completed');
  pick('course-passed', (e) => e.type === 'course-scored' && e.passed);
  pick('certificate-earned', (e) => e.type === 'certificate-earned');
  out.resumed = new StatementBuilder({ course, actor, registration, newId: () => '5d3a1c2e-0000-4000-8000-000000000100' }).statementsFor(resumedSession()[0]!)[0]!;
  out.terminated = builder.terminated(Date.parse('2026-11-02T01:05:00.000Z'), 300_000);

  // cmi5: the same course launched by an LMS as an AU.
  const activityId = 'https://lms.example.go.id/xapi/au/8f14e45f';
  const data: Cmi5LaunchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: 'urn:coursekit:gratuity-basics' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': '2b1f6d2e-4f6a-4d5c-9a1e-6c0f0a9d7b31' },
    },
    launchMode: 'Normal',
    moveOn: 'CompletedAndPassed',
    masteryScore: 0.8,
  };
  const cmi5Builder = new StatementBuilder({ course, actor, registration, courseActivityId: activityId, newId: ids() });
  const session = new Cmi5Session(cmi5Builder, data);
  const t0 = Date.parse('2026-11-02T01:00:00.000Z');
  out['cmi5-initialized'] = session.initialized(t0);
  cmi5Builder.observe(events[0]!);
  out['cmi5-allowed'] = session.allowed(cmi5Builder.statementsFor(events[1]!)[0]!)!;
  out['cmi5-completed'] = session.completed(t0 + 240_000, 240_000)[0]!;
  out['cmi5-passed'] = session.judged(t0 + 245_000, true, { raw: 2, min: 0, max: 2, scaled: 1 }, 245_000, 'IR-B6DF-FYLL-B')[0]!;
  out['cmi5-terminated'] = session.terminated(t0 + 300_000).at(-1)!;
  return out;
}
