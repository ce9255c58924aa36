import { defineCommand, runFrom } from '../command';
import { IMAGE_BUDGET_OPTION } from './image-budget';
import { LMS_PROFILE_NAMES, TARGET_LABELS, TARGET_NAMES } from './targets';

/** `coursekit build <course.json> --target <t> [--out file.zip]`: an LMS-ready zip per target. */
export default defineCommand({
  name: 'build',
  summary: 'Package a course for an LMS: SCORM 1.2, SCORM 2004 3rd/4th, cmi5, xAPI (TinCan) or an offline-capable web site',
  usage: 'coursekit build <course.json> --target <target|all> [--out <file.zip|folder>] [--json]',
  description: [
    `Targets: ${TARGET_NAMES.map((t) => `${t} (${TARGET_LABELS[t]})`).join(', ')}, or all.`,
    'The zip holds the player for that target only, the validated course with its $includes resolved, the files it references and the manifest. Builds are deterministic (same input, same bytes) and atomic (a failed build leaves nothing at --out, not even a folder it made), and never write over what they read: an --out that is, or lies inside, the course file, an included file, an asset or an assets folder is refused (CK956).',
    'Without --out the zip goes to dist/<id>-<version>-<target>.zip; with --target all, --out names a folder.',
  ].join('\n\n'),
  options: {
    target: { type: 'string', short: 't', valueName: 'target', description: `One of ${TARGET_NAMES.join(', ')}, or all` },
    out: { type: 'string', short: 'o', valueName: 'path', description: 'The zip to write (a folder with --target all)' },
    json: { type: 'boolean', description: 'Print the result as JSON on stdout (no progress bar)' },
    quiet: { type: 'boolean', short: 'q', description: 'No progress bar' },
    lms: { type: 'string', valueName: 'profile', description: `SCORM targets: the LMS quirk profile, one of ${LMS_PROFILE_NAMES.join(', ')} (docs/lms-compatibility.md)`, defaultText: 'default' },
    'xapi-endpoint': { type: 'string', valueName: 'url', description: 'web target: also send xAPI statements to this LRS' },
    'image-budget': IMAGE_BUDGET_OPTION,
    'optimize-images': { type: 'boolean', description: 'Re-encode JPEG, PNG and WebP images over the budget: at most 1600 px wide, same format, kept only when smaller' },
    'xapi-auth': { type: 'string', valueName: 'header', description: 'web target: LRS Authorization header. Every learner can read it: prefer a same-origin proxy' },
  },
  positionals: { min: 1, max: 1 },
  examples: [
    'coursekit build course.json --target scorm2004-4',
    'coursekit build course.json --target scorm12 --out dist/pelatihan-scorm12.zip',
    'coursekit build course.json --target scorm2004-4 --lms cornerstone',
    'coursekit build course.json --target all --out dist/ --json',
    'coursekit build course.json --target web --optimize-images --image-budget 150',
  ],
  run: runFrom(() => import('./build.run')),
});
