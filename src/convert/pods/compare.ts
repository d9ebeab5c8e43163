/**
 * Rank-by-rank comparison of the pods v1 and v2 create for a job: what each process is started with.
 * Differences intrinsic to v2 that do not change what runs are kept apart, each with its reason.
 */
import { isDeepStrictEqual } from 'node:util';
import { apiDefaultedPodSpec } from './api-defaults.js';
import { resolveCommandLine, resolveEnv } from './expand.js';
import {
  CONTROLLER_METADATA,
  HARMLESS,
  type HarmlessKind,
  JOBSET_NAME_FIELD,
  TORCHRUN_SETS,
  V1_INJECTED,
} from './harmless.js';
import { quantityValue } from './quantity.js';
import { type TorchrunInputs, torchrunInputs } from './torchrun.js';
import type { Container, PlainObject, RenderedJob, RenderedPod } from './types.js';

export interface PodDifference {
  /** Node rank, or -1 for the job as a whole. */
  rank: number;
  /** What differs, e.g. `container pytorch/node env RANK`, `nodeSelector`, `torchrun nproc-per-node`. */
  field: string;
  v1: unknown;
  v2: unknown;
}

export interface HarmlessDifference extends PodDifference {
  kind: HarmlessKind;
  reason: string;
}

export interface PodComparison {
  equivalent: boolean;
  /** Differences that change what runs. */
  differences: PodDifference[];
  /** Differences intrinsic to v2 that do not. */
  harmless: HarmlessDifference[];
}

const RANK0 = '<rank-0 host>';
const NOT_COMPARED_POD_FIELDS = new Set([
  'containers',
  'initContainers',
  'restartPolicy',
  'hostname',
  'subdomain',
]);
const HANDLED_CONTAINER_FIELDS = new Set(['name', 'env', 'command', 'args', 'ports']);
const V1_PORT_NAME = 'pytorchjob-port';
const V2_PORT = 29500;

class Collector {
  readonly differences: PodDifference[] = [];
  readonly harmless: HarmlessDifference[] = [];
  real(rank: number, field: string, v1: unknown, v2: unknown): void {
    this.differences.push({ rank, field, v1, v2 });
  }
  ok(kind: HarmlessKind, rank: number, field: string, v1: unknown, v2: unknown): void {
    this.harmless.push({ rank, field, v1, v2, kind, reason: HARMLESS[kind] });
  }
}

/** Replaces every way of naming the rank-0 pod with one token, longest names first. */
function normalizeHosts(text: string, hosts: readonly string[]): string {
  let out = text;
  for (const host of [...hosts].sort((a, b) => b.length - a.length)) {
    out = out.replace(
      new RegExp(
        `(?<![A-Za-z0-9.-])${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`,
        'g',
      ),
      RANK0,
    );
  }
  return out;
}

/** Names that reach the rank-0 pod from `pod`: on rank 0 itself, the loopback names too. */
const hostsOfRank0 = (pod: RenderedPod): string[] =>
  pod.rank === 0 ? [...pod.rank0Hosts, '127.0.0.1', 'localhost'] : pod.rank0Hosts;

const containersOf = (pod: RenderedPod, key: 'containers' | 'initContainers') =>
  (pod.spec[key] ?? []) as Container[];

/** Processes per node torchrun starts for a PET_NPROC_PER_NODE/flag value, given the container's GPUs. */
function effectiveNproc(value: string, container: Container): string {
  const resources = (container.resources ?? {}) as PlainObject;
  let gpus = 0;
  for (const list of [resources.limits, resources.requests]) {
    for (const [name, quantity] of Object.entries((list ?? {}) as PlainObject)) {
      if (name.toLowerCase().includes('gpu')) gpus = Math.max(gpus, quantityValue(quantity));
    }
  }
  if (value === 'gpu' || (value === 'auto' && gpus > 0)) return String(gpus);
  if (value === 'auto' || value === 'cpu') return 'one per CPU of the node';
  return value;
}

function userMetadata(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map).filter(([key]) => !CONTROLLER_METADATA.some((p) => key.startsWith(p))),
  );
}

