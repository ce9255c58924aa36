import { defineCommand, runFrom } from '../command';
import { TARGET_NAMES } from './targets';

/** `coursekit preview <course.json>`: the course in a local LMS, with live reload. */
export default defineCommand({
  name: 'preview',
  summary: 'Play a course locally in a stand-in LMS: scorm-again for SCORM, an in-memory LRS for xAPI and cmi5, live reload',
  usage: 'coursekit preview <course.json> [--target <target>] [--port <n>] [--no-open] [--json]',
  description: [
    'Serves the package a build would make, unzipped, inside an LMS panel: for SCORM targets scorm-again is the LMS and the panel shows the CMI values and every API call; for xapi and cmi5 the course launches against an in-memory LRS (for previews only) and the panel lists the statements it receives. Saving any file in the course folder reloads the course; problems in the course show in the panel.',
    'Relaunch ends the session and starts a new one with what the LMS kept (resume). Reset clears it.',
    'The address printed carries a token made for this run (?token=…): the server answers only requests that carry it (the browser keeps it in a cookie), only at 127.0.0.1, localhost or [::1] with its port, and refuses changes (POST, PUT, DELETE) from pages of other origins. Open the address as printed.',
  ].join('\n\n'),
  options: {
    target: { type: 'string', short: 't', valueName: 'target', description: `The target to play: ${TARGET_NAMES.join(', ')}`, default: 'scorm12' },
    port: { type: 'string', short: 'p', valueName: 'n', description: 'Port on 127.0.0.1 (0: any free port)', defaultText: '4173, or a free one when taken' },
    open: { type: 'boolean', description: 'Open a browser (never in CI or without a display; --no-open to skip)', default: true },
    json: { type: 'boolean', description: 'For scripts: print one JSON line once the server listens, { url, target, course, problems }, and nothing else on stdout' },
  },
  positionals: { min: 1, max: 1 },
  examples: ['coursekit preview course.json', 'coursekit preview course.json --target cmi5 --port 0 --no-open'],
  run: runFrom(() => import('./preview.run')),
});
