import { describe, expect, it } from 'vitest';
import { buildCourseSchema } from '../src/schema/source/index';
import type { JsonSchema } from '../src/schema/source/helpers';
import { comparedNames, lockstepErrors } from './lockstep';

// Every type src/format exports (the schema's `$defs` that share a name are compared).
const FORMAT_EXPORTS = [
  'LocalizedText', 'LocalizedMarkdown', 'AuthorNotes', 'AssetPath', 'Id',
  'TextBlock', 'HeadingBlock', 'ImageBlock', 'MediaTrack', 'AudioBlock', 'VideoBlock', 'CalloutBlock', 'Panel', 'AccordionBlock',
  'TabsBlock', 'Card', 'CardsBlock', 'DialogueLine', 'DialogueBlock', 'QuestionBlock', 'AssessmentBlock', 'ScenarioBlock', 'Block',
  'Feedback', 'Choice', 'SingleChoiceQuestion', 'MultipleResponseQuestion', 'TrueFalseQuestion', 'FillInQuestion', 'MatchPair',
  'MatchingQuestion', 'SequenceItem', 'SequencingQuestion', 'LikertQuestion', 'ReflectionQuestion', 'Question', 'QuestionBank',
  'BankDraw', 'Assessment', 'ScenarioVariable', 'Effect', 'Condition', 'Next', 'NarrationNode', 'DialogueNode', 'ScenarioChoice',
  'ChoiceNode', 'EndingNode', 'ScenarioNode', 'Scenario', 'Include', 'Author', 'Character', 'Page', 'Module', 'CompletionRules',
  'MasteryRules', 'CertificateSettings', 'ThemeTokens', 'TrackingOptions', 'NavigationRules', 'Course',
  'Expressions', 'ImageRef', 'GlossaryTerm', 'Resource',
];

describe('the schema and the TypeScript types in src/format', () => {
  const schema = buildCourseSchema();
  const names = comparedNames(schema, FORMAT_EXPORTS);

  it('compares every definition the two share', () => {
    expect(names).toHaveLength(FORMAT_EXPORTS.length);
  });

  it('describe exactly the same values', async () => {
    expect(await lockstepErrors(schema, names)).toEqual([]);
  }, 120_000);

  it('fail the check when the schema drops an optional property the types have', async () => {
    const drifted = structuredClone(schema) as JsonSchema & { $defs: Record<string, { properties: Record<string, unknown> }> };
    delete drifted.$defs.Module!.properties.description;
    expect(await lockstepErrors(drifted, ['Module', 'Page'])).toEqual(['Module differs']);
  }, 120_000);

  it('fail the check when the schema makes a required property optional', async () => {
    const drifted = structuredClone(schema) as JsonSchema & { $defs: Record<string, { required: string[] }> };
    drifted.$defs.Assessment!.required = ['id', 'title'];
    expect(await lockstepErrors(drifted, ['Assessment', 'Choice'])).toEqual(['Assessment differs']);
  }, 120_000);
});
