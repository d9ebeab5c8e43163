/**
 * Which schema each emitted TrainJob is validated against: `--crd` first, then a TrainJob CRD kept in
 * the repository (what the cluster serves), else the bundled schema of the file's target Trainer
 * release. Always one of them: output is never written unvalidated.
 */
import { readFile } from 'node:fs/promises';
import type { TrainJobValidator } from '../edit/types.js';
import type { TrainerVersion } from '../model/conversion.js';
import type { ValidationReport } from '../model/report.js';
import { UserError } from '../util/user-error.js';
import { createCrdValidator } from './crd-validator.js';
import { releaseValidator } from './release-schemas.js';

export interface OutputValidation {
  /** The validator for TrainJobs targeting `release`. */
  validatorFor(release: TrainerVersion): TrainJobValidator;
  /** What validated the output, for the report. */
  report: ValidationReport[];
}

const crdCache = new Map<string, Promise<TrainJobValidator>>();

function crdValidator(crdPath: string): Promise<TrainJobValidator> {
  let validator = crdCache.get(crdPath);
  if (!validator) {
    validator = readFile(crdPath, 'utf8').then(
      (text) => createCrdValidator(text, { source: crdPath }),
      (error: NodeJS.ErrnoException) => {
        throw new UserError(
          `cannot read the TrainJob CRD ${crdPath} (${error.code ?? error.message}); check --crd.`,
        );
      },
    );
    crdCache.set(crdPath, validator);
  }
  return validator;
}

export async function outputValidation(input: {
  /** `--crd`. */
  crd?: string;
  /** A TrainJob CRD found in the repository. */
  repositoryCrd?: { relPath: string; validate: TrainJobValidator };
  /** Every release the input's files target (the default and any per-path override). */
  releases: readonly TrainerVersion[];
}): Promise<OutputValidation> {
  if (input.crd !== undefined) {
    const validate = await crdValidator(input.crd);
    return { validatorFor: () => validate, report: [{ source: 'crd', schema: input.crd }] };
  }
  if (input.repositoryCrd) {
    const { validate, relPath } = input.repositoryCrd;
    return { validatorFor: () => validate, report: [{ source: 'repository', schema: relPath }] };
  }
  const releases = [...new Set(input.releases)].sort();
  const loaded = new Map(
    await Promise.all(releases.map(async (r) => [r, await releaseValidator(r)] as const)),
  );
  return {
    validatorFor: (release) => {
      const found = loaded.get(release);
      if (!found) throw new Error(`no validator loaded for Trainer ${release}`);
      return found.validate;
    },
    report: releases.map((release) => {
      const found = loaded.get(release)!;
      return {
        source: 'release',
        release,
        schema: found.schemaFile,
        upstream: `${found.origin.repository}/blob/${found.origin.tag}/${found.origin.path}`,
        celRules: found.celRules,
      };
    }),
  };
}
