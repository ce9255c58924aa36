/**
 * Text an author writes once per language: a plain string (used for every language),
 * or a map from a BCP 47 language tag to the text in that language.
 *
 * @example "Integrity Ranger"
 * @example { "id": "Penjaga Integritas", "en": "Integrity Ranger" }
 */
export type LocalizedText = string | { [language: string]: string };

/**
 * Markdown in the safe subset CourseKit renders (paragraphs, emphasis, strong, inline code,
 * links with http(s)/mailto targets, bulleted and numbered lists, block quotes).
 * Raw HTML is shown as text, never interpreted.
 */
export type LocalizedMarkdown = LocalizedText;

/** A path to a file inside the course folder, relative to the course file, with `/` separators. */
export type AssetPath = string;

/** An identifier authors choose: lowercase letters, digits and `-`, starting with a letter or digit. */
export type Id = string;

/**
 * Notes for authors and reviewers on any authoring object (course, module, page, block, question,
 * option, scenario, node, choice…): sources, open questions, why a text says what it says. The player
 * never shows them; put them here rather than in learner-facing text, where the validator warns (CK410).
 *
 * @example "Dasar: Peraturan KPK No. 1 Tahun 2026; diperiksa 2026-12-04."
 * @example ["Source: KPK circular SE 7/2025.", "Open: ask the UPG about the local deadline."]
 */
export type AuthorNotes = string | string[];
