import { CourseEngine, type LearningEvent } from '@coursekit/engine';
import { describe, expect, it } from 'vitest';
import { Cmi5Session } from '../src/cmi5/session';
import type { Cmi5LaunchData } from '../src/launch/cmi5';
import { StatementBuilder } from '../src/statements/builder';
import type { Statement } from '../src/statements/types';
import { cmi5Violations } from './cmi5-rules';
import { exampleCourseFiles, exampleCourses } from './fixtures/examples';
import { type Answering, playToEnd } from './fixtures/play';
import { xapiProblems } from './validate';

const actor = { objectType: 'Agent' as const, name: 'Ana Wijaya', account: { homePage: 'https://lms.example.go.id', name: 'ASN-1987' } };
const registration = '760e3480-ba55-4991-94b0-01820dbd23a2';
const examples = exampleCourses();

function play(course: (typeof examples)[number]['course'], answering: Answering): LearningEvent[] {
  let clock = Date.parse('2026-11-02T01:00:00Z');
  const engine = new CourseEngine(course, { seed: 11, now: () => (clock += 2500) });
  const events: LearningEvent[] = [];
  engine.on((e) => events.push(e));
  engine.start();
  playToEnd(engine, answering);
  return events;
}

it('plays every example course there is', () => {
  expect(examples.length).toBe(exampleCourseFiles().length);
  expect(examples.map((e) => e.name)).toContain('integrity-ranger/parcel-lebaran');
});

describe.each(examples)('the $name example course', ({ course }) => {
  it.each(['right', 'wrong'] as const)('emits only statements Learning Locker\u2019s validator accepts (answers %s)', (answering) => {
    const events = play(course, answering);
    const builder = new StatementBuilder({ course, actor, registration, organisationUnit: 'Inspektorat Jenderal' });
    const statements = events.flatMap((e) => builder.statementsFor(e));
    // One statement per event; a language change is none.
    expect(statements).toHaveLength(events.filter((e) => e.type !== 'language-changed').length);
    expect(statements.flatMap((s) => xapiProblems(s).map((p) => `${s.verb.id} ${s.object.id}: ${p}`))).toEqual([]);
    // Every scenario decision is a statement naming the choice and its text.
    const choices = events.filter((e) => e.type === 'scenario-choice');
    const decided = statements.filter((s) => s.object.id.includes('/node/'));
    expect(decided.map((s) => s.result!.response)).toEqual(choices.map((c) => c.choiceId));
    expect(decided.map((s) => (s.result!.extensions!['https://coursekit.dev/xapi/ext/choice'] as { text: string }).text)).toEqual(choices.map((c) => c.choiceText));
  });

  it('follows the cmi5 rules as an AU', () => {
    const events = play(course, 'right');
    const activityId = 'https://lms.example.go.id/au/1';
    const data: Cmi5LaunchData = {
      contextTemplate: { contextActivities: { grouping: [{ id: 'urn:coursekit:publisher' }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' } },
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.7,
    };
    const builder = new StatementBuilder({ course, actor, registration, courseActivityId: activityId });
    const session = new Cmi5Session(builder, data);
    const out: Statement[] = [session.initialized(events[0]!.time)];
    for (const e of events) {
      if (e.type === 'course-started' || e.type === 'course-resumed') builder.observe(e);
      else if (e.type === 'course-completed') out.push(...session.completed(e.time, e.durationMs));
      else if (e.type === 'course-scored') out.push(...session.judged(e.time, e.passed, e.score, 60_000));
      else out.push(...builder.statementsFor(e).map((s) => session.allowed(s)!));
    }
    out.push(...session.terminated(events.at(-1)!.time + 1000));
    expect(cmi5Violations(out, { endpoint: '', fetch: '', actor, registration, activityId }, data)).toEqual([]);
    expect(out.flatMap((s) => xapiProblems(s))).toEqual([]);
  });
});
