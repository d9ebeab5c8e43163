/** `spec.elasticPolicy`: v1 runs such a job through an elastic rendezvous, which a TrainJob cannot reproduce. */

import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import { type ConvertContext, dropIfEmpty } from './context.js';

/**
 * Any elasticPolicy makes training-operator v1 start every pod through an elastic c10d rendezvous
 * (elastic.go: PET_RDZV_*, PET_NNODES min:max), and v1 cannot run one without Workers at all; a
 * TrainJob runs a fixed number of nodes with a static rendezvous at node 0. So the job is held.
 */
export function mapElasticPolicy(
  ctx: ConvertContext,
  path: Path,
  policy: unknown,
  numNodes: number,
  hasWorker: boolean,
): void {
  const { ledger } = ctx;
  if (dropIfEmpty(ctx, path, policy)) return;
  if (!isPlainObject(policy)) {
    ledger.lost(path, { code: 'INVALID_PYTORCHJOB', message: 'elasticPolicy must be a map; fix it' });
    return;
  }
  ledger.lost(path, {
    code: 'ELASTIC_POLICY',
    message: hasWorker
      ? `elasticPolicy: training-operator v1 starts every pod through an elastic c10d rendezvous (PET_RDZV_ENDPOINT, PET_NNODES min:max); a TrainJob runs a fixed ${numNodes} nodes with a static rendezvous at node 0, so torchrun would be started differently. If the job does not need elastic training, replace elasticPolicy with nprocPerNode in the PyTorchJob, then convert again`
      : 'elasticPolicy without a Worker replica: training-operator v1 cannot run this job (its elastic rendezvous needs Workers). Remove elasticPolicy, or add Workers, then convert again',
  });
}
