import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index';

const corpus = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

/**
 * Each invalid course is the valid `corpus/valid/small.course.json` with one mistake, named for it.
 * Every problem it yields is listed: [code, pointer, line].
 */
const CASES: Record<string, Array<[string, string, number]>> = {
  'assessment-unpassable': [['CK302', '/assessments/0/passingScore', 66]],
  'assessment-without-questions': [['CK301', '/assessments/0', 62]],
  'asset-absolute-path': [['CK015', '/modules/0/pages/0/blocks/1/src', 23]],
  'callout-variant-typo': [['CK013', '/modules/0/pages/0/blocks/1/variant', 23]],
  'choices-only-one': [['CK017', '/modules/0/pages/0/blocks/3/question/choices', 31]],
  'color-with-injection': [['CK015', '/characters/1/color', 11]],
  'correct-answer-missing': [['CK106', '/modules/0/pages/0/blocks/3/question/correct', 35]],
  'default-language-not-declared': [['CK402', '/defaultLanguage', 8]],
  'draw-count-zero': [['CK016', '/assessments/0/draw/0/count', 65]],
  'draw-more-than-bank': [['CK300', '/assessments/0/draw/0/count', 65]],
  'duplicate-choice-id-in-question': [['CK101', '/modules/0/pages/0/blocks/3/question/choices/1/id', 33]],
  'duplicate-key-title': [['CK003', '/title', 7]],
  'duplicate-language': [['CK019', '/languages/2', 7]],
  'duplicate-page-id': [['CK100', '/modules/0/pages/1/id', 41]],
  'duplicate-question-id': [['CK100', '/questionBanks/0/questions/1/id', 56]],
  'empty-file': [['CK006', '', 1]],
  'glossary-term-twice': [['CK110', '/glossary/1/aliases/0/id', 98]],
  'hotspot-area-outside-image': [['CK107', '/modules/0/pages/0/blocks/3/question/areas/1/width', 34]],
  'id-with-spaces': [['CK015', '/modules/0/pages/0/id', 19]],
  'language-tag-uppercase': [['CK015', '/languages/1', 7]],
  'mastery-without-assessments': [['CK303', '/mastery/passingScore', 85]],
  'missing-modules': [['CK010', '', 1]],
  'passing-score-as-string': [['CK012', '/assessments/0/passingScore', 66]],
  'passing-score-over-100': [['CK016', '/mastery/passingScore', 94]],
  'question-as-block': [['CK014', '/modules/0/pages/0/blocks/3/type', 26]],
  'resource-format-mismatch': [['CK111', '/resources/0/format', 97]],
  'resource-language-not-declared': [['CK415', '/resources/0/language', 97]],
  'verification-url-without-number': [['CK120', '/certificate/verificationUrl', 95]],
  'reflection-min-over-max': [['CK304', '/questionBanks/0/questions/2/minLength', 57]],
  'review-marker-in-callout': [['CK410', '/modules/0/pages/0/blocks/1/markdown/id', 23]],
  'scenario-condition-undeclared-variable': [['CK206', '/scenarios/0/nodes/1/choices/1/next/0/if/variable', 84]],
  'scenario-dangling-next': [['CK203', '/scenarios/0/nodes/1/choices/0/next', 83]],
  'scenario-dead-branch': [['CK210', '/scenarios/0/nodes/1/choices/1/next/1', 84]],
  'scenario-duplicate-choice': [['CK202', '/scenarios/0/nodes/1/choices/1/id', 84]],
  'scenario-duplicate-node': [['CK203', '/scenarios/0/nodes/1/choices/1/next/0/next', 84], ['CK201', '/scenarios/0/nodes/2/id', 87]],
  'scenario-no-ending': [['CK209', '/scenarios/0/nodes', 75]],
  'scenario-no-way-to-ending': [['CK205', '/scenarios/0/nodes/2/id', 87]],
  'scenario-undeclared-variable': [['CK206', '/scenarios/0/nodes/1/choices/0/effects/0/variable', 83]],
  'scenario-unknown-start': [['CK200', '/scenarios/0/start', 74]],
  'scenario-unreachable-node': [['CK204', '/scenarios/0/nodes/2/id', 87]],
  'scenario-variable-initial-out-of-range': [['CK208', '/scenarios/0/variables/0/initial', 73]],
  'schema-version-2': [['CK020', '/schemaVersion', 3]],
  'syntax-comment': [['CK004', '', 7]],
  'syntax-missing-comma': [['CK002', '', 6]],
  'syntax-single-quotes': [['CK002', '', 5]],
  'syntax-trailing-comma': [['CK005', '', 35]],
  'text-missing-language': [['CK400', '/modules/0/pages/1/title', 42]],
  'text-undeclared-language': [['CK401', '/modules/0/pages/1/title/jv', 42]],
  'text-wrong-type': [['CK012', '/modules/0/pages/0/blocks/0/markdown', 22]],
  'track-language-not-declared': [['CK403', '/modules/0/pages/0/blocks/1/captions/0/lang', 23]],
  'unknown-assessment-block': [['CK104', '/modules/0/pages/1/blocks/1/assessment', 45]],
  'unknown-bank': [['CK103', '/assessments/0/draw/0/bank', 65]],
  'unknown-block-type': [['CK014', '/modules/0/pages/0/blocks/0/type', 22]],
  'unknown-character': [['CK102', '/modules/0/pages/0/blocks/2/lines/0/character', 24]],
  'unknown-mastery-assessment': [['CK104', '/mastery/assessments/0/assessment', 94]],
  'unknown-node-type': [['CK014', '/scenarios/0/nodes/2/type', 87]],
  'unknown-property-typo': [['CK010', '/modules/0', 14], ['CK011', '/modules/0/titel', 16]],
  'unknown-question-type': [['CK014', '/modules/0/pages/0/blocks/3/question/type', 28]],
  'unknown-scenario-in-completion': [['CK105', '/completion/scenarios/0', 93]],
  'version-not-semver': [['CK015', '/version', 5]],
};

