import type { Plugin } from 'esbuild';
export declare function minifyTemplates(src: string, fileName?: string): string;
export declare const minifyTemplatesPlugin: Plugin;
