import { defineCommand, runFrom } from '../command';

/** `coursekit studio [folder]`: edit a course visually in a local app; the JSON files stay the source. */
export default defineCommand({
  name: 'studio',
  summary: 'Edit a course visually in a local app (Studio); its JSON files stay the source and are saved byte for byte',
  usage: 'coursekit studio [folder] [--port <n>] [--no-open]',
  description: [
    'Opens the course folder (the one that holds course.json; default: the current folder) in CourseKit Studio, a local app in the browser: outline, forms from the course schema, languages side by side, scenario map, live preview with the real player, problems as you type, assets, build.',
    'Saving writes only the files that changed, as small edits at the values that changed: $include files, key order and formatting stay, so saving an untouched course changes no byte. A file changed on disk meanwhile (another editor, git checkout) is not overwritten: Studio asks whether to reload it or keep your edits.',
    'Without --port, each course folder has a port of its own (from its path, in 20000–29999; the next free one when it is taken), so a course opens at the same address run after run and the browser finds the edits it keeps until they are saved.',
    'The address printed carries a token made for this run (?token=…): Studio answers only requests that carry it (the browser keeps it in a cookie), only at 127.0.0.1, localhost or [::1] with its port, and only from its own pages. Open the address as printed.',
  ].join('\n\n'),
  options: {
    port: { type: 'string', short: 'p', valueName: 'n', description: 'Port on 127.0.0.1 (0: any free port)', defaultText: "the course folder's own port, the same each run" },
    open: { type: 'boolean', description: 'Open a browser (never in CI or without a display; --no-open to skip)', default: true },
  },
  positionals: { min: 0, max: 1 },
  examples: ['coursekit studio', 'coursekit studio pelatihan-gratifikasi --port 4300 --no-open'],
  run: runFrom(() => import('./studio.run')),
});
