/** The real CRDs in ../shared, for tests only: the tool itself reads a CRD given by --crd. */
import { readFileSync } from 'node:fs';
import type { TrainJobValidator } from '../../src/edit/types.js';
import type { TrainerVersion } from '../../src/model/conversion.js';
import { createCrdValidator, createRuntimeValidator } from '../../src/validate/crd-validator.js';
import { sharedPath } from './shared.js';

const V2_TRAINJOB_CRD = 'kubeflow/v2/crds/trainer.kubeflow.org_trainjobs.yaml';
const V21_TRAINJOB_CRD = 'kubeflow/v2/legacy-v2.1.0/crds/trainer.kubeflow.org_trainjobs.yaml';

/**
 * The TrainJob CRD of a Trainer release, relative to ../shared. There is no v2.0 CRD in ../shared;
 * 2.0 output (podSpecOverrides) cannot be schema-validated and is checked structurally in tests.
 */
export function crdPathForVersion(version: TrainerVersion): string {
  if (version === '2.0') {
    throw new Error('../shared has no Trainer v2.0 TrainJob CRD; check 2.0 output structurally instead');
  }
  return version === '2.1' ? V21_TRAINJOB_CRD : V2_TRAINJOB_CRD;
}

const cache = new Map<string, TrainJobValidator>();

/** A validator per CRD file, compiled once per test process. */
export function validatorFor(version: TrainerVersion): TrainJobValidator {
  const file = crdPathForVersion(version);
  let validator = cache.get(file);
  if (!validator) {
    validator = createCrdValidator(readFileSync(sharedPath(file), 'utf8'), { source: file });
    cache.set(file, validator);
  }
  return validator;
}

export function runtimeValidatorFor(kind: 'ClusterTrainingRuntime' | 'TrainingRuntime'): TrainJobValidator {
  const file =
    kind === 'ClusterTrainingRuntime'
      ? 'kubeflow/v2/crds/trainer.kubeflow.org_clustertrainingruntimes.yaml'
      : 'kubeflow/v2/crds/trainer.kubeflow.org_trainingruntimes.yaml';
  let validator = cache.get(file);
  if (!validator) {
    validator = createRuntimeValidator(readFileSync(sharedPath(file), 'utf8'), kind, file);
    cache.set(file, validator);
  }
  return validator;
}
