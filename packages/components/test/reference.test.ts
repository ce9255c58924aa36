import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    componentsReference: () => Promise<{ manifest: string; committedManifest: string; markdown: string; committedMarkdown: string }>;
  }
}

describe('generated reference', () => {
  it('custom-elements.json and docs/reference/components.md match the elements’ JSDoc (run `pnpm --filter @coursekit/components cem`)', async () => {
    const r = await commands.componentsReference();
    expect(r.committedManifest).toBe(r.manifest);
    expect(r.committedMarkdown).toBe(r.markdown);
    expect(r.markdown).toContain('## ck-course-player');
    expect(r.markdown).toContain('| `ck-page-change` | The learner is moving to another page; cancelable. detail: { moduleId, pageId, index } |');
  });
});
