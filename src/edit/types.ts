import type { ConversionResult, ConvertOptions, Finding } from '../model/conversion.js';
import type { FileError, FileKind, JobStatus } from '../model/report.js';

/** Validates an emitted TrainJob; returns the problems found (empty when valid). */
export type TrainJobValidator = (trainJob: Record<string, unknown>) => Finding[];

export interface RewriteOptions extends ConvertOptions {
  /** When absent, CRD validation is not done and the verify step says so. */
  validate?: TrainJobValidator;
  /**
   * Holds a job back (it stays a PyTorchJob, reported `needs-review` with the returned findings),
   * e.g. because a kustomize overlay patches it in a way that cannot be carried over.
   */
  hold?: (job: { name: string; namespace?: string }) => Finding[] | undefined;
}

export interface JobRewrite {
  name: string;
  namespace?: string;
  /** 1-based line of the job's document in the input. */
  line: number;
  status: JobStatus;
  conversion?: ConversionResult;
  findings: Finding[];
  numNodes?: number;
  runtime?: string;
  linesBefore: number;
  linesAfter: number;
}

export interface FileRewrite {
  kind: FileKind;
  /** The new text when at least one job was converted and every check passed. */
  newText?: string;
  jobs: JobRewrite[];
  error?: FileError;
  skipReason?: string;
}
