import type { QuestionSchema } from '../type';
import { hotspots } from './rules';
import { hotspotDefs } from './schema';

export type { HotspotArea, HotspotImage, HotspotQuestion } from './format';

/** `hotspot`: an image with areas; `correct` names area ids; every area lies inside the image (CK107). */
export const hotspotSchema = {
  type: 'hotspot',
  branch: 'HotspotQuestion',
  parts: ['HotspotImage', 'HotspotArea'],
  defs: hotspotDefs,
  lists: ['areas'],
  correctAmong: 'areas',
  rules: [hotspots],
} as const satisfies QuestionSchema;
