import { doc, list, notes, object, question, ref, type JsonSchema } from '../../schema/source/helpers';

/** The JSON Schema definitions of a hotspot question: its branch, its image and its areas. */
export const hotspotDefs: Record<string, JsonSchema> = {
  HotspotImage: object(['src', 'alt'], {
    src: ref('AssetPath', 'The image file.', ['assets/images/meja-kantor.svg']),
    alt: ref('LocalizedText', 'What the whole image shows, for people who cannot see it.', [{ id: 'Meja kantor dengan parsel, amplop dan map', en: 'An office desk with a hamper, an envelope and a folder' }]),
  }, { description: 'The picture of a hotspot question, with its text alternative.', markdownDescription: 'The picture of a hotspot question, with its text alternative.', examples: [{ src: 'assets/meja.svg', alt: 'Meja kantor' }] }),
  HotspotArea: object(['id', 'label', 'x', 'y', 'width', 'height'], {
    id: ref('Id', 'Id of the area, unique in its question; `correct` names areas by id.', ['parcel']),
    label: ref('LocalizedText', 'What the area shows. Screen readers read it and keyboard users choose the area by it.', [{ id: 'Parsel dari rekanan', en: 'A hamper from a contractor' }]),
    x: doc('Left edge, in percent of the image width (0–100).', [12.5], { type: 'number', minimum: 0, maximum: 100 }),
    y: doc('Top edge, in percent of the image height (0–100).', [40], { type: 'number', minimum: 0, maximum: 100 }),
    width: doc('Width, in percent of the image width; `x + width` is at most 100.', [25], { type: 'number', exclusiveMinimum: 0, maximum: 100 }),
    height: doc('Height, in percent of the image height; `y + height` is at most 100.', [30], { type: 'number', exclusiveMinimum: 0, maximum: 100 }),
    notes: notes(),
  }, { description: 'A rectangular area of a hotspot image.', markdownDescription: 'A rectangular area of a hotspot image, in percent of the image, so it scales with it.', examples: [{ id: 'parcel', label: 'Parsel', x: 10, y: 40, width: 25, height: 30 }] }),
  HotspotQuestion: question('hotspot', '`hotspot`: an image with areas; the learner selects every correct area (by pointer or keyboard).', ['image', 'areas', 'correct'], {
    image: ref('HotspotImage', 'The picture and its text alternative.', [{ src: 'assets/meja.svg', alt: 'Meja kantor' }]),
    areas: doc('The areas a learner can select, at least two.', [[{ id: 'parcel', label: 'Parsel', x: 10, y: 40, width: 25, height: 30 }, { id: 'folder', label: 'Map', x: 60, y: 40, width: 25, height: 30 }]], list({ $ref: '#/$defs/HotspotArea' }, { minItems: 2 })),
    correct: doc('Ids of every correct area; full credit only for exactly these.', [['parcel']], list({ type: 'string', $ref: '#/$defs/Id' }, { minItems: 1, uniqueItems: true })),
  }, { type: 'hotspot', id: 'q-7', prompt: 'Pilih yang wajib dilaporkan.', image: { src: 'assets/meja.svg', alt: 'Meja kantor' }, areas: [{ id: 'parcel', label: 'Parsel', x: 10, y: 40, width: 25, height: 30 }, { id: 'folder', label: 'Map', x: 60, y: 40, width: 25, height: 30 }], correct: ['parcel'] }),
};
