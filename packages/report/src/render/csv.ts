import type { CohortReport } from '../aggregate/model';
import { stringsFor } from './strings';

/**
 * One CSV cell, RFC 4180 quoted. A cell that a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR) is prefixed with an apostrophe: learner names come from the LRS, not from us.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The per-learner CSV: one row a learner. The header is in the report's language, every column
 * of it (learner,name,… or peserta,nama,…); the status column holds the stable keys passed,
 * failed, completed, in-progress and not-started, whatever the language; times are ISO 8601 UTC.
 * The last column (certificate_number, nomor_sertifikat) holds the learner's certificate number,
 * or several separated by a space when a learner was issued more than one.
 *
 * @example
 * await writeFile('cohort.csv', renderCsv(report));
 */
export function renderCsv(report: CohortReport): string {
  const t = stringsFor(report.language);
  const header = t.csv;
  const lines = [header.map(csvCell).join(',')];
  for (const r of report.learners) {
    lines.push(
      [r.key, r.name, r.unit, r.status, r.score, Math.round(r.durationMs / 60000), r.firstSeen, r.lastActive, r.lastPlace, r.certificates.join(' ')].map(csvCell).join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
