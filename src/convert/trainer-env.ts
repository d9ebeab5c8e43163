/**
 * `spec.trainer.env`: the user's entries, plus the variables the v1 operator appended to every
 * container when the job has a Master (v1-v2-runtime-semantics.md §1a, §1c). Trainer v2 sets only
 * PET_*, so a program that reads RANK, WORLD_SIZE, MASTER_ADDR or MASTER_PORT gets them from here,
 * with the values v1 gave, in v1's order (after the user's entries).
 */

import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import type { ConvertContext } from './context.js';
import type { EnvEntry, UserEnv } from './env.js';
import { getAt } from './paths.js';
import { references } from './references.js';

export const TRAINER_ENV: Path = ['spec', 'trainer', 'env'];
/** `maxItems` of `trainer.env` in the TrainJob CRD. */
const TRAINER_ENV_MAX = 128;
/** The variables v1 appended (besides PET_*), in v1's order. */
export const V1_VARIABLES = ['PYTHONUNBUFFERED', 'MASTER_PORT', 'MASTER_ADDR', 'WORLD_SIZE', 'RANK'];
/** Holds the JobSet's (= the TrainJob's) name, so MASTER_ADDR follows renames by overlays. */
export const JOBSET_NAME_VARIABLE = 'JOBSET_NAME';
/** kubernetes-sigs/jobset v0.12.0 `JobSetNameKey`, set on every pod of the JobSet. */
const JOBSET_NAME_LABEL = 'jobset.sigs.k8s.io/jobset-name';
const COMPLETION_INDEX = 'batch.kubernetes.io/job-completion-index';
/** The v1 default of the `pytorchjob-port` port. */
const V1_DEFAULT_PORT = 23456;

export interface V1Environment {
  masterPort: number;
  worldSize: number;
  /** The TrainJob's name as written, for a literal MASTER_ADDR when JOBSET_NAME cannot be used. */
  trainJobName?: string;
  /** Why the job gets the variables, for the report. */
  reason: string;
}

/** The values v1 gave, or undefined when the job has no Master. */
export function v1EnvironmentOf(
  ctx: ConvertContext,
  master: { path: Path } | undefined,
  numNodes: number,
  trainJobName: string | undefined,
): Omit<V1Environment, 'reason'> | undefined {
  if (!master) return undefined;
  const nproc = getAt(ctx.input, ['spec', 'nprocPerNode']);
  const perNode = typeof nproc === 'number' ? nproc : /^\d+$/.test(String(nproc)) ? Number(nproc) : 1;
  return {
    masterPort: masterPort(getAt(ctx.input, [...master.path, 'template', 'spec', 'containers'])),
    worldSize: numNodes * perNode,
    ...(trainJobName !== undefined && { trainJobName }),
  };
}

/** The Master's `pytorch` container port named `pytorchjob-port` (v1 adds 23456 when missing). */
function masterPort(containers: unknown): number {
  if (!Array.isArray(containers)) return V1_DEFAULT_PORT;
  const pytorch = containers.find((c) => isPlainObject(c) && c.name === 'pytorch');
  const ports = isPlainObject(pytorch) && Array.isArray(pytorch.ports) ? pytorch.ports : [];
  const port = ports.find((p) => isPlainObject(p) && p.name === 'pytorchjob-port');
  const number = isPlainObject(port) ? Number(port.containerPort) : Number.NaN;
  return Number.isInteger(number) && number > 0 ? number : V1_DEFAULT_PORT;
}

type EnvItem = Record<string, unknown>;

function v1Entry(name: string, v1: V1Environment, masterAddress: string): EnvItem {
  switch (name) {
    case 'PYTHONUNBUFFERED':
      return { name, value: '1' };
    case 'MASTER_PORT':
      return { name, value: String(v1.masterPort) };
    case 'MASTER_ADDR':
      return { name, value: masterAddress };
    case 'WORLD_SIZE':
      return { name, value: String(v1.worldSize) };
    default:
      return { name, valueFrom: { fieldRef: { fieldPath: `metadata.annotations['${COMPLETION_INDEX}']` } } };
  }
}

const JOBSET_NAME_ENTRY: EnvItem = {
  name: JOBSET_NAME_VARIABLE,
  valueFrom: { fieldRef: { fieldPath: `metadata.labels['${JOBSET_NAME_LABEL}']` } },
};

/**
 * Places `trainer.env`: the kept user entries, with v1's variables when `v1` is given. `argv` is the
 * command and args (a reference to JOBSET_NAME there must keep its v1 meaning). Returns the names
 * of the entries placed.
 */
