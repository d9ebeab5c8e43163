/**
 * Whether the trainer command starts through torchrun. v2 injects only PET_* variables, which only
 * torchrun reads; a plain `python train.py` on several nodes would train alone on each of them.
 */
import type { ConvertContext } from './context.js';
import type { Path } from './types.js';

export type Launcher = 'torchrun' | 'torch.distributed.run' | 'torch.distributed.launch';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh']);
const SHELL_SCRIPT_FLAG = /^-[a-z]*c[a-z]*$/;
const PYTHON = /^python[\d.]*$/;
const LAUNCHER_IN_SCRIPT: [RegExp, Launcher][] = [
  [/(^|[\s;&|(`'"/])torchrun(?=$|[\s;&|)`'"])/, 'torchrun'],
  [/-m\s+torch\.distributed\.run\b/, 'torch.distributed.run'],
  [/-m\s+torch\.distributed\.launch\b/, 'torch.distributed.launch'],
];
/** v1 variables a command may read; v2 sets none of them. */
const V1_VARIABLE_REFERENCE = /\$[({]?(MASTER_ADDR|MASTER_PORT|WORLD_SIZE|RANK)\b/g;

const basename = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

/** The launcher of `command` + `args` (args alone when the image entrypoint is used). */
export function findLauncher(argv: readonly string[]): Launcher | undefined {
  const [first, ...rest] = argv;
  if (first === undefined) return undefined;
  const program = basename(first);
  if (program === 'torchrun') return 'torchrun';
  if (PYTHON.test(program)) {
    const module = rest[rest.indexOf('-m') + 1];
    if (rest.includes('-m') && module === 'torch.distributed.run') return 'torch.distributed.run';
    if (rest.includes('-m') && module === 'torch.distributed.launch') return 'torch.distributed.launch';
    return undefined;
  }
  if (SHELLS.has(program)) {
    const flag = rest.findIndex((arg) => SHELL_SCRIPT_FLAG.test(arg));
    if (flag === -1) return undefined;
    const script = rest.slice(flag + 1).join('\n');
    return LAUNCHER_IN_SCRIPT.find(([pattern]) => pattern.test(script))?.[1];
  }
  return undefined;
}

export function checkLauncher(
  ctx: ConvertContext,
  containerPath: Path,
  argv: readonly string[],
  numNodes: number,
  numProcPerNode: number | string | undefined,
  envNames: readonly string[],
): void {
  const distributed = numNodes > 1 || (typeof numProcPerNode === 'number' && numProcPerNode > 1);
  const launcher = findLauncher(argv);
  const at = [...containerPath, argv.length > 0 ? 'command' : 'image'];
  if (distributed && launcher === undefined) {
    ctx.ledger.finding(at, {
      code: 'TORCHRUN_MISSING',
      severity: 'warning',
      message: `the command ${argv.length > 0 ? `"${argv.slice(0, 4).join(' ')}${argv.length > 4 ? ' …' : ''}"` : '(the image entrypoint)'} does not start through torchrun, but the job runs ${numNodes} node(s)${typeof numProcPerNode === 'number' ? ` × ${numProcPerNode} processes` : ''}. v2 sets only PET_* variables, which only torchrun reads, so each node would train alone. Start it with torchrun (or python -m torch.distributed.run); if a script it calls runs torchrun, ignore this`,
    });
  }
  if (launcher === 'torch.distributed.launch') {
    ctx.ledger.finding(at, {
      code: 'DEPRECATED_LAUNCHER',
      severity: 'info',
      message:
        'python -m torch.distributed.launch is deprecated in PyTorch; it reads the same PET_* variables today, but switch to torchrun',
    });
  }
  const referenced = new Set([...argv.join('\n').matchAll(V1_VARIABLE_REFERENCE)].map((match) => match[1]!));
  const unset = [...referenced].filter((name) => !envNames.includes(name));
  if (unset.length > 0) {
    ctx.ledger.finding(at, {
      code: 'SUSPECT_DISTRIBUTED_ENV',
      severity: 'warning',
      message: `the command reads ${unset.map((name) => `$${name}`).join(', ')}, which the v1 operator set and v2 does not; drop those flags and let torchrun read PET_MASTER_ADDR, PET_MASTER_PORT, PET_NNODES and PET_NODE_RANK, or use the PET_* names`,
    });
  }
}