function comparePorts(c: Collector, rank: number, field: string, a: Container, b: Container): void {
  const user = (ports: unknown, injected: (port: PlainObject) => boolean) =>
    ((ports ?? []) as PlainObject[]).filter((port) => !injected(port));
  const pa = user(a.ports, (port) => port.name === V1_PORT_NAME);
  const pb = user(b.ports, (port) => port.containerPort === V2_PORT && port.name === undefined);
  if (isDeepStrictEqual(pa, pb)) return;
  const hostPorts = [...pa, ...pb].some((port) => port.hostPort !== undefined);
  if (hostPorts) c.real(rank, `${field} ports`, pa, pb);
  else c.ok('ports', rank, `${field} ports`, pa, pb);
}

interface Side {
  pod: RenderedPod;
  container: Container;
  env: Map<string, string>;
  argv: { command?: string[]; args?: string[] };
  torchrun?: TorchrunInputs;
}

function side(pod: RenderedPod, container: Container): Side {
  const env = resolveEnv(pod, container);
  const resolved = resolveCommandLine(container, env);
  const argv = {
    command: resolved.command?.map((item) => normalizeHosts(item, hostsOfRank0(pod))),
    args: resolved.args?.map((item) => normalizeHosts(item, hostsOfRank0(pod))),
  };
  const line = [...(argv.command ?? []), ...(argv.args ?? [])];
  const torchrun = torchrunInputs(line, env);
  return { pod, container, env, argv, ...(torchrun && { torchrun }) };
}

function compareCommandLine(
  c: Collector,
  rank: number,
  field: string,
  a: Side,
  b: Side,
  rawDiffer: boolean,
): void {
  const full = (s: Side) => [...(s.argv.command ?? []), ...(s.argv.args ?? [])];
  const same =
    a.argv.command && b.argv.command
      ? isDeepStrictEqual(full(a), full(b))
      : isDeepStrictEqual(a.argv.command, b.argv.command) && isDeepStrictEqual(a.argv.args, b.argv.args);
  if (!same)
    c.real(rank, `${field} command/args`, [a.argv.command, a.argv.args], [b.argv.command, b.argv.args]);
  else if (rawDiffer)
    c.ok('masterAddress', rank, `${field} command/args`, a.container.args, b.container.args);
}

function compareTorchrun(c: Collector, rank: number, field: string, a: Side, b: Side): void {
  if (!a.torchrun || !b.torchrun) return;
  const ta = a.torchrun;
  const tb = b.torchrun;
  const check = (name: string, va: string, vb: string) => {
    if (va !== vb) c.real(rank, `${field} torchrun ${name}`, va, vb);
  };
  check('nnodes', ta.nnodes, tb.nnodes);
  // A dynamic rendezvous (c10d, etcd, standalone) hands out node ranks itself; --node-rank is unused.
  const dynamic = (rendezvous?: string) =>
    rendezvous !== undefined && !rendezvous.startsWith('rdzv_backend=static');
  if (!(dynamic(ta.rendezvous) && dynamic(tb.rendezvous))) check('node-rank', ta.nodeRank, tb.nodeRank);
  check(
    'nproc-per-node',
    effectiveNproc(ta.nprocPerNode, a.container),
    effectiveNproc(tb.nprocPerNode, b.container),
  );
  check(
    'rendezvous',
    normalizeHosts(ta.rendezvous ?? '', hostsOfRank0(a.pod)),
    normalizeHosts(tb.rendezvous ?? '', hostsOfRank0(b.pod)),
  );
  if (ta.rendezvous) return;
  const addrA = normalizeHosts(ta.masterAddr, hostsOfRank0(a.pod));
  const addrB = normalizeHosts(tb.masterAddr, hostsOfRank0(b.pod));
  if (addrA !== addrB) c.real(rank, `${field} torchrun master-addr`, ta.masterAddr, tb.masterAddr);
  else if (ta.masterAddr !== tb.masterAddr)
    c.ok('masterAddress', rank, `${field} torchrun master-addr`, ta.masterAddr, tb.masterAddr);
  if (ta.masterPort !== tb.masterPort)
    c.ok('masterPort', rank, `${field} torchrun master-port`, ta.masterPort, tb.masterPort);
}

