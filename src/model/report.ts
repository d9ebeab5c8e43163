/**
 * The report model shared by every output format (text, JSON, markdown, SARIF), the PR body and the
 * Action's job summary. `schemas/report.schema.json` publishes its JSON form.
 */

import type { AppsReport } from './apps-report.js';
import type { BehaviourReport } from './behaviour-report.js';
import type { Finding, Severity } from './conversion.js';
import type { RuntimesReport } from './runtimes-report.js';

export type JobStatus = 'converted' | 'needs-review' | 'skipped' | 'error';

export interface JobReport {
  name: string;
  namespace?: string;
  /** 1-based line of the document's first line in the file. */
  line: number;
  status: JobStatus;
  numNodes?: number;
  runtime?: string;
  replicas?: Record<string, number>;
  linesBefore: number;
  linesAfter: number;
  findings: Finding[];
}

export type FileStatus = 'converted' | 'needs-review' | 'skipped' | 'unchanged' | 'error';

export type FileKind = 'yaml' | 'json' | 'helm' | 'katib' | 'kustomization' | 'unknown';

export interface FileError {
  message: string;
  line?: number;
  column?: number;
}

export interface FileReport {
  /** Relative to its input root, with `/`. */
  path: string;
  /** The input (folder, file or git URL) the file was found under, when there were several. */
  input?: string;
  kind: FileKind;
  status: FileStatus;
  jobs: JobReport[];
  /** Unified diff of the change, present in dry runs and PR bodies. */
  diff?: string;
  error?: FileError;
  /** Why a file was passed over (size limit, binary, template that cannot be rewritten...). */
  skipReason?: string;
}

export interface InputReport {
  input: string;
  status: 'ok' | 'error';
  error?: string;
  /** The TrainJob CRD the TrainJobs were checked against: `--crd`, or one found in the repository. */
  crd?: string;
  /** What validated the emitted TrainJobs (one entry per target release when several). */
  validation?: ValidationReport[];
}

/** The schema emitted TrainJobs were validated against. */
export interface ValidationReport {
  /** `release`: the schema shipped for the target Trainer release; `crd`: `--crd`; `repository`: a CRD in the repository. */
  source: 'release' | 'crd' | 'repository';
  /** The schema or CRD file (package-relative for `release`, repository-relative for `repository`). */
  schema: string;
  /** The target Trainer release (`release` only). */
  release?: string;
  /** The upstream CRD the release schema was generated from. */
  upstream?: string;
  /** CEL rules evaluated on each TrainJob (transition rules, which apply only to updates, excluded). */
  celRules?: number;
}

export interface ReportSummary {
  files: number;
  filesWithJobs: number;
  jobs: number;
  converted: number;
  needsReview: number;
  skipped: number;
  errors: number;
}

/** What `pr` did with the pull request (present only in its reports). */
export interface PullRequestReport {
  operation: 'created' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
  /** Why nothing (or closing) was done, in plain words. */
  reason?: string;
  /** Nothing was pushed or written to GitHub; `operation` says what would have happened. */
  dryRun?: boolean;
  branch?: string;
  base?: string;
}

/**
 * What the GitOps analysers found around the converted jobs. Each analyser owns one key; the
 * pipeline merges them (arrays concatenated across inputs).
 */
export interface GitOpsReport {
  kustomize?: KustomizeReport;
  /** Argo CD / Flux apps that deploy the changed files, and what merging does under each. */
  apps?: AppsReport;
  /** The runtimes the converted jobs reference: defined, installed, generated or missing. */
  runtimes?: RuntimesReport;
  /** What changes under v2 for every converted job, said once, and objects that still select the v1 pods. */
  behaviour?: BehaviourReport;
}

/** Kustomize overlays over converted jobs, and whether they still build to the same jobs. */
export interface KustomizeReport {
  /** The binary used for build checks (`kubectl kustomize` or `kustomize`); absent: none found, no build was run. */
  binary?: string;
  /** Its version as it reports it. */
  version?: string;
  kustomizations: KustomizationReport[];
}

export type KustomizationStatus = 'rewritten' | 'held' | 'unaffected' | 'error';
export type BuildCheck = 'passed' | 'failed' | 'not-run';

export interface KustomizationReport {
  /** The kustomization file, relative to its input root. */
  path: string;
  input?: string;
  /** rewritten: its patches/images now target TrainJobs; held: its jobs stay PyTorchJobs. */
  status: KustomizationStatus;
  /** Before/after build check: `not-run` without a kustomize binary or when the build was not needed. */
  build: BuildCheck;
  /** Why the build check failed or was not run, in plain words. */
  buildMessage?: string;
  /** The converted jobs it includes, as `namespace/name` or `name`, with the file they are in. */
  jobs: { name: string; namespace?: string; path: string }[];
  /** Each patch, replacement or image override that reaches one of those jobs. */
  overrides: KustomizeOverrideReport[];
  findings: Finding[];
}

export type KustomizeOverrideStyle =
  | 'patches-smp'
  | 'patches-json6902'
  | 'patchesStrategicMerge'
  | 'patchesJson6902'
  | 'replacements'
  | 'images';

export interface KustomizeOverrideReport {
  style: KustomizeOverrideStyle;
  /** Where it is: `kustomization.yaml` line, or the patch file. */
  path: string;
  line?: number;
  /** rewritten: carried over to the TrainJob; held: could not be carried over (see `message`). */
  outcome: 'rewritten' | 'held' | 'unchanged';
  message: string;
}

export interface Report {
  tool: { name: string; version: string };
  options: Record<string, unknown>;
  summary: ReportSummary;
  inputs: InputReport[];
  files: FileReport[];
  gitops?: GitOpsReport;
  pullRequest?: PullRequestReport;
}

export type { Finding, Severity };
