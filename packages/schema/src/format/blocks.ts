import type { AssetPath, AuthorNotes, Id, LocalizedMarkdown, LocalizedText } from './text';
import type { Question } from './questions';

/** Fields every content block may carry. */
export interface BlockBase {
  /** Optional id, unique in the course; needed only when something refers to the block. */
  id?: Id;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** Paragraphs of safe Markdown. */
export interface TextBlock extends BlockBase {
  type: 'text';
  markdown: LocalizedMarkdown;
}

/** A heading inside a page (the page title is level 1). */
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  /** 2, 3 or 4. */
  level?: 2 | 3 | 4;
  text: LocalizedText;
}

/** An image. `alt` is required: describe what matters, or use "" with `decorative: true`. */
export interface ImageBlock extends BlockBase {
  type: 'image';
  src: AssetPath;
  alt: LocalizedText;
  caption?: LocalizedText;
  decorative?: boolean;
}

/** A timed text track (WebVTT) for audio or video. */
export interface MediaTrack {
  src: AssetPath;
  /** BCP 47 language of the track, one of the course languages. */
  lang: string;
  label?: LocalizedText;
  kind?: 'captions' | 'subtitles' | 'descriptions';
}

/** An audio clip, with a transcript for those who cannot hear it. */
export interface AudioBlock extends BlockBase {
  type: 'audio';
  src: AssetPath;
  title: LocalizedText;
  transcript?: LocalizedMarkdown;
  captions?: MediaTrack[];
}

/** A video. At least one captions track is required. */
export interface VideoBlock extends BlockBase {
  type: 'video';
  src: AssetPath;
  title: LocalizedText;
  poster?: AssetPath;
  captions: MediaTrack[];
  transcript?: LocalizedMarkdown;
}

/** A highlighted box. */
export interface CalloutBlock extends BlockBase {
  type: 'callout';
  /** info: neutral; tip: advice; warning: a risk; important: must-know; legal: a law or regulation. */
  variant: 'info' | 'tip' | 'warning' | 'important' | 'legal';
  title?: LocalizedText;
  markdown: LocalizedMarkdown;
}

/** One panel of an accordion or one tab. */
export interface Panel {
  title: LocalizedText;
  markdown: LocalizedMarkdown;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** Collapsible sections; only the titles show until opened. */
export interface AccordionBlock extends BlockBase {
  type: 'accordion';
  items: Panel[];
}

/** Tabbed sections. */
export interface TabsBlock extends BlockBase {
  type: 'tabs';
  tabs: Panel[];
}

/** One card of a card set. */
export interface Card {
  id?: Id;
  /** The front: a short statement or question. */
  front: LocalizedMarkdown;
  /** The back (flip cards) or the body (micro cards). */
  back?: LocalizedMarkdown;
  image?: { src: AssetPath; alt: LocalizedText };
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** A set of cards: flip cards turn over; micro cards are short swipeable posts. */
export interface CardsBlock extends BlockBase {
  type: 'cards';
  /** flip: cards that turn to show the back; micro: a swipeable deck of short posts. */
  style: 'flip' | 'micro';
  title?: LocalizedText;
  cards: Card[];
}

/** One line of a dialogue. */
export interface DialogueLine {
  /** Id of a character declared in the course's `characters`. */
  character: Id;
  text: LocalizedText;
  /** How the character feels, shown by an avatar variant where the course provides one. */
  mood?: 'neutral' | 'happy' | 'worried' | 'angry' | 'sad' | 'surprised';
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** Characters talking. */
export interface DialogueBlock extends BlockBase {
  type: 'dialogue';
  lines: DialogueLine[];
}

/** A knowledge check: one question inside a page, not part of any assessment's score. */
export interface QuestionBlock extends BlockBase {
  type: 'question';
  question: Question;
}

/** Places an assessment declared in `assessments` on the page. */
export interface AssessmentBlock extends BlockBase {
  type: 'assessment';
  assessment: Id;
}

/** Places a scenario declared in `scenarios` on the page. */
export interface ScenarioBlock extends BlockBase {
  type: 'scenario';
  scenario: Id;
}

// The union of every block type, and each registered type's own types, are the registry's.
export type * from '../block-types/registry';
