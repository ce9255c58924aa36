import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { WorstCase } from '@coursekit/codec';
import type { ResolvedCourse } from '@coursekit/schema';
import { DEFAULT_IMAGE_BUDGET } from './assets/budget';
import { measureImages } from './assets/images';
import { optimizeImages, type OptimizedImage } from './assets/optimize';
import { assetReferences } from './assets/references';
import { resolveAssets } from './assets/resolve';
import { loadValidCourse, type CourseLoader } from './course';
import { withLocations } from './locate';
import { schemaLoader } from './schema-loader';
import { PackageError, type PackageProblem } from './errors';
import { manifestFor } from './manifest/index';
import { refuseInputAsOutput } from './output';
import { defaultPlayerDir, firstLoadScripts, PLAYER_SCRIPT, playerEntries, stringsScript } from './player/files';
import { indexHtml } from './player/page';
import { prerenderFirstPage } from './player/prerender';
import { serviceWorker } from './player/service-worker';
import { splitCourse } from './split/split';
import { checkSuspendData } from './suspend';
import { checkInteractionPayload } from './interactions';
import { isScormTarget, TARGETS, type LmsProfileId, type TargetId } from './targets';
import { compressionFor } from './zip/compression';
import { fileChunks } from './zip/chunks';
import { writeZip, type ZipEntry } from './zip/write';

/** Where a build is: which phase, and bytes done of the total in the `pack` phase. */
export interface BuildProgress {
  target: TargetId;
  phase: 'load' | 'check' | 'pack' | 'done';
  done: number;
  total: number;
}

/** Options of buildPackage. */
export interface BuildOptions {
  /** Path of the course file (course.json). */
  course: string;
  target: TargetId;
  /** Path of the zip to write, or a function of the course that gives it (for names such as `<id>-<version>-<target>.zip`). */
  out: string | ((course: ResolvedCourse) => string);
  onProgress?: (progress: BuildProgress) => void;
  /** Reads, resolves and validates the course. Default: @coursekit/schema's loadCourse. */
  loadCourse?: CourseLoader;
  /** Folder of the built player bundles. Default: this package's dist/player. */
  playerDir?: string;
  /**
   * web target only: an LRS the package sends statements to. Whatever is here is readable by every
   * learner; the CLI warns loudly (CK730) when `auth` is given.
   */
  xapi?: { endpoint: string; auth?: string };
  /**
   * SCORM targets only: the LMS quirk profile the package's tracker uses, one of @coursekit/runtime's
   * QUIRK_PROFILES (docs/lms-compatibility.md). Default: "default", the specs as written.
   */
  lms?: LmsProfileId;
  /** Images larger than this many bytes get a warning (CK740). Default 200 KB (204,800 bytes). */
  imageBudget?: number;
  /** Re-encode JPEG, PNG and WebP images over the budget (sharp): at most 1600 pixels wide, same format, kept only when smaller. */
  optimizeImages?: boolean;
}

/** A file in the built package. */
export interface PackedFile {
  path: string;
  size: number;
  compression: 'store' | 'deflate';
}

/** What a build produced. */
export interface BuildResult {
  target: TargetId;
  out: string;
  /** Size of the zip in bytes. */
  bytes: number;
  files: PackedFile[];
  /** Course warnings and packaging warnings; the build succeeded regardless. */
  warnings: PackageProblem[];
  /** The worst-case saved state, for SCORM targets. */
  suspendData: WorstCase | null;
  /** With `optimizeImages`: each image re-encoded, with its bytes before and after. */
  optimizedImages: OptimizedImage[];
}

/** Files every package writes itself (per target), which no course asset may replace. */
export function generatedPaths(target: TargetId): Set<string> {
  const t = TARGETS[target];
  return new Set(['index.html', 'course.json', ...(t.manifest ? [t.manifest] : []), ...(target === 'web' ? ['sw.js'] : [])]);
}

