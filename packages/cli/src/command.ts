import type { Io } from './io';

/** One option of a command, as node:util parseArgs takes it, plus what --help says of it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** The value's name in --help (`--target <target>`). */
  valueName?: string;
  default?: string | boolean;
  /** What --help shows as the default when it is not a plain value. */
  defaultText?: string;
  multiple?: boolean;
}

/** What a command's `run` gets: its positional arguments, its option values and the I/O. */
export interface CommandInput {
  positionals: string[];
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  io: Io;
}

/**
 * A `coursekit` subcommand. Its name, help and options live in src/commands/<name>.ts (listed in
 * src/commands/index.ts; `--help` is generated from these fields), the work in <name>.run.ts,
 * loaded by `runFrom` when the command runs.
 */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The synopsis: `coursekit build <course.json> --target <target> [--out <file.zip>]`. */
  usage: string;
  /** Paragraphs after the synopsis. */
  description?: string;
  options: Record<string, OptionSpec>;
  /** Least and most positional arguments. */
  positionals: { min: number; max: number };
  examples: string[];
  /** Does the work; returns the exit code (see EXIT) or throws (mapped by exitCodeFor). */
  run(input: CommandInput): Promise<number>;
}

/**
 * Declares a command with its types checked.
 *
 * @example
 * export default defineCommand({ name: 'hello', summary: 'Says hello', usage: 'coursekit hello', options: {}, positionals: { min: 0, max: 0 }, examples: [], run: async ({ io }) => (io.stdout.write('hello\n'), 0) });
 */
export function defineCommand(command: Command): Command {
  return command;
}

/**
 * A command's `run` that imports the module doing the work only when the command is chosen, so
 * `coursekit --help` and `--version` load none of it (nor the packager, schema or report).
 *
 * @example
 * export default defineCommand({ name: 'hello', …, run: runFrom(() => import('./hello.run')) });
 */
export function runFrom(load: () => Promise<{ run: Command['run'] }>): Command['run'] {
  return async (input) => (await load()).run(input);
}
