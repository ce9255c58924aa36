import type { CourseIndex } from './walk';
import { definition } from './walk';

/** Readable names of schema definitions, for messages. */
const LABELS: Record<string, string> = {
  Course: 'the course',
  Include: 'an include',
  ImageRef: 'an image',
  MediaTrack: 'a caption track',
  Panel: 'a panel',
  Card: 'a card',
  DialogueLine: 'a dialogue line',
  Choice: 'an option',
  MatchPair: 'a matching pair',
  SequenceItem: 'a sequencing item',
  QuestionBank: 'a question bank',
  BankDraw: 'a bank draw',
  Assessment: 'an assessment',
  ScenarioVariable: 'a scenario variable',
  Effect: 'an effect',
  Comparison: 'a condition',
  AllCondition: 'an "all" condition',
  AnyCondition: 'an "any" condition',
  NotCondition: 'a "not" condition',
  Branch: 'a branch',
  ScenarioChoice: 'a scenario choice',
  Scenario: 'a scenario',
  WeightedAssessment: 'a weighted assessment',
  CompletionRules: '"completion"',
  MasteryRules: '"mastery"',
  CertificateSettings: '"certificate"',
  ThemeTokens: '"theme"',
  ThemeTokensDark: '"theme.dark"',
  TrackingOptions: '"tracking"',
  NavigationRules: '"navigation"',
};

/** The definitions (most specific last) that the value at `pointer` is an instance of. */
export function defsAt(index: CourseIndex, pointer: string): string[] {
  let byPointer = BY_POINTER.get(index);
  if (byPointer === undefined) {
    byPointer = new Map();
    for (const [name, list] of index) {
      for (const typed of list) {
        const names = byPointer.get(typed.pointer);
        if (names === undefined) byPointer.set(typed.pointer, [name]);
        else names.push(name);
      }
    }
    BY_POINTER.set(index, byPointer);
  }
  return byPointer.get(pointer) ?? [];
}

const BY_POINTER = new WeakMap<CourseIndex, Map<string, string[]>>();

/** The most specific definition with properties at `pointer` ('Course' for the root). */
export function objectDefAt(index: CourseIndex, pointer: string): string | undefined {
  if (pointer === '') return 'Course';
  const names = defsAt(index, pointer).filter((name) => definition(name)?.properties !== undefined);
  return names[names.length - 1];
}

/**
 * A readable name for a schema definition: `TextBlock` → 'a text block', `Module` → 'a module'.
 *
 * @example label('MultipleResponseQuestion') // 'a multiple-response question'
 */
export function label(name: string | undefined): string {
  if (name === undefined) return 'this object';
  const known = LABELS[name];
  if (known !== undefined) return known;
  const typeConst = (definition(name)?.properties as Record<string, { const?: unknown }> | undefined)?.type?.const;
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const phrase = typeof typeConst === 'string' ? words.replace(/^\S+( \S+)*? (block|question|node)$/, `${typeConst} $2`) : words;
  return (/^[aeiou]/.test(phrase) ? 'an ' : 'a ') + phrase;
}
