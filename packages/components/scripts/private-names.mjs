/**
 * For every bundle a learner downloads (scripts/bundles.mjs): the property names terser may shorten (`mangle.properties`,
 * see bundle-options.mjs): `private` class members and the keys of the UI strings. Property names
 * survive ordinary minification, so `this.focusAfterRender` stays 16 letters in every use; these
 * become one or two.
 *
 * A name is only shortened when nothing outside the bundle can see it, checked here on the
 * sources (this package's, the engine's, the course format's and the trackers', tests and stories left out):
 * - it is declared `private` in a class, or is the key of a UI string (in a `defineTranslations`
 *   area or a language's constant in src/translations/, none of them exported from the package;
 *   nested groups such as notices by code are left out), and never declared
 *   any other way: not a public or
 *   protected member, not a property of an interface, a type or an object literal, not a
 *   destructured name (so no event detail, snapshot, course field or public API has it);
 * - it never appears in a string or template text (`changed.has('draft')`, `'x' in obj`);
 * - it is not a Lit reactive `@property` (those have attributes), only `@state` or plain fields;
 * - it is no member of the DOM or ECMAScript declarations, nor of Lit's, and not in Lit's code.
 * terser renames every use of a listed name in the whole bundle the same way, avoids every name
 * the bundle uses otherwise and the DOM's property names, and leaves quoted strings alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
// Every source a bundle may hold: the players also carry the trackers (runtime, xapi).
const sourceDirs = ['src', '../engine/src', '../schema/src', '../runtime/src', '../xapi/src'].map((d) => join(root, d));

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.ts$/.test(e.name) && !/\.(test|stories|d)\.ts$/.test(e.name) ? [p] : [];
  });
}

const isPrivate = (node) => (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
const decoratedAsProperty = (node) =>
  (ts.getDecorators(node) ?? []).some((d) => ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression) && d.expression.expression.text === 'property');

/**
 * A UI string's key: a property of the `id` or `en` object given to `defineTranslations`, holding
 * a string or a string template (not a nested group, whose keys may be looked up by code).
 */
const translationKey = (node, fileName) => {
  if (!ts.isIdentifier(node.name) || ts.isObjectLiteralExpression(skipAs(node.initializer)) || !ts.isObjectLiteralExpression(node.parent)) return false;
  const language = node.parent.parent;
  const call = language?.parent?.parent;
  const inDefine =
    ts.isPropertyAssignment(language) && ts.isIdentifier(language.name) && (language.name.text === 'id' || language.name.text === 'en') &&
    call && ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'defineTranslations';
  // Or one language's strings as a module constant of src/translations/ (`const id = { … }`).
  const constant = /[\\/]components[\\/]src[\\/]translations[\\/]/.test(fileName) && ts.isVariableDeclaration(language) && ts.isSourceFile(language.parent.parent.parent);
  return inDefine || constant;
};
const skipAs = (e) => (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e) ? skipAs(e.expression) : e);

/** The names declared `private`, and every name declared or written any other way, in one source. */
function scan(text, fileName, privateNames, otherNames) {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const nameOf = (n) => (n && (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n)) ? n.text : undefined);
  const visit = (node) => {
    const parameterProperty = ts.isParameter(node) && ts.isIdentifier(node.name) && ts.isConstructorDeclaration(node.parent) && (ts.getModifiers(node) ?? []).length > 0;
    const classMember = (ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.isClassLike(node.parent);
    if (parameterProperty) {
      (isPrivate(node) ? privateNames : otherNames).add(node.name.text);
    } else if (classMember) {
      const name = nameOf(node.name);
      if (name !== undefined) (isPrivate(node) && !decoratedAsProperty(node) ? privateNames : otherNames).add(name);
    } else if (ts.isPropertyAssignment(node) && translationKey(node, fileName)) {
      privateNames.add(node.name.text);
    } else if (ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isEnumMember(node)) {
      const name = nameOf(node.name);
      if (name !== undefined) otherNames.add(name);
    } else if (ts.isShorthandPropertyAssignment(node)) {
      otherNames.add(node.name.text);
    } else if (ts.isBindingElement(node)) {
      const name = nameOf(node.propertyName ?? node.name);
      if (name !== undefined) otherNames.add(name);
    } else if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      for (const word of node.text.match(/[A-Za-z_$][\w$]*/g) ?? []) otherNames.add(word);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** Names of members of the DOM, ECMAScript and Lit declarations, and names in Lit's bundled code. */
function platformNames() {
  const names = new Set();
  const require = createRequire(join(root, 'package.json'));
  const libDir = dirname(require.resolve('typescript/lib/lib.d.ts'));
  const declarations = readdirSync(libDir).filter((f) => /^lib\..*\.d\.ts$/.test(f)).map((f) => join(libDir, f));
  const litDir = (pkg) => dirname(require.resolve(pkg, { paths: [dirname(require.resolve('lit'))] }));
  const litFiles = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].flatMap((pkg) => {
    const dir = litDir(pkg);
    const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'node_modules' ? [] : walk(join(d, e.name))) : /\.(d\.ts|js)$/.test(e.name) ? [join(d, e.name)] : []));
    return walk(dir);
  });
  for (const f of [...declarations, ...litFiles]) for (const word of readFileSync(f, 'utf8').match(/[A-Za-z_$][\w$]*/g) ?? []) names.add(word);
  return names;
}

/**
 * The private member names and UI string keys of the bundled sources that no one outside the
 * bundle can see, sorted.
 *
 * @example
 * privateNames().includes('focusAfterRender'); // true
 */
export function privateNames() {
  const privates = new Set();
  const others = new Set();
  for (const dir of sourceDirs) for (const f of sources(dir)) scan(readFileSync(f, 'utf8'), f, privates, others);
  const platform = platformNames();
  return [...privates].filter((n) => !others.has(n) && !platform.has(n)).sort();
}
