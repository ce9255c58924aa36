import path from 'node:path';
import { buildPackage, builtDetails, formatBytes, packageFileName, isLmsProfileId, isScormTarget, isTargetId, LMS_PROFILE_IDS, TARGET_IDS, TARGETS, type BuildResult, type LmsProfileId, type PackageProblem, type TargetId } from '@coursekit/packager';
import type { CommandInput } from '../command';
import { readableCourseFile } from '../course-file';
import { CLI_ERROR, EXIT, exitCodeFor, UsageError } from '../exit';
import { formatProblems, inert } from '../format';
import { colors } from '../io';
import { progressBar } from '../progress';
import { imageBudgetFrom } from './image-budget';

/** What `coursekit build` does once chosen: loaded only then, so --help and --version load none of it. */
export async function run({ positionals, values, io }: CommandInput): Promise<number> {
  const c = colors(io.stderr, io.env);
  const target = values.target as string | undefined;
  if (!target) throw new UsageError(CLI_ERROR.badArguments, 'missing --target', `use one of: ${TARGET_IDS.join(', ')}, all`);
  if (target !== 'all' && !isTargetId(target)) throw new UsageError(CLI_ERROR.badValue, `unknown target "${target}"`, `use one of: ${TARGET_IDS.join(', ')}, all`);
  const targets: TargetId[] = target === 'all' ? [...TARGET_IDS] : [target as TargetId];
  const endpoint = values['xapi-endpoint'] as string | undefined;
  const auth = values['xapi-auth'] as string | undefined;
  if ((endpoint || auth) && !targets.includes('web')) throw new UsageError(CLI_ERROR.badOption, '--xapi-endpoint and --xapi-auth apply to the web target only', 'cmi5 and xapi packages get the LRS from the LMS at launch');
  if (auth && !endpoint) throw new UsageError(CLI_ERROR.badOption, '--xapi-auth needs --xapi-endpoint');
  const lms = values.lms as string | undefined;
  if (lms !== undefined && !isLmsProfileId(lms)) throw new UsageError(CLI_ERROR.badValue, `unknown LMS profile "${lms}"`, `use one of: ${LMS_PROFILE_IDS.join(', ')} (docs/lms-compatibility.md says which LMS needs which)`);
  if (lms !== undefined && !targets.some(isScormTarget)) throw new UsageError(CLI_ERROR.badOption, '--lms applies to SCORM targets only', 'cmi5, xapi and web packages do not talk SCORM to an LMS');
  const imageBudget = imageBudgetFrom(values);
  const images = { ...(imageBudget !== undefined ? { imageBudget } : {}), ...(values['optimize-images'] ? { optimizeImages: true } : {}) };
  if (auth) {
    io.stderr.write(
      `${c.bold(c.red('WARNING'))} ${c.red('CK730')} LRS credentials are being written into the web package.\n` +
        '  Every learner who opens it can read them and send any statement to your LRS as you.\n' +
        '  Prefer an LRS proxy on the same origin that adds the credentials server-side (docs/packaging.md, "xAPI on the web target").\n',
    );
  }

  const course = await readableCourseFile(positionals[0]!, io.cwd);
  const outOption = values.out as string | undefined;
  const outFor = (t: TargetId) => {
    if (targets.length > 1 || outOption === undefined) {
      const dir = path.resolve(io.cwd, outOption ?? 'dist');
      return (k: { id: string; version: string }) => path.join(dir, packageFileName(k.id, k.version, t));
    }
    return path.resolve(io.cwd, outOption);
  };

  const bar = progressBar(io, !values.quiet && !values.json);
  const results: BuildResult[] = [];
  const failures: Array<{ target: TargetId; error: unknown }> = [];
  for (const t of targets) {
    try {
      const xapi = t === 'web' && endpoint ? { endpoint, ...(auth ? { auth } : {}) } : undefined;
      results.push(await buildPackage({ course, target: t, out: outFor(t), onProgress: bar.update, ...images, ...(xapi ? { xapi } : {}), ...(lms ? { lms: lms as LmsProfileId } : {}) }));
      bar.clear();
    } catch (error) {
      bar.clear();
      if (targets.length === 1 && !values.json) throw error;
      failures.push({ target: t, error });
    }
  }

  const problemsOf = (error: unknown): PackageProblem[] =>
    (error as { problems?: PackageProblem[] }).problems ?? [{ code: (error as { code?: string }).code ?? 'CK999', severity: 'error', message: (error as Error).message }];
  const exit = failures.reduce<number>((worst, f) => Math.max(worst, exitCodeFor(f.error)), EXIT.ok);
  if (values.json) {
    // Paths relative to where the command runs, as validate --json prints them.
    const relative = (file: string) => (path.isAbsolute(file) ? path.relative(io.cwd, file) || file : file);
    const located = <P extends { file?: string }>(problems: P[]) => problems.map((p) => (p.file === undefined ? p : { ...p, file: relative(p.file) }));
    const payload = {
      ok: failures.length === 0,
      packages: results.map((r) => ({ target: r.target, out: relative(r.out), bytes: r.bytes, files: r.files, suspendData: r.suspendData, optimizedImages: r.optimizedImages, warnings: located(r.warnings) })),
      failures: failures.map((f) => ({ target: f.target, exitCode: exitCodeFor(f.error), problems: located(problemsOf(f.error)) })),
    };
    io.stdout.write(`${JSON.stringify(payload, null, 2)}\n`);
    return exit;
  }
  const warnings = results.flatMap((r) => r.warnings);
  if (warnings.length) io.stderr.write(`${formatProblems(warnings, { cwd: io.cwd, color: c.on })}\n`);
  for (const r of results) {
    io.stdout.write(`${c.green('built')} ${inert(path.relative(io.cwd, r.out) || r.out)} ${builtDetails(r)}\n`);
    for (const o of r.optimizedImages) io.stdout.write(`  optimized ${inert(o.path)}: ${formatBytes(o.before)} → ${formatBytes(o.after)}, ${o.width}×${o.height}\n`);
  }
  for (const f of failures) {
    io.stderr.write(`${c.red('failed')} ${f.target}:\n${formatProblems(problemsOf(f.error), { cwd: io.cwd, color: c.on })}\n`);
  }
  return exit;
}
