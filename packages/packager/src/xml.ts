/** An XML element: name, attributes (undefined ones are left out) and children (elements or text). */
export interface XmlElement {
  name: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: Array<XmlElement | string | null | undefined | false>;
}

// XML 1.0 §2.2 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. Anything else
// (C0 controls, lone surrogates, U+FFFE/U+FFFF) makes the document not well-formed, so it is dropped.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text made safe for XML content and attribute values: markup characters escaped, characters
 * XML 1.0 forbids removed. Every other Unicode character is kept as is (the document is UTF-8).
 *
 * @example
 * escapeXml('Gratifikasi & "hadiah" <10 juta>'); // 'Gratifikasi &amp; &quot;hadiah&quot; &lt;10 juta&gt;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Attribute-value normalisation (XML 1.0 §3.3.3) would turn raw line breaks and tabs into spaces.
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

function render(el: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(el.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const children = (el.children ?? []).filter((c): c is XmlElement | string => c !== null && c !== undefined && c !== false);
  if (children.length === 0) {
    out.push(`${pad}<${el.name}${attrs}/>`);
  } else if (children.every((c) => typeof c === 'string')) {
    out.push(`${pad}<${el.name}${attrs}>${children.map((c) => escapeXml(c as string)).join('')}</${el.name}>`);
  } else {
    out.push(`${pad}<${el.name}${attrs}>`);
    for (const c of children) {
      if (typeof c === 'string') out.push(`${pad}  ${escapeXml(c)}`);
      else render(c, depth + 1, out);
    }
    out.push(`${pad}</${el.name}>`);
  }
}

/**
 * A whole XML document, UTF-8, two-space indented, ending in a newline.
 *
 * @example
 * xmlDocument({ name: 'tincan', attrs: { xmlns: 'http://projecttincan.com/tincan.xsd' }, children: [] });
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<tincan xmlns="http://projecttincan.com/tincan.xsd"/>\n'
 */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  render(root, 0, out);
  return `${out.join('\n')}\n`;
}

/**
 * Shorthand for an element.
 *
 * @example
 * el('title', {}, 'Penjaga Integritas');
 */
export function el(name: string, attrs: XmlElement['attrs'] = {}, ...children: NonNullable<XmlElement['children']>): XmlElement {
  return { name, attrs, children };
}
