import { statSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ERROR, type PackageProblem } from '../errors';
import { withLocations } from '../locate';
import { assetReferences, type AssetReference } from './references';
import { packagePath, type Asset } from './resolve';

/** Every image the budget applies to. */
export const IMAGE = /\.(png|jpe?g|gif|webp|avif|bmp|svg)$/i;

/** The image budget when the author sets none: 200 KB, a few seconds each on a slow mobile network. */
export const DEFAULT_IMAGE_BUDGET = 200 * 1024;

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB (${bytes.toLocaleString('en-US')} bytes)`;

/**
 * The CK740 warning for an image of `bytes` bytes over `budget`, at the asset's first reference (not
 * yet located: {@link withLocations} adds the line and column). Null when the image is within it.
 *
 * @example
 * imageOverBudget(asset, asset.size, 200 * 1024, { courseFile }); // { code: 'CK740', severity: 'warning', … } or null
 */
export function imageOverBudget(asset: Pick<Asset, 'path' | 'pointer'>, bytes: number, budget: number, options: { courseFile: string; optimized?: boolean }): PackageProblem | null {
  if (!IMAGE.test(asset.path) || bytes <= budget) return null;
  return {
    code: PACKAGE_ERROR.imageOverBudget,
    severity: 'warning',
    message: `image "${asset.path}" is ${kb(bytes)}${options.optimized ? ' once optimized' : ''}, over the image budget of ${kb(budget)}`,
    file: options.courseFile,
    pointer: asset.pointer,
    hint: 'build with --optimize-images to re-encode it, or resize it to the width it is shown at (at most 1600 pixels) and save it again; raise the budget with --image-budget <KB> if it must stay this large',
  };
}

/**
 * The image budget warnings (CK740) a build of this course gives without --optimize-images, each with
 * the file, line and column of the image's first reference: what `coursekit validate` reports
 * beside the course's own problems. It reads no image, only each file's size. `references`, when
 * given, are the course's asset references in document order (what {@link assetReferences} finds,
 * such as `loadCourse`'s `assets`), so the course is not walked again. Files a build would
 * refuse (outside the folder, missing, not a file) are left out here: the course's validation
 * reports them.
 *
 * @example
 * await imageBudgetWarnings(course, { courseFile: '/courses/ir/course.json' }); // [{ code: 'CK740', line: 31, column: 22, … }]
 */
export async function imageBudgetWarnings(course: unknown, options: { courseFile: string; budget?: number; references?: readonly AssetReference[] }): Promise<PackageProblem[]> {
  const courseFile = path.resolve(options.courseFile);
  const root = path.dirname(courseFile);
  const budget = options.budget ?? DEFAULT_IMAGE_BUDGET;
  // As a build packs them: each file once, under its normalised path, at its first reference.
  const images = new Map<string, string>();
  // A caller that has the course's asset references already (loadCourse's `assets`) spares a walk of the whole course.
  for (const ref of options.references ?? assetReferences(course)) {
    const packaged = packagePath(ref.path);
    if (packaged.ok && IMAGE.test(packaged.path) && !images.has(packaged.path)) images.set(packaged.path, ref.pointer);
  }
  const problems: PackageProblem[] = [];
  for (const [packaged, pointer] of images) {
    // One stat(2) each, synchronously: a course names hundreds of images, and the validator has already looked each up.
    const info = statSync(path.sep === '/' ? (root.endsWith('/') ? root + packaged : `${root}/${packaged}`) : path.join(root, ...packaged.split('/')), { throwIfNoEntry: false });
    if (!info?.isFile()) continue;
    const over = imageOverBudget({ path: packaged, pointer }, info.size, budget, { courseFile });
    if (over) problems.push(over);
  }
  return withLocations(problems, courseFile);
}
