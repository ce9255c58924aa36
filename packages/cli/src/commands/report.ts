import { defineCommand } from '../command';
import { CLI_ERROR, UsageError } from '../exit';

/**
 * `coursekit report`: cohort reports from xAPI statements. A placeholder until it is wired to
 * @coursekit/report; replacing this file is all it takes (the registry already lists it).
 */
export default defineCommand({
  name: 'report',
  summary: 'Cohort report (HTML, CSV, JSON) from xAPI statements (not available yet)',
  usage: 'coursekit report <statements.json|--lrs <url>> [options]',
  options: {},
  positionals: { min: 0, max: 99 },
  examples: [],
  async run() {
    throw new UsageError(CLI_ERROR.unknownCommand, 'coursekit report is not available in this version', 'use @coursekit/report from Node in the meantime');
  },
});
