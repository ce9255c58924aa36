// The commands a test uses to hold back requests matching a pattern (a slow network), then let them
// through or fail them: defined in vitest.config.ts.
declare module 'vitest/browser' {
  interface BrowserCommands {
    holdRequests: (pattern: string) => Promise<void>;
    /** Waits for `expected` held requests (default 1, up to 10 s), then lets them go on or fails them; returns how many were held. */
    releaseRequests: (pattern: string, how: 'continue' | 'abort', expected?: number) => Promise<number>;
  }
}

export {};
