import { defineConfig } from 'tsup';
import { base } from '../../tsup.base.ts';

// One entry per target, so a SCORM 1.2 package carries no SCORM 2004 code (and the reverse).
export default defineConfig({
  ...base,
  entry: {
    index: 'src/index.ts',
    'scorm12/index': 'src/scorm12/index.ts',
    'scorm2004/index': 'src/scorm2004/index.ts',
    'standalone/index': 'src/standalone/index.ts',
  },
});
