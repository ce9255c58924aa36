/** Chromium's path and flags for every browser test and script (see chromium.mjs). */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
