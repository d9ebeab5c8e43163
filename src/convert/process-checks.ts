/**
 * Whether the converted job starts the same processes with the same environment
 * (v1-v2-runtime-semantics.md §1a–1c): which jobs need v1's variables, how many processes torchrun
 * starts per node, and what `$(VAR)` references in command and args resolve to on each side.
 */

import type { Path } from '../model/conversion.js';
import type { ConvertContext } from './context.js';
import { RESERVED_ENV } from './env.js';
import type { Launcher } from './launcher.js';
import { getAt } from './paths.js';
import { readsVariable, references } from './references.js';
import { V1_VARIABLES } from './trainer-env.js';

/** Why a job with a Master needs v1's variables in trainer.env; undefined when nothing reads them. */
export function v1EnvironmentReason(
  command: readonly string[] | undefined,
  argv: readonly string[],
  launcher: Launcher | undefined,
  userEnvNames: readonly string[],
): string | undefined {
  if (command === undefined) return "the job has no command, so the image's entrypoint may read them";
  if (launcher === undefined)
    return 'the command does not start through torchrun, which would set them itself';
  const script = argv.join('\n');
  const read = V1_VARIABLES.filter((name) => readsVariable(script, name));
  if (read.length > 0) return `the command reads ${read.map((name) => `$${name}`).join(', ')}`;
  const set = V1_VARIABLES.filter((name) => userEnvNames.includes(name));
  if (set.length > 0) return `env sets ${set.join(', ')}, which v1 replaced with its own value`;
  return undefined;
}

