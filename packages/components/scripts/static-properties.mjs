/**
 * For the self-contained bundles only: rewrites Lit's `@property()` and `@state()` decorators on
 * class fields into one `static properties = { … }` per class, the form Lit reads without
 * decorators. The sources keep their decorators (the custom-elements manifest and the npm build
 * read them); the bundles lose esbuild's decorator helper, Lit's decorator functions and a
 * `__decorate` call per property (about 0.4 KiB gzip in coursekit.js). Found with the TypeScript
 * parser; any other decorator is left as it is.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { applyEdits } from './edits.mjs';
import { minifyTemplates } from './minify-templates.mjs';

/**
 * The source with every class's `@property`/`@state` decorators turned into `static properties`.
 *
 * @example
 * staticProperties("class A extends LitElement { @property({ type: Boolean }) open = false; @state() private n = 0; }");
 * // "class A extends LitElement {\n  static properties = { open: { type: Boolean }, n: { state: true } };  open = false; private n = 0; }"
 */
export function staticProperties(src, fileName = 'x.ts') {
  const file = ts.createSourceFile(fileName, src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      const props = [];
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        for (const d of ts.getDecorators(member) ?? []) {
          const call = d.expression;
          if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) continue;
          const kind = call.expression.text;
          if (kind !== 'property' && kind !== 'state') continue;
          const arg = call.arguments[0]?.getText(file);
          props.push(`${member.name.text}: ${kind === 'state' ? `{ ${arg ? `...${arg}, ` : ''}state: true }` : (arg ?? '{}')}`);
          edits.push([d.getStart(file), d.end, '']);
        }
      }
      if (props.length) edits.push([node.members.pos, node.members.pos, `\n  static properties = { ${props.join(', ')} };`]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return applyEdits(src, edits);
}

/**
 * The esbuild plugin of the self-contained bundles: this package's TypeScript sources with their
 * Lit templates minified ({@link minifyTemplates}) and their decorators made static properties.
 */
export const bundleSourcesPlugin = {
  name: 'coursekit-bundle-sources',
  setup(build) {
    build.onLoad({ filter: /\/packages\/components\/src\/.*\.ts$/ }, async (args) => ({
      contents: staticProperties(minifyTemplates(await readFile(args.path, 'utf8'), args.path), args.path),
      loader: 'ts',
    }));
  },
};
