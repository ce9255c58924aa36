// Formats that are already compressed: DEFLATE would spend time for (nearly) nothing, and STORE
// lets an LMS stream a video straight out of the zip.
const STORED_EXTENSIONS: ReadonlySet<string> = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'heic',
  'mp4', 'm4v', 'mov', 'webm', 'mkv', 'ogv',
  'mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'flac',
  'woff', 'woff2',
  'zip', 'gz', 'tgz', 'br', 'bz2', 'xz', '7z', 'rar', 'zst',
  'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub',
  // A PDF's page streams and images are compressed inside the file (FlateDecode, DCTDecode).
  'pdf',
]);

/**
 * How a file is put into the zip: `store` for already-compressed media, `deflate` for the rest.
 *
 * @example
 * compressionFor('assets/welcome.mp4'); // 'store'
 * compressionFor('course.json'); // 'deflate'
 */
export function compressionFor(packagePath: string): 'store' | 'deflate' {
  const dot = packagePath.lastIndexOf('.');
  const ext = dot < 0 ? '' : packagePath.slice(dot + 1).toLowerCase();
  return STORED_EXTENSIONS.has(ext) ? 'store' : 'deflate';
}
