export declare const bundleConditions: string[];
export declare const terserOptions: { module: boolean; ecma: 2020; compress: { passes: number; reduce_vars: boolean; sequences: boolean }; mangle: { properties: { regex: RegExp } }; format: { comments: boolean } };
export declare const splitTerserOptions: { module: boolean; ecma: 2020; compress: { passes: number; reduce_vars: boolean; sequences: boolean }; mangle: boolean; format: { comments: boolean } };
