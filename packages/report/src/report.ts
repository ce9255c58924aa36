import { CohortAggregator, type AggregateOptions } from './aggregate/aggregator';
import type { CohortReport } from './aggregate/model';
import type { SourceItem } from './sources/file';

/**
 * Folds a stream of statements (from a file or an LRS) into a cohort report.
 * Memory stays bounded by the cohort, not the number of statements.
 *
 * @example
 * const report = await buildReport(readStatementsFile('cohort.ndjson'), { language: 'id' });
 * await writeFile('cohort.html', renderHtml(report));
 */
export async function buildReport(source: AsyncIterable<SourceItem>, options: AggregateOptions = {}, onProgress?: (read: number) => void): Promise<CohortReport> {
  const aggregator = new CohortAggregator(options);
  let read = 0;
  for await (const item of source) {
    aggregator.add(item.value, item.where);
    if (onProgress && ++read % 10_000 === 0) onProgress(read);
  }
  return aggregator.finish();
}
