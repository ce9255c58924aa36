import type { AidStrings } from '../aids';

// English UI strings of the player's learner aids, loaded on demand (see ../aids.ts).
// Typed as the Indonesian ones, so a key missing here (or one too many) fails the typecheck.
const en: AidStrings = {
  skipToContent: 'Skip to content',
  glossary: 'Glossary',
  glossaryIntro: 'Terms and abbreviations used in this course.',
  termHint: 'show its meaning',
  downloads: 'Downloads',
  downloadsIntro: 'Material you can download, keep and print.',
  format: {
    pdf: 'PDF',
    html: 'web page, ready to print',
    svg: 'SVG image',
    png: 'PNG image',
    jpeg: 'JPEG image',
    docx: 'Word document',
    xlsx: 'Excel workbook',
    pptx: 'PowerPoint presentation',
    txt: 'text',
  } as Record<string, string>,
  unfinishedTitle: 'Continue what is unfinished',
  unfinishedScenario: (title: string) => `Play the scenario “${title}”`,
  unfinishedAssessment: (title: string) => `Take “${title}”`,
  unfinishedPage: (title: string) => `Open the page “${title}”`,
  requiredTitle: 'A required activity is not finished',
  requiredScenario: (title: string) => `The scenario “${title}” on this page must be played to an ending to complete the course.`,
  requiredAssessment: (title: string) => `“${title}” on this page must be taken and submitted to complete the course.`,
  doItNow: 'Do it now',
  continueAnyway: 'Continue anyway, come back later',
};

export default en;
