/**
 * The phased pipeline for one input root: plan (scan and rewrite every candidate in memory), analyse
 * (GitOps analysers look at the same root and may hold jobs, re-plan files, add file changes and
 * report sections), then apply (write, diff, report). Nothing is written before every analyser ran.
 */
import { createTwoFilesPatch } from 'diff';
import type {
  Analyser,
  AnalysisResult,
  FileChange,
  FileRequest,
  FoundFile,
  JobHold,
  PlannedFile,
  RootPlan,
} from '../analysis/contract.js';
import type { FileRewrite, RewriteOptions } from '../edit/types.js';
import { pauseBeforeWriteForTests } from '../fs/test-pause.js';
import { type FileWrite, writeFileGroups } from '../fs/write-groups.js';
import type { Finding } from '../model/conversion.js';
import type { GitOpsReport } from '../model/report.js';
import type { ScanEntry } from '../model/scan.js';
import type { MigrationOptions } from '../options.js';
import { type ScanWant, scanRoot } from '../scan/scan.js';
import { isPlainObject } from '../util/objects.js';
import { safeRewrite } from './rewrite-setup.js';
import { scanRootThreaded } from './threaded-scan.js';

export interface PlanInput {
  root: string;
  input: string;
  /** Set when the input is one file: its path relative to `root`. */
  onlyFile?: string;
  options: MigrationOptions;
  /** Per-file base options (path overrides and the CRD validator). */
  baseOptionsFor(relPath: string): RewriteOptions;
}

export type PlanProgress = (relPath: string, jobs: number) => void;

/** What the one pass over a root read: the scan's entries and the files found for each request. */
export interface RootRead {
  entries: ScanEntry[];
  /** Files named like a write's temp file (`.<hex>.tjm-tmp`), relative to the root. */
  tempFiles: string[];
  /** The files a request found, if the pass was asked for it. */
  found(request: FileRequest): FoundFile[] | undefined;
}

/**
 * Phase 0: one pass over the root, reading every file at most once for the scan and for every
 * request (the analysers' and the repository CRD's), so none of them walks the tree again.
 */
export async function readRoot(
  root: string,
  onlyFile: string | undefined,
  options: MigrationOptions,
  requests: readonly FileRequest[],
  /** Called with each file the scan found, as it is read (the rewrite pool starts on them). */
  onCandidate?: (relPath: string, text: string) => void,
  /** Read on a reader thread (the bundled tool), so that this thread can rewrite meanwhile. */
  onReaderThread = false,
): Promise<RootRead> {
  const keys = [...new Set(requests.map(requestKey))];
  const asked = keys.map((key) => JSON.parse(key) as FileRequest);
  const patterns = asked.map((request) =>
    request.pattern === undefined ? undefined : new RegExp(request.pattern, 'm'),
  );
  const wants = onlyFile === undefined ? asked.map((request) => wantOf(request, options)) : [];
  const found = keys.map((): FoundFile[] => []);
  const entries: ScanEntry[] = [];
  const tempFiles: string[] = [];
  const target = onlyFile === undefined ? root : `${root}/${onlyFile}`;
  for await (const shared of scanRootThreaded(target, options.scan, wants, onReaderThread)) {
    if (shared.tempFile !== undefined) tempFiles.push(shared.tempFile);
    if (shared.primary) {
      entries.push(shared.primary);
      if (shared.primary.type === 'candidate') onCandidate?.(shared.primary.relPath, shared.primary.text);
    }
    const wanted = shared.wanted;
    if (!wanted) continue;
    for (const index of wanted.wants) {
      if (patterns[index]?.test(wanted.text) === false) continue;
      found[index]?.push({ relPath: wanted.relPath, text: wanted.text });
    }
  }
  const byKey = new Map(keys.map((key, index) => [key, found[index] ?? []]));
  return { entries, tempFiles, found: (request) => byKey.get(requestKey(request)) };
}

function requestKey(request: FileRequest): string {
  return JSON.stringify({
    needles: request.needles,
    ...(request.include !== undefined && { include: request.include }),
    ...(request.pattern !== undefined && { pattern: request.pattern }),
  });
}

function wantOf(request: FileRequest, options: MigrationOptions): ScanWant {
  return { needles: request.needles, include: request.include ?? options.scan.include };
}

/**
 * Phase 1: rewrite every candidate of the pass in memory, or take its rewrite from `rewritten` (made
 * with the same options by the rewrite pool).
 */
