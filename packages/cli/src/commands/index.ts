import type { Command } from '../command';
import build from './build';
import init from './init';
import preview from './preview';
import report from './report';
import validate from './validate';

/**
 * Every `coursekit` command, in the order --help lists them. A command is one file in this folder
 * exporting `defineCommand({...})` by default, plus its line here.
 */
export const COMMANDS: readonly Command[] = [init, validate, build, preview, report];
