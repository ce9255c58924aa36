import { BLOCK_SCHEMAS } from '../../block-types/registry';
import { QUESTION_SCHEMAS } from '../../question-types/registry';
import type { JsonSchema } from './helpers';

/** Order and grouping of definitions in the reference. */
const SECTIONS: ReadonlyArray<readonly [title: string, intro: string, names: readonly string[]]> = [
  ['The course', 'The root object of `course.json`.', ['Course', 'Author', 'Character', 'Expressions', 'NavigationRules']],
  ['Structure', 'A course is modules of pages of blocks. A module, a page or a scenario may be kept in its own file with an `Include`.', ['Module', 'Page', 'Include']],
  ['Content blocks', 'Every block has a `type`; the other properties depend on it.', ['Block', ...BLOCK_SCHEMAS.flatMap((t) => [t.branch, ...(t.parts ?? [])])]],
  ['Questions and assessments', 'Questions appear in `question` blocks (knowledge checks), in assessments and in question banks.', ['Question', ...QUESTION_SCHEMAS.flatMap((t) => [t.branch, ...(t.parts ?? [])]), 'Choice', 'Feedback', 'QuestionBank', 'Assessment', 'BankDraw']],
  ['Branching scenarios', 'A scenario is a graph of nodes from `start` to endings, with numeric variables that effects change and conditions read.', ['Scenario', 'ScenarioVariable', 'ScenarioNode', 'NarrationNode', 'DialogueNode', 'ChoiceNode', 'ScenarioChoice', 'EndingNode', 'Next', 'Branch', 'Effect', 'Condition', 'Comparison', 'AllCondition', 'AnyCondition', 'NotCondition']],
  ['Glossary and downloads', 'Learner aids defined once for the whole course.', ['GlossaryTerm', 'Resource']],
  ['Rules, certificate, theme and tracking', '', ['CompletionRules', 'MasteryRules', 'WeightedAssessment', 'CertificateSettings', 'Signatory', 'ThemeTokens', 'ThemeTokensDark', 'TrackingOptions']],
  ['Notes for authors', 'The course, characters, modules, pages, blocks, panels, cards, dialogue lines, questions and their options, question banks, assessments, scenarios, scenario variables, nodes and choices may each carry `notes`: sources, open questions, reminders for reviewers. The player never shows them. The validator warns (CK410) when such a note is written in learner-facing text instead; see [errors.md](../errors.md).', ['AuthorNotes']],
  ['Values', 'Kinds of values used throughout.', ['Id', 'LanguageTag', 'LocalizedText', 'LocalizedMarkdown', 'AssetPath', 'ImageRef', 'CssColor']],
];

const anchor = (name: string) => name.toLowerCase();
const refName = (ref: string) => ref.replace('#/$defs/', '');
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (value: unknown) => '`' + JSON.stringify(value) + '`';

function typeOf(schema: JsonSchema): string {
  if (typeof schema.$ref === 'string') return `[${refName(schema.$ref)}](#${anchor(refName(schema.$ref))})`;
  if (schema.const !== undefined) return code(schema.const);
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map(code).join(' | ');
  if (schema.if !== undefined) return `${typeOf(schema.then as JsonSchema)} or ${typeOf(schema.else as JsonSchema)}`;
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as JsonSchema[]).map(typeOf).join(' | ');
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [String(schema.type ?? 'any')];
  return types.map((type) => (type === 'array' && schema.items !== undefined ? `list of ${typeOf(schema.items as JsonSchema)}` : type)).join(' or ');
}

function constraints(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined) parts.push(`≥ ${String(schema.minimum)}`);
  if (schema.exclusiveMinimum !== undefined) parts.push(`> ${String(schema.exclusiveMinimum)}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${String(schema.maximum)}`);
  if (schema.minItems !== undefined) parts.push(`at least ${String(schema.minItems)}`);
  if (schema.uniqueItems === true) parts.push('no repeats');
  if (schema.minLength !== undefined && schema.minLength !== 1) parts.push(`at least ${String(schema.minLength)} characters`);
  if (schema.maxLength !== undefined) parts.push(`at most ${String(schema.maxLength)} characters`);
  if (typeof schema.pattern === 'string') parts.push(`matches \`${schema.pattern}\``);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function describe(schema: JsonSchema): string {
  let text = String(schema.markdownDescription ?? schema.description ?? '');
  if (Array.isArray(schema.markdownEnumDescriptions)) text += ' ' + (schema.markdownEnumDescriptions as string[]).join(' ');
  const examples = Array.isArray(schema.examples) ? (schema.examples as unknown[]) : [];
  if (examples.length > 0) text += ` Example: ${code(examples[0])}`;
  return cell(text);
}

function section(name: string, schema: JsonSchema): string {
  const lines = [`### ${name}`, '', String(schema.markdownDescription ?? schema.description ?? ''), ''];
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  // A union's `properties` holds only its list of types, for editors: the branches say the rest.
  if (properties !== undefined && !Array.isArray(schema.oneOf)) {
    const required = (schema.required as string[] | undefined) ?? [];
    lines.push('| Property | Type | Required | Description |', '| --- | --- | --- | --- |');
    for (const [property, sub] of Object.entries(properties)) {
      lines.push(`| \`${property}\` | ${cell(typeOf(sub) + constraints(sub))} | ${required.includes(property) ? 'yes' : ''} | ${describe(sub)} |`);
    }
  } else {
    lines.push(`Type: ${typeOf(schema)}${constraints(schema)}.`);
    if (Array.isArray(schema.oneOf)) lines.push('', `Told apart by \`type\`: ${(schema.oneOf as JsonSchema[]).map(typeOf).join(', ')}.`);
    const examples = Array.isArray(schema.examples) ? (schema.examples as unknown[]) : [];
    if (examples.length > 0) lines.push('', 'Examples: ' + examples.map(code).join(', '));
  }
  lines.push('');
  return lines.join('\n');
}

/**
 * The course-format reference (docs/reference/course-format.md), written from the schema so it
 * cannot fall behind it.
 *
 * @example writeFileSync('docs/reference/course-format.md', courseFormatReference(buildCourseSchema()))
 */
export function courseFormatReference(schema: JsonSchema): string {
  const defs = schema.$defs as Record<string, JsonSchema>;
  const listed = new Set(SECTIONS.flatMap(([, , names]) => names));
  const missing = Object.keys(defs).filter((name) => !listed.has(name));
  if (missing.length > 0) throw new Error(`the reference has no section for ${missing.join(', ')}: add them to SECTIONS in src/schema/source/reference.ts`);
  const out = [
    '# Course format reference',
    '',
    '<!-- Generated by `pnpm --filter @coursekit/schema generate` from the schema. Do not edit. -->',
    '',
    `Schema: \`${String(schema.$id)}\` (JSON Schema 2020-12), \`schemaVersion\` \`"1.0"\`.`,
    'Every problem the validator reports is explained in [errors.md](../errors.md); how versions',
    'migrate in [versioning.md](../course-format/versioning.md).',
    '',
  ];
  for (const [title, intro, names] of SECTIONS) {
    out.push(`## ${title}`, '');
    if (intro !== '') out.push(intro, '');
    for (const name of names) out.push(section(name, name === 'Course' ? schema : (defs[name] as JsonSchema)));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
