import type {
  AccordionBlock,
  AssessmentBlock,
  AudioBlock,
  CalloutBlock,
  CardsBlock,
  DialogueBlock,
  HeadingBlock,
  ImageBlock,
  QuestionBlock,
  ScenarioBlock,
  TabsBlock,
  TextBlock,
  VideoBlock,
} from '../format/blocks';
import type { JsonSchema } from '../schema/source/helpers';
import type { BlockSchema } from './type';

/** Every content block, told apart by `type`. */
export type Block =
  | TextBlock
  | HeadingBlock
  | ImageBlock
  | AudioBlock
  | VideoBlock
  | CalloutBlock
  | AccordionBlock
  | TabsBlock
  | CardsBlock
  | DialogueBlock
  | QuestionBlock
  | AssessmentBlock
  | ScenarioBlock;

/** The `type` of every block. */
export type BlockType = Block['type'];

/**
 * Every content block type of the course format, in the order the schema, the editors' completion
 * and the reference list them: the one registry of block types in the schema package.
 */
export const BLOCK_SCHEMAS: readonly BlockSchema[] = [
  { type: 'text', branch: 'TextBlock', snippet: { label: 'text', description: 'Paragraphs of Markdown', body: { type: 'text', markdown: '${1:Text}' } } },
  { type: 'heading', branch: 'HeadingBlock', snippet: { label: 'heading', description: 'A level-2 heading', body: { type: 'heading', level: 2, text: '${1:Heading}' } } },
  { type: 'image', branch: 'ImageBlock', snippet: { label: 'image', description: 'An image with alt text', body: { type: 'image', src: 'assets/${1:image.webp}', alt: '${2:What it shows}' } } },
  { type: 'audio', branch: 'AudioBlock' },
  {
    type: 'video',
    branch: 'VideoBlock',
    parts: ['MediaTrack'],
    snippet: { label: 'video', description: 'A captioned video', body: { type: 'video', src: 'assets/${1:video.mp4}', title: '${2:Title}', captions: [{ src: 'assets/${3:video.vtt}', lang: '${4:id}' }] } },
  },
  { type: 'callout', branch: 'CalloutBlock', snippet: { label: 'callout', description: 'A highlighted box', body: { type: 'callout', variant: '${1|info,tip,warning,important,legal|}', markdown: '${2:Text}' } } },
  { type: 'accordion', branch: 'AccordionBlock' },
  { type: 'tabs', branch: 'TabsBlock', parts: ['Panel'] },
  { type: 'cards', branch: 'CardsBlock', parts: ['Card'] },
  { type: 'dialogue', branch: 'DialogueBlock', parts: ['DialogueLine'], snippet: { label: 'dialogue', description: 'Characters talking', body: { type: 'dialogue', lines: [{ character: '${1:character-id}', text: '${2:Line}' }] } } },
  {
    type: 'question',
    branch: 'QuestionBlock',
    snippet: { label: 'question', description: 'A knowledge check', body: { type: 'question', question: { type: 'single-choice', id: '${1:q-id}', prompt: '${2:Prompt}', choices: [{ id: 'a', text: '${3:A}' }, { id: 'b', text: '${4:B}' }], correct: 'a' } } },
  },
  { type: 'assessment', branch: 'AssessmentBlock', snippet: { label: 'assessment', description: 'Place an assessment', body: { type: 'assessment', assessment: '${1:assessment-id}' } } },
  { type: 'scenario', branch: 'ScenarioBlock', snippet: { label: 'scenario', description: 'Place a scenario', body: { type: 'scenario', scenario: '${1:scenario-id}' } } },
] satisfies ReadonlyArray<BlockSchema & { type: BlockType }>;

/** The definitions the registered types bring, for the schema's `$defs`. */
export const BLOCK_TYPE_DEFS: Record<string, JsonSchema> = Object.assign({}, ...BLOCK_SCHEMAS.map((t) => t.defs ?? {}));
