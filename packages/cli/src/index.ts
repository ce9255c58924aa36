export { main } from './main';
export { COMMANDS } from './commands/index';
export { defineCommand } from './command';
export type { Command, CommandInput, OptionSpec } from './command';
export { EXIT, CLI_ERROR, UsageError, exitCodeFor } from './exit';
export type { ExitCode } from './exit';
export { processIo, colors } from './io';
export type { Io } from './io';
export { formatProblems, formatBytes } from './format';