/** A v2 entry whose value is only the TrainJob's name, read from JobSet's name label. */
function isNameHelper(container: Container, name: string): boolean {
  const entry = (container.env ?? []).find((candidate) => candidate.name === name);
  const fieldRef = entry?.valueFrom?.fieldRef as { fieldPath?: string } | undefined;
  return fieldRef?.fieldPath === JOBSET_NAME_FIELD;
}

function compareEnv(c: Collector, rank: number, field: string, a: Side, b: Side, trainer: boolean): void {
  const underTorchrun = a.torchrun !== undefined && b.torchrun !== undefined;
  for (const name of new Set([...a.env.keys(), ...b.env.keys()])) {
    const va = a.env.get(name);
    const vb = b.env.get(name);
    if (va === vb) continue;
    const where = `${field} env ${name}`;
    if (name === 'JOB_COMPLETION_INDEX' && va === undefined) c.ok('jobCompletionIndex', rank, where, va, vb);
    else if (name === 'PYTHONUNBUFFERED' && vb === undefined) c.ok('pythonUnbuffered', rank, where, va, vb);
    else if (va === undefined && isNameHelper(b.container, name)) c.ok('nameHelper', rank, where, va, vb);
    else if (name.startsWith('PET_')) c.ok(underTorchrun ? 'petCompared' : 'petUnread', rank, where, va, vb);
    else if (!trainer && V1_INJECTED.has(name) && vb === undefined) c.ok('sidecarEnv', rank, where, va, vb);
    else if (underTorchrun && TORCHRUN_SETS.has(name)) c.ok('torchrunSets', rank, where, va, vb);
    else if (
      va !== undefined &&
      vb !== undefined &&
      normalizeHosts(va, hostsOfRank0(a.pod)) === normalizeHosts(vb, hostsOfRank0(b.pod))
    )
      c.ok('masterAddress', rank, where, va, vb);
    else if (name === 'MASTER_PORT' && /^\d+$/.test(va ?? '') && /^\d+$/.test(vb ?? ''))
      c.ok('masterPort', rank, where, va, vb);
    else c.real(rank, where, va, vb);
  }
}

function compareContainer(c: Collector, rank: number, a: Side, b: Side, trainer: boolean): void {
  const field =
    a.container.name === b.container.name
      ? `container ${a.container.name}`
      : `container ${a.container.name}/${b.container.name}`;
  for (const key of new Set([...Object.keys(a.container), ...Object.keys(b.container)])) {
    if (HANDLED_CONTAINER_FIELDS.has(key)) continue;
    if (!isDeepStrictEqual(a.container[key], b.container[key]))
      c.real(rank, `${field} ${key}`, a.container[key], b.container[key]);
  }
  const rawDiffer = !isDeepStrictEqual(
    resolveCommandLine(a.container, a.env),
    resolveCommandLine(b.container, b.env),
  );
  compareCommandLine(c, rank, field, a, b, rawDiffer);
  compareEnv(c, rank, field, a, b, trainer);
  if (trainer) compareTorchrun(c, rank, field, a, b);
  comparePorts(c, rank, field, a.container, b.container);
}

function compareContainerLists(
  c: Collector,
  p1: RenderedPod,
  p2: RenderedPod,
  key: 'containers' | 'initContainers',
): void {
  const list1 = containersOf(p1, key);
  const list2 = containersOf(p2, key);
  const partner = (container: Container) =>
    key === 'containers' && container.name === p1.trainerContainer
      ? list2.find((other) => other.name === p2.trainerContainer)
      : list2.find((other) => other.name === container.name && other.name !== p2.trainerContainer);
  const matched = new Set<Container>();
  for (const container of list1) {
    const other = partner(container);
    if (!other) {
      if (key === 'initContainers' && container.name === 'init-pytorch')
        c.ok('initPytorch', p1.rank, `${key} init-pytorch`, container.name, undefined);
      else c.real(p1.rank, `${key} ${container.name}`, container.name, undefined);
      continue;
    }
    matched.add(other);
    compareContainer(
      c,
      p1.rank,
      side(p1, container),
      side(p2, other),
      key === 'containers' && container.name === p1.trainerContainer,
    );
  }
  for (const other of list2)
    if (!matched.has(other)) c.real(p1.rank, `${key} ${other.name}`, undefined, other.name);
  // Init containers run one after the other: their order matters (v1's own init-pytorch aside).
  const ordered1 = list1.filter((x) => x.name !== 'init-pytorch').map((x) => x.name);
  const ordered2 = list2.map((x) => x.name);
  if (key === 'initContainers' && !isDeepStrictEqual(ordered1, ordered2))
    c.real(p1.rank, 'initContainers order', ordered1, ordered2);
}

