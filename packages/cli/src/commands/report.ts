import { defineCommand, runFrom } from '../command';

/** `coursekit report`: who passed, who did not, and where they stalled, from xAPI statements. */
export default defineCommand({
  name: 'report',
  summary: 'Cohort report (HTML, CSV, JSON) from xAPI statements: an LRS or an export',
  usage: 'coursekit report <statements.json|.ndjson> | --lrs <endpoint> [--course <course.json>] [--out <file>] [options]',
  description: [
    'Reads the statements a CourseKit course sent, one at a time (a million statements fit in a few hundred MB), and reports learners by organisation unit: not started, in progress, completed, passed, failed; the score distribution; time spent; each question\'s difficulty and the wrong options chosen; each scenario\'s choices and endings; where those who did not finish stopped; each learner\'s certificate number, to check one a learner shows.',
    'The source is an export (a JSON array or NDJSON, one statement a line; either may be gzip-compressed) or an LRS (--lrs, following "more" links). LRS credentials come from COURSEKIT_LRS_USERNAME and COURSEKIT_LRS_PASSWORD (or COURSEKIT_LRS_AUTH, a whole Authorization header), or from --auth-file: never from the command line, where every user of the machine can read them.',
    'The format of --out follows its extension (.html, .csv, .json; "-" writes it to standard output); --csv writes the CSV too, in the same run. --json prints the JSON (everything the report holds) on standard output, as --json does for every command; with --json, an HTML report is written only when --out names a file. Files are written whole or not at all.',
    'Exit codes: 0 the report was written (an empty cohort too, with a warning); 1 the statements or the course are malformed; 2 a usage error, a file that cannot be read or written, an LRS that cannot be reached or refuses the credentials.',
  ].join('\n\n'),
  options: {
    lrs: { type: 'string', valueName: 'endpoint', description: 'Read from this LRS (its xAPI endpoint, e.g. https://lrs.example.go.id/xapi/)' },
    course: { type: 'string', short: 'c', valueName: 'course.json', description: "The course: its activity id and organisation-unit extension (tracking settings)" },
    activity: { type: 'string', valueName: 'iri', description: "The course's activity id, when there is no --course (default: the first course initialized in the statements)" },
    registration: { type: 'string', valueName: 'uuid', description: 'Only statements of this registration (LRS only)' },
    since: { type: 'string', valueName: 'date', description: 'Only statements stored after this ISO 8601 date or time (LRS only)' },
    until: { type: 'string', valueName: 'date', description: 'Only statements stored up to this ISO 8601 date or time (LRS only)' },
    'auth-file': { type: 'string', valueName: 'file', description: 'A file holding the LRS key:secret, or {"username": …, "password": …}' },
    'org-extension': { type: 'string', valueName: 'iri', description: "The context extension naming the learner's unit (default: the course's tracking.organisationExtension, then context.team)" },
    roster: { type: 'string', valueName: 'file.csv', description: 'The learners expected (email,name,unit), so those who never started are counted' },
    out: { type: 'string', short: 'o', valueName: 'file', description: 'The report to write: .html, .csv or .json ("-" for standard output)', defaultText: 'coursekit-report.html' },
    csv: { type: 'string', valueName: 'file', description: 'Also write the CSV (one row a learner)' },
    json: { type: 'boolean', description: 'Print the report as JSON on standard output (everything it holds)' },
    lang: { type: 'string', valueName: 'id|en', description: 'Language of the report, and of the CSV header', default: 'id' },
    tz: { type: 'string', valueName: 'zone', description: "Time zone of the times the report shows, e.g. Asia/Jakarta (the JSON and CSV keep UTC)", defaultText: "this machine's" },
    quiet: { type: 'boolean', short: 'q', description: 'No progress and no summary' },
  },
  positionals: { min: 0, max: 1 },
  examples: [
    'coursekit report statements.ndjson --course course.json --roster angkatan-7.csv --tz Asia/Jakarta --out angkatan-7.html',
    'COURSEKIT_LRS_USERNAME=key COURSEKIT_LRS_PASSWORD=secret coursekit report --lrs https://lrs.example.go.id/xapi/ --course course.json --since 2026-11-01 --out angkatan-7.html --csv angkatan-7.csv',
    'coursekit report export.json --activity https://example.go.id/xapi/integrity-ranger --lang en --json | jq .totals',
  ],
  run: runFrom(() => import('./report.run')),
});
