import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

function htmlOf(source: string): string {
  const host = document.createElement('div');
  render(renderMarkdown(source), host);
  // Lit's markers are comments; drop them to compare the markup a reader gets.
  return host.innerHTML.replace(/<!--[^>]*-->/g, '');
}

describe('renderMarkdown', () => {
  it('renders paragraphs, strong, emphasis and code', () => {
    expect(htmlOf('Laporkan ke **UPG** dalam *30 hari kerja*.\n\nPasal `12C`.')).toBe(
      '<p>Laporkan ke <strong>UPG</strong> dalam <em>30 hari kerja</em>.</p><p>Pasal <code>12C</code>.</p>',
    );
  });

  it('renders lists and block quotes', () => {
    expect(htmlOf('- tolak\n- catat\n- laporkan')).toBe('<ul><li>tolak</li><li>catat</li><li>laporkan</li></ul>');
    expect(htmlOf('1. tolak\n2. lapor')).toBe('<ol><li>tolak</li><li>lapor</li></ol>');
    expect(htmlOf('> Integritas itu *mahal*.')).toBe('<blockquote><p>Integritas itu <em>mahal</em>.</p></blockquote>');
  });

  it('links only to http(s) and mailto, opening safely in a new tab', () => {
    expect(htmlOf('[KPK](https://www.kpk.go.id)')).toBe('<p><a target="_blank" rel="noopener noreferrer" href="https://www.kpk.go.id">KPK</a></p>');
    expect(htmlOf('[surat](mailto:upg@example.go.id)')).toBe('<p><a target="_blank" rel="noopener noreferrer" href="mailto:upg@example.go.id">surat</a></p>');
    expect(htmlOf('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>');
    expect(htmlOf('[x](data:text/html,<b>)')).toBe('<p>[x](data:text/html,&lt;b&gt;)</p>');
  });

  it('shows raw HTML as text', () => {
    expect(htmlOf('<img src=x onerror=alert(1)> <script>alert(2)</script>')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;</p>',
    );
  });

  it('leaves underscores inside words alone', () => {
    expect(htmlOf('suspend_data and cmi.core_lesson, but _this_ is emphasis')).toBe('<p>suspend_data and cmi.core_lesson, but <em>this</em> is emphasis</p>');
  });
});
