import type { LaunchData } from '@coursekit/engine';
import type { DecodeResult } from '@coursekit/codec';
import { LMS_ERROR } from '../errors';

/** The notice for a saved state that could not be restored, or null when there is nothing to say. */
export function stateNotice(result: DecodeResult): LaunchData['notices'][number] | null {
  if (result.ok || result.reason === 'empty') return null;
  if (result.reason === 'foreign') {
    return { code: LMS_ERROR.stateForeign, message: `Your saved progress belongs to another version of this course, so the course starts from the beginning (${result.message}).` };
  }
  return { code: LMS_ERROR.stateUnreadable, message: `Your saved progress could not be read, so the course starts from the beginning (${result.message}).` };
}

/** The notice shown when a SCORM package finds no LMS. */
export const NO_LMS_NOTICE = {
  code: LMS_ERROR.noLms,
  message: 'No learning management system was found, so your progress is saved in this browser only and is not reported.',
} as const;
