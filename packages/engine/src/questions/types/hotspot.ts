import type { HotspotQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The ids of the areas selected. */
export interface HotspotResponse {
  type: 'hotspot';
  areas: string[];
}

/**
 * `hotspot`: the areas are the options of a set, named by their labels (so SCORM 1.2, 2004 and xAPI
 * record a choice interaction); 1 only for exactly the correct set of areas.
 */
export const hotspot = defineQuestionType<HotspotQuestion, HotspotResponse>('hotspot', 'areas', { kind: 'set', noun: 'area', options: (q) => q.areas.map((a) => ({ id: a.id, text: a.label })) });
