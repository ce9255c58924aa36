import { defineConfig } from 'tsup';
import { base } from '../../tsup.base.ts';

// bin.ts gets its shebang kept by tsup (esbuild keeps a leading #! line) and runs as dist/bin.js.
export default defineConfig({ ...base, entry: ['src/index.ts', 'src/bin.ts'] });
