/**
 * The pipeline for the CLI and the Action: resolve each input (folder, file or git URL), plan its
 * rewrites, let the GitOps analysers adjust the plan, write or diff the result, and gather
 * everything into one Report.
 */
import { mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Analyser, FileRequest, RootPlan } from './analysis/contract.js';
import type { JobRewrite } from './edit/types.js';
import { acquireRunLock } from './fs/run-lock.js';
import { removeTempFiles, removeTempLeftovers } from './fs/temp-leftovers.js';
import type {
  FileReport,
  GitOpsReport,
  InputReport,
  JobReport,
  Report,
  ValidationReport,
} from './model/report.js';
import type { MigrationOptions } from './options.js';
import { defaultAnalysers, withInputNamed } from './pipeline/analysers.js';
import {
  type AppliedFile,
  analyseRoot,
  applyPlan,
  mergeGitOpsReports,
  type PlanInput,
  planRoot,
  readRoot,
} from './pipeline/plan.js';
import { createRewritePool, type SharedRewrites } from './pipeline/rewrite-pool.js';
import { type PreparedRewrite, prepareRewrite, safeRewrite } from './pipeline/rewrite-setup.js';
import { threadBudget, threadPlan } from './pipeline/thread-budget.js';
import { describeOptions } from './report/describe-options.js';
import { fileStatusOf, summarize } from './report/summarize.js';
import { TOOL_NAME, TOOL_VERSION } from './report/tool.js';
import { mapBounded } from './util/map-bounded.js';
import { UserError } from './util/user-error.js';
import {
  findRepositoryCrd,
  REPOSITORY_CRD_NEEDLE,
  REPOSITORY_CRD_PATTERN,
} from './validate/repository-crd.js';

export { convertOptionsFor } from './pipeline/rewrite-setup.js';

const REPOSITORY_CRD_REQUEST: FileRequest = {
  needles: [REPOSITORY_CRD_NEEDLE],
  pattern: REPOSITORY_CRD_PATTERN.source,
};

export interface MigrateMode {
  /** The GitOps analysers, in order; default `defaultAnalysers()`. */
  analysers?: readonly Analyser[];
  /** Relative local inputs resolve against it; default `process.cwd()`. */
  cwd?: string;
  /** Rewrite files in place. */
  write: boolean;
  /** Attach a unified diff to each changed file. */
  withDiffs: boolean;
  /** Details for a bug report (`--debug`): how the rewriting was shared between threads. */
  debug?: (message: string) => void;
  /** Notes for the user that belong to no file (a lock taken over, temp files removed); default: stderr. */
  notify?: (message: string) => void;
  /**
   * Options for one input root, e.g. from the `.trainjob-migrate.yaml` found there. Without it every
   * input uses the `options` argument.
   */
  optionsForRoot?: (root: string, input: string) => Promise<MigrationOptions>;
}

export type ProgressEvent =
  | { type: 'input-start'; input: string }
  | { type: 'file'; input: string; path: string; jobs: number }
  | { type: 'input-done'; input: string; status: 'ok' | 'error' };

/** https, http, ssh, git and file URLs, and scp-like `user@host:path`. */
export function isGitUrl(input: string): boolean {
  return /^(https?|ssh|git|file):\/\//i.test(input) || /^[\w.-]+@[\w.-]+:(?!\/\/)/.test(input);
}

interface ResolvedInput {
  root: string;
  /** Set when the input is one file: its path relative to `root`. */
  onlyFile?: string;
  cleanup?: () => Promise<void>;
}

