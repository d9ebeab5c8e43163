/** What the scanner hands to the rest of the pipeline. */

export interface ScanOptions {
  /** Globs relative to the root; default `**\/*.{yaml,yml,json}` plus Helm chart templates. */
  include: string[];
  exclude: string[];
  /** Files larger than this many bytes are reported as skipped. */
  maxFileSize: number;
  /** Files read at once. */
  concurrency: number;
  /** Raw-byte prefilter: a file is a candidate only if it contains one of these strings. */
  needles: string[];
}

export const DEFAULT_SCAN_OPTIONS: ScanOptions = {
  include: [],
  exclude: [],
  maxFileSize: 10 * 1024 * 1024,
  concurrency: 16,
  needles: ['PyTorchJob'],
};

export type ScanEntry =
  | {
      type: 'candidate';
      /** Relative to the root, with `/`. */
      relPath: string;
      absPath: string;
      text: string;
      /** File mode, kept on rewrite. */
      mode: number;
    }
  | {
      type: 'skipped';
      relPath: string;
      absPath: string;
      reason: string;
      /** Its bytes hold a needle, or could not be read to tell: a job may be in it. */
      mentionsNeedle?: boolean;
    };

export interface ScanStats {
  filesSeen: number;
  bytesRead: number;
  candidates: number;
  skipped: number;
}
