import { defineConfig } from 'tsup';
import { base } from '../../tsup.base.ts';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

/** Entry points with side effects: each defines its element(s). Listed in package.json "sideEffects". */
export const defineEntries = {
  'course-player': 'src/course-player/course-player.ts',
  scenario: 'src/scenario/scenario.ts',
  question: 'src/question/question.ts',
  quiz: 'src/quiz/quiz.ts',
  'micro-cards': 'src/micro-cards/micro-cards.ts',
  progress: 'src/progress/progress.ts',
  callout: 'src/callout/callout.ts',
  accordion: 'src/accordion/accordion.ts',
  tabs: 'src/tabs/tabs.ts',
  'flip-cards': 'src/flip-cards/flip-cards.ts',
  dialogue: 'src/dialogue/dialogue.ts',
  media: 'src/media/media.ts',
  certificate: 'src/certificate/certificate.ts',
};

// The bundles a learner downloads (dist/coursekit.js, dist/ck-scenario.js, dist/player/<target>/)
// are built after this by scripts/bundles.mjs, all with the same settings.
export default defineConfig([
  // For npm users: ESM with Lit and the engine as dependencies, shared code in dist/chunks/.
  {
    ...base,
    clean: false,
    esbuildPlugins: [minifyTemplatesPlugin],
    entry: { index: 'src/index.ts', 'static-page': 'src/course-player/static-page.ts', ...defineEntries },
    esbuildOptions(options) {
      options.chunkNames = 'chunks/[name]-[hash]';
    },
  },
]);
