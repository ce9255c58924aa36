// The commands a test uses to hold back requests matching a pattern (a slow network), then let them
// through or fail them: defined in vitest.config.ts.
declare module 'vitest/browser' {
  interface BrowserCommands {
    holdRequests: (pattern: string) => Promise<void>;
    releaseRequests: (pattern: string, how: 'continue' | 'abort') => Promise<number>;
  }
}

export {};
