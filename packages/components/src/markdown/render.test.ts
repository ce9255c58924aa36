import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from './render';

function htmlOf(source: string, lang = 'id'): string {
  const host = document.createElement('div');
  render(renderMarkdown(source, { lang }), host);
  return host.innerHTML.replace(/<!--[^>]*-->/g, '');
}

describe('renderMarkdown', () => {
  it('renders paragraphs, strong, emphasis, code and breaks', () => {
    expect(htmlOf('Laporkan ke **UPG** dalam *30 hari kerja*.  \nPasal `12C`.\n\nSelesai.')).toBe(
      '<p>Laporkan ke <strong>UPG</strong> dalam <em>30 hari kerja</em>.<br>Pasal <code>12C</code>.</p><p>Selesai.</p>',
    );
  });

  it('renders lists with their start and block quotes', () => {
    expect(htmlOf('- tolak\n- lapor')).toBe('<ul><li>tolak</li><li>lapor</li></ul>');
    expect(htmlOf('1. tolak\n2. lapor')).toBe('<ol><li>tolak</li><li>lapor</li></ol>');
    expect(htmlOf('4. tolak')).toBe('<ol start="4"><li>tolak</li></ol>');
    expect(htmlOf('> *Integritas*')).toBe('<blockquote><p><em>Integritas</em></p></blockquote>');
  });

  it('opens web and mail links in a new tab, safely, and says so in the UI language', () => {
    expect(htmlOf('[KPK](https://www.kpk.go.id)')).toBe(
      '<p><a target="_blank" rel="noopener noreferrer" href="https://www.kpk.go.id">KPK<span class="visually-hidden"> (membuka tab baru)</span></a></p>',
    );
    expect(htmlOf('[surat](mailto:upg@example.go.id)', 'en')).toBe(
      '<p><a target="_blank" rel="noopener noreferrer" href="mailto:upg@example.go.id">surat<span class="visually-hidden"> (opens in a new tab)</span></a></p>',
    );
  });

  it('shows links to anything but http(s) and mailto as the author wrote them', () => {
    expect(htmlOf('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>');
    expect(htmlOf('[x](JaVaScRiPt:alert(1))')).toBe('<p>[x](JaVaScRiPt:alert(1))</p>');
    expect(htmlOf('[x](data:text/html,<b>)')).toBe('<p>[x](data:text/html,&lt;b&gt;)</p>');
    expect(htmlOf('[x](materi.pdf)')).toBe('<p>[x](materi.pdf)</p>');
  });

  it('shows raw HTML as text', () => {
    expect(htmlOf('<img src=x onerror=alert(1)> <script>alert(2)</script>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;</p>');
  });

  it('renders inline Markdown without a paragraph', () => {
    const host = document.createElement('div');
    render(renderInlineMarkdown('**Mitos:** cuma kecil'), host);
    expect(host.innerHTML.replace(/<!--[^>]*-->/g, '')).toBe('<strong>Mitos:</strong> cuma kecil');
  });
});
