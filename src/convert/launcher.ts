/**
 * Whether the trainer command starts through torchrun. v2 injects only PET_* variables, which only
 * torchrun reads; a plain `python train.py` on several nodes would train alone on each of them.
 */

import type { Path } from '../model/conversion.js';
import type { ConvertContext } from './context.js';

export type Launcher = 'torchrun' | 'torch.distributed.run' | 'torch.distributed.launch';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh']);
const SHELL_SCRIPT_FLAG = /^-[a-z]*c[a-z]*$/;
const PYTHON = /^python[\d.]*$/;
const LAUNCHER_IN_SCRIPT: [RegExp, Launcher][] = [
  [/(^|[\s;&|(`'"/])torchrun(?=$|[\s;&|)`'"])/, 'torchrun'],
  [/-m\s+torch\.distributed\.run\b/, 'torch.distributed.run'],
  [/-m\s+torch\.distributed\.launch\b/, 'torch.distributed.launch'],
];
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
  v1EnvironmentAdded: boolean,
): void {
  const distributed = numNodes > 1 || (typeof numProcPerNode === 'number' && numProcPerNode > 1);
  const launcher = findLauncher(argv);
  const at = [...containerPath, argv.length > 0 ? 'command' : 'image'];
  if (distributed && launcher === undefined && !v1EnvironmentAdded) {
    ctx.ledger.finding(at, {
      code: 'TORCHRUN_MISSING',
      severity: 'info',
      message: `the command ${argv.length > 0 ? `"${argv.slice(0, 4).join(' ')}${argv.length > 4 ? ' …' : ''}"` : '(the image entrypoint)'} does not start through torchrun, and the job has no Master replica, so neither v1 nor v2 gives it RANK, WORLD_SIZE or MASTER_ADDR (v2 sets only PET_*, which only torchrun reads): it runs as it did under v1. If the nodes are meant to train together, start it with torchrun`,
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
}