function comparePod(c: Collector, p1: RenderedPod, p2: RenderedPod): void {
  const rank = p1.rank;
  if (p1.name !== p2.name) c.ok('podName', rank, 'pod name', p1.name, p2.name);
  if ((p1.namespace ?? 'default') !== (p2.namespace ?? 'default'))
    c.real(rank, 'namespace', p1.namespace, p2.namespace);
  for (const key of new Set([...Object.keys(p1.spec), ...Object.keys(p2.spec)])) {
    if (NOT_COMPARED_POD_FIELDS.has(key)) continue;
    if (!isDeepStrictEqual(p1.spec[key], p2.spec[key])) c.real(rank, key, p1.spec[key], p2.spec[key]);
  }
  if (p1.restartPolicy !== p2.restartPolicy)
    c.real(rank, 'restartPolicy', p1.restartPolicy, p2.restartPolicy);
  if (p1.backoffLimit !== p2.backoffLimit) {
    if (p1.backoffLimit === 'unlimited')
      c.ok('backoffUnset', rank, 'backoffLimit', p1.backoffLimit, p2.backoffLimit);
    else c.real(rank, 'backoffLimit', p1.backoffLimit, p2.backoffLimit);
  }
  for (const key of ['labels', 'annotations'] as const) {
    const a = userMetadata(p1[key]);
    const b = userMetadata(p2[key]);
    if (!isDeepStrictEqual(a, b)) c.real(rank, `pod ${key}`, a, b);
  }
  compareContainerLists(c, p1, p2, 'containers');
  compareContainerLists(c, p1, p2, 'initContainers');
}

/** Keeps only one harmless entry per field and kind (the first rank), so reports stay short. */
function dedupe(harmless: HarmlessDifference[]): HarmlessDifference[] {
  const seen = new Set<string>();
  return harmless.filter((entry) => {
    const key = `${entry.kind}\u0000${entry.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The pods as the API server stores them (defaults filled in, empty values dropped). */
function stored(job: RenderedJob): RenderedJob {
  return { ...job, pods: job.pods.map((pod) => ({ ...pod, spec: apiDefaultedPodSpec(pod.spec) })) };
}

export function comparePods(renderedV1: RenderedJob, renderedV2: RenderedJob): PodComparison {
  const v1 = stored(renderedV1);
  const v2 = stored(renderedV2);
  const c = new Collector();
  if (v1.unsupported) c.real(-1, 'v1 rendering', v1.unsupported, undefined);
  if (v2.unsupported) c.real(-1, 'v2 rendering', undefined, v2.unsupported);
  if (v1.pods.length !== v2.pods.length) c.real(-1, 'node count', v1.pods.length, v2.pods.length);
  for (let rank = 0; rank < Math.min(v1.pods.length, v2.pods.length); rank += 1)
    comparePod(c, v1.pods[rank]!, v2.pods[rank]!);
  // A port difference is harmless only when every rank of each side agrees on its port.
  const ports = c.harmless.filter((entry) => entry.kind === 'masterPort');
  const agree = (values: unknown[]) => new Set(values.map(String)).size <= 1;
  if (!agree(ports.map((p) => p.v1)) || !agree(ports.map((p) => p.v2))) {
    for (const port of ports) c.real(port.rank, port.field, port.v1, port.v2);
    c.harmless.splice(0, c.harmless.length, ...c.harmless.filter((entry) => entry.kind !== 'masterPort'));
  }
  return { equivalent: c.differences.length === 0, differences: c.differences, harmless: dedupe(c.harmless) };
}