const NPROC_FLAG = /--nproc[-_]per[-_]node(?:=|\s+)(["']?)(\d+)\1(?![\w$])/;

/**
 * v1 gives torchrun `nprocPerNode` (default `auto`): on a node without GPUs that is one process per
 * CPU of the node, which the manifest does not say; v2 resolves `auto` to the pod's CPU request.
 */
export function checkProcessCount(
  ctx: ConvertContext,
  at: Path,
  command: readonly string[] | undefined,
  argv: readonly string[],
  launcher: Launcher | undefined,
  numProcPerNode: number | string | undefined,
  gpuRequested: boolean,
): void {
  if (numProcPerNode !== undefined || gpuRequested) return;
  const v1Value = getAt(ctx.input, ['spec', 'nprocPerNode']) ?? 'auto';
  if (launcher !== undefined && !NPROC_FLAG.test(argv.join('\n'))) {
    ctx.ledger.finding(at, {
      code: 'NPROC_PER_NODE',
      message: `torchrun starts nprocPerNode: ${String(v1Value)} processes per node, and the pod requests no GPU: under v1 that is one process per CPU of the node it lands on, under v2 one per CPU the pod requests, so the number of processes can change. Set nprocPerNode in the PyTorchJob (or numProcPerNode in the TrainJob) to the CPU count of your nodes, or pass --nproc-per-node to torchrun, then convert again`,
    });
  } else if (command === undefined) {
    ctx.ledger.finding(at, {
      code: 'ENTRYPOINT_NPROC',
      severity: 'info',
      message: `the job has no command, so what the image's entrypoint starts is not visible; if it starts torchrun, v1 gave it nprocPerNode: ${String(v1Value)} (one process per CPU of the node without GPUs) and v2 one process per requested CPU: set numProcPerNode to the CPU count of your nodes in that case`,
    });
  }
}

/** A dynamic rendezvous (c10d, etcd) assigns node ranks itself; the default `static` one does not. */
const DYNAMIC_RENDEZVOUS = [/--rdzv[-_]endpoint\b/, /--rdzv[-_]backend[= ]+["']?(c10d|etcd|etcd-v2)\b/];
const NODE_RANK_AND_MASTER = [/--node[-_]rank\b/, /--master[-_]addr\b/];

/**
 * Launch shapes whose processes differ under v2 whatever the TrainJob says: the v2.0.1 runtime's
 * default command (§1d), and torchrun in a Worker-only job, which v1 gave no node rank or master
 * address (every pod was node 0 at 127.0.0.1) while v2 gives real ones (§1a, §1b).
 */
export function checkLaunchShape(
  ctx: ConvertContext,
  at: Path,
  view: {
    command?: readonly string[];
    argv: readonly string[];
    launcher?: Launcher;
    hasMaster: boolean;
    numNodes: number;
  },
): void {
  const { options, layout } = ctx;
  if (view.command === undefined && layout.version === '2.0' && options.runtimeName === 'torch-distributed') {
    ctx.ledger.finding(at, {
      code: 'RUNTIME_DEFAULT_COMMAND',
      message: `the job has no command, so it runs the image's entrypoint; Trainer 2.0's torch-distributed runtime has a default command (a bash script that prints the PET_* variables and exits) that a TrainJob without trainer.command runs instead. Set command (and args) to what the image's entrypoint runs, or target Trainer 2.1+ with --trainer-version, then convert again`,
    });
  }
  const script = view.argv.join('\n');
  const rendezvous =
    DYNAMIC_RENDEZVOUS.every((flag) => flag.test(script)) ||
    NODE_RANK_AND_MASTER.every((flag) => flag.test(script));
  // Elastic jobs got v1's rendezvous variables (PET_RDZV_ENDPOINT…); they are held for elasticPolicy anyway.
  const elastic = getAt(ctx.input, ['spec', 'elasticPolicy']) !== undefined;
  if (!view.hasMaster && view.launcher !== undefined && view.numNodes > 1 && !rendezvous && !elastic) {
    ctx.ledger.finding(at, {
      code: 'WORKER_ONLY_RENDEZVOUS',
      message: `torchrun runs on ${view.numNodes} Worker pods without a Master and without a dynamic rendezvous (--rdzv-backend=c10d with --rdzv-endpoint): v1 gave such pods no node rank and no master address, so each waited for its peers at 127.0.0.1 as node 0, while v2 gives every node its rank and node 0's address, so the processes differ. Add a Master replica (replicas: 1, one Worker fewer) or pass --rdzv-endpoint and --rdzv-backend=c10d to torchrun, then convert again`,
    });
  }
}

/** Variables the v1 operator appended to every container (besides the user's own). */
function v1Names(hasMaster: boolean): string[] {
  const always = ['PYTHONUNBUFFERED', 'PET_NPROC_PER_NODE', 'PET_NNODES'];
  return hasMaster ? [...always, ...V1_VARIABLES, ...RESERVED_ENV] : always;
}

/** Variables the container has under v2 besides trainer.env: the torch plugin's and the Job's. */
const V2_NAMES = [...RESERVED_ENV, 'JOB_COMPLETION_INDEX'];

export interface ReferenceCheck {
  containerPath: Path;
  command?: readonly string[];
  args?: readonly string[];
  hasMaster: boolean;
  userEnvNames: readonly string[];
  trainerEnvNames: readonly string[];
  numProcPerNode: number | string | undefined;
  gpuRequested: boolean;
}

/** `$(VAR)` in command and args: kubelet expands it against the container's final env. */
export function checkReferences(ctx: ConvertContext, check: ReferenceCheck): void {
  const before = new Set([...check.userEnvNames, ...v1Names(check.hasMaster)]);
  const after = new Set([...check.trainerEnvNames, ...V2_NAMES]);
  const v1NprocValue = String(getAt(ctx.input, ['spec', 'nprocPerNode']) ?? 'auto');
  const nprocSame =
    check.numProcPerNode === undefined
      ? v1NprocValue === 'auto' && check.gpuRequested
      : String(check.numProcPerNode) === v1NprocValue;
  for (const field of ['command', 'args'] as const) {
    check[field]?.forEach((arg, index) => {
      for (const name of new Set(references(arg))) {
        const problem = referenceProblem(name, before.has(name), after.has(name), nprocSame);
        if (!problem) continue;
        ctx.ledger.finding([...check.containerPath, field, index], {
          code: 'ENV_REFERENCE',
          message: `${field}[${index}] refers to $(${name}), which ${problem}`,
        });
      }
    });
  }
}

function referenceProblem(
  name: string,
  underV1: boolean,
  underV2: boolean,
  nprocSame: boolean,
): string | undefined {
  if (underV1 && !underV2) {
    return `the v1 operator set, so it was replaced by its value; under v2 nothing sets ${name} and the program would get the text $(${name}). Write the value itself, or set ${name} in env, then convert again`;
  }
  if (!underV1 && underV2) {
    return `nothing set under v1, so the program got the text $(${name}); v2 sets ${name}, so it would get a value. Escape it as $$(${name}) if the text is meant, or remove it, then convert again`;
  }
  if (underV1 && name === 'PET_NPROC_PER_NODE' && !nprocSame) {
    return 'v1 set to nprocPerNode and v2 sets to the resolved process count (the CPU request on nodes without GPUs); set nprocPerNode to a number, then convert again';
  }
  return undefined;
}
