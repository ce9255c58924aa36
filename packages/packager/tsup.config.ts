import { defineConfig } from 'tsup';
import { base } from '../../tsup.base.ts';

// The Node library (manifests, zips, builds). The learner's players are built by @coursekit/components.
export default defineConfig([{ ...base, entry: ['src/index.ts', 'src/image-budget.ts'], clean: ['*.js', '*.d.ts', '*.map'] }]);
