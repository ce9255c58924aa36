import { doc, list, object, oneOfValues, ref, type JsonSchema } from './helpers';
import { LANGUAGE_TAG_PATTERN } from './text';

/** The file formats a downloadable resource may have, with the extensions each allows. */
export const RESOURCE_FORMATS = {
  pdf: ['pdf'],
  html: ['html', 'htm'],
  svg: ['svg'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  txt: ['txt'],
} as const satisfies Record<string, readonly string[]>;

const formatNames: Record<keyof typeof RESOURCE_FORMATS, string> = {
  pdf: 'a PDF document',
  html: 'a web page, printable from the browser',
  svg: 'an SVG image',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  docx: 'a Word document',
  xlsx: 'an Excel workbook',
  pptx: 'a PowerPoint presentation',
  txt: 'plain text',
};

/** Learner aids defined once for the whole course: glossary terms and downloadable resources. */
export const glossaryDefs: Record<string, JsonSchema> = {
  GlossaryTerm: object(
    ['id', 'term', 'definition'],
    {
      id: ref('Id', 'Unique id of the term.', ['upg']),
      term: ref('LocalizedText', 'The word or abbreviation as it appears in the course text. Its first use in the course is marked, and a learner can open the definition there.', [{ id: 'UPG', en: 'UPG' }]),
      aliases: doc('Other forms of the term that count as a use of it (a long form, another spelling), in the course languages.', [[{ id: 'Unit Pengendalian Gratifikasi', en: 'Gratification Control Unit' }]], list({ $ref: '#/$defs/LocalizedText' })),
      definition: ref('LocalizedMarkdown', 'What the term means, in one or two sentences.', [{ id: 'Unit Pengendalian Gratifikasi: unit di instansi yang menerima laporan gratifikasi.', en: 'Gratification Control Unit: the unit in an agency that receives gratification reports.' }]),
    },
    {
      description: 'A term of the course glossary.',
      markdownDescription: 'A term of the course glossary, defined once. The player marks its first use in the course text (whole words; an all-capital form matches only in capitals) with a button that shows the definition, and lists every term on the glossary page.',
      examples: [{ id: 'upg', term: 'UPG', definition: { id: 'Unit Pengendalian Gratifikasi.', en: 'Gratification Control Unit.' } }],
    },
  ),
  Resource: object(
    ['id', 'title', 'src', 'format'],
    {
      id: ref('Id', 'Unique id of the resource.', ['job-aid-id']),
      title: ref('LocalizedText', 'Name of the download as learners see it.', [{ id: 'Kartu saku: Tolak – Catat – Laporkan', en: 'Pocket card: Refuse – Record – Report' }]),
      description: ref('LocalizedText', 'What the file is for, in a sentence.', [{ id: 'Satu halaman, siap cetak.', en: 'One page, ready to print.' }]),
      src: ref('AssetPath', 'The file, relative to the course file. It is packaged with the course.', ['assets/job-aid.id.html']),
      format: doc('The file format, said to the learner beside the link; must match the file\'s extension.', ['html', 'pdf'], oneOfValues(Object.entries(formatNames).map(([value, name]) => [value, `\`${value}\`: ${name}.`] as [string, string]))),
      language: doc('The language the file is written in, one of the course languages. Learners see it only in that language; without it, in every language.', ['id'], { type: 'string', pattern: LANGUAGE_TAG_PATTERN }),
    },
    {
      description: 'A file learners can download: a job aid, a form, a poster.',
      markdownDescription: 'A file learners can download: a job aid, a form, a poster. The player lists the resources of the learner\'s language on the downloads page and on the results page.',
      examples: [{ id: 'job-aid-id', title: 'Kartu saku', src: 'assets/job-aid.id.html', format: 'html', language: 'id' }],
    },
  ),
};

/** The root properties of the course for them. */
export const glossaryRoot: Record<string, JsonSchema> = {
  glossary: doc('Terms defined once for the whole course, shown on first use and on the glossary page.', [[{ id: 'upg', term: 'UPG', definition: 'Unit Pengendalian Gratifikasi.' }]], list({ $ref: '#/$defs/GlossaryTerm' })),
  resources: doc('Files learners can download: job aids, forms, posters.', [[{ id: 'job-aid', title: 'Kartu saku', src: 'assets/job-aid.html', format: 'html' }]], list({ $ref: '#/$defs/Resource' })),
};
