import type { Command } from '../command';
import build from './build';
import init from './init';
import preview from './preview';
import report from './report';
import studio from './studio';
import validate from './validate';

/**
 * Every `coursekit` command, in the order --help lists them. A command is its help in this folder
 * (`<name>.ts`, exporting `defineCommand({...})` by default), its work in `<name>.run.ts`, loaded
 * only when the command runs, plus its line here.
 */
export const COMMANDS: readonly Command[] = [init, validate, build, preview, studio, report];
