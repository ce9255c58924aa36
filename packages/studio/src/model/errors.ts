/**
 * Studio's error codes (docs/errors.md, "Studio"): CK960 an edit cannot apply, CK961 a save met a
 * file changed on disk, CK962 a request was refused (token, Host, Origin), CK963 a path leaves the
 * course folder, CK964 Studio cannot open the folder.
 */
export const STUDIO_CODES = {
  badEdit: 'CK960',
  conflict: 'CK961',
  refused: 'CK962',
  outside: 'CK963',
  cannotStart: 'CK964',
} as const;

/**
 * An edit that cannot apply to the course (CK960): its pointer names nothing, a value is missing,
 * or it lands in a file that is not JSON. Nothing of the edit step was applied.
 *
 * @example
 * try { doc.apply([{ op: 'remove', path: '/modules/9' }], 'Delete module'); }
 * catch (e) { if (e instanceof StudioEditError) console.warn(e.code, e.message); }
 */
export class StudioEditError extends Error {
  readonly code = STUDIO_CODES.badEdit;
  constructor(
    message: string,
    /** The edit's pointer in the assembled course. */
    readonly pointer: string,
    /** The file the edit was meant for, when known. */
    readonly file?: string,
  ) {
    super(message);
    this.name = 'StudioEditError';
  }
}
