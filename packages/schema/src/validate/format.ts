import type { Diagnostic } from './diagnostic';

/** Options of {@link formatDiagnostics}. */
export interface FormatOptions {
  /** ANSI colours (red errors, yellow warnings, dim hints). Default false. */
  color?: boolean;
}

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' } as const;

/**
 * Formats diagnostics as a compiler does, one per line with its JSON pointer and its hint below, and a
 * summary line.
 *
 * @example
 * formatDiagnostics(diagnostics)
 * // course.json:212:19 error CK203 scenario "parcel": choice "accept" goes to "consequense-1", which does not exist
 * //   at: /scenarios/0/nodes/4/choices/0/next
 * //   hint: did you mean "consequence-1"?
 * //
 * // 1 error
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const paint = (style: keyof typeof ANSI, text: string) => (options.color === true ? ANSI[style] + text + ANSI.reset : text);
  const lines: string[] = [];
  for (const d of diagnostics) {
    const severity = d.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning');
    lines.push(`${paint('bold', `${oneLine(d.file)}:${d.line}:${d.column}`)} ${severity} ${d.code} ${oneLine(d.message)}`);
    // The JSON pointer names the place whatever the layout of the file (minified, or generated).
    if (d.pointer !== '') lines.push(paint('dim', `  at: ${oneLine(d.pointer)}`));
    if (d.hint !== undefined) lines.push(paint('dim', `  hint: ${oneLine(d.hint)}`));
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const summary = [errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''].filter(Boolean).join(', ');
  if (summary !== '') lines.push('', summary);
  return lines.join('\n');
}

// Author text reaches the terminal: control characters (ANSI escapes included) are shown, not obeyed.
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\n' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
