import { defineCommand } from '../command';
import { CLI_ERROR, UsageError } from '../exit';

/** `coursekit preview <course.json>`: the course as the LMS will play it. */
export default defineCommand({
  name: 'preview',
  summary: 'Play a course locally with live reload and an LMS panel (scorm-again, xAPI statements)',
  usage: 'coursekit preview <course.json> [--target <target>] [--port <n>] [--no-open]',
  options: {},
  positionals: { min: 1, max: 1 },
  examples: [],
  async run() {
    throw new UsageError(CLI_ERROR.unknownCommand, 'preview is not ready');
  },
});
