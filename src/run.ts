/**
 * The pipeline for the CLI and the Action: resolve each input (folder, file or git URL), scan it,
 * rewrite each candidate file, write or diff the result, and gather everything into one Report.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import picomatch from 'picomatch';
import { simpleGit } from 'simple-git';
import type { ConvertOptions } from './convert/types.js';
import { rewriteFile } from './edit/rewrite.js';
import type { FileRewrite, JobRewrite, RewriteOptions, TrainJobValidator } from './edit/types.js';
import { writeFileAtomic } from './fs/atomic-write.js';
import type { MigrationOptions, PathOverride } from './options.js';
import { hermeticGitEnvironment } from './publish/git.js';
import { describeOptions } from './report/describe-options.js';
import { fileStatusOf, summarize } from './report/summarize.js';
import { TOOL_NAME, TOOL_VERSION } from './report/tool.js';
import type { FileReport, InputReport, JobReport, Report } from './report/types.js';
import { scanRoot } from './scan/scan.js';
import type { ScanEntry } from './scan/types.js';
import { createCrdValidator } from './validate/crd-validator.js';

export interface MigrateMode {
  /** Relative local inputs resolve against it; default `process.cwd()`. */
  cwd?: string;
  /** Rewrite files in place. */
  write: boolean;
  /** Attach a unified diff to each changed file. */
  withDiffs: boolean;
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
    throw new Error(`cannot clone ${url}: ${detail}. Check the URL and your access to the repository.`);
  }
  return { root: dir, cleanup };
}

async function resolveInput(input: string, cwd: string): Promise<ResolvedInput> {
  if (isGitUrl(input)) return cloneShallow(input);
  const absolute = resolve(cwd, input);
  const found = await stat(absolute).catch(() => undefined);
  if (!found) throw new Error(`${input}: no such file or folder.`);
  if (found.isDirectory()) return { root: absolute };
  if (found.isFile()) return { root: dirname(absolute), onlyFile: basename(absolute) };
  throw new Error(`${input}: not a file or folder.`);
}

/** `scanRoot` takes a folder or a single file; a file's relPath is its name. */
function entriesOf(resolved: ResolvedInput, options: MigrationOptions): AsyncGenerator<ScanEntry> {
  const target = resolved.onlyFile === undefined ? resolved.root : join(resolved.root, resolved.onlyFile);
  return scanRoot(target, options.scan);
}

/** Later overrides win over earlier ones, as in the config file. */
export function convertOptionsFor(
  relPath: string,
  base: ConvertOptions,
  overrides: readonly PathOverride[],
): ConvertOptions {
  let options = base;
  for (const override of overrides) {
    if (picomatch(override.path, { dot: true })(relPath)) options = { ...options, ...override.options };
  }
  return options;
}

const validatorCache = new Map<string, Promise<TrainJobValidator>>();

function validatorFor(crdPath: string): Promise<TrainJobValidator> {
  let validator = validatorCache.get(crdPath);
  if (!validator) {
    validator = readFile(crdPath, 'utf8').then(
      (text) => createCrdValidator(text),
      (error: NodeJS.ErrnoException) => {
        throw new Error(
          `cannot read the TrainJob CRD ${crdPath} (${error.code ?? error.message}); check --crd.`,
        );
      },
    );
    validatorCache.set(crdPath, validator);
  }
  return validator;
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

export function unifiedDiff(relPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${relPath}`, `b/${relPath}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true },
  });
}

function toFileReport(relPath: string, rewrite: FileRewrite, diff: string | undefined): FileReport {
  const file: FileReport = {
    path: relPath,
    kind: rewrite.kind,
    status: 'unchanged',
    jobs: rewrite.jobs.map(toJobReport),
  };
  if (rewrite.error) file.error = rewrite.error;
  if (rewrite.skipReason !== undefined) file.skipReason = rewrite.skipReason;
  if (diff !== undefined) file.diff = diff;
  file.status = fileStatusOf(file, rewrite.newText !== undefined);
  return file;
}

interface RootResult {
  files: FileReport[];
  changedFiles: string[];
}

async function migrateRoot(
  resolved: ResolvedInput,
  input: string,
  options: MigrationOptions,
  mode: MigrateMode,
  progress: ((event: ProgressEvent) => void) | undefined,
): Promise<RootResult> {
  const validate = options.crd === undefined ? undefined : await validatorFor(options.crd);
  const result: RootResult = { files: [], changedFiles: [] };
  for await (const entry of entriesOf(resolved, options)) {
    if (entry.type === 'skipped') {
      result.files.push({
        path: entry.relPath,
        kind: 'unknown',
        status: 'skipped',
        jobs: [],
        skipReason: entry.reason,
      });
      progress?.({ type: 'file', input, path: entry.relPath, jobs: 0 });
      continue;
    }
    const rewriteOptions: RewriteOptions = convertOptionsFor(
      entry.relPath,
      options.convert,
      options.overrides,
    );
    if (validate) rewriteOptions.validate = validate;
    let rewrite: FileRewrite;
    try {
      rewrite = rewriteFile(entry.relPath, entry.text, rewriteOptions);
    } catch (error) {
      rewrite = {
        kind: 'unknown',
        jobs: [],
        error: { message: `internal error while rewriting: ${(error as Error).message}` },
      };
    }
    const newText =
      rewrite.newText !== undefined && rewrite.newText !== entry.text ? rewrite.newText : undefined;
    if (newText !== undefined && mode.write) {
      await writeFileAtomic(resolved.root, entry.relPath, newText);
      result.changedFiles.push(entry.relPath);
    }
    const diff =
      newText !== undefined && mode.withDiffs ? unifiedDiff(entry.relPath, entry.text, newText) : undefined;
    result.files.push(toFileReport(entry.relPath, { ...rewrite, newText }, diff));
    progress?.({ type: 'file', input, path: entry.relPath, jobs: rewrite.jobs.length });
  }
  return result;
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the results in input order. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function buildReport(options: MigrationOptions, inputs: InputReport[], files: FileReport[]): Report {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    options: describeOptions(options),
    summary: summarize(files, inputs),
    inputs,
    files,
  };
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
        throw new Error(
          `--write cannot change a cloned repository (${input}); clone it and run on the folder.`,
        );
      }
      const inputOptions = mode.optionsForRoot ? await mode.optionsForRoot(resolved.root, input) : options;
      const { files } = await migrateRoot(resolved, input, inputOptions, mode, progress);
      progress?.({ type: 'input-done', input, status: 'ok' });
      const withInput = several ? files.map((file) => ({ ...file, input })) : files;
      return { report: { input, status: 'ok' } as InputReport, files: withInput };
    } catch (error) {
      progress?.({ type: 'input-done', input, status: 'error' });
      return {
        report: { input, status: 'error', error: (error as Error).message } as InputReport,
        files: [],
      };
    } finally {
      await resolved?.cleanup?.();
    }
  });
  return buildReport(
    options,
    outcomes.map((outcome) => outcome.report),
    outcomes.flatMap((outcome) => outcome.files),
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
  if (!found?.isDirectory()) throw new Error(`${dir}: not a folder; give the repository's working tree.`);
  const result = await migrateRoot({ root }, dir, options, mode, undefined);
  return {
    report: buildReport(options, [{ input: dir, status: 'ok' }], result.files),
    changedFiles: result.changedFiles,
  };
}
