/**
 * `pytorchReplicaSpecs` → `trainer.numNodes`: Master (1) + Worker (n). v2 runs every node from one
 * pod template, so the Master and Worker templates must match.
 */

import type { Path } from '../model/conversion.js';
import { deepEqual, isPlainObject } from '../util/objects.js';
import { type ConvertContext, customRuntimeHint, show } from './context.js';
import { differingPaths, formatPath, getAt, leafPaths } from './paths.js';
import { isRendezvousPort, TRAINER_CONTAINER } from './trainer-container.js';

const NUM_NODES: Path = ['spec', 'trainer', 'numNodes'];
/** The v1 default restart policy of PyTorchJob replicas; batch Jobs in v2 behave the same way. */
const DEFAULT_RESTART_POLICY = 'OnFailure';

export interface Replica {
  key: string;
  path: Path;
  spec: Record<string, unknown>;
  replicas: number;
}

export interface ReplicaPlan {
  numNodes: number;
  /** Replica counts by the key as written (e.g. `Master`, `worker`). */
  replicas: Record<string, number>;
  /** The template the TrainJob is built from: the Master's when present, else the Worker's. */
  primary?: Replica;
  /** The Worker when a Master is also present and creates pods. */
  secondary?: Replica;
  heterogeneous: boolean;
}

export function planReplicas(ctx: ConvertContext, path: Path, specs: unknown): ReplicaPlan {
  const { ledger } = ctx;
  const plan: ReplicaPlan = { numNodes: 0, replicas: {}, heterogeneous: false };
  if (!isPlainObject(specs)) {
    ledger.lost(path, {
      code: 'INVALID_PYTORCHJOB',
      message: 'spec.pytorchReplicaSpecs must be a map of Master/Worker; fix it',
    });
    return plan;
  }
  let master: Replica | undefined;
  let worker: Replica | undefined;
  let unreadable = 0;
  for (const [key, value] of Object.entries(specs)) {
    const replicaPath = [...path, key];
    const type = key.toLowerCase();
    if ((type !== 'master' && type !== 'worker') || (type === 'master' ? master : worker)) {
      ledger.lost(replicaPath, {
        code: 'UNKNOWN_REPLICA_TYPE',
        message: `replica type ${key} is not Master or Worker${type === 'master' || type === 'worker' ? ' (or is listed twice)' : ''}; v2 runs all nodes from one template. Fold it into Master/Worker or keep this job on v1`,
      });
      continue;
    }
    const replica = readReplica(ctx, replicaPath, key, value, type === 'master');
    if (!replica) {
      unreadable++;
      continue;
    }
    if (type === 'master') master = replica;
    else worker = replica;
    plan.replicas[key] = replica.replicas;
  }
  plan.numNodes = (master ? master.replicas : 0) + (worker ? worker.replicas : 0);
  if (master && master.replicas !== 1) {
    ledger.lost([...master.path, 'replicas'], {
      code: 'MASTER_REPLICAS_NOT_ONE',
      message: `${master.key}.replicas is ${master.replicas}; a PyTorchJob has exactly one Master (node 0). Set it to 1 and move the other replicas to Worker`,
    });
  } else if (master) {
    ledger.mapped([...master.path, 'replicas'], NUM_NODES);
  }
  if (worker) ledger.mapped([...worker.path, 'replicas'], NUM_NODES);
  if (plan.numNodes === 0 && unreadable === 0) {
    ledger.finding(path, {
      code: 'INVALID_PYTORCHJOB',
      message:
        'pytorchReplicaSpecs creates no pods (no Master and no Worker replicas); add a Master or Worker with replicas ≥ 1',
    });
  }

  if (master && worker && worker.replicas === 0) {
    ledger.dropped(
      [...worker.path, 'template'],
      `${worker.key}.replicas is 0, so v1 created no pods from this template`,
    );
    plan.primary = master;
  } else {
    plan.primary = master ?? worker;
    plan.secondary = master && worker ? worker : undefined;
  }
  const creatingPods = [master, worker].filter((r): r is Replica => r !== undefined && r.replicas > 0);
  const policies = new Set(creatingPods.map((r) => r.spec.restartPolicy ?? DEFAULT_RESTART_POLICY));
  for (const replica of [master, worker]) {
    if (replica) mapRestartPolicy(ctx, replica, policies.size === 1);
  }
  if (plan.primary && plan.secondary)
    plan.heterogeneous = compareTemplates(ctx, plan.primary, plan.secondary);
  return plan;
}

function readReplica(
  ctx: ConvertContext,
  path: Path,
  key: string,
  value: unknown,
  isMaster: boolean,
): Replica | undefined {
  if (!isPlainObject(value)) {
    ctx.ledger.lost(path, {
      code: 'INVALID_PYTORCHJOB',
      message: `${key} must be a replica spec (a map); fix it`,
    });
    return undefined;
  }
  const replicas = value.replicas ?? 1;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
    ctx.ledger.lost(path, {
      code: 'INVALID_PYTORCHJOB',
      message: `${key}.replicas: ${show(replicas)} must be a whole number ≥ 0${isMaster ? ' (a Master has 1)' : ''}; fix it (if it is a template placeholder, convert the rendered manifest)`,
    });
    return undefined;
  }
  for (const field of Object.keys(value)) {
    if (!['replicas', 'restartPolicy', 'template'].includes(field)) {
      ctx.ledger.lost([...path, field], {
        code: 'UNKNOWN_FIELD',
        message: `${key}.${field} is not a replica spec field (replicas, restartPolicy, template); remove it`,
      });
    }
  }
  return { key, path, spec: value, replicas };
}