describe('the invalid corpus', () => {
  const files = readdirSync(join(corpus, 'invalid')).map((f) => f.replace(/\.course\.json$/, ''));

  it('has an expectation for every fixture, and at least 40', () => {
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(Object.entries(CASES))('%s', (name, expected) => {
    const file = `${name}.course.json`;
    const diagnostics = validate(readFileSync(join(corpus, 'invalid', file), 'utf8'), { file });
    expect(diagnostics.map((d) => [d.code, d.pointer, d.line])).toEqual(expected);
    for (const d of diagnostics) expect(d.file).toBe(file);
  });

  it('starts from a valid course', () => {
    expect(validate(readFileSync(join(corpus, 'valid', 'small.course.json'), 'utf8'))).toEqual([]);
  });
});

// The message itself says how to fix these: "it must be at least 1", "it needs at least 2".
const FIX_IN_MESSAGE = new Set(['CK016', 'CK017', 'CK018']);

describe('every problem in the corpus says what, where and how to fix it', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const file = `${name}.course.json`;
    const text = readFileSync(join(corpus, 'invalid', file), 'utf8');
    for (const d of validate(text, { file })) {
      expect(d.message.length, d.code).toBeGreaterThan(10);
      expect(d.file).toBe(file);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(text.split('\n').length);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.pointer === '' || d.pointer.startsWith('/')).toBe(true);
      if (FIX_IN_MESSAGE.has(d.code)) expect(d.message).toMatch(/it (must be|needs) (at least|at most|more than|less than) [0-9]/);
      else expect(d.hint, `${d.code} ${d.message}`).toMatch(/\S/);
    }
  });
});

describe('messages and hints', () => {
  const first = (name: string) => validate(readFileSync(join(corpus, 'invalid', `${name}.course.json`), 'utf8'), { file: `${name}.course.json` })[0];

  it('says where a dangling next goes and which node was meant', () => {
    expect(first('scenario-dangling-next')).toEqual({
      code: 'CK203',
      severity: 'error',
      message: 'scenario "parcel": choice "refuse" goes to "refuse", which does not exist',
      file: 'scenario-dangling-next.course.json',
      line: 83,
      column: 82,
      pointer: '/scenarios/0/nodes/1/choices/0/next',
      hint: 'did you mean "refused"?',
    });
  });

  it('suggests the nearest block type, and a question block for a question type', () => {
    expect(first('unknown-block-type')?.hint).toBe('did you mean "text"?');
    expect(first('question-as-block')?.hint).toBe('a question goes inside a "question" block: { "type": "question", "question": { "type": "single-choice", … } }');
  });

  it('puts the numbers in', () => {
    expect(first('draw-more-than-bank')?.message).toBe('assessment "final-test" draws 5 questions from bank "bank-basics", which holds 3');
    expect(first('passing-score-over-100')?.message).toBe('"passingScore" is 180; it must be at most 100');
    expect(first('verification-url-without-number')?.message).toBe('the verification URL "https://inspektorat.example.go.id/sertifikat" has no {number}: every certificate\'s QR code would lead to the same page');
    expect(first('verification-url-without-number')?.hint).toBe('put {number} where the certificate number goes, such as "https://inspektorat.example.go.id/sertifikat/{number}" or "https://inspektorat.example.go.id/sertifikat?nomor={number}"');
    expect(first('scenario-variable-initial-out-of-range')?.message).toBe('scenario "parcel": variable "integrity" starts at 7, outside its range 0 to 5');
  });

  it('shows what to add for a missing property, and how to write a localisable text', () => {
    expect(first('missing-modules')?.hint).toBe('add "modules": [ … ]');
    expect(first('text-wrong-type')?.hint).toBe('write the text in quotes, or one text per language: { "id": "…", "en": "…" }');
    expect(validate('{"schemaVersion":"1.0","id":"c","version":"1.0.0","languages":["id"],"defaultLanguage":"id","modules":[{"id":"m","title":"M","pages":[{"id":"p","title":"P","blocks":[{"type":"callout","markdown":"x"}]}]}]}')
      .map((d) => d.hint)).toEqual(['add "title": "…" (or one text per language: { "id": "…", "en": "…" })', 'add "variant": "info" or "tip" or "warning" or "important" or "legal"']);
  });

  it('names the first use of a duplicate', () => {
    expect(first('duplicate-page-id')?.message).toBe('page id "what-is-it" is used twice; first used on line 19');
    expect(first('duplicate-key-title')?.message).toBe('"title" appears twice in this object (first on line 6); JSON readers would keep only the last');
  });

  it('points at the key of an unknown property and suggests the known one', () => {
    const d = validate(readFileSync(join(corpus, 'invalid', 'unknown-property-typo.course.json'), 'utf8'))[1];
    expect([d?.line, d?.column, d?.hint]).toEqual([16, 7, 'did you mean "title"?']);
  });
});