async function cloneShallow(url: string): Promise<ResolvedInput> {
  const dir = await mkdtemp(join(tmpdir(), 'trainjob-migrate-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    // Loaded here: only an input given as a git URL needs git.
    const [{ simpleGit }, { hermeticGitEnvironment }] = await Promise.all([
      import('simple-git'),
      import('./publish/git.js'),
    ]);
    await simpleGit({ baseDir: dir })
      .env(hermeticGitEnvironment(process.env))
      .clone(url, dir, ['--depth', '1', '--no-tags', '--quiet']);
  } catch (error) {
    await cleanup();
    // git's first `fatal:` line says what went wrong; the lines after it are generic advice.
    const lines = (error as Error).message.trim().split('\n');
    const detail = (lines.find((line) => line.startsWith('fatal:')) ?? lines.at(-1) ?? '').replace(
      /^fatal: /,
      '',
    );
    throw new UserError(`cannot clone ${url}: ${detail}. Check the URL and your access to the repository.`, {
      exitCode: 1,
    });
  }
  return { root: dir, cleanup };
}

async function resolveInput(input: string, cwd: string): Promise<ResolvedInput> {
  if (isGitUrl(input)) return cloneShallow(input);
  const absolute = resolve(cwd, input);
  const found = await stat(absolute).catch(() => undefined);
  if (!found) throw new UserError(`${input}: no such file or folder.`, { exitCode: 2 });
  if (found.isDirectory()) return { root: absolute };
  if (found.isFile()) return { root: dirname(absolute), onlyFile: basename(absolute) };
  throw new UserError(`${input}: not a file or folder.`, { exitCode: 2 });
}

function toJobReport(job: JobRewrite): JobReport {
  const summary = job.conversion?.summary;
  const report: JobReport = {
    name: job.name,
    line: job.line,
    status: job.status,
    linesBefore: job.linesBefore,
    linesAfter: job.linesAfter,
    findings: job.findings,
  };
  if (job.namespace !== undefined) report.namespace = job.namespace;
  // An invalid job can yield 0 nodes; a TrainJob needs at least one, so the report leaves it out.
  if (summary?.numNodes !== undefined && summary.numNodes > 0) report.numNodes = summary.numNodes;
  if (summary?.runtime !== undefined && job.status === 'converted') report.runtime = summary.runtime;
  if (summary?.replicas !== undefined) report.replicas = summary.replicas;
  return report;
}

export { unifiedDiff } from './pipeline/plan.js';

function toFileReport(applied: AppliedFile): FileReport {
  const { file, newText, diff, writeError } = applied;
  const rewrite = file.rewrite;
  const report: FileReport = {
    path: file.relPath,
    kind: rewrite.kind,
    status: 'unchanged',
    jobs: rewrite.jobs.map(toJobReport),
  };
  if (file.scanSkipReason !== undefined) {
    report.status = 'skipped';
    report.skipReason = file.scanSkipReason;
    if (file.scanSkipMentionsJob) {
      // A CI gate must not pass on a job it could not read.
      report.status = 'error';
      report.error = {
        message: `not checked: ${file.scanSkipReason}; it may hold a PyTorchJob, so it needs a look`,
      };
    }
    return report;
  }
  if (rewrite.error) report.error = rewrite.error;
  else if (writeError !== undefined) {
    report.error = { message: writeError };
    // Nothing of the file was written: its jobs are not converted on disk.
    report.jobs = report.jobs.map((job) =>
      job.status === 'converted' ? { ...job, status: 'error', linesAfter: job.linesBefore } : job,
    );
  }
  if (rewrite.skipReason !== undefined) report.skipReason = rewrite.skipReason;
  if (diff !== undefined) report.diff = diff;
  report.status = fileStatusOf(report, newText !== undefined && writeError === undefined);
  return report;
}

interface RootResult {
  files: FileReport[];
  changedFiles: string[];
  gitops: GitOpsReport;
  /** The CRD the TrainJobs were checked against, when there was one. */
  crd?: string;
  validation: ValidationReport[];
}

/**
 * A writing run holds the root's write lock throughout, and removes the temp files an interrupted
 * run left behind before it writes anything: a folder's are listed by its one pass, a one-file
 * input's are looked for beside the file.
 */
async function migrateRoot(
  resolved: ResolvedInput,
  input: string,
  options: MigrationOptions,
  mode: MigrateMode,
  progress: ((event: ProgressEvent) => void) | undefined,
): Promise<RootResult> {
  if (!mode.write) return planAndApply(resolved, input, options, mode, progress);
  const notify = mode.notify ?? ((message: string) => process.stderr.write(`${TOOL_NAME}: ${message}\n`));
  return withWriteLock(resolved.root, notify, async (runStart) => {
    const rootReal = await realpath(resolved.root);
    if (resolved.onlyFile !== undefined) {
      // A one-file input's folder is not the user's tree: only look beside the file.
      for (const note of await removeTempLeftovers(rootReal, runStart, 1)) notify(note);
      return planAndApply(resolved, input, options, mode, progress);
    }
    const removeLeftovers = async (relPaths: readonly string[]): Promise<void> => {
      for (const note of await removeTempFiles(rootReal, relPaths, runStart)) notify(note);
    };
    return planAndApply(resolved, input, options, mode, progress, removeLeftovers);
  });
}

async function withWriteLock<T>(
  root: string,
  notify: (message: string) => void,
  work: (runStart: number) => Promise<T>,
): Promise<T> {
  const runStart = Date.now();
  const lock = await acquireRunLock(root, notify);
  try {
    return await work(runStart);
  } finally {
    await lock.release();
  }
}

/** Removes an interrupted run's temp files under `root`, under the write lock (for `pr`, before its clean-tree check). */
export function removeTempLeftoversLocked(root: string, notify: (message: string) => void): Promise<void> {
  return withWriteLock(root, notify, async (runStart) => {
    for (const note of await removeTempLeftovers(await realpath(root), runStart)) notify(note);
  });
}

/**
 * Plan (scan and rewrite in memory), analyse (GitOps analysers over the same root), apply (write,
 * diff, report). A single-file input has no surroundings to analyse.
 */
async function planAndApply(
  resolved: ResolvedInput,
  input: string,
  options: MigrationOptions,
  mode: MigrateMode,
  progress: ((event: ProgressEvent) => void) | undefined,
  /** Given the files the pass found named like temp files (a writing run removes an interrupted run's). */
  onTempFiles?: (relPaths: readonly string[]) => Promise<void>,
): Promise<RootResult> {
  const analysers = resolved.onlyFile === undefined ? (mode.analysers ?? defaultAnalysers()) : [];
  const lookForCrd = options.crd === undefined && resolved.onlyFile === undefined;
  // Rewriting starts before the pass ends, on the likely setup (no TrainJob CRD in the repository):
  // on this thread while a reader thread reads the tree, and on rewrite workers where there are
  // cores for them. A repository CRD found by the pass changes the validator: those results are
  // dropped and the files rewritten with it.
  const threads = threadPlan(threadBudget());
  // One file is read faster than a thread starts.
  const readerThread = threads.readerThread && resolved.onlyFile === undefined;
  const { rewriteWorkers } = threads;
  const pool = createRewritePool({ options }, { workers: rewriteWorkers });
  const likely = prepareRewrite({ options });
  likely.catch(() => undefined); // awaited after the pass, where a failure is reported
  if (readerThread) {
    void likely.then(
      (setup) =>
        pool.rewriteAlongside((relPath, text) => safeRewrite(relPath, text, setup.baseOptionsFor(relPath))),
      () => undefined, // the same preparation fails again below, where its error is reported
    );
  }
  let plan: RootPlan;
  let prepared: PreparedRewrite;
  try {
    const read = await readRoot(
      resolved.root,
      resolved.onlyFile,
      options,
      [
        ...analysers.flatMap((analyser) => analyser.requests ?? []),
        ...(lookForCrd ? [REPOSITORY_CRD_REQUEST] : []),
      ],
      (relPath, text) => pool.add(relPath, text),
      readerThread,
    );
    await onTempFiles?.(read.tempFiles);
    const repositoryCrd = lookForCrd
      ? findRepositoryCrd(read.found(REPOSITORY_CRD_REQUEST) ?? [])
      : undefined;
    prepared = repositoryCrd
      ? await prepareRewrite(
          { options, repositoryCrd: { relPath: repositoryCrd.relPath, text: repositoryCrd.text } },
          repositoryCrd,
        )
      : await likely;
    const rewriteHere = (relPath: string, text: string) =>
      safeRewrite(relPath, text, prepared.baseOptionsFor(relPath));
    const shared = repositoryCrd ? undefined : await pool.finish(rewriteHere);
    if (shared) mode.debug?.(`${input}: ${describeSharing(shared, readerThread)}`);
    const rewritten = shared?.rewrites;
    const planInput: PlanInput = {
      root: resolved.root,
      input,
      options,
      baseOptionsFor: prepared.baseOptionsFor,
    };
    if (resolved.onlyFile !== undefined) planInput.onlyFile = resolved.onlyFile;
    plan = planRoot(
      planInput,
      read,
      (path, jobs) => progress?.({ type: 'file', input, path, jobs }),
      rewritten,
    );
  } finally {
    await pool.close();
  }
  const { validation, repositoryCrd } = prepared;
  const gitops = await analyseRoot(plan, analysers);
  const { applied, changedFiles } = await applyPlan(plan, mode);
  const crd = options.crd ?? repositoryCrd?.relPath;
  return {
    files: applied.map(toFileReport),
    changedFiles,
    gitops,
    validation: validation.report,
    ...(crd !== undefined && { crd }),
  };
}

function describeSharing(shared: SharedRewrites, readerThread: boolean): string {
  const total = shared.onThisThread + shared.onWorkers;
  return `read the tree on ${readerThread ? 'a reader thread' : 'the main thread'}; rewrote ${total} file(s): ${shared.onThisThread} on the main thread, ${shared.onWorkers} on ${shared.workers} worker thread(s)`;
}

function buildReport(
  options: MigrationOptions,
  inputs: InputReport[],
  files: FileReport[],
  gitops: GitOpsReport,
): Report {
  const report: Report = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    options: describeOptions(options),
    summary: summarize(files, inputs),
    inputs,
    files,
  };
  if (Object.keys(gitops).length > 0) report.gitops = gitops;
  return report;
}