/**
 * In v1 a failed pod of a `Never` replica fails the job; a runtime gets that with pods that do not
 * restart and a Job that does not retry.
 */
const NEVER_RESTART_SETTING = { podSpec: { restartPolicy: 'Never' }, jobSpec: { backoffLimit: 0 } };

/** `uniform`: every replica that creates pods has the same policy, so one runtime can carry it. */
function mapRestartPolicy(ctx: ConvertContext, replica: Replica, uniform: boolean): void {
  const policy = replica.spec.restartPolicy;
  if (policy === undefined) return;
  const path = [...replica.path, 'restartPolicy'];
  if (policy === DEFAULT_RESTART_POLICY) {
    ctx.ledger.dropped(path, 'OnFailure is the v1 default and what the v2 runtime pods use');
    return;
  }
  const advice: Record<string, string> = {
    ExitCode: customRuntimeHint(
      ctx,
      'a podFailurePolicy on replicatedJobs[node].template.spec (fail the job on exit codes 1-127, retry on 128-255)',
    ),
    Never: customRuntimeHint(
      ctx,
      'restartPolicy: Never in the node pod template (and the backoffLimit you want)',
    ),
    Always: 'pods of batch Jobs cannot use Always, so use OnFailure (the v2 behaviour) if that is acceptable',
  };
  ctx.ledger.lost(path, {
    code: 'RESTART_POLICY',
    message: `${replica.key}.restartPolicy: ${show(policy)} has no TrainJob field (v2 pods restart OnFailure); ${advice[String(policy)] ?? 'use OnFailure, or keep this job on v1'}`,
    ...(policy === 'Never' && uniform && { runtimeSetting: NEVER_RESTART_SETTING }),
  });
}

function trainerContainersWithPorts(template: unknown): Record<string, unknown>[] {
  const containers = getAt(template, ['spec', 'containers']);
  if (!Array.isArray(containers)) return [];
  return containers.filter(
    (container) =>
      isPlainObject(container) && container.name === TRAINER_CONTAINER && Array.isArray(container.ports),
  );
}

/** Removes differences that do not matter after conversion (the rendezvous port only one replica declares). */
function comparable(template: unknown): unknown {
  // Most templates declare no trainer ports: nothing to remove, so no copy.
  if (trainerContainersWithPorts(template).length === 0) return template;
  const copy = structuredClone(template);
  for (const container of trainerContainersWithPorts(copy)) {
    const ports = (container.ports as unknown[]).filter((port) => !isRendezvousPort(port));
    if (ports.length === 0) delete container.ports;
    else container.ports = ports;
  }
  return copy;
}

/** Returns whether the templates differ in a way that matters (and reports it). */
function compareTemplates(ctx: ConvertContext, primary: Replica, secondary: Replica): boolean {
  const differences = differingPaths(comparable(primary.spec.template), comparable(secondary.spec.template));
  if (differences.length === 0) return false;
  const shown = differences.slice(0, 6).map((path) => formatPath(['template', ...path]));
  const more = differences.length > shown.length ? ` and ${differences.length - shown.length} more` : '';
  ctx.ledger.finding([...secondary.path, 'template'], {
    code: 'HETEROGENEOUS_REPLICAS',
    message: `${primary.key} and ${secondary.key} pod templates differ (${shown.join(', ')}${more}); a TrainJob runs every node from one template. Make the templates identical (except replicas), or keep this job on v1`,
  });
  return true;
}

/**
 * Accounts the secondary template's leaves like the primary's (same output path), after the primary
 * was mapped. Leaves without an identical counterpart are lost to the heterogeneity finding.
 */
export function mirrorSecondary(
  ctx: ConvertContext,
  plan: { primary: Replica; secondary: Replica; heterogeneous: boolean },
): void {
  const { primary, secondary } = plan;
  const { ledger } = ctx;
  const primaryTemplate = [...primary.path, 'template'];
  const secondaryTemplate = [...secondary.path, 'template'];
  const containers = getAt(ctx.input, [...secondaryTemplate, 'spec', 'containers']);
  if (Array.isArray(containers)) {
    containers.forEach((container, index) => {
      if (
        !isPlainObject(container) ||
        container.name !== TRAINER_CONTAINER ||
        !Array.isArray(container.ports)
      )
        return;
      container.ports.forEach((port, portIndex) => {
        if (isRendezvousPort(port)) {
          ledger.dropped(
            [...secondaryTemplate, 'spec', 'containers', index, 'ports', portIndex],
            'the v1 rendezvous port; the v2 torch runtime declares port 29500 itself',
          );
        }
      });
    });
  }
  for (const leaf of leafPaths(getAt(ctx.input, secondaryTemplate), secondaryTemplate)) {
    if (ledger.has(leaf)) continue;
    const counterpart = [...primaryTemplate, ...leaf.slice(secondaryTemplate.length)];
    const entry = ledger.entryAt(counterpart);
    if (entry && deepEqual(getAt(ctx.input, leaf), getAt(ctx.input, counterpart))) {
      ledger.mirror(leaf, entry);
    } else if (plan.heterogeneous) {
      ledger.lostWithoutFinding(leaf, 'HETEROGENEOUS_REPLICAS');
    } else {
      // Only harmless differences remain (see comparable()): the primary's copy decided the output.
      ledger.dropped(
        leaf,
        `the ${primary.key} template, which is the same apart from harmless differences, was used`,
      );
    }
  }
}