export function planRoot(
  input: PlanInput,
  read: RootRead,
  onFile?: PlanProgress,
  rewritten?: ReadonlyMap<string, FileRewrite>,
): RootPlan {
  const replanOptions = new Map<string, Partial<RewriteOptions>>();
  const holds = new Map<string, JobHold[]>();
  const foundCache = new Map<string, Promise<FoundFile[]>>();
  const plan: RootPlan = {
    root: input.root,
    input: input.input,
    options: input.options,
    files: new Map(),
    rewriteOptionsFor(relPath) {
      const options: RewriteOptions = { ...input.baseOptionsFor(relPath), ...replanOptions.get(relPath) };
      const held = holds.get(relPath);
      if (held) options.hold = (job) => holdFindings(held, job);
      return options;
    },
    findFiles(request) {
      const key = requestKey(request);
      let found = foundCache.get(key);
      if (!found) {
        // A one-file input has no surroundings to look at.
        const fromPass = input.onlyFile === undefined ? read.found(request) : [];
        found = fromPass ? Promise.resolve(fromPass) : findFiles(input, request);
        foundCache.set(key, found);
      }
      return found;
    },
  };
  internalState.set(plan, { replanOptions, holds });
  for (const entry of read.entries) {
    if (entry.type === 'skipped') {
      plan.files.set(entry.relPath, {
        relPath: entry.relPath,
        rewrite: { kind: 'unknown', jobs: [] },
        scanSkipReason: entry.reason,
        ...(entry.mentionsNeedle && { scanSkipMentionsJob: true }),
      });
      onFile?.(entry.relPath, 0);
      continue;
    }
    const rewrite =
      rewritten?.get(entry.relPath) ??
      safeRewrite(entry.relPath, entry.text, plan.rewriteOptionsFor(entry.relPath));
    plan.files.set(entry.relPath, { relPath: entry.relPath, original: entry.text, rewrite });
    onFile?.(entry.relPath, rewrite.jobs.length);
  }
  return plan;
}

interface PlanState {
  replanOptions: Map<string, Partial<RewriteOptions>>;
  holds: Map<string, JobHold[]>;
}
const internalState = new WeakMap<RootPlan, PlanState>();

function holdFindings(
  held: readonly JobHold[],
  job: { name: string; namespace?: string },
): Finding[] | undefined {
  const matching = held.filter(
    (hold) => hold.name === job.name && (hold.namespace === undefined || hold.namespace === job.namespace),
  );
  return matching.length === 0 ? undefined : matching.flatMap((hold) => hold.findings);
}

/** A request the pass was not asked for (an analyser that did not declare it): a pass of its own. */
async function findFiles(input: PlanInput, request: FileRequest): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const scan = {
    ...input.options.scan,
    needles: request.needles,
    include: request.include ?? input.options.scan.include,
  };
  const pattern = request.pattern === undefined ? undefined : new RegExp(request.pattern, 'm');
  for await (const entry of scanRoot(input.root, scan)) {
    if (entry.type !== 'candidate') continue;
    if (pattern && !pattern.test(entry.text)) continue;
    found.push({ relPath: entry.relPath, text: entry.text });
  }
  return found;
}

/** Phase 2: every analyser in order, each result joining the plan before the next analyser runs. */
export async function analyseRoot(plan: RootPlan, analysers: readonly Analyser[]): Promise<GitOpsReport> {
  let report: GitOpsReport = {};
  for (const analyser of analysers) {
    const result = await analyser.analyse(plan);
    applyAnalysis(plan, result);
    if (result.report) report = mergeGitOpsReports(report, result.report);
  }
  return report;
}

/** Joins one analyser's result to the plan: re-plans and holds re-run the editor on the file. */
export function applyAnalysis(plan: RootPlan, result: AnalysisResult): void {
  const state = internalState.get(plan);
  if (!state) throw new Error('applyAnalysis: the plan was not made by planRoot.');
  const touched = new Set<string>();
  for (const replan of result.replans ?? []) {
    state.replanOptions.set(replan.relPath, {
      ...state.replanOptions.get(replan.relPath),
      ...replan.options,
    });
    touched.add(replan.relPath);
  }
  for (const hold of result.holds ?? []) {
    state.holds.set(hold.relPath, [...(state.holds.get(hold.relPath) ?? []), hold]);
    touched.add(hold.relPath);
  }
  for (const relPath of touched) {
    const file = plan.files.get(relPath);
    if (file?.original === undefined) continue;
    file.rewrite = safeRewrite(relPath, file.original, plan.rewriteOptionsFor(relPath));
  }
  for (const change of result.changes ?? []) applyChange(plan, change);
}

