import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ERROR, packageError } from './errors';

/** What a build reads: files it must never write over, folders it must never write into. */
export interface BuildInputs {
  /** The course file and every file it includes. */
  files: readonly string[];
  /** The assets, each with its path in the package (`assets/welcome.svg`). */
  assets: ReadonlyArray<{ source: string; path: string }>;
  /** The course folder. */
  root: string;
}

/** A path with links resolved as far as it exists: where a write to it would really land. */
async function landing(file: string): Promise<string> {
  const absolute = path.resolve(file);
  const rest: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      return path.join(await realpath(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return absolute;
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

const within = (folder: string, candidate: string) => {
  const rel = path.relative(folder, candidate);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
};

/**
 * Refuses an output path that is, or lies inside, something the build reads: the course file, an
 * included file, an asset, or a folder holding assets (`assets/`). Writing there would replace the
 * course with a zip, or an image with a package that the next build packs as the image. Links are
 * followed, so another name for the same file is caught too.
 *
 * @throws PackageError CK956, before anything is written.
 * @example
 * await refuseInputAsOutput('course/course.json', { files: ['/abs/course/course.json'], assets: [], root: '/abs/course' });
 */
export async function refuseInputAsOutput(out: string, inputs: BuildInputs): Promise<void> {
  const target = await landing(out);
  const shown = path.resolve(out);
  const refuse = (what: string) => packageError(PACKAGE_ERROR.outputIsInput, `the package would be written ${what}; nothing was written`, { file: shown, hint: "write packages outside the course's own files, e.g. --out dist/course.zip" });
  for (const file of inputs.files) {
    const real = await landing(file);
    const name = file === inputs.files[0] ? 'the course file' : `the included file ${path.relative(inputs.root, file)}`;
    if (real === target) throw refuse(`over ${name}`);
    if (within(real, target)) throw refuse(`inside ${name}, which is a file, not a folder`);
  }
  const root = await landing(inputs.root);
  const folders = new Set<string>();
  for (const asset of inputs.assets) {
    const real = await landing(asset.source);
    if (real === target) throw refuse(`over the asset "${asset.path}"`);
    if (within(real, target)) throw refuse(`inside the asset "${asset.path}", which is a file, not a folder`);
    // Every folder the asset sits in below the course folder: assets/, assets/images/ …
    for (let dir = path.dirname(real); dir !== root && within(root, dir) && dir !== path.dirname(dir); dir = path.dirname(dir)) folders.add(dir);
  }
  for (const folder of folders) {
    if (within(folder, target)) throw refuse(`into ${path.relative(root, folder)}/, a folder of the course's assets`);
  }
}
