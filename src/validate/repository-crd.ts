/**
 * GitOps repositories that install Kubeflow Trainer often hold its TrainJob CRD. When `--crd` is not
 * given, the TrainJobs are validated against that CRD: it is what the cluster will accept.
 */

import type { TrainJobValidator } from '../edit/types.js';
import type { ScanOptions } from '../model/scan.js';
import { scanRoot } from '../scan/scan.js';
import { createCrdValidator } from './crd-validator.js';

export interface RepositoryCrd {
  /** The CRD file, relative to the root. */
  relPath: string;
  validate: TrainJobValidator;
}

const CRD_NAME = 'trainjobs.trainer.kubeflow.org';

/**
 * The first file under `root` (in scan order) holding a usable TrainJob CRD. Files that name it but
 * are not one (a Helm-templated CRD, a kustomization listing it) are passed over.
 */
export async function findRepositoryCrd(root: string, scan: ScanOptions): Promise<RepositoryCrd | undefined> {
  for await (const entry of scanRoot(root, { ...scan, needles: [CRD_NAME] })) {
    if (entry.type !== 'candidate' || !/^kind:[ \t]*["']?CustomResourceDefinition\b/m.test(entry.text))
      continue;
    try {
      return { relPath: entry.relPath, validate: createCrdValidator(entry.text, { source: entry.relPath }) };
    } catch {
      // Not a plain TrainJob CRD (templated, another kind, several served versions): keep looking.
    }
  }
  return undefined;
}
