/** The trainer container's `env`, checked entry by entry; `trainer-env.ts` places what is kept. */

import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import type { ConvertContext } from './context.js';
import { dropIfEmpty } from './context.js';

/** Set by the v2 torch plugin; the webhook rejects a TrainJob that sets them. */
export const RESERVED_ENV = [
  'PET_NNODES',
  'PET_NPROC_PER_NODE',
  'PET_NODE_RANK',
  'PET_MASTER_ADDR',
  'PET_MASTER_PORT',
];

export interface EnvEntry {
  /** Index in the input `env` list. */
  index: number;
  name: string;
  item: Record<string, unknown>;
}

/** The entries of the container's `env` that can go to `trainer.env`, in their order. */
export interface UserEnv {
  path: Path;
  kept: EnvEntry[];
  /** Every input entry is kept (the list can be carried whole). */
  whole: boolean;
}

/** Checks `env`; returns the entries to keep (placing them is left to `placeTrainerEnv`). */
export function mapEnv(ctx: ConvertContext, path: Path, env: unknown): UserEnv {
  const { ledger } = ctx;
  const none: UserEnv = { path, kept: [], whole: false };
  if (dropIfEmpty(ctx, path, env)) return none;
  if (!Array.isArray(env)) {
    ledger.lost(path, {
      code: 'INVALID_PYTORCHJOB',
      message: 'env must be a list of {name, value} items; fix it',
    });
    return none;
  }
  const lastIndexOf = new Map<string, number>();
  env.forEach((item, index) => {
    if (isPlainObject(item) && typeof item.name === 'string') lastIndexOf.set(item.name, index);
  });
  const kept: EnvEntry[] = [];
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
    kept.push({ index, name, item });
  });
  return { path, kept, whole: kept.length > 0 && kept.length === env.length };
}
