import { QUESTION_SCHEMAS } from '../../question-types/registry';
import { CODES, type Code } from '../codes';
import { didYouMean } from '../suggest';
import { isRecord } from '../walk';
import { arr, records, str, type Rule, type RuleContext } from './rule';

function idsOf(context: RuleContext, def: string): string[] {
  return records(context.index, def).flatMap((typed) => str(typed.value, 'id') ?? []);
}

function check(context: RuleContext, code: Code, word: string, known: readonly string[], id: unknown, pointer: string, where: string): void {
  if (typeof id !== 'string' || known.includes(id)) return;
  const hint = didYouMean(id, known) ?? (known.length === 0 ? `the course declares no ${word}s` : `use one of ${known.slice(0, 8).map((k) => `"${k}"`).join(', ')}${known.length > 8 ? ', …' : ''}`);
  context.report({ code, pointer, message: `${where} names the ${word} "${id}", which does not exist`, hint });
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
    for (const line of records(index, 'DialogueLine')) {
      check(context, CODES.unknownCharacter, 'character', characters, line.value.character, line.pointer + '/character', 'a dialogue line');
    }
    for (const node of records(index, 'ChoiceNode')) {
      check(context, CODES.unknownCharacter, 'character', characters, node.value.character, node.pointer + '/character', `choice node "${str(node.value, 'id') ?? '?'}"`);
    }

    const banks = idsOf(context, 'QuestionBank');
    for (const draw of records(index, 'BankDraw')) {
      check(context, CODES.unknownBank, 'question bank', banks, draw.value.bank, draw.pointer + '/bank', 'a draw');
    }

    const assessments = idsOf(context, 'Assessment');
    for (const block of records(index, 'AssessmentBlock')) {
      check(context, CODES.unknownAssessment, 'assessment', assessments, block.value.assessment, block.pointer + '/assessment', 'an assessment block');
    }
    const completion = isRecord(course.completion) ? course.completion : {};
    arr(completion, 'assessments').forEach((id, i) => check(context, CODES.unknownAssessment, 'assessment', assessments, id, `/completion/assessments/${i}`, '"completion"'));
    const mastery = isRecord(course.mastery) ? course.mastery : {};
    arr(mastery, 'assessments').forEach((entry, i) => {
      if (isRecord(entry)) check(context, CODES.unknownAssessment, 'assessment', assessments, entry.assessment, `/mastery/assessments/${i}/assessment`, '"mastery"');
      else check(context, CODES.unknownAssessment, 'assessment', assessments, entry, `/mastery/assessments/${i}`, '"mastery"');
    });

    if (!context.unresolvedScenarios) {
      const scenarios = idsOf(context, 'Scenario');
      for (const block of records(index, 'ScenarioBlock')) {
        check(context, CODES.unknownScenario, 'scenario', scenarios, block.value.scenario, block.pointer + '/scenario', 'a scenario block');
      }
      arr(completion, 'scenarios').forEach((id, i) => check(context, CODES.unknownScenario, 'scenario', scenarios, id, `/completion/scenarios/${i}`, '"completion"'));
    }

    for (const { branch: def, correctAmong: list } of QUESTION_SCHEMAS) {
      if (!list) continue;
      for (const question of records(index, def)) {
        const options = arr(question.value, list).flatMap((c) => (isRecord(c) && typeof c.id === 'string' ? [c.id] : []));
        const correct = question.value.correct;
        const where = `question "${str(question.value, 'id') ?? '?'}"`;
        const answers = Array.isArray(correct) ? correct.map((id, i) => [id, `${question.pointer}/correct/${i}`] as const) : [[correct, `${question.pointer}/correct`] as const];
        for (const [id, pointer] of answers) {
          if (typeof id !== 'string' || options.includes(id)) continue;
          const hint = didYouMean(id, options);
          context.report({ code: CODES.unknownAnswer, pointer, message: `${where}: the correct answer "${id}" is not one of its options`, ...(hint !== undefined ? { hint } : {}) });
        }
      }
    }
  },
};
