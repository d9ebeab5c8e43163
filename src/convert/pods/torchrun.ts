/**
 * What torchrun is given in a pod: node count, processes per node, node rank, master address and port,
 * from its flags or, where a flag is absent, the `PET_*` variables its arguments default to
 * (torch `distributed/run.py`, `env` action). Found in an exec'd command line or inside a `sh -c` script.
 */

export interface TorchrunInputs {
  nnodes: string;
  nprocPerNode: string;
  nodeRank: string;
  masterAddr: string;
  masterPort: string;
  /** `--standalone`/`--rdzv-endpoint` given: rendezvous does not use the master address/port. */
  rendezvous?: string;
}

const LAUNCHER =
  /(?:^|[\s;&|(/])(torchrun|python[0-9.]*\s+(?:-[a-zA-Z]+\s+)*-m\s+torch\.distributed\.(?:run|launch))(?=\s|$)/;

const FLAGS: Record<string, keyof Omit<TorchrunInputs, 'rendezvous'>> = {
  nnodes: 'nnodes',
  nproc_per_node: 'nprocPerNode',
  node_rank: 'nodeRank',
  master_addr: 'masterAddr',
  master_port: 'masterPort',
};

/** torchrun/launch flags that take no value. */
const BOOLEAN_FLAGS = new Set(['standalone', 'no_python', 'module', 'run_path', 'use_env']);

const ENV_DEFAULTS: Record<keyof Omit<TorchrunInputs, 'rendezvous'>, [string, string]> = {
  nnodes: ['PET_NNODES', '1'],
  nprocPerNode: ['PET_NPROC_PER_NODE', '1'],
  nodeRank: ['PET_NODE_RANK', '0'],
  masterAddr: ['PET_MASTER_ADDR', '127.0.0.1'],
  masterPort: ['PET_MASTER_PORT', '29500'],
};

/** The text torchrun's arguments follow, or undefined when the command line does not start torchrun. */
function launcherTail(commandLine: readonly string[]): { tail: string; shell: boolean } | undefined {
  const [first, ...rest] = commandLine;
  if (first === undefined) return undefined;
  const base = first.split('/').pop() ?? first;
  if (/^(ba|da|z)?sh$/.test(base)) {
    const script = rest.filter((arg) => !/^-[a-z]+$/.test(arg)).join('\n');
    const match = LAUNCHER.exec(script.replace(/\\\n/g, ' '));
    if (!match) return undefined;
    const after = script.replace(/\\\n/g, ' ').slice(match.index + match[0].length);
    return { tail: after.split(/\n|&&|\|\||;|\|/)[0] ?? '', shell: true };
  }
  const joined = commandLine.join(' ');
  const match = LAUNCHER.exec(joined);
  if (!match || match.index > first.length) return undefined;
  return { tail: joined.slice(match.index + match[0].length), shell: false };
}

/** Shell `$X`/`${X}` substitution (for a launcher inside `sh -c`). */
function shellExpand(text: string, env: ReadonlyMap<string, string>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, a, b) => env.get(a ?? b) ?? '',
  );
}

/**
 * Dynamic rendezvous (flags, else `PET_STANDALONE`/`PET_RDZV_*` as v1 elastic jobs set them): torchrun
 * then ignores the master address and port. undefined: static rendezvous at the master.
 */
function rendezvousOf(
  flags: ReadonlyMap<string, string>,
  env: ReadonlyMap<string, string>,
): string | undefined {
  if (flags.has('standalone') || env.has('PET_STANDALONE')) return 'standalone';
  const backend = flags.get('rdzv_backend') ?? env.get('PET_RDZV_BACKEND') ?? 'static';
  const endpoint = flags.get('rdzv_endpoint') ?? env.get('PET_RDZV_ENDPOINT') ?? '';
  if (backend === 'static' && !flags.has('rdzv_endpoint')) return undefined;
  return `rdzv_backend=${backend} rdzv_endpoint=${endpoint}`;
}

export function torchrunInputs(
  commandLine: readonly string[],
  env: ReadonlyMap<string, string>,
): TorchrunInputs | undefined {
  const found = launcherTail(commandLine);
  if (!found) return undefined;
  const text = found.shell ? shellExpand(found.tail, env) : found.tail;
  const tokens = text
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => token.replace(/^["']|["']$/g, ''));
  const given: Partial<TorchrunInputs> = {};
  const rendezvousFlags = new Map<string, string>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (!token.startsWith('--')) {
      if (!token.startsWith('-')) break; // the training script: the rest are its own arguments
      continue;
    }
    const [rawName, inline] = token.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const flag = rawName.replace(/-/g, '_');
    const value = inline ?? tokens[i + 1];
    if (flag === 'standalone') {
      rendezvousFlags.set('standalone', '');
      continue;
    }
    if ((flag === 'rdzv_endpoint' || flag === 'rdzv_backend') && value !== undefined)
      rendezvousFlags.set(flag, value);
    const key = FLAGS[flag];
    if (key && value !== undefined) given[key] = value;
    if (inline === undefined && !BOOLEAN_FLAGS.has(flag)) i += 1;
  }
  const inputs = {} as TorchrunInputs;
  for (const [key, [envName, fallback]] of Object.entries(ENV_DEFAULTS) as [
    keyof typeof ENV_DEFAULTS,
    [string, string],
  ][]) {
    inputs[key] = given[key] ?? env.get(envName) ?? fallback;
  }
  const rendezvous = rendezvousOf(rendezvousFlags, env);
  if (rendezvous) inputs.rendezvous = rendezvous;
  return inputs;
}
