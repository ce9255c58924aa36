import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { CourseEngine, correctResponse, isCertificateNumber } from '@coursekit/engine';
import type { Question } from '@coursekit/schema';
import { buildReport, courseAggregateOptions, readRoster, readStatementsFile, type SourceItem } from '@coursekit/report';
import { StatementBuilder } from '@coursekit/xapi';
import { describe, expect, it } from 'vitest';
import { examplesDir, loadExampleCourse } from '../examples/load';
import { playOnEngine, successPaths, temptedPaths, wrongResponse } from '../examples/plays';

/**
 * The sample cohort the LMS admin guide reports on (examples/integrity-ranger/cohort/): "Angkatan 7",
 * thirty civil servants of four agencies of the fictional Sukamaju Regency. Twenty-seven played
 * Integrity Ranger on the engine, and their statements are the ones @coursekit/xapi builds from the
 * engine's learning events; three are on the roster and never started. Regenerate the files after a
 * course or statement change with `UPDATE_SAMPLE=1 pnpm --filter @coursekit/journeys exec vitest run report/sample-export`.
 */
const course = loadExampleCourse('integrity-ranger/course.json');
const folder = join(examplesDir, 'integrity-ranger/cohort');
const DAY = 86_400_000;
/** 08:00 WIB (UTC+7) on Monday 2 November 2026. */
const START = Date.parse('2026-11-02T01:00:00Z');

const units = {
  dpmptsp: 'DPMPTSP Kabupaten Sukamaju',
  bpkad: 'BPKAD Kabupaten Sukamaju',
  inspektorat: 'Inspektorat Kabupaten Sukamaju',
  dinkes: 'Dinas Kesehatan Kabupaten Sukamaju',
} as const;

/** How one learner did: `wrong` assessment answers per attempt (10 questions), paths, where they stopped. */
interface Plan {
  name: string;
  unit: keyof typeof units;
  wrong?: number[];
  tempted?: boolean;
  stopAtModule?: number;
  absent?: boolean;
}

const plans: Plan[] = [
  { name: 'Siti Rahmawati, S.E.', unit: 'dpmptsp', wrong: [0] },
  { name: 'Budi Hartono', unit: 'dpmptsp', wrong: [1], tempted: true },
  { name: 'Rina Kusumawati, S.H.', unit: 'dpmptsp', wrong: [4, 1] },
  { name: 'Agus Setiawan', unit: 'dpmptsp', stopAtModule: 2 },
  { name: 'Maria Ulfa, A.Md.', unit: 'dpmptsp', wrong: [2] },
  { name: 'Yohanes Pardede, S.T.', unit: 'dpmptsp', wrong: [5, 4, 3] },
  { name: 'Nur Aini', unit: 'dpmptsp', absent: true },
  { name: 'Dewi Lestari, S.Ak.', unit: 'bpkad', wrong: [0] },
  { name: 'Hendra Gunawan', unit: 'bpkad', wrong: [1] },
  { name: 'Komang Ayu Wulandari', unit: 'bpkad', stopAtModule: 4 },
  { name: 'Fajar Nugroho, S.E.', unit: 'bpkad', wrong: [3, 0], tempted: true },
  { name: 'Lina Marlina', unit: 'bpkad', wrong: [2] },
  { name: 'Rudi Hermawan', unit: 'bpkad', stopAtModule: 1 },
  { name: 'Sri Wahyuni, S.Sos.', unit: 'bpkad', wrong: [0] },
  { name: 'Andi Saputra, S.H., M.H.', unit: 'inspektorat', wrong: [0] },
  { name: 'Wayan Sudarsana', unit: 'inspektorat', wrong: [1] },
  { name: 'Ratna Sari Dewi', unit: 'inspektorat', wrong: [0] },
  { name: 'Muhammad Iqbal', unit: 'inspektorat', wrong: [6, 5, 4], tempted: true },
  { name: 'Yuliana Tanjung', unit: 'inspektorat', wrong: [2] },
  { name: 'Bambang Supriyadi', unit: 'inspektorat', absent: true },
  { name: 'dr. Anisa Putri', unit: 'dinkes', wrong: [1] },
  { name: 'Eko Prasetyo, S.K.M.', unit: 'dinkes', wrong: [0] },
  { name: 'Fransiska Nainggolan', unit: 'dinkes', stopAtModule: 3 },
  { name: 'Gilang Ramadhan', unit: 'dinkes', wrong: [3, 2] },
  { name: 'Hj. Siti Maryam', unit: 'dinkes', wrong: [1] },
  { name: 'Irfan Hakim, Amd.Kep.', unit: 'dinkes', stopAtModule: 2, tempted: true },
  { name: 'Joko Susilo', unit: 'dinkes', wrong: [2] },
  { name: 'Kartika Sari', unit: 'dinkes', wrong: [0] },
  { name: 'Lukas Manurung', unit: 'dinkes', wrong: [4, 4, 3] },
  { name: 'Melati Kusuma', unit: 'dinkes', absent: true },
];

