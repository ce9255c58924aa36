import { CODES } from '../codes';
import { isRecord } from '../walk';
import { arr, num, records, str, type Rule } from './rule';

/** Question types that never score. */
const UNSCORED = new Set(['likert', 'reflection']);

/** The most a question can add to its assessment's score: its weight, or 0 when it is never scored. */
function maxPoints(question: unknown): number {
  if (!isRecord(question) || UNSCORED.has(String(question.type))) return 0;
  return num(question, 'weight') ?? 1;
}

/**
 * Assessments can be passed: each has questions, draws ask for no more questions than their bank
 * holds, some question carries score when the passing score is above 0, and the course's mastery
 * score has assessments to come from. Reflections accept a possible length.
 */
export const assessments: Rule = {
  name: 'assessments',
  run({ course, index, report }) {
    const banks = new Map<string, unknown[]>();
    for (const bank of records(index, 'QuestionBank')) {
      const id = str(bank.value, 'id');
      if (id !== undefined && !banks.has(id)) banks.set(id, arr(bank.value, 'questions'));
    }

    for (const assessment of records(index, 'Assessment')) {
      const id = str(assessment.value, 'id') ?? '?';
      const fixed = arr(assessment.value, 'questions');
      const draws = arr(assessment.value, 'draw');
      if (fixed.length === 0 && draws.length === 0) {
        report({ code: CODES.emptyAssessment, pointer: assessment.pointer, message: `assessment "${id}" has no questions and draws none from a bank`, hint: 'add "questions", or "draw": [{ "bank": "…", "count": 5 }]' });
        continue;
      }
      // The least score a learner can be offered: fixed questions plus, for each draw, the least-weighted questions of its bank.
      let least = fixed.reduce<number>((sum, q) => sum + maxPoints(q), 0);
      // A draw from an unknown bank or of an impossible count is reported elsewhere; the least score is then unknown.
      let unknown = false;
      const wanted = new Map<string, { count: number; pointer: string }>();
      draws.forEach((draw, i) => {
        if (!isRecord(draw) || typeof draw.bank !== 'string') return;
        const count = num(draw, 'count') ?? 0;
        if (!Number.isInteger(count) || count < 1) unknown = true;
        const before = wanted.get(draw.bank);
        wanted.set(draw.bank, { count: (before?.count ?? 0) + count, pointer: `${assessment.pointer}/draw/${i}/count` });
      });
      for (const [bankId, { count, pointer }] of wanted) {
        const questions = banks.get(bankId);
        if (questions === undefined) {
          unknown = true; // reported by the references rule
          continue;
        }
        if (count > questions.length) {
          report({ code: CODES.drawTooMany, pointer, message: `assessment "${id}" draws ${count} questions from bank "${bankId}", which holds ${questions.length}`, hint: `draw at most ${questions.length}, or add questions to the bank` });
        }
        const points = questions.map(maxPoints).sort((a, b) => a - b);
        least += points.slice(0, Math.min(count, points.length)).reduce((sum, p) => sum + p, 0);
      }
      const passing = num(assessment.value, 'passingScore');
      if (least === 0 && !unknown && passing !== undefined && passing > 0) {
        report({
          code: CODES.assessmentUnpassable,
          pointer: assessment.pointer + '/passingScore',
          message: `assessment "${id}" needs ${passing}% to pass, but a learner can be given only questions that carry no score (likert, reflection or weight 0), so it cannot be passed`,
          hint: 'add scored questions, or draw only from banks whose every question is scored',
        });
      }
    }

    const mastery = isRecord(course.mastery) ? course.mastery : undefined;
    const passing = mastery === undefined ? undefined : num(mastery, 'passingScore');
    if (mastery !== undefined && passing !== undefined && passing > 0) {
      const listed = arr(mastery, 'assessments').map((entry) => (isRecord(entry) ? entry.assessment : entry)).filter((id): id is string => typeof id === 'string');
      const counted = listed.length > 0 ? listed : records(index, 'Assessment').map((a) => str(a.value, 'id')).filter((id): id is string => id !== undefined);
      if (counted.length === 0) {
        report({ code: CODES.courseUnpassable, pointer: '/mastery/passingScore', message: `mastery needs a course score of ${passing}, but the course has no assessment to score it`, hint: 'add an assessment, or remove "mastery" if the course is only to be completed' });
      }
    }

    for (const question of records(index, 'ReflectionQuestion')) {
      const min = num(question.value, 'minLength');
      const max = num(question.value, 'maxLength');
      if (min !== undefined && max !== undefined && min > max) {
        report({ code: CODES.lengthRange, pointer: question.pointer + '/minLength', message: `reflection "${str(question.value, 'id') ?? '?'}" needs at least ${min} characters but accepts at most ${max}`, hint: 'make "minLength" at most "maxLength"' });
      }
    }
  },
};
