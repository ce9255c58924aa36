import type { CohortReport } from '../aggregate/model';

/** The report as pretty JSON for other tools; the shape is `CohortReport`. */
export function renderJson(report: CohortReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
