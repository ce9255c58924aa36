import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    bundleEntry: (entry: string) => Promise<{ code: string; gzip: number }>;
  }
}

/** The ck- elements a bundle defines, found by running it in a fresh frame of its own. */
async function definedBy(code: string): Promise<string[]> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  try {
    const win = frame.contentWindow as Window & typeof globalThis;
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = url;
    const loaded = new Promise<void>((resolve, reject) => {
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('the bundle did not load'));
    });
    win.document.head.append(script);
    await loaded;
    URL.revokeObjectURL(url);
    const tags = ['ck-course-player', 'ck-scenario', 'ck-question', 'ck-quiz', 'ck-micro-cards', 'ck-progress', 'ck-callout', 'ck-accordion', 'ck-tabs', 'ck-flip-cards', 'ck-dialogue', 'ck-media', 'ck-certificate'];
    return tags.filter((t) => win.customElements.get(t));
  } finally {
    frame.remove();
  }
}

// An npm user who imports one element gets that element (and the elements it renders), not the
// whole player: each entry point tree-shakes.
describe('per-element entry points', () => {
  const blocks = ['progress', 'callout', 'accordion', 'tabs', 'flip-cards', 'dialogue', 'media', 'certificate'];
  const whole = commands.bundleEntry('course-player');

  for (const [entry, defines] of [
    ...blocks.map((b) => [b, [`ck-${b}`]] as const),
    ['question', ['ck-question']],
    ['micro-cards', ['ck-micro-cards']],
    ['scenario', ['ck-scenario']],
    ['quiz', ['ck-question', 'ck-quiz']],
  ] as const) {
    it(`@coursekit/components/${entry} defines ${defines.join(' and ')} only, in well under the whole player's bytes`, async () => {
      const { code, gzip } = await commands.bundleEntry(entry);
      expect(await definedBy(code)).toEqual([...defines].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
      const player = await whole;
      // A content block is Lit (about 6 KB gzip), the Markdown renderer, the base styles and
      // itself, about 10.5 KB; with the engine (about 7.7 KB) it would be well over 12.
      if ((blocks as readonly string[]).includes(entry)) expect(gzip).toBeLessThan(12 * 1024);
      expect(gzip).toBeGreaterThan(5 * 1024);
      expect(gzip).toBeLessThan(player.gzip * 0.75);
    });
  }

  it('@coursekit/components/course-player defines every element', async () => {
    expect(await definedBy((await whole).code)).toEqual(ORDER);
  });
});

const ORDER = ['ck-course-player', 'ck-scenario', 'ck-question', 'ck-quiz', 'ck-micro-cards', 'ck-progress', 'ck-callout', 'ck-accordion', 'ck-tabs', 'ck-flip-cards', 'ck-dialogue', 'ck-media', 'ck-certificate'];
