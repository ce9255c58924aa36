import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { renderMarkdown } from './render';
import { xssCorpus } from './xss-corpus';

declare global {
  interface Window {
    __ckXss?: number;
  }
}

/** Every element below `root` whose attributes could run script or load a document. */
export function dangerousNodes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'svg', 'math', 'img', 'video', 'audio', 'template'].includes(tag)) found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) && !/^(https?:\/\/|mailto:)/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
      if (attr.name === 'style') found.push(`${tag}[style]`);
    }
  }
  return found;
}

describe('Markdown XSS corpus', () => {
  afterEach(() => {
    delete window.__ckXss;
    document.querySelectorAll('.xss-host').forEach((h) => h.remove());
  });

  it('renders every payload inert: no script runs, no dangerous element, attribute or href', async () => {
    const host = document.createElement('div');
    host.className = 'xss-host';
    document.body.append(host);
    for (const payload of xssCorpus) render(renderMarkdown(payload), host.appendChild(document.createElement('section')));
    // Give any injected handler (onerror, onload, a timer) the chance to run.
    await new Promise((r) => setTimeout(r, 200));
    expect(window.__ckXss).toBeUndefined();
    expect(dangerousNodes(host)).toEqual([]);
    expect(host.querySelectorAll('section').length).toBe(xssCorpus.length);
  });

  it('would notice a payload that ran (control: the same payload through innerHTML)', async () => {
    const host = document.createElement('div');
    host.className = 'xss-host';
    document.body.append(host);
    host.innerHTML = xssCorpus[1]!;
    await new Promise((r) => setTimeout(r, 200));
    expect(window.__ckXss).toBe(1);
    expect(dangerousNodes(host)).toEqual(['<img>', 'img[src=x]', 'img[onerror]']);
  });

  it('keeps the text of each payload readable', () => {
    const host = document.createElement('div');
    render(renderMarkdown('<script>window.__ckXss=1</script>'), host);
    expect(host.textContent).toBe('<script>window.__ckXss=1</script>');
  });
});
