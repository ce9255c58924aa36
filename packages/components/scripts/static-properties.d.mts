import type { Plugin } from 'esbuild';
export declare function staticProperties(src: string, fileName?: string): string;
export declare const bundleSourcesPlugin: Plugin;
