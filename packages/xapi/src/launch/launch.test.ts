import { describe, expect, it } from 'vitest';
import { parseActor, learnerOf } from './actor';
import { parseCmi5Launch, readLaunchData } from './cmi5';
import { parseTinCanLaunch } from './tincan';

describe('TinCan launch parameters', () => {
  it('reads endpoint, auth, actor, registration, activity_id and organisation_unit as LMSs pass them', () => {
    const q = new URLSearchParams({
      endpoint: 'https://lrs.example.go.id/xapi/',
      auth: 'Basic dG9rZW46c2VjcmV0',
      actor: '{"name":["Ana Wijaya"],"mbox":["mailto:ana@example.go.id"]}',
      registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
      activity_id: 'https://learn.example.go.id/courses/ir',
      organisation_unit: 'Inspektorat Jenderal',
    });
    expect(parseTinCanLaunch(`https://cdn.example.go.id/ir/index.html?${q}`)).toEqual({
      value: {
        endpoint: 'https://lrs.example.go.id/xapi/',
        auth: 'Basic dG9rZW46c2VjcmV0',
        actor: { objectType: 'Agent', name: 'Ana Wijaya', mbox: 'mailto:ana@example.go.id' },
        registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
        activityId: 'https://learn.example.go.id/courses/ir',
        organisationUnit: 'Inspektorat Jenderal',
      },
      problems: [],
    });
  });

  it('is not a TinCan launch without an endpoint', () => {
    expect(parseTinCanLaunch('https://cdn.example.go.id/ir/index.html?lang=id')).toBeNull();
  });

  it('names each malformed parameter', () => {
    const launch = parseTinCanLaunch('https://x/?endpoint=lrs&actor=%7B%22name%22%3A%22Ana%22%7D&registration=42');
    expect(launch!.problems).toEqual([
      { parameter: 'endpoint', message: 'endpoint "lrs" is not an absolute URL' },
      { parameter: 'actor', message: 'actor {"name":"Ana"} is not an xAPI Agent with an mbox, account, mbox_sha1sum or openid' },
      { parameter: 'registration', message: 'registration "42" is not a UUID; statements are sent without one' },
    ]);
    expect(launch!.value.registration).toBeNull();
  });
});

describe('actors', () => {
  it('reads the TinCan 0.95 account form and reports the learner id and name', () => {
    const agent = parseActor('{"name":"Ana","account":[{"accountServiceHomePage":"https://lms.example.go.id","accountName":"ASN-1987"}]}');
    expect(agent).toEqual({ objectType: 'Agent', name: 'Ana', account: { homePage: 'https://lms.example.go.id', name: 'ASN-1987' } });
    expect(learnerOf(agent)).toEqual({ id: 'ASN-1987', name: 'Ana' });
    expect(learnerOf(parseActor('{"mbox":"ana@example.go.id"}'))).toEqual({ id: 'ana@example.go.id', name: null });
    expect(parseActor('not json')).toBeNull();
  });
});

describe('cmi5 launch', () => {
  const actor = '{"objectType":"Agent","account":{"homePage":"https://lms.example.go.id","name":"1625378"}}';
  it('reads the five parameters (cmi5 8.1)', () => {
    const q = new URLSearchParams({ endpoint: 'https://lms.example.go.id/lrs/', fetch: 'https://lms.example.go.id/token?k=2390289x0', actor, registration: '760e3480-ba55-4991-94b0-01820dbd23a2', activityId: 'https://lms.example.go.id/au/001' });
    expect(parseCmi5Launch(`https://cdn.example.go.id/au/index.html?${q}`)).toEqual({
      value: {
        endpoint: 'https://lms.example.go.id/lrs/',
        fetch: 'https://lms.example.go.id/token?k=2390289x0',
        actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.go.id', name: '1625378' } },
        registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
        activityId: 'https://lms.example.go.id/au/001',
      },
      problems: [],
    });
  });

  it('wants an account actor and every parameter', () => {
    const launch = parseCmi5Launch('https://x/?fetch=https%3A%2F%2Flms%2Ft&actor=%7B%22mbox%22%3A%22mailto%3Aa%40b.c%22%7D');
    expect(launch!.problems.map((p) => p.message)).toEqual([
      'the cmi5 launch has no endpoint',
      'the cmi5 actor has no account (cmi5 9.2 requires one)',
      'registration "" is not a UUID',
      'the cmi5 launch has no activityId',
    ]);
  });

  it('checks LMS.LaunchData and keeps what the AU uses', () => {
    expect(readLaunchData({ contextTemplate: {}, launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.8, returnURL: 'https://lms/x', launchParameters: 'a=1' })).toEqual({
      ok: true,
      data: { contextTemplate: {}, launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.8, returnURL: 'https://lms/x', launchParameters: 'a=1' },
    });
    expect(readLaunchData({ contextTemplate: {}, launchMode: 'Normal', moveOn: 'Sometimes', masteryScore: 80 })).toEqual({ ok: true, data: { contextTemplate: {}, launchMode: 'Normal', moveOn: 'NotApplicable' } });
    expect(readLaunchData({ launchMode: 'Normal' })).toEqual({ ok: false, message: 'LMS.LaunchData has no contextTemplate' });
    expect(readLaunchData({ contextTemplate: {}, launchMode: 'Exam' })).toEqual({ ok: false, message: 'LMS.LaunchData launchMode "Exam" is not Normal, Browse or Review' });
  });
});
