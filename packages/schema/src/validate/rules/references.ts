import { QUESTION_SCHEMAS } from '../../question-types/registry';
import { CODES, type Code } from '../codes';
import { didYouMean } from '../suggest';
import { isRecord, type Typed } from '../walk';
import { arr, records, str, type Rule, type RuleContext } from './rule';

function idsOf(context: RuleContext, def: string): string[] {
  return records(context.index, def).flatMap((typed) => str(typed.value, 'id') ?? []);
}

/**
 * Reports `id` when it is not one of `known`. The reference is at `at` (the value that holds it,
 * null for the course) and `suffix` below it: the pointer, and `where`, are made only for a report.
 */
function check(context: RuleContext, code: Code, word: string, known: readonly string[], id: unknown, at: Typed | null, suffix: string, where: string | (() => string)): void {
  if (typeof id !== 'string' || known.includes(id)) return;
  const hint = didYouMean(id, known) ?? (known.length === 0 ? `the course declares no ${word}s` : `use one of ${known.slice(0, 8).map((k) => `"${k}"`).join(', ')}${known.length > 8 ? ', …' : ''}`);
  context.report({ code, pointer: at === null ? suffix : at.pointer + suffix, message: `${typeof where === 'string' ? where : where()} names the ${word} "${id}", which does not exist`, hint });
}

/** Whether one of a question's options has this id. */
function hasOption(options: readonly unknown[], id: string): boolean {
  for (let i = 0; i < options.length; i++) if ((options[i] as { id?: unknown } | null)?.id === id) return true;
  return false;
}

/**
 * Every reference resolves: characters in dialogues and scenarios, question banks in draws,
 * assessments and scenarios in blocks, completion and mastery, and the correct answers of the
 * question types that name them (`correctAmong` in the question-type registry).
 */
export const references: Rule = {
  name: 'references',
  run(context) {
    const { index, course } = context;
    const characters = idsOf(context, 'Character');
    const lines = records(index, 'DialogueLine');
    for (let i = 0; i < lines.length; i++) check(context, CODES.unknownCharacter, 'character', characters, lines[i]!.value.character, lines[i]!, '/character', 'a dialogue line');
    for (const node of records(index, 'ChoiceNode')) {
      check(context, CODES.unknownCharacter, 'character', characters, node.value.character, node, '/character', () => `choice node "${str(node.value, 'id') ?? '?'}"`);
    }

    const banks = idsOf(context, 'QuestionBank');
    for (const draw of records(index, 'BankDraw')) {
      check(context, CODES.unknownBank, 'question bank', banks, draw.value.bank, draw, '/bank', 'a draw');
    }

    const assessments = idsOf(context, 'Assessment');
    for (const block of records(index, 'AssessmentBlock')) {
      check(context, CODES.unknownAssessment, 'assessment', assessments, block.value.assessment, block, '/assessment', 'an assessment block');
    }
    const completion = isRecord(course.completion) ? course.completion : {};
    arr(completion, 'assessments').forEach((id, i) => check(context, CODES.unknownAssessment, 'assessment', assessments, id, null, `/completion/assessments/${i}`, '"completion"'));
    const mastery = isRecord(course.mastery) ? course.mastery : {};
    arr(mastery, 'assessments').forEach((entry, i) => {
      if (isRecord(entry)) check(context, CODES.unknownAssessment, 'assessment', assessments, entry.assessment, null, `/mastery/assessments/${i}/assessment`, '"mastery"');
      else check(context, CODES.unknownAssessment, 'assessment', assessments, entry, null, `/mastery/assessments/${i}`, '"mastery"');
    });

    if (!context.unresolvedScenarios) {
      const scenarios = idsOf(context, 'Scenario');
      for (const block of records(index, 'ScenarioBlock')) {
        check(context, CODES.unknownScenario, 'scenario', scenarios, block.value.scenario, block, '/scenario', 'a scenario block');
      }
      arr(completion, 'scenarios').forEach((id, i) => check(context, CODES.unknownScenario, 'scenario', scenarios, id, null, `/completion/scenarios/${i}`, '"completion"'));
    }

    for (const { branch: def, correctAmong: list } of QUESTION_SCHEMAS) {
      if (!list) continue;
      const questions = records(index, def);
      for (let q = 0; q < questions.length; q++) {
        const question = questions[q]!;
        const choices = arr(question.value, list);
        const correct = question.value.correct;
        const answers = Array.isArray(correct) ? correct : [correct];
        for (let i = 0; i < answers.length; i++) {
          const id = answers[i];
          // Looked for among the options' ids, with no list of them made unless one is missing.
          if (typeof id !== 'string' || hasOption(choices, id)) continue;
          const options = choices.flatMap((c) => (isRecord(c) && typeof c.id === 'string' ? [c.id] : []));
          const hint = didYouMean(id, options);
          const pointer = Array.isArray(correct) ? `${question.pointer}/correct/${i}` : `${question.pointer}/correct`;
          context.report({ code: CODES.unknownAnswer, pointer, message: `question "${str(question.value, 'id') ?? '?'}": the correct answer "${id}" is not one of its options`, ...(hint !== undefined ? { hint } : {}) });
        }
      }
    }
  },
};
