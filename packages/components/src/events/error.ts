import type { CkErrorCode } from './error-codes';

/** detail of `ck-error`. */
export interface CkErrorDetail {
  /** A stable code: an element's own (`course-fetch-failed`, see `ComponentErrorCodes`) or a tracker's `CKnnn`. */
  code: CkErrorCode;
  /** What went wrong, with the numbers and names in (English; shown to authors and in logs). */
  message: string;
  /** Who met it: an element's tag (`ck-course-player`) or a tracker's name (`scorm12`). */
  source?: string;
  /** The LMS's or LRS's own code and text, when it gave one. */
  detail?: string;
}

/**
 * Something went wrong and the element recovered: it shows a plain message where the content
 * would be and keeps going. Every CourseKit element reports problems this way and never throws
 * into the learner's page.
 *
 * @example
 * player.addEventListener('ck-error', (e) => console.warn(e.detail.code, e.detail.message));
 */
export class CkErrorEvent extends Event {
  constructor(readonly detail: CkErrorDetail) {
    super('ck-error', { bubbles: true, composed: true });
  }
}

/**
 * Logs a problem and emits `ck-error` from `target`: the one way elements report what went wrong.
 *
 * @example
 * reportError(this, { code: 'course-invalid-json', message: `${src}: Unexpected token < at position 0`, source: 'ck-course-player' });
 */
export function reportError(target: EventTarget, detail: CkErrorDetail): void {
  console.warn(`[${detail.source ?? 'coursekit'}] ${detail.code}: ${detail.message}${detail.detail ? ` (${detail.detail})` : ''}`);
  target.dispatchEvent(new CkErrorEvent(detail));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-error': CkErrorEvent;
  }
}
