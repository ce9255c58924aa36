import { BLOCK_SCHEMAS, BLOCK_TYPE_DEFS } from '../../block-types/registry';
import { doc, list, notes, object, oneOfValues, ref, tag, taggedUnion, type JsonSchema } from './helpers';

const blockId = ref('Id', 'Optional id, unique in the course; needed only when something refers to this block.', ['intro-video']);

const MOODS: ReadonlyArray<readonly [string, string]> = [
  ['neutral', '`neutral`: calm, matter-of-fact.'],
  ['happy', '`happy`: pleased or relieved.'],
  ['worried', '`worried`: anxious or unsure.'],
  ['angry', '`angry`: annoyed or hostile.'],
  ['sad', '`sad`: disappointed or hurt.'],
  ['surprised', '`surprised`: taken aback.'],
];

/** How a character feels in a line; shown by an avatar variant where the course provides one. */
export const moodSchema: JsonSchema = doc('How the character feels, shown by an avatar variant where the course provides one. Default `neutral`.', ['worried'], oneOfValues(MOODS));

function block(type: string, summary: string, required: readonly string[], properties: Record<string, JsonSchema>, example: JsonSchema): JsonSchema {
  return object(['type', ...required], { type: tag(type, summary), id: blockId, ...properties, notes: notes() }, { description: summary.replace(/`/g, ''), markdownDescription: summary, examples: [example] });
}

/** The content blocks, told apart by `type`. */
export const blockDefs: Record<string, JsonSchema> = {
  TextBlock: block('text', '`text`: paragraphs of safe Markdown.', ['markdown'], {
    markdown: ref('LocalizedMarkdown', 'The text, in Markdown.', [{ id: 'Gratifikasi adalah pemberian dalam arti luas.', en: 'Gratification means a gift in the broadest sense.' }]),
  }, { type: 'text', markdown: 'Selamat datang.' }),
  HeadingBlock: block('heading', '`heading`: a heading inside a page (the page title is level 1).', ['text'], {
    level: doc('Heading level. Default 2.', [2], oneOfValues([
      [2, '`2`: a section of the page.'],
      [3, '`3`: a subsection.'],
      [4, '`4`: a sub-subsection.'],
    ])),
    text: ref('LocalizedText', 'The heading text.', [{ id: 'Dasar hukum', en: 'Legal basis' }]),
  }, { type: 'heading', level: 2, text: 'Dasar hukum' }),
  ImageBlock: block('image', '`image`: a picture with its text alternative.', ['src', 'alt'], {
    src: ref('AssetPath', 'The image file.', ['assets/images/parcel.webp']),
    alt: ref('LocalizedText', 'What matters in the image, for people who cannot see it. Use `""` together with `decorative: true` for a purely decorative image.', [{ id: 'Parsel berisi kue di meja kantor', en: 'A hamper of cakes on an office desk' }]),
    caption: ref('LocalizedText', 'A caption shown under the image.', [{ id: 'Parsel Lebaran', en: 'An Eid hamper' }]),
    decorative: doc('The image adds nothing to the text; screen readers skip it. Default false.', [false], { type: 'boolean' }),
  }, { type: 'image', src: 'assets/images/parcel.webp', alt: 'Parsel' }),
  AudioBlock: block('audio', '`audio`: a sound clip, with a transcript for those who cannot hear it.', ['src', 'title'], {
    src: ref('AssetPath', 'The audio file (MP3, M4A, OGG or WAV).', ['assets/audio/welcome.mp3']),
    title: ref('LocalizedText', 'What the clip is, read out by screen readers.', [{ id: 'Sambutan', en: 'Welcome' }]),
    transcript: ref('LocalizedMarkdown', 'The full text of the clip (WCAG 1.2.1).', [{ id: 'Selamat datang…', en: 'Welcome…' }]),
    captions: doc('Timed text tracks (WebVTT).', [[{ src: 'assets/audio/welcome.id.vtt', lang: 'id' }]], list({ $ref: '#/$defs/MediaTrack' })),
  }, { type: 'audio', src: 'assets/audio/welcome.mp3', title: 'Sambutan' }),
  VideoBlock: block('video', '`video`: a video with captions.', ['src', 'title', 'captions'], {
    src: ref('AssetPath', 'The video file (MP4 or WebM).', ['assets/video/welcome.mp4']),
    title: ref('LocalizedText', 'What the video is, read out by screen readers.', [{ id: 'Pengantar', en: 'Introduction' }]),
    poster: ref('AssetPath', 'An image shown before the video plays.', ['assets/video/welcome.jpg']),
    captions: doc('Captions (WebVTT), at least one track (WCAG 1.2.2).', [[{ src: 'assets/video/welcome.id.vtt', lang: 'id', kind: 'captions' }]], list({ $ref: '#/$defs/MediaTrack' }, { minItems: 1 })),
    transcript: ref('LocalizedMarkdown', 'The full text of the video, with what is shown (WCAG 1.2.3).', ['Narator: …']),
  }, { type: 'video', src: 'assets/video/welcome.mp4', title: 'Pengantar', captions: [{ src: 'assets/video/welcome.id.vtt', lang: 'id' }] }),
  CalloutBlock: block('callout', '`callout`: a highlighted box.', ['variant', 'markdown'], {
    variant: doc('What kind of box it is; sets its icon, colour and the word screen readers announce.', ['legal'], oneOfValues([
      ['info', '`info`: neutral information.'],
      ['tip', '`tip`: advice that helps.'],
      ['warning', '`warning`: a risk to avoid.'],
      ['important', '`important`: something the learner must know.'],
      ['legal', '`legal`: a law or regulation, quoted or summarised.'],
    ])),
    title: ref('LocalizedText', 'A title for the box.', [{ id: 'Pasal 12B UU Tipikor', en: 'Article 12B, Anti-Corruption Law' }]),
    markdown: ref('LocalizedMarkdown', 'The content of the box.', ['Laporkan dalam **30 hari kerja**.']),
  }, { type: 'callout', variant: 'tip', markdown: 'Ragu? Laporkan saja.' }),
  Panel: object(['title', 'markdown'], {
    title: ref('LocalizedText', 'The panel\'s heading, always visible.', [{ id: 'Wajib dilaporkan', en: 'Must be reported' }]),
    markdown: ref('LocalizedMarkdown', 'The panel\'s content, shown when opened.', ['Uang, barang, diskon, …']),
    notes: notes(),
  }, { description: 'One panel of an accordion or one tab.', markdownDescription: 'One panel of an accordion or one tab.', examples: [{ title: 'Wajib', markdown: '…' }] }),
  AccordionBlock: block('accordion', '`accordion`: collapsible sections; only the titles show until opened.', ['items'], {
    items: doc('The sections.', [[{ title: 'Wajib', markdown: '…' }]], list({ $ref: '#/$defs/Panel' }, { minItems: 1 })),
  }, { type: 'accordion', items: [{ title: 'Wajib', markdown: '…' }] }),
  TabsBlock: block('tabs', '`tabs`: sections shown one at a time under a row of tabs.', ['tabs'], {
    tabs: doc('The tabs.', [[{ title: 'UU', markdown: '…' }]], list({ $ref: '#/$defs/Panel' }, { minItems: 1 })),
  }, { type: 'tabs', tabs: [{ title: 'UU', markdown: '…' }] }),
  Card: object(['front'], {
    id: ref('Id', 'Optional id, unique in the course.', ['myth-1']),
    front: ref('LocalizedMarkdown', 'The front: a short statement or question.', [{ id: 'Parsel kecil boleh diterima.', en: 'A small hamper is fine to accept.' }]),
    back: ref('LocalizedMarkdown', 'The back (flip cards) or the body (micro cards).', [{ id: 'Mitos. Nilainya tidak menentukan.', en: 'Myth. The value does not decide it.' }]),
    image: ref('ImageRef', 'An image on the card.', [{ src: 'assets/images/hamper.webp', alt: 'Parsel' }]),
    notes: notes(),
  }, { description: 'One card of a card set.', markdownDescription: 'One card of a card set.', examples: [{ front: 'Mitos?', back: 'Fakta.' }] }),
  CardsBlock: block('cards', '`cards`: a set of flip cards or micro cards.', ['style', 'cards'], {
    style: doc('How the cards behave.', ['flip'], oneOfValues([
      ['flip', '`flip`: cards that turn over to show the back.'],
      ['micro', '`micro`: a swipeable deck of short posts.'],
    ])),
    title: ref('LocalizedText', 'A title above the set.', [{ id: 'Mitos atau fakta?', en: 'Myth or fact?' }]),
    cards: doc('The cards.', [[{ front: 'Mitos?', back: 'Fakta.' }]], list({ $ref: '#/$defs/Card' }, { minItems: 1 })),
  }, { type: 'cards', style: 'flip', cards: [{ front: 'Mitos?', back: 'Fakta.' }] }),
  DialogueLine: object(['character', 'text'], {
    character: ref('Id', 'Id of a character declared in the course\'s `characters`.', ['budi']),
    text: ref('LocalizedText', 'What the character says.', [{ id: 'Pak, ini sekadar tanda terima kasih.', en: 'Sir, this is just a token of thanks.' }]),
    mood: moodSchema,
    notes: notes(),
  }, { description: 'One line of a dialogue.', markdownDescription: 'One line of a dialogue.', examples: [{ character: 'budi', text: 'Selamat pagi.' }] }),
  DialogueBlock: block('dialogue', '`dialogue`: characters talking.', ['lines'], {
    lines: doc('The lines, in order.', [[{ character: 'budi', text: 'Selamat pagi.' }]], list({ $ref: '#/$defs/DialogueLine' }, { minItems: 1 })),
  }, { type: 'dialogue', lines: [{ character: 'budi', text: 'Selamat pagi.' }] }),
  QuestionBlock: block('question', '`question`: a knowledge check inside a page; not part of any assessment\'s score.', ['question'], {
    question: ref('Question', 'The question.', [{ type: 'true-false', id: 'kc-1', prompt: 'Parsel dari rekanan wajib dilaporkan.', correct: true }]),
  }, { type: 'question', question: { type: 'true-false', id: 'kc-1', prompt: '…', correct: true } }),
  AssessmentBlock: block('assessment', '`assessment`: places an assessment declared in `assessments` on the page.', ['assessment'], {
    assessment: ref('Id', 'Id of an assessment in the course\'s `assessments`.', ['final-test']),
  }, { type: 'assessment', assessment: 'final-test' }),
  ScenarioBlock: block('scenario', '`scenario`: places a scenario declared in `scenarios` on the page.', ['scenario'], {
    scenario: ref('Id', 'Id of a scenario in the course\'s `scenarios`.', ['parcel']),
  }, { type: 'scenario', scenario: 'parcel' }),
  MediaTrack: object(['src', 'lang'], {
    src: ref('AssetPath', 'The WebVTT file.', ['assets/video/welcome.id.vtt']),
    lang: ref('LanguageTag', 'Language of the track: one of the course `languages`.', ['id']),
    label: ref('LocalizedText', 'Name of the track in the player\'s menu.', [{ id: 'Bahasa Indonesia', en: 'Indonesian' }]),
    kind: doc('What the track holds. Default `captions`.', ['captions'], oneOfValues([
      ['captions', '`captions`: speech and meaningful sounds, for people who cannot hear.'],
      ['subtitles', '`subtitles`: a translation of the speech.'],
      ['descriptions', '`descriptions`: what is shown, for people who cannot see.'],
    ])),
  }, { description: 'A timed text track (WebVTT) for audio or video.', markdownDescription: 'A timed text track (WebVTT) for audio or video.', examples: [{ src: 'assets/video/welcome.id.vtt', lang: 'id' }] }),
  ...BLOCK_TYPE_DEFS,
};

blockDefs.Block = {
  ...taggedUnion(
    BLOCK_SCHEMAS.map((t) => t.branch),
    BLOCK_SCHEMAS.flatMap((t) => (t.snippet ? [t.snippet] : [])),
  ),
  description: 'A content block. Its type decides what else it holds.',
  markdownDescription: `A content block. Its \`type\` decides what else it holds: ${BLOCK_SCHEMAS.map((t) => `\`${t.type}\``).join(', ')}.`,
  examples: [{ type: 'text', markdown: 'Selamat datang.' }],
};
