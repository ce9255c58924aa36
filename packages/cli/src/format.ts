import path from 'node:path';

/** A problem to print: a course diagnostic or a packaging problem. */
export interface Printable {
  code: string;
  severity?: 'error' | 'warning';
  message: string;
  file?: string;
  line?: number;
  column?: number;
  pointer?: string;
  hint?: string;
}

/**
 * Text from outside CourseKit (course text, file names, LRS answers, arguments) made inert for a
 * terminal: control characters, ANSI and OSC escapes included, are shown as `\u001b`, not obeyed,
 * so they cannot retitle the terminal, move the cursor or fake lines. A line break becomes a space.
 *
 * @example
 * io.stderr.write(`${inert(report.course.name)}: 3 learners\n`);
 */
export function inert(text: string): string {
  // C0, DEL and C1 controls, and the Unicode line and paragraph separators and bidi overrides that can disguise a line.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => (c === '\n' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/**
 * Problems the way a compiler prints them, paths relative to `cwd`, with a count at the end:
 *
 * ```
 * course.json:42:17 error CK901 asset "../x.png" is refused: it goes up out of the course folder
 *   hint: keep every asset inside the course folder …
 * ```
 *
 * @example
 * io.stderr.write(formatProblems(error.problems, { cwd: io.cwd }) + '\n');
 */
export function formatProblems(problems: readonly Printable[], options: { cwd: string; color?: boolean }): string {
  const paint = (code: number, close: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[${close}m` : text);
  const lines: string[] = [];
  for (const p of problems) {
    const file = p.file ? (path.isAbsolute(p.file) ? path.relative(options.cwd, p.file) || p.file : p.file) : '';
    const where = file ? `${inert(file)}${p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : ''}` : 'coursekit';
    const severity = (p.severity ?? 'error') === 'error' ? paint(31, 39, 'error') : paint(33, 39, 'warning');
    lines.push(`${paint(1, 22, where)} ${severity} ${p.code} ${inert(p.message)}`);
    if (p.pointer && p.line === undefined) lines.push(paint(2, 22, `  at ${inert(p.pointer)}`));
    if (p.hint) lines.push(paint(2, 22, `  hint: ${inert(p.hint)}`));
  }
  const errors = problems.filter((p) => (p.severity ?? 'error') === 'error').length;
  const warnings = problems.length - errors;
  const summary = [errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''].filter(Boolean).join(', ');
  if (summary) lines.push('', summary);
  return lines.join('\n');
}

