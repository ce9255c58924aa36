import type { AssetPath, Id, LocalizedMarkdown, LocalizedText } from './text';

/** A term of the course glossary, defined once; the player marks its first use and lists it on the glossary page. */
export interface GlossaryTerm {
  id: Id;
  /** The word or abbreviation as the course text writes it. */
  term: LocalizedText;
  /** Other forms that count as a use of the term. */
  aliases?: LocalizedText[];
  definition: LocalizedMarkdown;
}

/** A file learners can download: a job aid, a form, a poster. */
export interface Resource {
  id: Id;
  title: LocalizedText;
  description?: LocalizedText;
  src: AssetPath;
  format: 'pdf' | 'html' | 'svg' | 'png' | 'jpeg' | 'docx' | 'xlsx' | 'pptx' | 'txt';
  /** The language the file is written in; learners see it only in that language. */
  language?: string;
}
