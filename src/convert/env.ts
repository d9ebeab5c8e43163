/** The trainer container's `env` → `trainer.env`, minus the variables v2 owns. */

import { isPlainObject } from '../util/objects.js';
import type { ConvertContext } from './context.js';
import { dropIfEmpty } from './context.js';
import type { Path } from './types.js';

/** Set by the v2 torch plugin; the webhook rejects a TrainJob that sets them. */
export const RESERVED_ENV = [
  'PET_NNODES',
  'PET_NPROC_PER_NODE',
  'PET_NODE_RANK',
  'PET_MASTER_ADDR',
  'PET_MASTER_PORT',
];
/** Set by the v1 operator in every container; v2 does not set them. */
export const V1_DISTRIBUTED_ENV = ['MASTER_ADDR', 'MASTER_PORT', 'WORLD_SIZE', 'RANK'];

const TRAINER_ENV: Path = ['spec', 'trainer', 'env'];

/** Maps `env`; returns the names it keeps. */
export function mapEnv(ctx: ConvertContext, path: Path, env: unknown): string[] {
  const { ledger, output } = ctx;
  if (dropIfEmpty(ctx, path, env)) return [];
  if (!Array.isArray(env)) {
    ledger.lost(path, {
      code: 'INVALID_PYTORCHJOB',
      message: 'env must be a list of {name, value} items; fix it',
    });
    return [];
  }
  const lastIndexOf = new Map<string, number>();
  env.forEach((item, index) => {
    if (isPlainObject(item) && typeof item.name === 'string') lastIndexOf.set(item.name, index);
  });
  const kept: { index: number; item: unknown }[] = [];
  env.forEach((item, index) => {
    const itemPath = [...path, index];
    if (!isPlainObject(item) || typeof item.name !== 'string') {
      ledger.lost(itemPath, {
        code: 'INVALID_PYTORCHJOB',
        message: `env[${index}] has no name; give it one or remove it`,
      });
      return;
    }
    const name = item.name;
    if (RESERVED_ENV.includes(name)) {
      ledger.lost(itemPath, {
        code: 'RESERVED_ENV',
        message: `env ${name} is set by the v2 torch runtime itself and the TrainJob webhook rejects it; remove it (the runtime derives it from trainer.numNodes and numProcPerNode)`,
      });
      return;
    }
    if (lastIndexOf.get(name) !== index) {
      ledger.lost(itemPath, {
        code: 'CONTAINER_FIELD',
        message: `env ${name} is set more than once; Kubernetes used the last value, and the TrainJob API rejects duplicate names: delete the earlier entries`,
      });
      return;
    }
    if (V1_DISTRIBUTED_ENV.includes(name)) {
      ledger.finding(itemPath, {
        code: 'SUSPECT_DISTRIBUTED_ENV',
        severity: 'warning',
        message: `env ${name} is set by hand; the v1 operator set it for every pod, the v2 runtime does not (it sets only PET_* for torchrun), so one fixed value now reaches every node. Remove it and launch with torchrun, unless the value is right for all nodes`,
      });
    }
    kept.push({ index, item });
  });
  if (kept.length === 0) return [];
  if (kept.length === env.length) {
    ledger.carry(path, TRAINER_ENV);
  } else {
    kept.forEach(({ index }, newIndex) => {
      ledger.carry([...path, index], [...TRAINER_ENV, newIndex]);
    });
  }
  output.place(
    TRAINER_ENV,
    kept.map(({ item }) => item),
  );
  return kept.map(({ item }) => String((item as { name: string }).name));
}
