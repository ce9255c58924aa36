import { defineConfig } from 'tsup';
import { base } from '../../tsup.base.ts';

// "." is browser-safe (no Node imports); "./node" adds the file loader.
export default defineConfig({ ...base, entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' } });
