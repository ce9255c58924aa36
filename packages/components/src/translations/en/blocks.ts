import type { BlockStrings } from '../blocks';

// English UI strings of the content block elements, loaded on demand (see ../blocks.ts).
// Typed as the Indonesian ones, so a key missing here (or one too many) fails the typecheck.
const en: BlockStrings = {
  callout: { info: 'Info', tip: 'Tip', warning: 'Warning', important: 'Important', legal: 'Legal basis' },
  flip: (i: number, n: number) => `Turn over card ${i} of ${n}`,
  flipBack: (i: number, n: number) => `Turn back card ${i} of ${n}`,
  front: 'Front',
  back: 'Back',
  cardOf: (i: number, n: number) => `Card ${i} of ${n}`,
  cards: 'Cards',
  showingBack: (i: number) => `Card ${i}: back.`,
  showingFront: (i: number) => `Card ${i}: front.`,
  transcript: 'Transcript',
  showTranscript: (title: string) => `Transcript: ${title}`,
  dialogue: 'Conversation',
  says: 'says',
  mood: { neutral: 'calm', happy: 'happy', worried: 'worried', angry: 'angry', sad: 'sad', surprised: 'surprised' },
  progress: 'Progress',
  progressValue: (viewed: number, total: number, percent: number) => `${viewed} of ${total} pages viewed (${percent}%)`,
  tabs: 'Tabs',
};

export default en;
