/**
 * `spec.nprocPerNode` (and the deprecated `elasticPolicy.nProcPerNode`) → `trainer.numProcPerNode`,
 * by the rules of trainer-v2-api.md §5.2: int32 from 2.2, IntOrString before.
 */

import type { Path } from '../model/conversion.js';
import { type ConvertContext, show } from './context.js';
import { atLeast } from './layout.js';

const NUM_PROC: Path = ['spec', 'trainer', 'numProcPerNode'];
const INT_PROC_SINCE = '2.2';

/** The value given to the TrainJob (undefined when omitted). */
export type NumProcPerNode = number | string | undefined;

function asCount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  if (typeof value === 'string' && /^[1-9]\d*$/.test(value)) return Number(value);
  return undefined;
}

/** Maps one nprocPerNode value at `path`; `gpuRequested` decides what `auto` resolves to in v2. */
export function mapNprocPerNode(
  ctx: ConvertContext,
  path: Path,
  value: unknown,
  gpuRequested: boolean,
): NumProcPerNode {
  const { ledger, output, layout } = ctx;
  const count = asCount(value);
  if (count !== undefined) {
    if (value === count) ledger.carry(path, NUM_PROC);
    else ledger.mapped(path, NUM_PROC);
    output.place(NUM_PROC, count);
    return count;
  }
  if (value === 'auto') {
    ledger.dropped(path, 'auto is what v2 does when numProcPerNode is unset');
    return undefined;
  }
  const intOnly = atLeast(layout.version, INT_PROC_SINCE);
  if (!intOnly && (value === 'gpu' || value === 'cpu')) {
    ledger.carry(path, NUM_PROC);
    output.place(NUM_PROC, value);
    return value;
  }
  if (value === 'gpu' && gpuRequested) {
    ledger.dropped(path, 'unset numProcPerNode (auto) starts one process per requested GPU, like gpu');
    return undefined;
  }
  if (value === 'cpu' && !gpuRequested) {
    ledger.dropped(
      path,
      'unset numProcPerNode (auto) starts one process per requested CPU when no GPU is requested',
    );
    return undefined;
  }
  const why =
    value === 'gpu'
      ? 'gpu without a GPU request fails in torchrun, and v2 would start one process per CPU instead'
      : value === 'cpu'
        ? 'cpu with a GPU request: v2 would start one process per GPU instead of per CPU'
        : 'it is not auto, cpu, gpu or a whole number ≥ 1';
  ledger.lost(path, {
    code: 'NPROC_PER_NODE',
    message: `nprocPerNode: ${show(value)} cannot be expressed in Trainer ${layout.version} (${why}); set nprocPerNode to the number of processes per node`,
  });
  return undefined;
}
