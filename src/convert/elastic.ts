/** `spec.elasticPolicy`: only the deprecated `nProcPerNode` has a v2 home; the rest is elastic training v2 lacks. */

import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import { type ConvertContext, dropIfEmpty, show } from './context.js';
import { mapNprocPerNode, type NumProcPerNode } from './nproc.js';
import { formatPath } from './paths.js';

export function mapElasticPolicy(
  ctx: ConvertContext,
  path: Path,
  policy: unknown,
  nprocPerNode: { path: Path; value: unknown } | undefined,
  gpuRequested: boolean,
  numNodes: number,
): NumProcPerNode {
  const { ledger } = ctx;
  if (dropIfEmpty(ctx, path, policy)) return undefined;
  if (!isPlainObject(policy)) {
    ledger.lost(path, { code: 'INVALID_PYTORCHJOB', message: 'elasticPolicy must be a map; fix it' });
    return undefined;
  }
  let numProc: NumProcPerNode;
  const elasticFields: string[] = [];
  for (const [key, value] of Object.entries(policy)) {
    const fieldPath = [...path, key];
    if (key !== 'nProcPerNode') {
      if (!dropIfEmpty(ctx, fieldPath, value)) elasticFields.push(key);
      continue;
    }
    if (nprocPerNode === undefined) {
      numProc = mapNprocPerNode(ctx, fieldPath, value, gpuRequested);
    } else if (String(nprocPerNode.value) === String(value)) {
      ledger.dropped(fieldPath, `the same as ${formatPath(nprocPerNode.path)}, which is mapped`);
    } else {
      ledger.lost(fieldPath, {
        code: 'NPROC_PER_NODE',
        message: `elasticPolicy.nProcPerNode: ${show(value)} and nprocPerNode: ${show(nprocPerNode.value)} disagree; keep only nprocPerNode with the number of processes per node`,
      });
    }
  }
  if (elasticFields.length > 0) {
    ctx.ledger.finding(path, {
      code: 'ELASTIC_POLICY',
      message: `elasticPolicy (${elasticFields.join(', ')}) has no TrainJob equivalent: v2 runs a fixed number of nodes and no elastic rendezvous or autoscaling. Remove elasticPolicy and keep the fixed node count (${numNodes}), or keep this job on v1`,
    });
    for (const key of elasticFields) ledger.lostWithoutFinding([...path, key], 'ELASTIC_POLICY');
  }
  return numProc;
}
