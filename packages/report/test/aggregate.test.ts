import { beforeEach, describe, expect, it } from 'vitest';
import { CohortAggregator } from '../src/aggregate/aggregator';
import type { CohortReport } from '../src/aggregate/model';
import { AGENCY, CERTIFICATE, COURSE, answer, choose, completed, earned, ending, failed, initialized, page, passed, resetClock, terminated } from './cohort';

const ana = { email: 'ana@perizinan.example.go.id', name: 'Ana Wijaya', agency: 'Dinas Perizinan' };
const budi = { email: 'budi@perizinan.example.go.id', name: 'Budi Santoso', agency: 'Dinas Perizinan' };
const citra = { email: 'citra@bpkad.example.go.id', name: 'Citra Lestari', agency: 'BPKAD' };

function cohort(): CohortReport {
  resetClock();
  const aggregator = new CohortAggregator({
    courseActivityId: COURSE,
    organisationExtension: AGENCY,
    language: 'id',
    roster: [{ key: 'mailto:dedi@bpkad.example.go.id', name: 'Dedi Kurniawan', unit: 'BPKAD' }],
  });
  const statements = [
    initialized(ana), page(ana, 'p1', 'Apa itu gratifikasi'), answer(ana, 'd7'), answer(ana, 'd30'), choose(ana, 'refuse'),
    ending(ana, 'refused', 'success'), completed(ana), passed(ana, 0.85, 'IR-B6DF-FYLL-B'), earned(ana, 'IR-B6DF-FYLL-B'), terminated(ana, 'PT30M'),
    initialized(budi), page(budi, 'p1', 'Apa itu gratifikasi'), answer(budi, 'never'), choose(budi, 'accept'),
    ending(budi, 'kept', 'failure'), completed(budi), failed(budi, 0.55), terminated(budi, 'PT20M'),
    initialized(citra), page(citra, 'p1', 'Apa itu gratifikasi'), page(citra, 'p2', 'Pasal 12B'), choose(citra, 'report'), terminated(citra, 'PT10M'),
  ];
  for (const s of statements) aggregator.add(s);
  aggregator.add({}, 'bad.ndjson:3');
  aggregator.add({ ...initialized(ana), object: { id: 'https://example.org/other-course' }, context: {} }, 'bad.ndjson:4');
  return aggregator.finish(new Date('2026-11-24T00:00:00Z'));
}

