import { doc, object, ref, type JsonSchema } from './helpers';

/** BCP 47 language tags as courses use them: a language, then optional region or script subtags. */
export const LANGUAGE_TAG_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

/** Author-chosen ids: lowercase letters, digits and `-`, starting with a letter or digit. */
export const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';

/**
 * A CSS colour without anything that could end the declaration (`;`, `{`, `}`, `<`): a hex colour,
 * a named colour, or a colour function. Author text reaches CSS custom properties, so it is kept plain.
 */
export const CSS_COLOR_PATTERN = '^(#[0-9a-fA-F]{3,8}|[a-zA-Z]+|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\\([0-9a-zA-Z.,%/ +-]*\\))$';

/** Definitions shared by every part of the course. */
export const textDefs: Record<string, JsonSchema> = {
  Id: doc(
    'An id you choose: lowercase letters, digits and `-`, starting with a letter or digit, at most 64 characters. Ids appear in tracking data (SCORM objectives and interactions, xAPI activity ids), so keep them once learners have started.',
    ['intro', 'gratuity-basics', 'q-01'],
    { type: 'string', pattern: ID_PATTERN, minLength: 1, maxLength: 64 },
  ),
  LanguageTag: doc(
    'A BCP 47 language tag: `id` (Indonesian), `en` (English), `en-GB`, `jv` (Javanese).',
    ['id', 'en', 'en-GB'],
    { type: 'string', pattern: LANGUAGE_TAG_PATTERN },
  ),
  LocalizedText: doc(
    'Text in the course languages: a plain string (the same in every language), or an object from language tag to text, with every language in `languages`.',
    ['Integrity Ranger', { id: 'Penjaga Integritas', en: 'Integrity Ranger' }],
    {
      type: ['string', 'object'],
      propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
      additionalProperties: { type: 'string' },
      minProperties: 1,
    },
  ),
  LocalizedMarkdown: doc(
    'Markdown in the course languages (a string, or an object from language tag to Markdown). CourseKit renders a safe subset: paragraphs, `*emphasis*`, `**strong**`, `` `code` ``, links to http(s) and mailto, bulleted and numbered lists, block quotes. Raw HTML is shown as text, never run.',
    ['Gratifikasi adalah **pemberian dalam arti luas**.', { id: 'Laporkan dalam **30 hari kerja**.', en: 'Report within **30 working days**.' }],
    {
      type: ['string', 'object'],
      propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
      additionalProperties: { type: 'string' },
      minProperties: 1,
    },
  ),
  AuthorNotes: doc(
    'Notes for authors and reviewers: sources, open questions, why a text says what it says. Never shown to learners: the player ignores them, and the validator warns (CK410) when review notes such as `[perlu ditinjau]` or `TODO` are left in learner-facing text instead. A string, or a list of strings.',
    ['Dasar: Peraturan KPK No. 1 Tahun 2026; diperiksa 2026-12-04.', ['Source: KPK circular SE 7/2025.', 'Open: ask the UPG about the local deadline.']],
    { type: ['string', 'array'], minLength: 1, items: { type: 'string', minLength: 1 } },
  ),
  AssetPath: doc(
    'A file inside the course folder, relative to the course file (`course.json`), with `/` separators: no leading `/`, no `\\`, no URL. The validator checks that the file exists and stays inside the course folder.',
    ['assets/images/parcel.webp', 'assets/audio/welcome.mp3'],
    { type: 'string', minLength: 1, pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!/)[^\\\\]+$' },
  ),
  Include: object(
    ['$include'],
    {
      $include: doc(
        'Path of a JSON file that holds this part, relative to the file that includes it. It must stay inside the course folder.',
        ['modules/03-parcel.json', 'pages/welcome.json', 'scenarios/parcel.json'],
        { type: 'string', minLength: 1, pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!/)[^\\\\]+\\.json$' },
      ),
    },
    {
      description: 'This part is kept in another file: { "$include": "modules/03-parcel.json" }.',
      markdownDescription: 'This part is kept in another file, resolved relative to the including file: `{ "$include": "modules/03-parcel.json" }`. Large courses keep each module, page or scenario in its own file.',
      examples: [{ $include: 'modules/03-parcel.json' }],
    },
  ),
  ImageRef: object(
    ['src', 'alt'],
    {
      src: ref('AssetPath', 'The image file, relative to the course file.', ['assets/characters/budi.webp']),
      alt: ref('LocalizedText', 'What the image shows, for people who cannot see it. Use `""` only for a purely decorative image.', [{ id: 'Budi, staf pelayanan', en: 'Budi, a front-desk officer' }]),
    },
    {
      description: 'An image file with its text alternative.',
      markdownDescription: 'An image file with its text alternative (`alt`).',
      examples: [{ src: 'assets/characters/budi.webp', alt: { id: 'Budi', en: 'Budi' } }],
    },
  ),
  CssColor: doc(
    'A CSS colour: `#0b6e4f`, `rebeccapurple`, `rgb(11 110 79)`, `oklch(0.5 0.1 160)`.',
    ['#0b6e4f', 'oklch(0.55 0.12 160)'],
    { type: 'string', pattern: CSS_COLOR_PATTERN, maxLength: 64 },
  ),
};