export function placeTrainerEnv(
  ctx: ConvertContext,
  user: UserEnv,
  v1: V1Environment | undefined,
  argv: readonly string[],
): string[] {
  const { ledger, output } = ctx;
  if (!v1) {
    placeUserEntries(ctx, user);
    return user.kept.map((entry) => entry.name);
  }
  const position = new Map(user.kept.map((entry, order) => [entry.name, order]));
  const referencesOf = (entry: EnvEntry): string[] =>
    typeof entry.item.value === 'string' ? references(entry.item.value) : [];

  // A user entry reading an earlier user entry that v1 later shadowed saw the user's value under v1.
  for (const [order, entry] of user.kept.entries()) {
    for (const name of referencesOf(entry)) {
      const at = position.get(name);
      if (!V1_VARIABLES.includes(name) || at === undefined || at >= order) continue;
      ledger.lost([...user.path, entry.index, 'value'], {
        code: 'ENV_REFERENCE',
        message: `env ${entry.name} reads $(${name}) from the env entry before it, which the v1 operator's own ${name} (appended after every user entry) then replaced; the TrainJob must set ${name} to v1's value, so ${entry.name} would change. Write the value of ${name} into ${entry.name} instead of the reference, then convert again`,
      });
      ledger.lostWithoutFinding(user.path, 'ENV_REFERENCE');
      return [];
    }
  }
  const helperFree =
    !position.has(JOBSET_NAME_VARIABLE) &&
    !user.kept.some((entry) => referencesOf(entry).includes(JOBSET_NAME_VARIABLE)) &&
    !argv.some((arg) => references(arg).includes(JOBSET_NAME_VARIABLE));
  if (!helperFree && v1.trainJobName === undefined) {
    ledger.finding(user.path, {
      code: 'V1_ENV',
      message: `the job uses ${JOBSET_NAME_VARIABLE} itself and has no fixed name, so MASTER_ADDR (v1's address of the Master) cannot be written for it; rename ${JOBSET_NAME_VARIABLE} in the PyTorchJob, then convert again`,
    });
    ledger.lostWithoutFinding(user.path, 'V1_ENV');
    return [];
  }
  const masterAddress = helperFree
    ? `$(${JOBSET_NAME_VARIABLE})-node-0-0.$(${JOBSET_NAME_VARIABLE})`
    : `${v1.trainJobName}-node-0-0.${v1.trainJobName}`;

  const placed: { item: EnvItem; from?: number }[] = [];
  for (const entry of user.kept) {
    if (!V1_VARIABLES.includes(entry.name)) {
      placed.push({ item: entry.item, from: entry.index });
      continue;
    }
    ledger.dropped(
      [...user.path, entry.index],
      `the v1 operator appended its own ${entry.name} after the user's entries, and the later entry won; the TrainJob sets v1's value in its place`,
    );
    if (entry.name === 'MASTER_ADDR' && helperFree) placed.push({ item: JOBSET_NAME_ENTRY });
    placed.push({ item: v1Entry(entry.name, v1, masterAddress) });
  }
  const added: string[] = [];
  for (const name of V1_VARIABLES) {
    if (position.has(name)) continue;
    if (name === 'MASTER_ADDR' && helperFree) placed.push({ item: JOBSET_NAME_ENTRY });
    placed.push({ item: v1Entry(name, v1, masterAddress) });
    added.push(name);
  }
  if (placed.length > TRAINER_ENV_MAX) {
    ledger.finding(user.path, {
      code: 'V1_ENV',
      message: `with the ${added.length} variables the v1 operator set, trainer.env would have ${placed.length} entries, more than the ${TRAINER_ENV_MAX} the TrainJob API allows; move some variables into the image or a ConfigMap read by the program, then convert again`,
    });
    ledger.lostWithoutFinding(user.path, 'V1_ENV');
    return [];
  }
  placed.forEach(({ from }, index) => {
    if (from !== undefined) ledger.carry([...user.path, from], [...TRAINER_ENV, index]);
  });
  output.place(
    TRAINER_ENV,
    placed.map(({ item }) => item),
  );
  const names = placed.map(({ item }) => String(item.name));
  ledger.finding(TRAINER_ENV, {
    code: 'V1_ENV_ADDED',
    severity: 'info',
    message: `trainer.env sets ${V1_VARIABLES.join(', ')} as the v1 operator did (MASTER_ADDR names node 0 through ${helperFree ? `${JOBSET_NAME_VARIABLE}, the pod's ${JOBSET_NAME_LABEL} label, so it follows the TrainJob's name` : 'the TrainJob name'}; WORLD_SIZE ${v1.worldSize}; RANK from the completion index): ${v1.reason}. If an overlay changes the node count, it must set WORLD_SIZE too`,
  });
  return names;
}

function placeUserEntries(ctx: ConvertContext, user: UserEnv): void {
  if (user.kept.length === 0) return;
  if (user.whole) {
    ctx.ledger.carry(user.path, TRAINER_ENV);
  } else {
    user.kept.forEach(({ index }, newIndex) => {
      ctx.ledger.carry([...user.path, index], [...TRAINER_ENV, newIndex]);
    });
  }
  ctx.output.place(
    TRAINER_ENV,
    user.kept.map(({ item }) => item),
  );
}
