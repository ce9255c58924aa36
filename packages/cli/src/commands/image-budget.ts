import type { OptionSpec } from '../command';
import { CLI_ERROR, UsageError } from '../exit';

/** `--image-budget <KB>`, the same for `build` and `validate`, so both weigh images alike. */
export const IMAGE_BUDGET_OPTION: OptionSpec = { type: 'string', valueName: 'KB', description: 'Warn (CK740) about each image larger than this', defaultText: '200' };

/**
 * The image budget in bytes from `--image-budget <KB>`, or undefined when it is not given.
 *
 * @example imageBudgetFrom({ 'image-budget': '150' }) // 153600
 */
export function imageBudgetFrom(values: Record<string, unknown>): number | undefined {
  const option = values['image-budget'] as string | undefined;
  if (option === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(option)) throw new UsageError(CLI_ERROR.badValue, `--image-budget "${option}" is not a whole number of kilobytes`, 'e.g. --image-budget 200 (the default)');
  return Number(option) * 1024;
}
