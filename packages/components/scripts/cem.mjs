// The custom-elements manifest, from the JSDoc of every element class (src/**/*.component.ts).
// `pnpm cem` writes custom-elements.json and docs/reference/components.md; a test checks both
// against a fresh analysis so they never drift from the code.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

function componentFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? componentFiles(join(dir, e.name)) : e.name.endsWith('.component.ts') ? [join(dir, e.name)] : [],
  );
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every event class of the package by the event name it dispatches: `ck-choice` → `CkChoiceEvent`. */
function eventClasses() {
  const classes = new Map();
  for (const file of sourceFiles(join(packageRoot, 'src'))) {
    for (const [, cls, name] of readFileSync(file, 'utf8').matchAll(/class (Ck\w+Event) extends Event \{[\s\S]*?super\('(ck-[a-z-]+)'/g)) classes.set(name, cls);
  }
  return classes;
}

/** Analyses the element classes and returns the manifest, as formatted JSON text. */
export function analyze() {
  const eventTypes = eventClasses();
  const modules = componentFiles(join(packageRoot, 'src'))
    .sort()
    .map((file) => ts.createSourceFile(relative(packageRoot, file), readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true));
  const manifest = create({ modules, plugins: [...litPlugin()] });
  // Tags come from the define modules (`define('ck-x', CkX)`), which the analyzer does not read.
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind === 'class' && decl.name.startsWith('Ck')) {
        decl.customElement = true;
        decl.tagName ??= `ck-${decl.name.slice(2).replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
        // The analyzer also lists each `dispatchEvent(new CkXEvent(…))` call as an event with no
        // name (or the variable's name); the documented `@event ck-…` entries are the events.
        // The event classes (src/**: `class CkPageChangeEvent extends Event { … super('ck-page-change'`)
        // give the documented events their types.
        if (decl.events) {
          decl.events = decl.events.filter((e) => e.name?.startsWith('ck-'));
          for (const e of decl.events) {
            const cls = eventTypes.get(e.name);
            if (cls === undefined) throw new Error(`${decl.tagName}: no event class dispatches "${e.name}" (class CkXEvent extends Event { … super('${e.name}', …) })`);
            e.type = { text: cls };
          }
        }
      }
    }
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(packageRoot, 'custom-elements.json'), analyze());
  console.log('wrote custom-elements.json');
}
