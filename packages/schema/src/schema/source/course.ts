import { doc, includeOr, list, notes, object, oneOfValues, ref, type JsonSchema } from './helpers';
import { ID_PATTERN, LANGUAGE_TAG_PATTERN } from './text';
import { glossaryRoot } from './glossary';

const percent = (markdown: string, examples: readonly number[]): JsonSchema =>
  doc(markdown, examples, { type: 'number', minimum: 0, maximum: 100 });

const idList = (markdown: string, examples: readonly unknown[]): JsonSchema =>
  doc(markdown, examples, list({ type: 'string', $ref: '#/$defs/Id' }, { uniqueItems: true }));

/** Course-level definitions: metadata, structure, rules, certificate, theme and tracking. */
export const courseDefs: Record<string, JsonSchema> = {
  Author: object(
    ['name'],
    {
      name: doc('Name of the person or organisation.', ['Direktorat Gratifikasi', 'Siti Rahmawati'], { type: 'string', minLength: 1 }),
      email: doc('Contact e-mail address.', ['integritas@example.go.id'], { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }),
      organization: doc('Organisation the author belongs to.', ['Inspektorat Kabupaten Sukamaju'], { type: 'string', minLength: 1 }),
      url: doc('Web page of the author (http or https).', ['https://example.org/integrity'], { type: 'string', pattern: '^https?://[^\\s]+$' }),
    },
    { description: 'A person or organisation who wrote the course.', markdownDescription: 'A person or organisation who wrote the course.', examples: [{ name: 'CourseKit contributors', organization: 'CourseKit' }] },
  ),
  Character: object(
    ['id', 'name'],
    {
      id: ref('Id', 'Id that dialogue lines, choice nodes and dialogue nodes use to name the speaker.', ['budi', 'ibu-sari']),
      name: ref('LocalizedText', 'The character\'s name as learners see it.', ['Budi', { id: 'Ibu Sari', en: 'Mrs Sari' }]),
      role: ref('LocalizedText', 'What the character does, shown under the name.', [{ id: 'Staf pelayanan perizinan', en: 'Licensing front-desk officer' }]),
      avatar: ref('ImageRef', 'A portrait shown beside the character\'s lines.', [{ src: 'assets/characters/budi.webp', alt: { id: 'Budi tersenyum', en: 'Budi smiling' } }]),
      color: ref('CssColor', 'A CSS colour for the character\'s name and speech-bubble accent. Keep 4.5:1 contrast with the background.', ['#0b6e4f', '#8a4b08']),
      notes: notes(),
      expressions: ref('Expressions', 'The portrait with each mood\'s expression, shown for a line spoken in that mood instead of `avatar`.', [{ happy: { src: 'assets/characters/budi-happy.svg', alt: { id: 'Budi tersenyum lebar', en: 'Budi grinning' } } }]),
    },
    { description: 'A recurring person in dialogues and scenarios.', markdownDescription: 'A recurring person in dialogues and scenarios, declared once and named by `id`.', examples: [{ id: 'budi', name: 'Budi', role: { id: 'Staf pelayanan', en: 'Front-desk officer' } }] },
  ),
  Expressions: object(
    [],
    Object.fromEntries(
      (['neutral', 'happy', 'worried', 'angry', 'sad', 'surprised'] as const).map((mood) => [mood, ref('ImageRef', `The portrait for lines spoken in the \`${mood}\` mood; its \`alt\` names the expression.`, [{ src: `assets/characters/budi-${mood}.svg`, alt: { id: 'Budi', en: 'Budi' } }])]),
    ),
    {
      description: 'A character\'s portrait per mood.',
      markdownDescription: 'A character\'s portrait per mood of a dialogue line (`neutral`, `happy`, `worried`, `angry`, `sad`, `surprised`). A mood without its own portrait shows `avatar` with a small drawn sign of the mood; either way the mood is part of the portrait\'s text alternative, not printed beside the name.',
      examples: [{ happy: { src: 'assets/characters/budi-happy.svg', alt: { id: 'Budi tersenyum lebar', en: 'Budi grinning' } } }],
    },
  ),
  Page: object(
    ['id', 'title', 'blocks'],
    {
      id: ref('Id', 'Unique id of the page. Tracking records which pages were viewed by id.', ['what-is-gratification']),
      title: ref('LocalizedText', 'Page title, shown as its level-1 heading and in the table of contents.', [{ id: 'Apa itu gratifikasi?', en: 'What is gratification?' }]),
      blocks: doc('The content of the page, top to bottom.', [[{ type: 'text', markdown: 'Selamat datang.' }]], list({ $ref: '#/$defs/Block' }, { minItems: 1 })),
      notes: notes(),
    },
    {
      description: 'A page: what the learner sees at once.',
      markdownDescription: 'A page: what the learner sees at once, made of content `blocks`.',
      examples: [{ id: 'welcome', title: { id: 'Selamat datang', en: 'Welcome' }, blocks: [{ type: 'text', markdown: { id: 'Halo!', en: 'Hello!' } }] }],
      defaultSnippets: [{ label: 'New page', description: 'A page with one text block', body: { id: '${1:page-id}', title: '${2:Title}', blocks: [{ type: 'text', markdown: '${3:Text}' }] } }],
    },
  ),
  Module: object(
    ['id', 'title', 'pages'],
    {
      id: ref('Id', 'Unique id of the module. Tracked as a SCORM objective and an xAPI module activity.', ['gratuity-basics']),
      title: ref('LocalizedText', 'Module title, shown in the table of contents.', [{ id: 'Dasar-dasar gratifikasi', en: 'Gratification basics' }]),
      description: ref('LocalizedMarkdown', 'What the module covers, shown on its first page and in the menu.', [{ id: 'Pengertian dan dasar hukum.', en: 'Definition and legal basis.' }]),
      image: ref('ImageRef', 'The module\'s opening illustration, shown at the top of its first page.', [{ src: 'assets/module-basics.svg', alt: { id: 'Amplop dan parsel di meja kerja', en: 'An envelope and a hamper on a desk' } }]),
      pages: doc('The pages of the module, in order. Each may be written here or kept in its own file with `{ "$include": "pages/x.json" }`.', [[{ $include: 'pages/welcome.json' }]], list(includeOr('Page'), { minItems: 1 })),
      notes: notes(),
    },
    {
      description: 'A module: a chapter of pages.',
      markdownDescription: 'A module: a chapter of pages. Tracked as a SCORM objective and an xAPI module activity.',
      examples: [{ id: 'basics', title: 'Basics', pages: [{ $include: 'pages/welcome.json' }] }],
      defaultSnippets: [{ label: 'New module', description: 'A module with one page', body: { id: '${1:module-id}', title: '${2:Title}', pages: [{ id: '${3:page-id}', title: '${4:Page title}', blocks: [{ type: 'text', markdown: '${5:Text}' }] }] } }],
    },
  ),
  CompletionRules: object(
    [],
    {
      pagesViewed: percent('Percent (0–100) of the course\'s pages the learner must view. Default 100.', [100, 80]),
      assessments: idList('Ids of assessments that must be submitted, passed or not.', [['final-test']]),
      scenarios: idList('Ids of scenarios that must reach an ending.', [['parcel', 'fast-lane']]),
    },
    { description: 'When the course counts as completed. Every rule given must hold.', markdownDescription: 'When the course counts as **completed**. Every rule given must hold.', examples: [{ pagesViewed: 100, assessments: ['final-test'] }] },
  ),
  MasteryRules: object(
    ['passingScore'],
    {
      passingScore: percent('Percent (0–100) of the course score needed to pass. A mastery score set in the LMS overrides it.', [80, 70]),
      assessments: doc(
        'Assessments whose scores make the course score: ids (equal weights) or `{ "assessment": id, "weight": n }`. Default: every assessment, equally weighted.',
        [['final-test'], [{ assessment: 'pre-test', weight: 1 }, { assessment: 'final-test', weight: 3 }]],
        list({ $ref: '#/$defs/WeightedAssessment' }, { minItems: 1 }),
      ),
      requireEachPassed: doc('When true, every assessment listed must also be passed on its own. Default false.', [true], { type: 'boolean' }),
    },
    { description: 'When the course counts as passed.', markdownDescription: 'When the course counts as **passed**.', examples: [{ passingScore: 80, assessments: ['final-test'] }] },
  ),
  WeightedAssessment: doc(
    'An assessment id (weight 1), or an assessment with its weight in the course score.',
    ['final-test', { assessment: 'final-test', weight: 3 }],
    {
      type: ['string', 'object'],
      pattern: ID_PATTERN,
      required: ['assessment', 'weight'],
      properties: {
        assessment: ref('Id', 'Id of an assessment in `assessments`.', ['final-test']),
        weight: doc('Relative weight of this assessment in the course score.', [1, 3], { type: 'number', exclusiveMinimum: 0 }),
      },
      additionalProperties: false,
    },
  ),
  CertificateSettings: object(
    ['enabled', 'issuer'],
    {
      enabled: doc('Whether learners earn a certificate.', [true], { type: 'boolean' }),
      requires: doc('What earns the certificate. Default `pass`.', ['pass'], oneOfValues([
        ['completion', '`completion`: completing the course is enough.'],
        ['pass', '`pass`: only passing the course (see `mastery`) earns it.'],
      ])),
      title: ref('LocalizedText', 'Title printed on the certificate. Default: the course title.', [{ id: 'Sertifikat Penjaga Integritas', en: 'Integrity Ranger Certificate' }]),
      issuer: ref('LocalizedText', 'Who issues the certificate.', [{ id: 'Inspektorat Kabupaten Sukamaju', en: 'Sukamaju Regency Inspectorate' }]),
      signatory: ref('Signatory', 'The person whose name signs the certificate.', [{ name: 'Dr. Andi Pratama', title: { id: 'Inspektur', en: 'Inspector' } }]),
      logo: ref('ImageRef', 'Logo printed on the certificate.', [{ src: 'assets/logo.svg', alt: 'Logo' }]),
      idPrefix: doc('Prefix of certificate numbers: `IR` gives `IR-U73L-6GRV-A`. Letters and digits, at most 12.', ['IR'], { type: 'string', pattern: '^[A-Za-z0-9]{1,12}$' }),
      hours: doc('Training hours the certificate awards, in JP (jam pelajaran, 45 minutes each).', [4], { type: 'number', exclusiveMinimum: 0, maximum: 1000 }),
      verificationUrl: doc('Where anyone can check a certificate: an https URL with `{number}` where the certificate number goes. Printed, and as a QR code, on the certificate.', ['https://inspektorat.example.go.id/sertifikat/{number}'], { type: 'string', pattern: '^https://[^\\s]+$' }),
      stamp: ref('ImageRef', 'The issuer\'s stamp (cap dinas), printed over the signature. A transparent PNG is best.', [{ src: 'assets/stamp.png', alt: { id: 'Cap Inspektorat', en: 'Inspectorate stamp' } }]),
    },
    { description: 'The certificate a learner earns.', markdownDescription: 'The certificate a learner earns.', examples: [{ enabled: true, requires: 'pass', issuer: 'Inspektorat', idPrefix: 'IR' }] },
  ),
  Signatory: object(
    ['name'],
    {
      name: doc('Name of the person who signs.', ['Dr. Andi Pratama'], { type: 'string', minLength: 1 }),
      title: ref('LocalizedText', 'Their position.', [{ id: 'Inspektur', en: 'Inspector' }]),
      nip: doc('Their NIP, printed under the name as Indonesian certificates do: 18 digits.', ['197001011995031001'], { type: 'string', pattern: '^[0-9]{18}$' }),
      signature: ref('ImageRef', 'An image of their signature. A transparent PNG is best.', [{ src: 'assets/signature.png', alt: { id: 'Tanda tangan', en: 'Signature' } }]),
    },
    { description: 'The person whose name signs the certificate.', markdownDescription: 'The person whose name signs the certificate.', examples: [{ name: 'Dr. Andi Pratama', title: 'Inspektur' }] },
  ),
  ThemeTokensDark: object([], themeProperties(), {
    description: 'Tokens that replace the others when the learner prefers a dark colour scheme.',
    markdownDescription: 'Tokens that replace the others when the learner prefers a dark colour scheme (`prefers-color-scheme: dark`).',
    examples: [{ colorText: '#f2f2f2', colorBackground: '#121212' }],
  }),
  ThemeTokens: object([], {
    ...themeProperties(),
    logo: ref('ImageRef', 'The agency\'s logo, shown in the player\'s top bar beside the course title. Keep it small (an SVG of a few KB).', [{ src: 'assets/logo.svg', alt: { id: 'Logo Inspektorat Kabupaten Sukamaju', en: 'Sukamaju Regency Inspectorate logo' } }]),
    dark: ref('ThemeTokensDark', 'Tokens for a dark colour scheme.', [{ colorBackground: '#121212', colorText: '#f2f2f2' }]),
  }, {
    description: 'Design tokens, mapped to CSS custom properties (--ck-color-accent …).',
    markdownDescription: 'Design tokens, mapped to CSS custom properties (`--ck-color-accent` …). Keep text and accent colours at 4.5:1 contrast.',
    examples: [{ colorAccent: '#0b6e4f', colorAccentContrast: '#ffffff' }],
  }),
  TrackingOptions: object(
    [],
    {
      activityId: doc('Base IRI of the course\'s xAPI activities. Default `urn:coursekit:<course id>`.', ['https://lms.example.go.id/xapi/integrity-ranger'], { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$' }),
      scenarioChoices: doc('Record a SCORM interaction and an xAPI statement for every scenario choice. Default true.', [true], { type: 'boolean' }),
      organisationExtension: doc('An xAPI context extension IRI that carries the learner\'s organisation unit (agency).', ['https://example.go.id/xapi/extensions/unit-kerja'], { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$' }),
    },
    { description: 'How the course is tracked.', markdownDescription: 'How the course is tracked in SCORM and xAPI.', examples: [{ scenarioChoices: true }] },
  ),
  NavigationRules: object(
    [],
    {
      mode: doc('How learners move between pages. Default `linear`.', ['linear'], oneOfValues([
        ['linear', '`linear`: pages in order, forward and back.'],
        ['free', '`free`: any page, any time, from the menu.'],
        ['locked', '`locked`: a page opens once the one before it is complete.'],
      ])),
    },
    { description: 'Navigation between pages.', markdownDescription: 'Navigation between pages.', examples: [{ mode: 'linear' }] },
  ),
};

function themeProperties(): Record<string, JsonSchema> {
  return {
    colorAccent: ref('CssColor', 'Accent: buttons, links, progress (`--ck-color-accent`).', ['#0b6e4f']),
    colorAccentContrast: ref('CssColor', 'Text on the accent colour (`--ck-color-accent-contrast`).', ['#ffffff']),
    colorText: ref('CssColor', 'Body text (`--ck-color-text`).', ['#1b1b1b']),
    colorBackground: ref('CssColor', 'Page background (`--ck-color-background`).', ['#ffffff']),
    colorSurface: ref('CssColor', 'Cards, panels and bubbles (`--ck-color-surface`).', ['#f4f6f5']),
    fontFamily: doc('Font stack (`--ck-font-family`). Fonts must be available to the learner; the player loads none.', ['system-ui, sans-serif'], { type: 'string', pattern: '^[^;{}<>]+$', maxLength: 200 }),
    radius: doc('Corner radius of cards and buttons (`--ck-radius`): a CSS length.', ['8px', '0.5rem', '0'], { type: 'string', pattern: '^(0|[0-9]+(\\.[0-9]+)?(px|rem|em|%))$' }),
  };
}

/** The root: a course. */
export const courseRoot: JsonSchema = {
  type: 'object',
  required: ['schemaVersion', 'id', 'version', 'title', 'languages', 'defaultLanguage', 'modules'],
  properties: {
    $schema: doc('The schema this file follows, so editors can help: a path or the URL below.', ['https://cdn.jsdelivr.net/npm/@coursekit/schema/schemas/1.0/course.schema.json', '../../packages/schema/course.schema.json'], { type: 'string' }),
    schemaVersion: doc('Version of the course format. This schema reads `1.0`; see docs/course-format/versioning.md for how later versions migrate.', ['1.0'], { const: '1.0' }),
    id: ref('Id', 'Stable id of the course. Changing it starts every learner afresh (SCORM and xAPI records are keyed by it).', ['integrity-ranger']),
    version: doc('Semantic version of the course content: raise the minor or patch version for edits, the major one when learners\' saved progress no longer fits.', ['1.0.0', '1.2.3-beta.1'], { type: 'string', pattern: '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$' }),
    title: ref('LocalizedText', 'Course title, shown in the player, the LMS and on the certificate.', [{ id: 'Penjaga Integritas', en: 'Integrity Ranger' }]),
    description: ref('LocalizedMarkdown', 'What the course is about; shown on its first screen and in the LMS catalogue.', [{ id: 'Pelatihan antikorupsi untuk ASN.', en: 'Anti-corruption training for civil servants.' }]),
    languages: doc('BCP 47 tags of every language the course is written in. Every localised text must have each of them.', [['id', 'en']], list({ type: 'string', $ref: '#/$defs/LanguageTag' }, { minItems: 1, uniqueItems: true })),
    defaultLanguage: doc('The language learners see first when the LMS does not say otherwise; one of `languages`.', ['id'], { type: 'string', pattern: LANGUAGE_TAG_PATTERN }),
    authors: doc('Who wrote the course.', [[{ name: 'CourseKit contributors' }]], list({ $ref: '#/$defs/Author' })),
    license: doc('SPDX license identifier of the course content.', ['CC-BY-4.0', 'Apache-2.0'], { type: 'string', minLength: 1 }),
    keywords: doc('Search words for LMS catalogues.', [['gratifikasi', 'anti-corruption']], list({ type: 'string', minLength: 1 })),
    estimatedDuration: doc('How long the course takes, as an ISO 8601 duration.', ['PT45M', 'PT1H30M'], { type: 'string', pattern: '^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?$' }),
    navigation: ref('NavigationRules', 'How learners move between pages.', [{ mode: 'linear' }]),
    characters: doc('People who speak in dialogues and scenarios.', [[{ id: 'budi', name: 'Budi' }]], list({ $ref: '#/$defs/Character' })),
    modules: doc('The chapters of the course, in order. Each may be written here or kept in its own file with `{ "$include": "modules/01-basics.json" }`.', [[{ $include: 'modules/01-basics.json' }]], list(includeOr('Module'), { minItems: 1 })),
    questionBanks: doc('Pools of questions that assessments draw from.', [[{ id: 'bank-basics', questions: [{ type: 'true-false', id: 'b1', prompt: '…', correct: true }] }]], list({ $ref: '#/$defs/QuestionBank' })),
    assessments: doc('Scored sets of questions, placed on pages with an `assessment` block.', [[{ id: 'final-test', title: 'Final test', passingScore: 80, draw: [{ bank: 'bank-basics', count: 10 }] }]], list({ $ref: '#/$defs/Assessment' })),
    scenarios: doc('Branching scenarios, placed on pages with a `scenario` block. Each may be kept in its own file with `{ "$include": "scenarios/parcel.json" }`.', [[{ $include: 'scenarios/parcel.json' }]], list(includeOr('Scenario'))),
    completion: ref('CompletionRules', 'When the course counts as completed. Default: every page viewed.', [{ pagesViewed: 100, scenarios: ['parcel'] }]),
    mastery: ref('MasteryRules', 'When the course counts as passed. Without it the course is never failed.', [{ passingScore: 80 }]),
    certificate: ref('CertificateSettings', 'The certificate learners earn.', [{ enabled: true, issuer: 'Inspektorat' }]),
    theme: ref('ThemeTokens', 'Colours, font, corner radius and the agency logo.', [{ colorAccent: '#0b6e4f' }]),
    ...glossaryRoot,
    tracking: ref('TrackingOptions', 'How the course is tracked.', [{ scenarioChoices: true }]),
    notes: notes(),
  },
  additionalProperties: false,
};
