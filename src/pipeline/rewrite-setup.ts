/**
 * How every file of a root is rewritten: its conversion options (with the config's path overrides)
 * and the validator of its output. Made the same way on the main thread and on each rewrite worker,
 * from a description that crosses threads (no functions).
 */
import picomatch from 'picomatch';
import { rewriteFile } from '../edit/rewrite.js';
import type { FileRewrite, RewriteOptions } from '../edit/types.js';
import type { ConvertOptions } from '../model/conversion.js';
import type { MigrationOptions, PathOverride } from '../options.js';
import { type OutputValidation, outputValidation } from '../validate/output-validation.js';
import { findRepositoryCrd, type RepositoryCrd } from '../validate/repository-crd.js';

export interface RewriteSetup {
  options: MigrationOptions;
  /** The TrainJob CRD file of the repository that validates the output (when no `--crd` is given). */
  repositoryCrd?: { relPath: string; text: string };
}

export interface PreparedRewrite {
  validation: OutputValidation;
  repositoryCrd?: RepositoryCrd;
  /** A fresh object per call: the validator belongs to this root, never to the shared options. */
  baseOptionsFor(relPath: string): RewriteOptions;
}

/** `compiled`: the repository CRD's validator when this thread has it already. */
export async function prepareRewrite(
  setup: RewriteSetup,
  compiled?: RepositoryCrd,
): Promise<PreparedRewrite> {
  const { options } = setup;
  const repositoryCrd =
    compiled ?? (setup.repositoryCrd ? findRepositoryCrd([setup.repositoryCrd]) : undefined);
  const validation = await outputValidation({
    ...(options.crd !== undefined && { crd: options.crd }),
    ...(repositoryCrd !== undefined && { repositoryCrd }),
    releases: [
      options.convert.trainerVersion,
      ...options.overrides.flatMap((o) => (o.options.trainerVersion ? [o.options.trainerVersion] : [])),
    ],
  });
  return {
    validation,
    ...(repositoryCrd !== undefined && { repositoryCrd }),
    baseOptionsFor(relPath) {
      const convert = convertOptionsFor(relPath, options.convert, options.overrides);
      return { ...convert, validate: validation.validatorFor(convert.trainerVersion) };
    },
  };
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

/** A rewrite that never throws: an internal error becomes the file's error. */
export function safeRewrite(relPath: string, text: string, options: RewriteOptions): FileRewrite {
  try {
    return rewriteFile(relPath, text, options);
  } catch (error) {
    return {
      kind: 'unknown',
      jobs: [],
      error: { message: `internal error while rewriting: ${(error as Error).message}` },
    };
  }
}