describe('CohortAggregator', () => {
  let report: CohortReport;
  beforeEach(() => {
    report = cohort();
  });

  it('counts every status, with completion and pass rates', () => {
    expect(report.totals).toEqual({
      learners: 4,
      'not-started': 1,
      'in-progress': 1,
      completed: 0,
      passed: 1,
      failed: 1,
      completionRate: 0.5,
      passRate: 0.5,
    });
  });

  it('groups learners by the organisation unit the course declared as a context extension', () => {
    expect(report.units.map((u) => [u.unit, u.counts.learners, u.counts.passed, u.counts.failed, u.counts['in-progress'], u.counts['not-started'], u.averageScore])).toEqual([
      ['BPKAD', 2, 0, 0, 1, 1, null],
      ['Dinas Perizinan', 2, 1, 1, 0, 0, 70],
    ]);
  });

  it('reports the score distribution by decile and the time spent', () => {
    expect(report.scoreDistribution).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 1, 0]);
    expect(report.averageScore).toBe(70);
    expect(report.time).toEqual({ meanMs: 1_200_000, medianMs: 1_200_000 });
  });

  it('reports question difficulty and which wrong options were chosen, in the report language', () => {
    expect(report.questions).toEqual([
      {
        id: `${COURSE}/question/parcel-rule`,
        name: 'Batas waktu lapor',
        interactionType: 'choice',
        answered: 3,
        correct: 1,
        difficulty: 1 / 3,
        wrongOptions: [
          { id: 'd7', label: '7 hari kerja', count: 1 },
          { id: 'never', label: 'Tidak perlu lapor', count: 1 },
        ],
      },
    ]);
  });

  it('counts each scenario choice taken and each ending reached', () => {
    expect(report.scenarios).toHaveLength(1);
    const [parcel] = report.scenarios;
    expect(parcel?.name).toBe('Parsel Lebaran');
    expect(parcel?.ended).toBe(2);
    expect(parcel?.choices.map((c) => [c.choiceId, c.text, c.count])).toEqual([
      ['refuse', 'Tolak dengan sopan', 1],
      ['accept', 'Terima parselnya', 1],
      ['report', 'Terima lalu laporkan ke UPG', 1],
    ]);
    expect(parcel?.choices[0]?.prompt).toBe('Pak Budi menyodorkan parsel.');
    expect(parcel?.endings).toEqual([
      { id: 'kept', name: 'Akhir kept', outcome: 'failure', count: 1 },
      { id: 'refused', name: 'Akhir refused', outcome: 'success', count: 1 },
    ]);
  });

  it('says where a learner who did not finish stopped, and when they were last active', () => {
    const row = report.learners.find((l) => l.name === 'Citra Lestari');
    expect(row).toMatchObject({ status: 'in-progress', lastPlace: 'Pasal 12B', unit: 'BPKAD', durationMs: 600_000 });
    expect(row?.lastActive).toBe('2026-11-02T01:23:00.000Z');
    const dedi = report.learners.find((l) => l.name === 'Dedi Kurniawan');
    expect(dedi).toMatchObject({ status: 'not-started', lastActive: null, lastPlace: null });
    // Across the cohort: where those in progress stalled (Ana and Budi finished, Dedi never started).
    expect(report.stalls).toEqual([{ place: 'Pasal 12B', count: 1 }]);
  });

  it('lists the certificate number issued to each learner once, from the passed and the earned statement, and none for the others', () => {
    expect(report.learners.map((l) => [l.name, l.status, l.certificates])).toEqual([
      ['Citra Lestari', 'in-progress', []],
      ['Dedi Kurniawan', 'not-started', []],
      ['Ana Wijaya', 'passed', ['IR-B6DF-FYLL-B']],
      ['Budi Santoso', 'failed', []],
    ]);
  });

  it('keeps every certificate number a learner was issued, earliest first, and nothing that is not one', () => {
    resetClock();
    const aggregator = new CohortAggregator({ courseActivityId: COURSE });
    aggregator.add(passed(ana, 0.8, 'IR-7M3Q-K2ZD-W'));
    const broken = failed(ana, 0.4);
    broken.result!.extensions = { [CERTIFICATE]: 'IR-NOT-ISSUED' };
    aggregator.add(broken);
    const odd = earned(ana, 'x');
    odd.result!.extensions = { [CERTIFICATE]: { id: 'IR-OBJECT' } };
    aggregator.add(odd);
    aggregator.add(earned(ana, ' IR-B6DF-FYLL-B '));
    aggregator.add(earned(ana, 'IR-7M3Q-K2ZD-W'));
    aggregator.add(earned(ana, `IR-${'X'.repeat(70)}`));
    expect(aggregator.finish().learners[0]!.certificates).toEqual(['IR-7M3Q-K2ZD-W', 'IR-B6DF-FYLL-B']);
  });

  it('sets aside malformed and foreign statements with the reason, and keeps going', () => {
    expect(report.statements).toEqual({
      read: 25,
      used: 23,
      ignored: 2,
      examples: [
        { where: 'bad.ndjson:3', reason: 'no actor with an mbox, account, mbox_sha1sum or openid' },
        { where: 'bad.ndjson:4', reason: `about https://example.org/other-course, not this course (${COURSE})` },
      ],
    });
  });

  it('takes the latest pass/fail decision when a learner retakes the course', () => {
    resetClock();
    const aggregator = new CohortAggregator({ courseActivityId: COURSE });
    aggregator.add(failed(ana, 0.4));
    aggregator.add(passed(ana, 0.9));
    expect(aggregator.finish().learners[0]).toMatchObject({ status: 'passed', score: 90 });
  });

  it('finds the course from the first initialized statement when no activity id is given', () => {
    resetClock();
    const aggregator = new CohortAggregator();
    aggregator.add(initialized(ana));
    aggregator.add(passed(ana, 0.8));
    const result = aggregator.finish();
    expect(result.course).toEqual({ id: COURSE, name: 'Penjaga Integritas' });
    expect(result.totals.passed).toBe(1);
  });

  it("reads the unit from CourseKit's own extension when the course declares none, then from context.team", () => {
    resetClock();
    const aggregator = new CohortAggregator({ courseActivityId: COURSE });
    const own = initialized(ana);
    own.context = { extensions: { 'https://coursekit.dev/xapi/ext/organisation-unit': 'Inspektorat' } };
    const team = initialized(citra);
    team.context = { team: { objectType: 'Group', name: 'BPKAD' } };
    const declared = initialized(budi);
    aggregator.add(own);
    aggregator.add(team);
    aggregator.add(declared);
    expect(aggregator.finish().learners.map((l) => [l.name, l.unit]).sort()).toEqual([
      ['Ana Wijaya', 'Inspektorat'],
      ['Budi Santoso', ''],
      ['Citra Lestari', 'BPKAD'],
    ]);
  });
});
