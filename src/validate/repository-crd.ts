/**
 * GitOps repositories that install Kubeflow Trainer often hold its TrainJob CRD. When `--crd` is not
 * given, the TrainJobs are validated against that CRD: it is what the cluster will accept.
 */

import type { TrainJobValidator } from '../edit/types.js';
import { createCrdValidator } from './crd-validator.js';

export interface RepositoryCrd {
  /** The CRD file, relative to the root. */
  relPath: string;
  text: string;
  validate: TrainJobValidator;
}

/** The bytes every file holding the TrainJob CRD has, and the line it must have: the files to look at. */
export const REPOSITORY_CRD_NEEDLE = 'trainjobs.trainer.kubeflow.org';
export const REPOSITORY_CRD_PATTERN = /^kind:[ \t]*["']?CustomResourceDefinition\b/m;

/**
 * The first of `files` (in scan order, each holding `REPOSITORY_CRD_NEEDLE`) holding a usable TrainJob
 * CRD. Files that name it but are not one (a Helm-templated CRD, a kustomization listing it) are
 * passed over.
 */
export function findRepositoryCrd(
  files: readonly { relPath: string; text: string }[],
): RepositoryCrd | undefined {
  for (const entry of files) {
    if (!REPOSITORY_CRD_PATTERN.test(entry.text)) continue;
    try {
      const validate = createCrdValidator(entry.text, { source: entry.relPath });
      return { relPath: entry.relPath, text: entry.text, validate };
    } catch {
      // Not a plain TrainJob CRD (templated, another kind, several served versions): keep looking.
    }
  }
  return undefined;
}
