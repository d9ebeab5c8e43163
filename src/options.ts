/**
 * Options shared by the CLI and the GitHub Action: one object, filled from flags, inputs and the
 * config file, then handed to the pipeline.
 */
import { type ConvertOptions, DEFAULT_CONVERT_OPTIONS } from './model/conversion.js';
import { DEFAULT_SCAN_OPTIONS, type ScanOptions } from './model/scan.js';

export type OutputFormat = 'text' | 'json' | 'markdown' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'markdown', 'sarif'];

/** A conversion setting that applies only below a path glob (from the config file's `overrides`). */
export interface PathOverride {
  /** Glob relative to the repository root, e.g. `clusters/gpu/**`. */
  path: string;
  options: Partial<ConvertOptions>;
}

export interface MigrationOptions {
  convert: ConvertOptions;
  scan: ScanOptions;
  overrides: PathOverride[];
  /** Path of a TrainJob CRD to validate output against. */
  crd?: string;
  /** Inputs processed at once (folders, files, git URLs). */
  inputConcurrency: number;
  /** Runtime names the clusters have although no scanned manifest defines them (`--installed-runtimes`). */
  installedRuntimes?: string[];
  /** Convert jobs blocked only by runtime-level settings against generated runtimes (`--generate-runtimes`). */
  generateRuntimes?: boolean;
}

export const DEFAULT_MIGRATION_OPTIONS: MigrationOptions = {
  convert: DEFAULT_CONVERT_OPTIONS,
  scan: DEFAULT_SCAN_OPTIONS,
  overrides: [],
  inputConcurrency: 4,
};
