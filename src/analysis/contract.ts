/**
 * The contract between the pipeline and its analysers: the plan of one input root that analysers read
 * (every file's text on disk and as the run will leave it) and what an analyser may answer (holds,
 * re-plans, file changes, a report section). Types only; the pipeline (src/pipeline/) runs it.
 */
import type { FileRewrite, RewriteOptions } from '../edit/types.js';
import type { Finding } from '../model/conversion.js';
import type { FileKind, GitOpsReport } from '../model/report.js';
import type { MigrationOptions } from '../options.js';

/** One file of the plan: its text on disk and what the pipeline will make of it. */
export interface PlannedFile {
  relPath: string;
  /** The text on disk; undefined for a file the plan creates. */
  original?: string;
  /** `rewrite.newText` is the planned text (undefined: unchanged). */
  rewrite: FileRewrite;
  /** Set when the scanner passed the file over (size, binary, symlink...). */
  scanSkipReason?: string;
  /** Set when a skipped file's bytes name a PyTorchJob, or could not be read to tell. */
  scanSkipMentionsJob?: boolean;
  /** Files that must change together with this one (a job and the kustomize patch that follows it). */
  together?: Set<string>;
}

/** A file the scanner found for an analyser, read once. */
export interface FoundFile {
  relPath: string;
  text: string;
}

export interface FileRequest {
  /** Raw-byte prefilter, as the scanner's `needles`. */
  needles: string[];
  /** Include globs; default: the root's own include globs. */
  include?: string[];
  /**
   * A regular expression (multiline) a file's text must also match to be kept: needles are raw
   * bytes and cheap, this narrows them before the texts are held in memory and parsed.
   */
  pattern?: string;
}

export interface RootPlan {
  /** Absolute path of the input root. */
  root: string;
  /** The input as the user gave it (folder, file or git URL). */
  input: string;
  options: MigrationOptions;
  /** Planned files by relPath, in scan order; analysers' new files come last. */
  files: Map<string, PlannedFile>;
  /** The options each file is rewritten with (path overrides, CRD validator, re-plans, holds). */
  rewriteOptionsFor(relPath: string): RewriteOptions;
  /** The files of the root a request finds (read in the plan's one pass when the request was declared). */
  findFiles(request: FileRequest): Promise<FoundFile[]>;
}

/** Keep a job as a PyTorchJob, reported `needs-review` with these findings. */
export interface JobHold {
  relPath: string;
  name: string;
  namespace?: string;
  findings: Finding[];
}

/** Re-plan a file with changed rewrite options (e.g. a generated runtime). */
export interface Replan {
  relPath: string;
  options: Partial<RewriteOptions>;
}

/** New text for a file (existing or new), or a new way to report it. */
export interface FileChange {
  relPath: string;
  /** The new text; undefined keeps the planned text. */
  text?: string;
  /** The file's text on disk, for a file the scan did not pick up; absent: the change creates it. */
  original?: string;
  /** Reported as this kind (e.g. `kustomization` for a patch file that looks like a job). */
  kind?: FileKind;
  /** The file holds no jobs of its own (a kustomize patch is a partial job, not a job). */
  dropJobs?: boolean;
  /** Replaces the planned skip reason; null clears it. */
  skipReason?: string | null;
  /** Drops a file the plan creates (e.g. a generated runtimes file no converted job uses). */
  remove?: boolean;
  /** Files that must be written together with this one, or none of them. */
  together?: readonly string[];
}

export interface AnalysisResult {
  replans?: Replan[];
  holds?: JobHold[];
  changes?: FileChange[];
  /** Merged into the report's `gitops` section: arrays are concatenated, objects merged. */
  report?: GitOpsReport;
}

/**
 * A GitOps analyser. Analysers run in list order, each on the plan as the ones before it left it,
 * so one that changes conversions (runtimes) goes before one that checks them (kustomize builds).
 */
export interface Analyser {
  name: string;
  /**
   * The files it will ask `findFiles` for: the pipeline reads them in its one pass over the root. A
   * request not declared here costs a pass of its own.
   */
  requests?: readonly FileRequest[];
  analyse(plan: RootPlan): Promise<AnalysisResult>;
}
