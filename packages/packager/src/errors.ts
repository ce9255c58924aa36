/**
 * Stable codes of every problem the packager reports. Each has an entry in docs/errors.md
 * ("Packager and CLI", CK9xx). CK90x: the course and its assets; CK91x: LMS limits; CK92x: files
 * the packager reads or writes.
 *
 * @example
 * if (error instanceof PackageError && error.code === PACKAGE_ERROR.assetMissing) …
 */
export const PACKAGE_ERROR = {
  /** The course does not validate (schema or semantic checks). */
  invalidCourse: 'CK900',
  /** An asset path leaves the course folder: `..`, an absolute path, a drive letter or a URL. */
  assetOutside: 'CK901',
  /** An asset is a symbolic link (or sits under one) that points outside the course folder. */
  assetSymlinkOutside: 'CK902',
  /** A referenced asset does not exist. */
  assetMissing: 'CK903',
  /** Two references differ only in letter case (`Intro.png`, `intro.png`). */
  assetCaseCollision: 'CK904',
  /** A reference's letter case differs from the file's name on disk. */
  assetCaseMismatch: 'CK905',
  /** An asset path is a file the package itself writes (index.html, imsmanifest.xml …). */
  assetReserved: 'CK906',
  /** A reference names a folder or a device, not a file. */
  assetNotFile: 'CK907',
  /** The course's largest possible saved state does not fit the target's suspend_data. */
  suspendDataTooLarge: 'CK910',
  /** Warning: the course's worst-case interaction data exceeds what a browser sends as a page closes (64 KiB). */
  interactionsTooLarge: 'CK911',
  /** Warning: an image asset is larger than the image budget (default 200 KB, `--image-budget`). */
  imageOverBudget: 'CK740',
  /** The course file cannot be read. */
  courseUnreadable: 'CK920',
  /** The package cannot be written where --out says. */
  outputUnwritable: 'CK921',
  /** The player bundle for the target is not there (the packager was not built). */
  playerMissing: 'CK922',
  /** The output path is, or lies inside, a file or folder the build reads (the course, an include, an asset). */
  outputIsInput: 'CK956',
} as const;

/** One of the packager's error codes. */
export type PackageErrorCode = (typeof PACKAGE_ERROR)[keyof typeof PACKAGE_ERROR];

/**
 * One problem, located as precisely as the packager can: the file, the JSON pointer of the
 * reference, and line/column when the course loader knows them.
 */
export interface PackageProblem {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** The file the problem is in (the course file for references). */
  file?: string;
  /** JSON pointer of the offending value in the resolved course (`/modules/0/pages/2/blocks/1/src`). */
  pointer?: string;
  line?: number;
  column?: number;
  /** How to fix it. */
  hint?: string;
}

/**
 * Codes whose cause is the environment (files, permissions), not the course: the CLI exits 2 on
 * them. CK001 is the course loader's "the course file could not be read", which `coursekit validate`
 * also exits 2 on.
 */
const IO_CODES: ReadonlySet<string> = new Set([PACKAGE_ERROR.courseUnreadable, PACKAGE_ERROR.outputUnwritable, PACKAGE_ERROR.playerMissing, PACKAGE_ERROR.outputIsInput, 'CK001']);

/**
 * A build that cannot produce a package. Carries every problem found, not just the first, so an
 * author fixes them all in one go. `code` is the first problem's.
 *
 * @example
 * try { await buildPackage({ course: 'course.json', target: 'scorm12', out: 'x.zip' }); }
 * catch (e) { if (e instanceof PackageError) for (const p of e.problems) console.error(p.code, p.message); }
 */
export class PackageError extends Error {
  override name = 'PackageError';
  readonly code: string;
  readonly problems: PackageProblem[];

  constructor(problems: PackageProblem[], options?: { cause?: unknown }) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`${first?.code ?? 'CK900'} ${first?.message ?? 'the package could not be built'}${more}`, options);
    this.code = first?.code ?? PACKAGE_ERROR.invalidCourse;
    this.problems = problems;
  }

  /** Whether the build failed because of files or permissions rather than the course itself. */
  get isIoError(): boolean {
    return IO_CODES.has(this.code);
  }
}

/**
 * A PackageError with one problem.
 *
 * @example
 * throw packageError(PACKAGE_ERROR.outputUnwritable, 'cannot write /read-only/x.zip: EACCES', { hint: 'choose another --out' });
 */
export function packageError(code: PackageErrorCode, message: string, extra: Omit<PackageProblem, 'code' | 'message' | 'severity'> = {}, cause?: unknown): PackageError {
  return new PackageError([{ code, severity: 'error', message, ...extra }], cause === undefined ? undefined : { cause });
}
