import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import ts from 'typescript';
import type { JsonSchema } from '../src/schema/source/helpers';

const FORMAT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'format', 'index.ts');

/**
 * The schema as json-schema-to-typescript can read it. `if`/`then`/`else` (used so errors come from
 * one branch) accepts exactly the values of `then` or `else`, so for types it is `anyOf: [then, else]`;
 * Ajv's `discriminator` only says how to pick a `oneOf` branch.
 */
export function typeShapedSchema(schema: JsonSchema): JsonSchema {
  // The root is named by the second argument of compile(), not by its $id or title.
  const { $id: _id, title: _title, ...root } = schema;
  return reshape(root) as JsonSchema;
}

function reshape(schema: unknown, inNameMap = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => reshape(item));
  if (schema === null || typeof schema !== 'object') return schema;
  const source = schema as JsonSchema;
  if (!inNameMap && source.if !== undefined && source.then !== undefined && source.else !== undefined) {
    return { anyOf: [reshape(source.then), reshape(source.else)] };
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(source)) {
    if (!inNameMap && (key === 'discriminator' || key === 'defaultSnippets')) continue;
    // Inside `properties` and `$defs` the keys are names (a property may be called `if` or `title`).
    out[key] = reshape(value, !inNameMap && (key === 'properties' || key === '$defs'));
  }
  return out;
}

/** Names exported by src/format that the schema also defines; each pair must be the same type. */
export function comparedNames(schema: JsonSchema, formatExports: readonly string[]): string[] {
  const defs = Object.keys(schema.$defs as object);
  return ['Course', ...defs.filter((name) => formatExports.includes(name))];
}

/**
 * Compiles the schema to TypeScript and type-checks, for every shared name, that the schema's type
 * and the hand-written type accept exactly the same values: assignable both ways, and still so with
 * every property made required (which catches an optional property only one side has).
 * Returns TypeScript's complaints; none means the two are in lock-step.
 */
export async function lockstepErrors(schema: JsonSchema, names: readonly string[]): Promise<string[]> {
  const fromSchema = await compile(typeShapedSchema(schema) as never, 'Course', {
    bannerComment: '',
    // minItems makes tuples ([Branch, ...Branch[]]); the hand-written types say Branch[].
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    additionalProperties: false,
    format: false,
    strictIndexSignatures: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'coursekit-lockstep-'));
  try {
    writeFileSync(join(dir, 'from-schema.ts'), fromSchema);
    const checks = names.map((name) => `export const same${name}: Same<F.${name}, S.${name}> = true;`).join('\n');
    writeFileSync(
      join(dir, 'check.ts'),
      `import type * as F from ${JSON.stringify(FORMAT.replace(/\.ts$/, ''))};
import type * as S from './from-schema';
type DeepRequired<T> = T extends ReadonlyArray<infer U> ? DeepRequired<U>[] : T extends object ? { [K in keyof T]-?: DeepRequired<T[K]> } : T;
type Both<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Both<A, B> extends true ? Both<DeepRequired<A>, DeepRequired<B>> : false;
${checks}
`,
    );
    const program = ts.createProgram([join(dir, 'check.ts')], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    });
    // Each failing check is reported as the name it compares, so a drift says where it is.
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const text = d.file?.text.slice(d.start ?? 0, (d.start ?? 0) + 80) ?? '';
      const name = /^same(\w+)/.exec(text)?.[1];
      return name !== undefined ? `${name} differs` : ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0] as string;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
