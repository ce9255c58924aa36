// docs/reference/components.md from custom-elements.json: one section per element, public API only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cell = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (s) => (s === undefined || s === '' ? '' : `\`${cell(s)}\``);

function table(head, rows) {
  if (rows.length === 0) return '';
  return `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n\n`;
}

/**
 * The reference page for every element in a custom-elements manifest (JSON text).
 *
 * @example
 * componentsMarkdown(readFileSync('custom-elements.json', 'utf8'));
 */
export function componentsMarkdown(manifestText) {
  const manifest = JSON.parse(manifestText);
  const elements = manifest.modules
    .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })))
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  let out = `# Components reference\n\nGenerated from the elements' JSDoc by \`pnpm --filter @coursekit/components cem\` (custom-elements.json); do not edit by hand.\n\n`;
  out += elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName}): ${cell(e.summary)}`).join('\n') + '\n\n';
  for (const e of elements) {
    out += `## ${e.tagName}\n\n\`<${e.tagName}>\` — class \`${e.name}\` in \`${e.path}\`, defined by \`@coursekit/components/${e.path.split('/')[1]}\`.\n\n`;
    if (e.summary) out += `${cell(e.summary)}\n\n`;
    if (e.description) out += `${e.description.trim()}\n\n`;
    const members = (e.members ?? []).filter((m) => !m.privacy && !m.static && !m.name.startsWith('_'));
    const fields = members.filter((m) => m.kind === 'field');
    const attrs = new Map((e.attributes ?? []).map((a) => [a.fieldName, a.name]));
    out += table(
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      fields.map((f) => [code(f.name), code(attrs.get(f.name)), code(f.type?.text), code(f.default), f.description ?? '']),
    );
    const methods = members.filter((m) => m.kind === 'method');
    out += table(
      ['Method', 'Description'],
      methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})`), m.description ?? '']),
    );
    const events = [...new Map((e.events ?? []).filter((ev) => ev.name && ev.description).map((ev) => [ev.name, ev])).values()];
    out += table(['Event', 'Description'], events.map((ev) => [code(ev.name), ev.description]));
    out += table(['CSS part', 'Description'], (e.cssParts ?? []).map((p) => [code(p.name), p.description ?? '']));
    out += table(['CSS property', 'Description'], (e.cssProperties ?? []).map((p) => [code(p.name), p.description ?? '']));
  }
  return out.replace(/\n+$/, '\n');
}

export const docsPath = fileURLToPath(new URL('../../../docs/reference/components.md', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  writeFileSync(docsPath, componentsMarkdown(readFileSync(join(root, 'custom-elements.json'), 'utf8')));
  console.log('wrote docs/reference/components.md');
}
