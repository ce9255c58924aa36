import type { Command } from './command';

import { version } from '../package.json';

/** The version printed by --version: this package's package.json, inlined by the build. */
export const VERSION: string = version;

function optionLines(command: Command): string[] {
  const rows = Object.entries(command.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` <${o.valueName ?? 'value'}>` : ''}`;
    const shown = o.defaultText ?? (o.default !== undefined && o.default !== false ? String(o.default) : undefined);
    const def = shown !== undefined ? ` (default: ${shown})` : '';
    return [flag, `${o.description}${def}`] as const;
  });
  rows.push(['-h, --help', 'Show this help']);
  const width = Math.max(...rows.map(([f]) => f.length));
  return rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`);
}

/**
 * The --help text of one command.
 *
 * @example
 * commandHelp(build); // 'Usage: coursekit build <course.json> --target <target> …'
 */
export function commandHelp(command: Command): string {
  return [
    `Usage: ${command.usage}`,
    '',
    command.summary,
    ...(command.description ? ['', command.description] : []),
    '',
    'Options:',
    ...optionLines(command),
    ...(command.examples.length ? ['', 'Examples:', ...command.examples.map((e) => `  ${e}`)] : []),
    '',
    'Exit codes: 0 success, 1 invalid course or package, 2 usage or I/O error, 3 internal error.',
    '',
  ].join('\n');
}

/** The --help text of `coursekit` itself: every command. */
export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: coursekit <command> [options]',
    '',
    'Author, check, package and preview CourseKit courses.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help         Show help (also: coursekit <command> --help)',
    '  -v, -V, --version  Show the version',
    '',
    'Exit codes: 0 success, 1 invalid course or package, 2 usage or I/O error, 3 internal error.',
    'Docs: https://github.com/coursekit/coursekit/blob/main/docs/cli.md',
    '',
  ].join('\n');
}
