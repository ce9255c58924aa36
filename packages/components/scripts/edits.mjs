/**
 * Applies text edits `[start, end, replacement]` (offsets into `src`, not overlapping) to a source
 * text, last first so earlier offsets stay valid.
 *
 * @example
 * applyEdits('let a = 1;', [[4, 5, 'b']]); // 'let b = 1;'
 */
export function applyEdits(src, edits) {
  let out = src;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
