import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest as nearest, distance } from 'fastest-levenshtein';
import type { Command } from './command';
import { COMMANDS } from './commands/index';
import { CLI_ERROR, EXIT, exitCodeFor, UsageError } from './exit';
import { formatProblems, inert } from './format';
import { commandHelp, mainHelp, VERSION } from './help';
import { colors, type Io } from './io';

/** The nearest name when it is a plausible typo (at most 2 edits away). */
function closest(word: string, names: string[]): string | undefined {
  const best = nearest(word, names);
  return distance(word, best) <= 2 ? best : undefined;
}

function parse(command: Command, argv: string[]) {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(command.options)) {
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}), ...(o.default !== undefined ? { default: o.default } : {}) };
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(CLI_ERROR.badOption, message, `see "coursekit ${command.name} --help"`);
  }
}

/**
 * Runs `coursekit` with its arguments (without `node` and the script) and returns the exit code.
 * Every error a command throws is printed here and mapped to an exit code by exitCodeFor, the one
 * place that decides them.
 *
 * @example
 * process.exitCode = await main(['validate', 'course.json'], processIo());
 */
export async function main(argv: string[], io: Io, commands: readonly Command[] = COMMANDS): Promise<number> {
  const c = colors(io.stderr, io.env);
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      const named = first === 'help' && rest[0] ? commands.find((x) => x.name === rest[0]) : undefined;
      if (first === 'help' && rest[0] && !named) throw new UsageError(CLI_ERROR.unknownCommand, `unknown command "${rest[0]}"`, `commands: ${commands.map((x) => x.name).join(', ')}`);
      io.stdout.write(named ? commandHelp(named) : mainHelp(commands));
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '--version' || first === '-v' || first === '-V') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = commands.find((x) => x.name === first);
    if (!command) {
      const near = closest(first, commands.map((x) => x.name));
      throw new UsageError(CLI_ERROR.unknownCommand, `unknown command "${first}"`, near ? `did you mean "coursekit ${near}"?` : `commands: ${commands.map((x) => x.name).join(', ')}`);
    }
    const { values, positionals } = parse(command, rest);
    if (values.help) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    if (positionals.length < command.positionals.min || positionals.length > command.positionals.max) {
      const what = positionals.length < command.positionals.min ? 'missing argument' : `unexpected argument "${positionals[command.positionals.max]}"`;
      throw new UsageError(CLI_ERROR.badArguments, `${what}: usage: ${command.usage}`, `see "coursekit ${command.name} --help"`);
    }
    return await command.run({ positionals, values: values as Record<string, string | boolean | undefined>, io });
  } catch (error) {
    const code = exitCodeFor(error);
    const problems = (error as { problems?: unknown[] }).problems;
    if (Array.isArray(problems)) {
      io.stderr.write(`${formatProblems(problems as never, { cwd: io.cwd, color: c.on })}\n`);
    } else if (error instanceof UsageError) {
      io.stderr.write(`${c.bold('coursekit')} ${c.red('error')} ${error.code} ${inert(error.message)}\n${error.hint ? c.dim(`  hint: ${inert(error.hint)}\n`) : ''}`);
    } else if (code === EXIT.usage) {
      io.stderr.write(`${c.bold('coursekit')} ${c.red('error')} ${CLI_ERROR.io} ${inert((error as Error).message)}\n`);
    } else {
      // A bug: the stack is what a maintainer needs; each of its lines is made inert on its own.
      const text = (error as Error)?.stack ?? String(error);
      io.stderr.write(`${c.bold('coursekit')} ${c.red('internal error')} ${text.split('\n').map(inert).join('\n')}\n  please report this at https://github.com/coursekit/coursekit/issues\n`);
    }
    return code;
  }
}
