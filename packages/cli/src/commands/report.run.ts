import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildReport,
  courseAggregateOptions,
  lrsAuthorization,
  readRoster,
  readStatementsFile,
  readStatementsFromLrs,
  redactCredentials,
  renderCsv,
  renderHtml,
  renderJson,
  ReportError,
  type AggregateOptions,
  type CohortReport,
  type SourceItem,
} from '@coursekit/report';
import { formatDiagnostics } from '@coursekit/schema';
import { loadCourse } from '@coursekit/schema/node';
import type { CommandInput } from '../command';
import { CLI_ERROR, EXIT, exitCodeFor, UsageError } from '../exit';
import { inert } from '../format';
import { colors, type Io } from '../io';

type Format = 'html' | 'csv' | 'json';
const RENDER: Record<Format, (report: CohortReport) => string> = { html: renderHtml, csv: renderCsv, json: renderJson };

function formatOf(file: string, fallback: Format): Format {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  return fallback;
}

function isoOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new UsageError(CLI_ERROR.badValue, `--${name} "${value}" is not a date`, 'give an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T08:00:00+07:00');
  return new Date(time).toISOString();
}

/** Whether two paths name one file (links and `..` followed where the file exists). */
function sameFile(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  return a === b || real(a) === real(b);
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UsageError(CLI_ERROR.io, `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'check that the folder exists and can be written');
  }
}

/** What the course file says about its statements: the activity id and the organisation-unit extension. */
async function courseSettings(file: string, io: Io): Promise<Pick<AggregateOptions, 'courseActivityId' | 'organisationExtension'>> {
  const shown = path.relative(io.cwd, file) || file;
  const { course, diagnostics } = await loadCourse(file);
  if (!course) {
    io.stderr.write(`${formatDiagnostics(diagnostics, { color: colors(io.stderr, io.env).on })}\n`);
    throw new UsageError(CLI_ERROR.badValue, `--course ${shown} could not be read as a course`, 'fix the problems above, or leave out --course and give --activity');
  }
  return courseAggregateOptions(course);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What `coursekit report` does once chosen: loaded only then, so --help and --version load none of it. */
export async function run({ positionals, values, io }: CommandInput): Promise<number> {
  const c = colors(io.stderr, io.env);
  const file = positionals[0];
  const lrs = values.lrs as string | undefined;
  if (!file && !lrs) throw new UsageError(CLI_ERROR.badArguments, 'no statements to read', 'give an export file (coursekit report statements.ndjson) or an LRS (--lrs <endpoint>)');
  if (file && lrs) throw new UsageError(CLI_ERROR.badArguments, 'give either a statements file or --lrs, not both');
  if (lrs && !/^https?:\/\//i.test(lrs)) throw new UsageError(CLI_ERROR.badValue, `--lrs "${lrs.slice(0, 200)}" is not an http(s) URL`, 'give the xAPI endpoint, e.g. https://lrs.example.go.id/xapi/');
  // A key and secret in the URL would be on the command line (every user can read it) and in messages.
  if (lrs && /^https?:\/\/[^/?#]*@/i.test(lrs)) throw new UsageError(CLI_ERROR.badValue, '--lrs holds credentials (user:password@): they were not used and are not shown', 'give the endpoint without them, and the credentials in COURSEKIT_LRS_USERNAME and COURSEKIT_LRS_PASSWORD or --auth-file');
  for (const only of ['registration', 'since', 'until', 'auth-file'] as const) {
    if (file && values[only] !== undefined) throw new UsageError(CLI_ERROR.badOption, `--${only} applies to --lrs only`, 'filter an export before reporting, or read from the LRS');
  }
  const language = (values.lang as string | undefined) ?? 'id';
  if (language !== 'id' && language !== 'en') throw new UsageError(CLI_ERROR.badValue, `--lang "${language}" is not a report language`, 'use id or en');
  const timeZone = values.tz as string | undefined;
  if (timeZone !== undefined && !isTimeZone(timeZone)) throw new UsageError(CLI_ERROR.badValue, `--tz "${timeZone}" is not a time zone`, 'give an IANA time zone such as Asia/Jakarta, Asia/Makassar, Asia/Jayapura or UTC');
  const since = isoOption('since', values.since as string | undefined);
  const until = isoOption('until', values.until as string | undefined);

  const outputs: Array<{ file: string; format: Format }> = [];
  const out = (values.out as string | undefined) ?? (values.json ? undefined : 'coursekit-report.html');
  if (out !== undefined) outputs.push({ file: out, format: formatOf(out, 'html') });
  if (values.csv) outputs.push({ file: values.csv as string, format: 'csv' });
  if (values.json) outputs.push({ file: '-', format: 'json' });
  if (outputs.filter((o) => o.file === '-').length > 1) throw new UsageError(CLI_ERROR.badOption, 'only one output can go to standard output ("-" or --json)', 'write the others to files');
  // Inputs are never overwritten: a report written over its statements or roster would lose them.
  const inputs = [file, values.course, values.roster, values['auth-file']].filter((f): f is string => typeof f === 'string');
  for (const output of outputs.filter((o) => o.file !== '-')) {
    const input = inputs.find((i) => sameFile(path.resolve(io.cwd, i), path.resolve(io.cwd, output.file)));
    if (input) throw new UsageError(CLI_ERROR.outputIsInput, `the report would be written over ${input}, which it reads; nothing was written`, 'give --out and --csv new file names');
  }

  const options: AggregateOptions = { language, ...(timeZone ? { timeZone } : {}) };
  // Known once read, so that no message printed below can show it.
  let authorization: string | undefined;
  const shown = (text: string) => inert(redactCredentials(text, authorization));
  try {
    if (values.course) Object.assign(options, await courseSettings(path.resolve(io.cwd, values.course as string), io));
    if (values.activity) options.courseActivityId = values.activity as string;
    if (values['org-extension']) options.organisationExtension = values['org-extension'] as string;
    if (values.roster) options.roster = await readRoster(path.resolve(io.cwd, values.roster as string));

    let source: AsyncIterable<SourceItem>;
    if (lrs) {
      const authFile = values['auth-file'] as string | undefined;
      authorization = await lrsAuthorization(io.env, authFile ? path.resolve(io.cwd, authFile) : undefined);
      source = readStatementsFromLrs({
        endpoint: lrs,
        authorization,
        ...(options.courseActivityId ? { activity: options.courseActivityId } : {}),
        ...(values.registration ? { registration: values.registration as string } : {}),
        ...(since ? { since } : {}),
        ...(until ? { until } : {}),
      });
    } else {
      source = readStatementsFile(path.resolve(io.cwd, file!));
    }
    // A running count on a terminal, redrawn every 10,000 statements (buildReport's progress).
    const progress = !values.quiet && Boolean(io.stderr.isTTY);
    const report = await buildReport(source, options, progress ? (read) => io.stderr.write(`\r\u001b[2K${read.toLocaleString('en')} statements read`) : undefined);
    if (progress && report.statements.read >= 10_000) io.stderr.write('\r\u001b[2K');

    for (const output of outputs) {
      const text = RENDER[output.format](report);
      if (output.file === '-') io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      else await writeAtomically(path.resolve(io.cwd, output.file), text);
    }

    if (report.statements.ignored > 0) {
      const first = report.statements.examples[0];
      io.stderr.write(`${c.yellow('warning')} ${report.statements.ignored.toLocaleString('en')} statement(s) set aside${first ? `, e.g. ${shown(first.where)}: ${shown(first.reason)}` : ''} (listed in the report)\n`);
    }
    if (report.statements.used === 0) {
      io.stderr.write(
        `${c.yellow('warning')} no statements about ${options.courseActivityId ? shown(options.courseActivityId) : 'the course'} were found: the report is empty.\n` +
          `  ${c.dim('hint: check the activity id (--course or --activity), the time range (--since, --until), or that the export is the right one')}\n`,
      );
    }
    if (!values.quiet) {
      const t = report.totals;
      io.stderr.write(
        `${c.bold(shown(report.course.name || report.course.id || 'Cohort'))}: ${t.learners} learner(s): ${t.passed} passed, ${t.failed} failed, ${t.completed} completed, ${t['in-progress']} in progress, ${t['not-started']} not started (${report.statements.used.toLocaleString('en')} statements)\n`,
      );
      for (const output of outputs.filter((o) => o.file !== '-')) io.stderr.write(`${c.green('wrote')} ${shown(output.file)}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ReportError) {
      io.stderr.write(`${c.bold('coursekit')} ${c.red('error')} ${error.code} ${shown(error.message)}\n${error.where ? `  at ${shown(error.where)}\n` : ''}${error.hint ? c.dim(`  hint: ${shown(error.hint)}\n`) : ''}`);
      return exitCodeFor(error);
    }
    if (error instanceof Error) error.message = redactCredentials(error.message, authorization);
    throw error;
  }
}
