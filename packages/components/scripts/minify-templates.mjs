/**
 * Minifies the static text of Lit `html` and `css` templates in our sources: indentation and line
 * breaks between tags go, other runs of white space become one space, and CSS loses comments and
 * the spaces around `{ } ; , :` it does not need. esbuild minifies code but keeps template text
 * as written. Templates are found with the TypeScript parser, so strings, comments and regular
 * expressions that contain backticks are left alone; expressions (`${…}`) are untouched.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { applyEdits } from './edits.mjs';

function minifyStatic(text, kind) {
  if (kind === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  }
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

/**
 * The whole source with every `html` and `css` tagged template minified.
 *
 * @example
 * minifyTemplates('html`<p>\n  ${x}\n</p>`'); // 'html`<p> ${x} </p>`'
 */
export function minifyTemplates(src, fileName = 'x.ts') {
  const file = ts.createSourceFile(fileName, src, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
      const kind = node.tag.text;
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const part of parts) {
        const start = part.getStart(file) + 1;
        const end = part.end - (part.kind === ts.SyntaxKind.TemplateTail || part.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ? 1 : 2);
        edits.push([start, end, minifyStatic(src.slice(start, end), kind)]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return applyEdits(src, edits);
}

/** An esbuild plugin applying {@link minifyTemplates} to this package's TypeScript sources. */
export const minifyTemplatesPlugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /\/packages\/components\/src\/.*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
