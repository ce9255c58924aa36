import type { Block } from './blocks';
import type { Assessment, QuestionBank } from './questions';
import type { Scenario } from './scenario';
import type { AssetPath, AuthorNotes, Id, LocalizedMarkdown, LocalizedText } from './text';
import type { GlossaryTerm, Resource } from './glossary';

/** The version of the course format this package reads and writes. */
export const SCHEMA_VERSION = '1.0' as const;

/** A part of the course kept in another file, resolved relative to the including file. */
export interface Include {
  $include: string;
}

/** A person or organisation who wrote the course. */
export interface Author {
  name: string;
  email?: string;
  organization?: string;
  url?: string;
}

/** A recurring person in dialogues and scenarios. */
export interface Character {
  id: Id;
  name: LocalizedText;
  role?: LocalizedText;
  avatar?: { src: AssetPath; alt: LocalizedText };
  /** A CSS colour for the character's name and bubble accent. */
  color?: string;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
  /** The portrait per mood of a dialogue line, instead of `avatar`. */
  expressions?: Expressions;
}

/** A character's portrait per mood. */
export interface Expressions {
  neutral?: ImageRef;
  happy?: ImageRef;
  worried?: ImageRef;
  angry?: ImageRef;
  sad?: ImageRef;
  surprised?: ImageRef;
}

/** An image file with its text alternative. */
export interface ImageRef {
  src: AssetPath;
  alt: LocalizedText;
}

/** A page: what the learner sees at once. */
export interface Page {
  id: Id;
  title: LocalizedText;
  blocks: Block[];
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** A module: a chapter of pages. Tracked as a SCORM objective and an xAPI module activity. */
export interface Module {
  id: Id;
  title: LocalizedText;
  description?: LocalizedMarkdown;
  /** The module's opening illustration, at the top of its first page. */
  image?: ImageRef;
  pages: Array<Page | Include>;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** When the course counts as completed. */
export interface CompletionRules {
  /** Percent (0–100) of pages the learner must view. Default 100. */
  pagesViewed?: number;
  /** Assessments that must be submitted (passed or not). */
  assessments?: Id[];
  /** Scenarios that must reach an ending. */
  scenarios?: Id[];
}

/** When the course counts as passed. */
export interface MasteryRules {
  /** Percent (0–100) of the course score needed to pass. An LMS mastery score overrides it. */
  passingScore: number;
  /** Assessments whose scores make the course score, weighted equally unless given. Default: every assessment. */
  assessments?: Array<Id | { assessment: Id; weight: number }>;
  /** Every assessment listed must itself be passed too. Default false. */
  requireEachPassed?: boolean;
}

/** The certificate a learner earns. */
export interface CertificateSettings {
  enabled: boolean;
  /** completion: for completing; pass: only for passing. Default pass. */
  requires?: 'completion' | 'pass';
  title?: LocalizedText;
  issuer: LocalizedText;
  signatory?: { name: string; title?: LocalizedText; nip?: string; signature?: { src: AssetPath; alt: LocalizedText } };
  logo?: { src: AssetPath; alt: LocalizedText };
  /** Prefix of certificate numbers, e.g. "IR" gives "IR-U73L-6GRV-A". */
  idPrefix?: string;
  /** Training hours awarded, in JP (jam pelajaran). */
  hours?: number;
  /** An https URL with `{number}` where the certificate number goes; printed and as a QR code. */
  verificationUrl?: string;
  /** The issuer's stamp (cap dinas), printed over the signature. */
  stamp?: { src: AssetPath; alt: LocalizedText };
}

/** Design tokens the player maps to CSS custom properties (`--ck-color-accent` …). */
export interface ThemeTokens {
  colorAccent?: string;
  colorAccentContrast?: string;
  colorText?: string;
  colorBackground?: string;
  colorSurface?: string;
  fontFamily?: string;
  radius?: string;
  /** The agency's logo, in the player's top bar. */
  logo?: ImageRef;
  /** Tokens that replace the above when the learner prefers a dark scheme. */
  dark?: Omit<ThemeTokens, 'dark' | 'logo'>;
}

/** How the course is tracked. */
export interface TrackingOptions {
  /** Base IRI of the course's xAPI activities. Default `urn:coursekit:<course id>`. */
  activityId?: string;
  /** Record a SCORM interaction / xAPI statement for every scenario choice. Default true. */
  scenarioChoices?: boolean;
  /** An xAPI context extension IRI that carries the learner's organisation unit (agency). */
  organisationExtension?: string;
}

/** Navigation between pages. */
export interface NavigationRules {
  /** linear: in order, forward and back; free: any page any time; locked: a page opens once the previous one is complete. Default linear. */
  mode?: 'linear' | 'free' | 'locked';
}

/** A CourseKit course. */
export interface Course {
  $schema?: string;
  schemaVersion: typeof SCHEMA_VERSION;
  /** Stable id: lowercase letters, digits and `-`. Changing it starts every learner afresh. */
  id: Id;
  /** Semantic version of the course content. */
  version: string;
  title: LocalizedText;
  description?: LocalizedMarkdown;
  /** BCP 47 tags of every language the course is written in. */
  languages: string[];
  defaultLanguage: string;
  authors?: Author[];
  /** SPDX license identifier. */
  license?: string;
  keywords?: string[];
  /** ISO 8601 duration, e.g. "PT45M". */
  estimatedDuration?: string;
  navigation?: NavigationRules;
  characters?: Character[];
  modules: Array<Module | Include>;
  questionBanks?: QuestionBank[];
  assessments?: Assessment[];
  scenarios?: Array<Scenario | Include>;
  completion?: CompletionRules;
  mastery?: MasteryRules;
  certificate?: CertificateSettings;
  theme?: ThemeTokens;
  tracking?: TrackingOptions;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
  glossary?: GlossaryTerm[];
  resources?: Resource[];
}

/** A course whose `$include`s have all been resolved. */
export interface ResolvedCourse extends Omit<Course, 'modules' | 'scenarios'> {
  modules: Array<Omit<Module, 'pages'> & { pages: Page[] }>;
  scenarios?: Scenario[];
}