/** first.last@unit.sukamajukab.contoh.go.id, without titles. */
function email(plan: Plan): string {
  const bare = plan.name.replace(/^(dr\.|Hj\.)\s+/, '').split(',')[0]!.toLowerCase().split(' ');
  return `${bare[0]}.${bare.at(-1)}@${plan.unit}.sukamajukab.contoh.go.id`;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** Every statement of the cohort, in the order the LRS stored them, the roster, and the certificate number each learner's player showed. */
function sample(): { statements: string; roster: string; certificates: Map<string, string | null> } {
  const lines: string[] = [];
  const certificates = new Map<string, string | null>();
  let statementNo = 0;
  plans.forEach((plan, index) => {
    if (plan.absent) return;
    // Each learner starts on one of the ten working days of the fortnight, between 08:00 and 13:00 WIB.
    const day = index % 10;
    let clock = START + (day + (day >= 5 ? 2 : 0)) * DAY + ((index * 37) % 300) * 60_000;
    const step = () => {
      clock += 40_000 + ((clock / 1000) % 7) * 10_000;
    };
    const mbox = `mailto:${email(plan)}`;
    const engine = new CourseEngine(course, { seed: 7000 + index, now: () => clock, learnerId: mbox });
    const builder = new StatementBuilder({
      course,
      actor: { objectType: 'Agent', name: plan.name, mbox },
      registration: `7a000000-0000-4000-8000-${hex(index + 1, 12)}`,
      organisationUnit: units[plan.unit],
      newId: () => `5a000000-0000-4000-8000-${hex(++statementNo, 12)}`,
      courseTimeMs: () => engine.snapshot().totalTimeMs,
    });
    const sessionStart = clock;
    engine.on((event) => {
      for (const statement of builder.statementsFor(event)) lines.push(JSON.stringify(statement));
    });
    const wrong = plan.wrong ?? [0];
    playOnEngine(engine, {
      paths: plan.tempted ? temptedPaths : successPaths,
      attempts: wrong.length,
      stopAt: plan.stopAtModule === undefined ? undefined : course.modules[plan.stopAtModule]!.pages[0]!.id,
      step,
      answer: (q: Question, attempt: number) => {
        if (attempt === 0) return correctResponse(q, 'id');
        const drawn = engine.assessment('penilaian-akhir').questions.findIndex((d) => d.id === q.id);
        return drawn < wrong[attempt - 1]! ? wrongResponse(q) : correctResponse(q, 'id');
      },
    });
    lines.push(JSON.stringify(builder.terminated(clock, clock - sessionStart)));
    certificates.set(mbox, engine.certificate?.id ?? null);
  });
  const roster = ['email,name,unit', ...plans.map((p) => `${email(p)},"${p.name}",${units[p.unit]}`)].join('\n') + '\n';
  return { statements: lines.join('\n') + '\n', roster, certificates };
}

/** What the report says of each learner and of the cohort, without the texts a course edit may change. */
async function figures(source: AsyncIterable<SourceItem>): Promise<unknown> {
  const report = await buildReport(source, { ...courseAggregateOptions(course), roster: await readRoster(join(folder, 'angkatan-7.csv')), language: 'id' });
  return {
    statements: report.statements,
    totals: report.totals,
    units: report.units,
    averageScore: report.averageScore,
    stalls: report.stalls,
    learners: report.learners,
    endings: report.scenarios.map((s) => [s.id, s.endings.map((e) => [e.id, e.count])]),
  };
}

async function* fromLines(text: string): AsyncGenerator<SourceItem> {
  let line = 0;
  for (const row of text.split('\n')) {
    line++;
    if (row) yield { value: JSON.parse(row), where: `generated:${line}` };
  }
}

const made = sample();
const gz = join(folder, 'statements.ndjson.gz');
if (process.env.UPDATE_SAMPLE === '1') {
  writeFileSync(gz, gzipSync(made.statements, { level: 9 }));
  writeFileSync(join(folder, 'angkatan-7.csv'), made.roster);
}

describe('the sample cohort export in examples/integrity-ranger/cohort/', () => {
  it('reports on every learner exactly as the statements today\'s course and @coursekit/xapi make would', async () => {
    const committed = await figures(readStatementsFile(gz));
    expect(committed, 'the sample no longer matches the course: regenerate it with UPDATE_SAMPLE=1 (see this file)').toEqual(await figures(fromLines(made.statements)));
  });

  it('is a cohort of thirty from four agencies: 19 passed, 3 failed, 5 stalled, 3 never started, no statement ignored', async () => {
    const report = (await figures(readStatementsFile(gz))) as { statements: { ignored: number; read: number }; totals: Record<string, number>; units: Array<{ unit: string }> };
    expect(report.statements.ignored).toBe(0);
    expect(report.statements.read).toBe(made.statements.trim().split('\n').length);
    expect(report.totals).toMatchObject({ learners: 30, passed: 19, failed: 3, 'in-progress': 5, 'not-started': 3 });
    expect(report.units.map((u) => u.unit).sort()).toEqual(Object.values(units).sort());
  });

  it('lists for each learner who passed the certificate number the player showed, and none for the others', async () => {
    const report = await buildReport(readStatementsFile(gz), { ...courseAggregateOptions(course), language: 'id' });
    const issued = [...made.certificates].filter(([, number]) => number !== null);
    expect(issued).toHaveLength(19);
    expect(issued.every(([, number]) => isCertificateNumber(number!) && number!.startsWith('IR-'))).toBe(true);
    expect(Object.fromEntries(report.learners.map((l) => [l.key, l.certificates]))).toEqual(Object.fromEntries([...made.certificates].map(([mbox, number]) => [mbox, number ? [number] : []])));
    // certificateNumber({ prefix: 'IR', courseId: 'integrity-ranger', learner: 'mailto:siti.rahmawati@…', attempt: 1 })
    expect(report.learners.find((l) => l.name === 'Siti Rahmawati, S.E.')!.certificates).toEqual(['IR-TMBH-8E8X-U']);
  });

  it('holds the roster of all thirty', () => {
    expect(readFileSync(join(folder, 'angkatan-7.csv'), 'utf8')).toBe(made.roster);
    expect(made.roster.trim().split('\n')).toHaveLength(31);
  });
});
