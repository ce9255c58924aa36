import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../src/schema/source/helpers';
import { buildCourseSchema } from '../src/schema/source/index';
import { EDITOR_KEYWORDS } from '../src/schema/source/outputs';

// Keys whose values are data (or a list of alternatives' data), not schemas to walk into.
const DATA_KEYS = new Set(['examples', 'default', 'defaultSnippets', 'const', 'enum', 'enumDescriptions', 'markdownEnumDescriptions', 'required']);

const escape = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Everything an editor needs to teach the format, checked over the whole schema: every property has a
 * description (plain and Markdown) and at least one example; every example of a property or definition
 * is valid against it; every enum value has its own explanation that names it.
 */
function documentationGaps(schema: JsonSchema): string[] {
  const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: false, allowUnionTypes: true });
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  ajv.addSchema(schema);
  const gaps: string[] = [];
  const exampleErrors = (pointer: string, examples: unknown[]) => {
    const validate = ajv.getSchema(`${schema.$id as string}#${pointer}`);
    if (!validate) return gaps.push(`${pointer}: cannot compile`);
    examples.forEach((example, i) => {
      if (!validate(example)) gaps.push(`${pointer}/examples/${i} is invalid: ${ajv.errorsText(validate.errors)}`);
    });
  };
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${pointer}/${i}`));
    if (node === null || typeof node !== 'object') return;
    const schemaNode = node as JsonSchema;
    if (schemaNode.properties && typeof schemaNode.properties === 'object') {
      for (const [name, property] of Object.entries(schemaNode.properties as Record<string, JsonSchema>)) {
        const at = `${pointer}/properties/${escape(name)}`;
        if (typeof property.description !== 'string' || property.description.trim() === '') gaps.push(`${at}: no description`);
        if (typeof property.markdownDescription !== 'string' || property.markdownDescription.trim() === '') gaps.push(`${at}: no markdownDescription`);
        if (!Array.isArray(property.examples) || property.examples.length === 0) gaps.push(`${at}: no examples`);
      }
    }
    if (Array.isArray(schemaNode.examples)) exampleErrors(pointer, schemaNode.examples);
    if (Array.isArray(schemaNode.enum)) {
      const values = schemaNode.enum as unknown[];
      for (const key of ['enumDescriptions', 'markdownEnumDescriptions']) {
        const texts = schemaNode[key];
        if (!Array.isArray(texts) || texts.length !== values.length) {
          gaps.push(`${pointer}: ${key} does not explain the ${values.length} values one by one`);
          continue;
        }
        values.forEach((value, i) => {
          const text = texts[i];
          if (typeof text !== 'string' || !text.includes(String(value)) || text.replace(`\`${String(value)}\``, '').replace(String(value), '').replace(/[\s:.]/g, '') === '') {
            gaps.push(`${pointer}: ${key}[${i}] does not explain ${JSON.stringify(value)}: ${JSON.stringify(text)}`);
          }
        });
      }
    }
    for (const [key, value] of Object.entries(schemaNode)) {
      if (!DATA_KEYS.has(key)) walk(value, `${pointer}/${escape(key)}`);
    }
  };
  walk(schema, '');
  return gaps;
}

describe('the course schema teaches the format in the editor', () => {
  const schema = buildCourseSchema();

  it('has a stable $id', () => {
    expect(schema.$id).toBe('https://coursekit.dev/schema/course/1.0/course.schema.json');
  });

  it('documents every property, explains every enum value and has only valid examples', () => {
    expect(documentationGaps(schema)).toEqual([]);
  });

  it('walks deep enough to see a gap in a nested definition', () => {
    const broken = structuredClone(schema) as JsonSchema & { $defs: Record<string, JsonSchema & { properties: Record<string, JsonSchema> }> };
    delete broken.$defs.EndingNode!.properties.outcome!.examples;
    delete broken.$defs.MediaTrack!.properties.kind!.description;
    (broken.$defs.CalloutBlock!.properties.variant!.enumDescriptions as string[]).pop();
    (broken.$defs.NavigationRules!.properties.mode!.markdownEnumDescriptions as string[])[0] = '`linear`';
    broken.$defs.BankDraw!.examples = [{ bank: 'b', count: 0 }];
    const gaps = documentationGaps(broken);
    expect(gaps).toHaveLength(5);
    expect(gaps).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/\$defs\/NavigationRules\/properties\/mode: markdownEnumDescriptions\[0\] does not explain "linear"/),
      '/$defs/MediaTrack/properties/kind: no description',
      expect.stringMatching(/^\/\$defs\/CalloutBlock\/properties\/variant: enumDescriptions does not explain the 5 values/),
      expect.stringMatching(/^\/\$defs\/BankDraw\/examples\/0 is invalid: .*count/),
      '/$defs/EndingNode/properties/outcome: no examples',
    ]));
  });
});
