import type { AuthorNotes, Id, LocalizedMarkdown, LocalizedText } from './text';

/** Feedback shown after an answer. */
export interface Feedback {
  correct?: LocalizedMarkdown;
  incorrect?: LocalizedMarkdown;
  /** Shown when a partly correct answer earns partial credit. */
  partial?: LocalizedMarkdown;
}

/** Fields every question carries. */
export interface QuestionBase {
  /** Unique in the course; used in tracking (SCORM interactions, xAPI activity ids). */
  id: Id;
  prompt: LocalizedMarkdown;
  /** Relative weight in its assessment's score. Default 1. */
  weight?: number;
  feedback?: Feedback;
  /** Shuffle the options when shown (choices, matching targets, sequencing items). Default false. */
  shuffle?: boolean;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** An option of a choice or likert question. */
export interface Choice {
  id: Id;
  text: LocalizedText;
  /** Feedback specific to this option, shown when it is chosen. */
  feedback?: LocalizedMarkdown;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** Exactly one correct option. */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single-choice';
  choices: Choice[];
  /** Id of the correct choice. */
  correct: Id;
}

/** Several options may be correct; the learner picks all that apply. */
export interface MultipleResponseQuestion extends QuestionBase {
  type: 'multiple-response';
  choices: Choice[];
  /** Ids of every correct choice. */
  correct: Id[];
  /**
   * all-or-nothing: full credit only for exactly the correct set.
   * partial: (correct picks − wrong picks) / number correct, floored at 0.
   */
  scoring?: 'all-or-nothing' | 'partial';
}

/** A statement that is true or false. */
export interface TrueFalseQuestion extends QuestionBase {
  type: 'true-false';
  correct: boolean;
}

/** The learner types a short answer. */
export interface FillInQuestion extends QuestionBase {
  type: 'fill-in';
  /** Accepted answers. Compared after trimming and folding white space; case-insensitive unless `caseSensitive`. */
  accepted: LocalizedText[];
  caseSensitive?: boolean;
}

/** A correct pair of a matching question. */
export interface MatchPair {
  id: Id;
  source: LocalizedText;
  target: LocalizedText;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** The learner matches each source to a target. */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  pairs: MatchPair[];
  /** partial (default): credit per correct pair. all-or-nothing: credit only when every pair is right. */
  scoring?: 'all-or-nothing' | 'partial';
}

/** An item of a sequencing question. */
export interface SequenceItem {
  id: Id;
  text: LocalizedText;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** The learner puts items in order. `items` is the correct order. */
export interface SequencingQuestion extends QuestionBase {
  type: 'sequencing';
  items: SequenceItem[];
  /** all-or-nothing (default), or partial: credit per item in its correct position. */
  scoring?: 'all-or-nothing' | 'partial';
}

/** A survey item on a scale; never scored. */
export interface LikertQuestion extends QuestionBase {
  type: 'likert';
  /** The scale, from one end to the other. */
  scale: Choice[];
}

/** A free-text reflection; never scored, kept for the learner and the organiser. */
export interface ReflectionQuestion extends QuestionBase {
  type: 'reflection';
  placeholder?: LocalizedText;
  minLength?: number;
  maxLength?: number;
}

// The union of every question type, and each registered type's own types, are the registry's.
export type * from '../question-types/registry';
import type { Question } from '../question-types/registry';

/** A named pool of questions that assessments draw from. */
export interface QuestionBank {
  id: Id;
  title?: LocalizedText;
  questions: Question[];
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** Draw `count` questions at random (seeded per learner) from a bank. */
export interface BankDraw {
  bank: Id;
  count: number;
}

/** A scored set of questions. */
export interface Assessment {
  id: Id;
  title: LocalizedText;
  description?: LocalizedMarkdown;
  /** Questions always asked, in order (unless `shuffle`). */
  questions?: Question[];
  /** Questions drawn from banks, after the fixed ones. */
  draw?: BankDraw[];
  /** Percent (0–100) of the weighted score needed to pass. */
  passingScore: number;
  /** How many attempts a learner has; 0 means unlimited. Default 0. */
  attempts?: number;
  /** Shuffle the order of questions for each attempt. Default false. */
  shuffle?: boolean;
  /**
   * immediate: feedback after each question; after-submit: all feedback when the attempt is submitted;
   * never: only the score. Default after-submit.
   */
  feedback?: 'immediate' | 'after-submit' | 'never';
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}