function applyChange(plan: RootPlan, change: FileChange): void {
  if (change.remove) {
    if (plan.files.get(change.relPath)?.original === undefined) plan.files.delete(change.relPath);
    return;
  }
  let file = plan.files.get(change.relPath);
  if (!file) {
    file = { relPath: change.relPath, rewrite: { kind: change.kind ?? 'yaml', jobs: [] } };
    if (change.original !== undefined) file.original = change.original;
    plan.files.set(change.relPath, file);
  }
  const rewrite: FileRewrite = { ...file.rewrite };
  if (change.text !== undefined) rewrite.newText = change.text;
  if (change.kind !== undefined) rewrite.kind = change.kind;
  if (change.dropJobs) rewrite.jobs = [];
  if (change.skipReason === null) delete rewrite.skipReason;
  else if (change.skipReason !== undefined) rewrite.skipReason = change.skipReason;
  file.rewrite = rewrite;
  const together = (change.together ?? []).filter((relPath) => relPath !== change.relPath);
  if (together.length > 0) file.together = new Set([...(file.together ?? []), ...together]);
}

/** The planned text of a file: its new text when it changes, else its text on disk. */
/** Arrays are concatenated, plain objects merged key by key, anything else: the later value wins. */
export function mergeGitOpsReports(a: GitOpsReport, b: GitOpsReport): GitOpsReport {
  return mergeValues(a, b) as GitOpsReport;
}

function mergeValues(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isPlainObject(a) && isPlainObject(b)) {
    const merged: Record<string, unknown> = { ...a };
    for (const [key, value] of Object.entries(b)) {
      merged[key] = key in merged ? mergeValues(merged[key], value) : value;
    }
    return merged;
  }
  return b === undefined ? a : b;
}

export interface AppliedFile {
  file: PlannedFile;
  /** The new text when the file changes (whether or not the write succeeded). */
  newText?: string;
  diff?: string;
  /** Why the new text could not be written: the file on disk is as it was. */
  writeError?: string;
}

/**
 * Phase 3: write and diff every changed file, in plan order. One file that cannot be written (or
 * changed on disk during the run) is an error of its own; the others go on, except the files that
 * must change together with it, which are left as they were too. `changedFiles` lists exactly what
 * was written.
 */
export async function applyPlan(
  plan: RootPlan,
  mode: { write: boolean; withDiffs: boolean },
): Promise<{ applied: AppliedFile[]; changedFiles: string[] }> {
  const applied: AppliedFile[] = [];
  const writes: FileWrite[] = [];
  for (const file of plan.files.values()) {
    const { newText } = file.rewrite;
    if (newText === undefined || newText === file.original) {
      applied.push({ file });
      continue;
    }
    writes.push({ relPath: file.relPath, text: newText, expected: file.original });
    const entry: AppliedFile = { file, newText };
    if (mode.withDiffs) entry.diff = unifiedDiff(file.relPath, file.original, newText);
    applied.push(entry);
  }
  if (!mode.write || writes.length === 0) return { applied, changedFiles: [] };
  await pauseBeforeWriteForTests();
  const outcomes = await writeFileGroups(plan.root, groupsOf(plan, writes));
  const errors = new Map(
    outcomes.flatMap((outcome) => (outcome.written ? [] : [[outcome.relPath, outcome.error]])),
  );
  for (const entry of applied) {
    const error = errors.get(entry.file.relPath);
    if (error === undefined) continue;
    entry.writeError = error;
    delete entry.diff;
  }
  const changedFiles = writes.map((write) => write.relPath).filter((relPath) => !errors.has(relPath));
  return { applied, changedFiles };
}

/** The writes joined into groups along `together` links (each group in plan order). */
function groupsOf(plan: RootPlan, writes: readonly FileWrite[]): FileWrite[][] {
  const parent = new Map(writes.map((write) => [write.relPath, write.relPath]));
  const find = (relPath: string): string => {
    let root = relPath;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(relPath, root);
    return root;
  };
  for (const write of writes) {
    for (const other of plan.files.get(write.relPath)?.together ?? []) {
      if (parent.has(other)) parent.set(find(other), find(write.relPath));
    }
  }
  const groups = new Map<string, FileWrite[]>();
  for (const write of writes) {
    const key = find(write.relPath);
    groups.set(key, [...(groups.get(key) ?? []), write]);
  }
  return [...groups.values()];
}

/** A new file (`before` undefined) is diffed from `/dev/null`. */
export function unifiedDiff(relPath: string, before: string | undefined, after: string): string {
  const patch = createTwoFilesPatch(
    before === undefined ? '/dev/null' : `a/${relPath}`,
    `b/${relPath}`,
    before ?? '',
    after,
    undefined,
    undefined,
    {
      context: 3,
      headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true },
    },
  );
  return patch;
}