async function contentHash(entries: readonly ZipEntry[]): Promise<string> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 20);
  for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(`${e.path}\0`);
    if ('source' in e) for await (const chunk of fileChunks(e.source, buffer)) hash.update(chunk);
    else hash.update(e.data);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds one package: validates the course (every `$include` resolved), runs the suspend_data check
 * for SCORM targets, checks every asset the course references, then writes the zip with the
 * target's player, the course, the assets and the manifest listing every file. Deterministic (same
 * input, same bytes) and atomic (on failure nothing is left at `out`). It never writes over what it
 * reads: an `out` that is, or lies inside, the course file, an included file, an asset or an assets
 * folder is refused (CK956).
 *
 * @throws PackageError with every problem found (CK9xx, or the course's own codes).
 * @example
 * const result = await buildPackage({ course: 'examples/tour/course.json', target: 'scorm2004-4', out: 'dist/tour.zip' });
 * console.log(`${result.out}: ${result.bytes} bytes, ${result.files.length} files`);
 */
export async function buildPackage(options: BuildOptions): Promise<BuildResult> {
  const { target } = options;
  const progress = (phase: BuildProgress['phase'], done = 0, total = 0) => options.onProgress?.({ target, phase, done, total });
  const courseFile = path.resolve(options.course);

  progress('load');
  const { course, warnings, files: courseFiles } = await loadValidCourse(courseFile, options.loadCourse ?? schemaLoader);

  progress('check');
  const problems: PackageProblem[] = [];
  const suspend = checkSuspendData(course, target, courseFile);
  if (suspend.problem) problems.push(suspend.problem);
  const payload = checkInteractionPayload(course, target, courseFile);
  const reserved = generatedPaths(target);
  const { assets, problems: assetProblems } = await resolveAssets(assetReferences(course), {
    root: path.dirname(courseFile),
    courseFile,
    reserved: (p) => reserved.has(p) || p.startsWith('player/') || /^course\.[^/]+\.json$/.test(p),
  });
  problems.push(...assetProblems);
  if (problems.length > 0) throw new PackageError(await withLocations(problems, courseFile));
  const budget = options.imageBudget ?? DEFAULT_IMAGE_BUDGET;
  const optimized = options.optimizeImages ? await optimizeImages(assets, budget) : { data: new Map<string, Uint8Array>(), optimized: [] };
  const images = await measureImages(assets, { courseFile, budget, replaced: optimized.data });
  const out = path.resolve(typeof options.out === 'function' ? options.out(course) : options.out);
  await refuseInputAsOutput(out, { files: [courseFile, ...courseFiles.filter((f) => f !== courseFile)], assets, root: path.dirname(courseFile) });

  // The player reserves each raster image's intrinsic size before it arrives (`$images`).
  const packaged = Object.keys(images.sizes).length > 0 ? { ...course, $images: images.sizes } : course;
  // A part per module and language; targets that send statements keep the texts an activity's definition names in every language.
  const split = splitCourse(packaged, { statements: target === 'xapi' || target === 'cmi5' || (target === 'web' && Boolean(options.xapi)) });
  const player = await playerEntries(options.playerDir ?? defaultPlayerDir(), TARGETS[target].player);
  // The UI strings of the course's default language, which the player fetches beside the course, are
  // declared up front too: the first page waits for them.
  const strings = stringsScript(player, course.defaultLanguage);
  const modulePreloads = [...(await firstLoadScripts(player)), ...(strings ? [strings] : [])];
  const xapi = target === 'web' ? options.xapi : undefined;
  const lms = isScormTarget(target) ? options.lms : undefined;
  const prerender = await prerenderFirstPage(packaged, target);
  // The launch page asks up front for what the first page needs: the skeleton and the first module's
  // part in the course's default language, the language most of its learners read (the author made
  // it the default). A learner in another language fetches that part in vain (a few KB) while the
  // player asks for theirs once it knows it (their saved choice, the LMS's preference); the learners
  // in the default language get the player's page about a round trip and a part's transfer sooner.
  const firstPart = split.parts.find((p) => p.module === course.modules[0]!.id && p.languages.includes(course.defaultLanguage));
  const content: ZipEntry[] = [
    {
      path: 'index.html',
      data: indexHtml(course, target, {
        scripts: [PLAYER_SCRIPT],
        modulePreloads,
        course: split.skeletonPath,
        preloads: firstPart ? [split.skeletonPath, firstPart.path] : [split.skeletonPath],
        ...(xapi ? { xapi } : {}),
        ...(target === 'web' ? { serviceWorker: 'sw.js' } : {}),
        ...(lms && lms !== 'default' ? { lms } : {}),
        prerender,
      }),
    },
    // Author notes are for authors: the player never shows them, and the package does not carry them.
    // The whole course, for tools; the player loads the split course (course.*.json).
    { path: 'course.json', data: `${JSON.stringify(packaged, (key, value: unknown) => (key === 'notes' ? undefined : value))}\n` },
    { path: split.skeletonPath, data: split.skeleton },
    ...split.parts.map((p) => ({ path: p.path, data: p.data })),
    ...player,
    ...assets.map((a) => {
      const data = optimized.data.get(a.path);
      return data ? { path: a.path, data } : { path: a.path, source: a.source, size: a.size };
    }),
  ];
  if (target === 'web') {
    // The offline cache starts with what every visit loads: the page, the player's first load, the
    // skeleton and the first module's part in the learner's language; the rest is cached when
    // first used (the player fetches the next module's part ahead, so it is cached before it is
    // needed). All of the learner's language up front cost Integrity Ranger's first visit 1.29×
    // the page's bytes (docs/benchmarks.md).
    const sha = async (path: string) => {
      const entry = content.find((e) => e.path === path)!;
      return createHash('sha256').update('source' in entry ? await readFile(entry.source) : entry.data).digest('hex').slice(0, 16);
    };
    const parts: Record<string, string[]> = {};
    for (const p of split.parts.filter((p) => p.module === course.modules[0]!.id)) for (const l of p.languages) (parts[l] ??= []).push(p.path);
    const offline = {
      files: [
        { path: 'index.html', sha: await sha('index.html') },
        ...(await Promise.all(modulePreloads.map(async (p) => (p === PLAYER_SCRIPT ? { path: p, sha: await sha(p) } : { path: p })))),
        { path: split.skeletonPath },
      ],
      parts,
      defaultLanguage: course.defaultLanguage,
      // The worker answers only for these: an LRS on the package's own origin is never answered from its cache.
      package: content.map((e) => e.path),
    };
    content.push({ path: 'sw.js', data: serviceWorker(course.id, await contentHash(content), offline) });
  }
  const files = content.map((e) => e.path).sort();
  const manifestName = TARGETS[target].manifest;
  const manifest = manifestFor(target, { course, files, launch: 'index.html' });
  const entries = manifest && manifestName ? [...content, { path: manifestName, data: manifest }] : content;

  const { bytes } = await writeZip(out, entries, (p) => progress('pack', p.done, p.total));
  progress('done', 1, 1);
  const sizeOf = (e: ZipEntry) => ('source' in e ? e.size : Buffer.byteLength(e.data));
  return {
    target,
    out,
    bytes,
    files: entries.map((e) => ({ path: e.path, size: sizeOf(e), compression: compressionFor(e.path) })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    warnings: [...warnings, ...(payload ? [payload] : []), ...(await withLocations(images.problems, courseFile))],
    suspendData: suspend.worst,
    optimizedImages: optimized.optimized,
  };
}
