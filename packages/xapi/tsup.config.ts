import { defineConfig } from 'tsup';
import { base } from '../../tsup.base.ts';

export default defineConfig({ ...base, entry: { index: 'src/index.ts', xapi: 'src/xapi.ts', 'cmi5/index': 'src/cmi5/index.ts', 'delivery/index': 'src/delivery/index.ts' } });