/**
 * Migrates every input with bounded concurrency. A failing input becomes an `InputReport` error and
 * the others go on. Git URLs are cloned shallow into a temporary folder that is removed afterwards.
 */
export async function migrateInputs(
  inputs: string[],
  options: MigrationOptions,
  mode: MigrateMode,
  progress?: (event: ProgressEvent) => void,
): Promise<Report> {
  const several = inputs.length > 1;
  const outcomes = await mapBounded(inputs, options.inputConcurrency, async (input) => {
    progress?.({ type: 'input-start', input });
    let resolved: ResolvedInput | undefined;
    try {
      resolved = await resolveInput(input, mode.cwd ?? process.cwd());
      if (mode.write && isGitUrl(input)) {
        throw new UserError(
          `--write cannot change a cloned repository (${input}); clone it and run on the folder.`,
          { exitCode: 2 },
        );
      }
      const inputOptions = mode.optionsForRoot ? await mode.optionsForRoot(resolved.root, input) : options;
      const { files, gitops, crd, validation } = await migrateRoot(
        resolved,
        input,
        inputOptions,
        mode,
        progress,
      );
      progress?.({ type: 'input-done', input, status: 'ok' });
      const withInput = several ? files.map((file) => ({ ...file, input })) : files;
      return {
        report: { input, status: 'ok', validation, ...(crd !== undefined && { crd }) } as InputReport,
        files: withInput,
        gitops: several ? withInputNamed(gitops, input) : gitops,
      };
    } catch (error) {
      progress?.({ type: 'input-done', input, status: 'error' });
      return {
        report: { input, status: 'error', error: (error as Error).message } as InputReport,
        files: [],
        gitops: {},
      };
    } finally {
      await resolved?.cleanup?.();
    }
  });
  return buildReport(
    options,
    outcomes.map((outcome) => outcome.report),
    outcomes.flatMap((outcome) => outcome.files),
    outcomes.reduce<GitOpsReport>((merged, outcome) => mergeGitOpsReports(merged, outcome.gitops), {}),
  );
}

/** One local folder, for the pull-request flow: also returns the files it rewrote. */
export async function migrateDirectory(
  dir: string,
  options: MigrationOptions,
  mode: MigrateMode,
): Promise<{ report: Report; changedFiles: string[] }> {
  const root = resolve(dir);
  const found = await stat(root).catch(() => undefined);
  if (!found?.isDirectory())
    throw new UserError(`${dir}: not a folder; give the repository's working tree.`, { exitCode: 2 });
  const result = await migrateRoot({ root }, dir, options, mode, undefined);
  return {
    report: buildReport(
      options,
      [
        {
          input: dir,
          status: 'ok',
          validation: result.validation,
          ...(result.crd !== undefined && { crd: result.crd }),
        },
      ],
      result.files,
      result.gitops,
    ),
    changedFiles: result.changedFiles,
  };
}
