import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    componentsReference: () => Promise<{
      manifest: string;
      committedManifest: string;
      markdown: string;
      committedMarkdown: string;
      integrations: Array<{ path: string; text: string; committed: string }>;
    }>;
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

  it('the React, Vue, VS Code and JetBrains integration files match the manifest (run `pnpm --filter @coursekit/components cem`)', async () => {
    const { integrations } = await commands.componentsReference();
    expect(integrations.map((i) => i.path)).toEqual(['frameworks/react.d.ts', 'frameworks/vue.d.ts', 'frameworks/vscode.html-custom-data.json', 'web-types.json']);
    for (const { path, text, committed } of integrations) expect(committed, path).toBe(text);
  });

  it('gives every event of every element its class, so frameworks can type the listener', async () => {
    const { manifest } = await commands.componentsReference();
    const events = (JSON.parse(manifest) as { modules: Array<{ declarations?: Array<{ tagName?: string; events?: Array<{ name: string; type?: { text: string } }> }> }> }).modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.events ?? []).map((e) => `${d.tagName} ${e.name} ${e.type?.text ?? 'untyped'}`));
    expect(events.filter((e) => e.endsWith('untyped'))).toEqual([]);
    expect(events).toContain('ck-scenario ck-choice CkChoiceEvent');
    expect(events).toContain('ck-course-player ck-error CkErrorEvent');
  });
});
