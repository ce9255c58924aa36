import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { RosterEntry } from '../aggregate/aggregator';
import { REPORT_ERROR, ReportError } from '../errors';

/**
 * Reads a roster CSV so learners who never started are counted. Columns (header row, any order):
 * `email` (or `account` as "homePage::name"), `name`, `unit`. Extra columns are ignored.
 *
 * @example
 * // email,name,unit
 * // ana@pemda.go.id,Ana Wijaya,Dinas Perizinan
 * const roster = await readRoster('cohort-7.csv');
 */
export async function readRoster(path: string): Promise<RosterEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ReportError(REPORT_ERROR.roster, `cannot read the roster ${path}`, { where: path, hint: 'check the path', cause: error });
  }
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ReportError(REPORT_ERROR.roster, `the roster is not valid CSV: ${(error as Error).message}`, {
      where: line ? `${path}:${line}` : path,
      hint: 'save it as CSV (comma-separated, UTF-8) with a header row: email,name,unit',
      cause: error,
    });
  }
  return rows.map((row, index) => {
    const key = row.email ? `mailto:${row.email.replace(/^mailto:/i, '')}` : row.account;
    if (!key) {
      throw new ReportError(REPORT_ERROR.roster, `roster row ${index + 2} has neither an email nor an account`, {
        where: `${path}:${index + 2}`,
        hint: 'give every learner an email (as in their xAPI mbox) or an account written "homePage::name"',
      });
    }
    return { key, name: row.name || key.replace(/^mailto:/, ''), unit: row.unit ?? '' };
  });
}
