import { CODES } from '../codes';
import { definition, isRecord, type CourseIndex, type Typed } from '../walk';

import type { Rule } from './rule';

/**
 * Text that marks a note to authors rather than something for learners: a bracketed review tag
 * (`[perlu ditinjau: …]`, `[needs review]`, `[cek]`, `[check]`, `[todo]`, `[tbd]`, `[draft]`,
 * `[draf]`, in any letter case, but not a Markdown link such as `[cek](https://…)`), a placeholder
 * word in capitals (`TODO`, `TBD`, `FIXME`, `TKTK`, `XXX`), or filler text (`lorem ipsum`).
 * docs/errors.md (CK410) lists the same.
 *
 * @example REVIEW_MARKERS.some((m) => new RegExp(m.source, m.flags).test('Batasnya Rp1.000.000 [cek]')) // true
 */
export const REVIEW_MARKERS: readonly RegExp[] = [
  /\[(?:perlu ditinjau|needs review|cek|check|todo|tbd|draft|draf)\b[^\]\n]*\](?!\()/gi,
  /\b(?:TODO|TBD|FIXME|TKTK|XXX)\b/g,
  /\blorem ipsum\b/gi,
];

/**
 * Matches wherever any of REVIEW_MARKERS could (ignoring letter case and the link exception), so
 * the rarely marked text needs one scan, not three.
 */
const ANY_MARKER = /\[(?:perlu ditinjau|needs review|cek|check|todo|tbd|draft|draf)\b|\b(?:TODO|TBD|FIXME|TKTK|XXX)\b|\blorem ipsum\b/i;

/**
 * Whether a text (a string, or an object of strings by language) could hold a review marker: what
 * the rule looks at further. Most texts hold none, and this is one scan of each string.
 */
export function mayHoldMarker(text: unknown): boolean {
  if (typeof text === 'string') return ANY_MARKER.test(text);
  if (!isRecord(text)) return false;
  for (const language in text) {
    const value = text[language];
    if (typeof value === 'string' && ANY_MARKER.test(value)) return true;
  }
  return false;
}

/** The review markers in a text, in order of appearance. */
export function reviewMarkers(text: string): string[] {
  if (!ANY_MARKER.test(text)) return [];
  const found: Array<{ at: number; marker: string }> = [];
  for (const pattern of REVIEW_MARKERS) {
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) found.push({ at: match.index, marker: match[0] });
  }
  found.sort((a, b) => a.at - b.at || b.marker.length - a.marker.length);
  // "[TBD]" is one marker, not also "TBD" inside it.
  let end = 0;
  return found.filter((f) => (f.at >= end ? ((end = f.at + f.marker.length), true) : false)).map((f) => f.marker);
}

/** Definitions whose objects accept `notes`. */
const ANNOTATED = new Set<string>();

function annotatedDefinitions(): Set<string> {
  if (ANNOTATED.size > 0) return ANNOTATED;
  for (const name of ['Course', 'Character', 'Module', 'Page', 'TextBlock', 'HeadingBlock', 'ImageBlock', 'AudioBlock', 'VideoBlock', 'CalloutBlock', 'Panel', 'AccordionBlock', 'TabsBlock', 'Card', 'CardsBlock', 'DialogueLine', 'DialogueBlock', 'QuestionBlock', 'AssessmentBlock', 'ScenarioBlock', 'Choice', 'SingleChoiceQuestion', 'MultipleResponseQuestion', 'TrueFalseQuestion', 'FillInQuestion', 'MatchPair', 'MatchingQuestion', 'SequenceItem', 'SequencingQuestion', 'LikertQuestion', 'ReflectionQuestion', 'QuestionBank', 'Assessment', 'ScenarioVariable', 'NarrationNode', 'DialogueNode', 'ScenarioChoice', 'ChoiceNode', 'EndingNode', 'Scenario']) {
    const properties = definition(name)?.properties;
    if (name === 'Course' || (isRecord(properties) && 'notes' in properties)) ANNOTATED.add(name);
  }
  return ANNOTATED;
}

/** Pointers of every object in the course that may carry `notes` (the course itself is ""). */
function notesOwners(index: CourseIndex): Set<string> {
  const owners = new Set<string>(['']);
  for (const name of annotatedDefinitions()) for (const typed of index.get(name) ?? []) owners.add(typed.pointer);
  // Questions and nodes are indexed under their union too; the branch is what accepts notes.
  for (const name of ['Question', 'ScenarioNode', 'Block']) for (const typed of index.get(name) ?? []) owners.add(typed.pointer);
  return owners;
}

/** The property, of the nearest object above a text that accepts `notes`, that holds the text. */
function besideOwner(pointer: string, owners: Set<string>): string {
  let at = pointer.slice(0, pointer.lastIndexOf('/'));
  while (at !== '' && !owners.has(at)) at = at.slice(0, at.lastIndexOf('/'));
  const key = pointer.slice(at.length + 1).split('/')[0] ?? '';
  return key.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Learner-facing text (every `LocalizedText` and `LocalizedMarkdown`) must not carry notes to authors:
 * a review marker is a warning, with the place to move it to (`notes`, which the player never shows).
 */
export const reviewMarkerText: Rule = {
  name: 'review markers',
  run({ index, report }) {
    let owners: Set<string> | undefined;
    /** `language`: the key of the text's language, or undefined for a plain string. */
    const check = (text: Typed, language: string | undefined, value: unknown) => {
      // One scan, and nothing built, for the many texts without a marker.
      if (typeof value !== 'string' || !ANY_MARKER.test(value)) return;
      const markers = reviewMarkers(value);
      if (markers.length === 0) return;
      owners ??= notesOwners(index);
      const shown = markers.slice(0, 3).map((m) => JSON.stringify(m.length > 60 ? m.slice(0, 57) + '…' : m)).join(', ');
      const more = markers.length > 3 ? ` and ${markers.length - 3} more` : '';
      report({
        code: CODES.reviewMarker,
        severity: 'warning',
        pointer: language === undefined ? text.pointer : `${text.pointer}/${language.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `learner-facing text holds a note for authors: ${shown}${more}; learners would see it`,
        hint: `move it out of the text into "notes" beside "${besideOwner(text.pointer, owners)}" (notes are for authors; learners never see them)`,
      });
    };
    // Tens of thousands of texts in a large course, nearly all without a marker: nothing is built for those.
    for (const def of ['LocalizedText', 'LocalizedMarkdown']) {
      const texts = index.get(def) ?? [];
      for (let i = 0; i < texts.length; i++) {
        const text = texts[i]!;
        const value = text.value;
        if (typeof value === 'string') check(text, undefined, value);
        else if (isRecord(value)) for (const language in value) check(text, language, value[language]);
      }
    }
  },
};
