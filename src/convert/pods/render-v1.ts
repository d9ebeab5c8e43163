/**
 * The pods training-operator v1.9 creates for a PyTorchJob, in rank order (facts document §1a;
 * kubeflow/trainer v1.9.2 `pkg/apis/kubeflow.org/v1/pytorch_defaults.go`, `pkg/controller.v1/pytorch/
 * envvar.go`, `master.go`, `initcontainer.go`, `pkg/core/pod.go`, `common/job.go`).
 */
import { isPlainObject } from '../../util/objects.js';
import type { Container, EnvVar, PlainObject, RenderedJob, RenderedPod } from './types.js';

const TRAINER_CONTAINER = 'pytorch';
const PORT_NAME = 'pytorchjob-port';
const DEFAULT_PORT = 23456;
const INIT_IMAGE = 'alpine:3.10';
const INIT_MAX_TRIES = 100;

interface Replica {
  type: 'Master' | 'Worker';
  replicas: number;
  restartPolicy: string;
  template: PlainObject;
}

/** Replica specs after v1 defaulting: type names camel-cased, replicas 1, restartPolicy OnFailure, the port. */
function defaultedReplicas(job: PlainObject): { replicas: Replica[]; unknown: string[] } {
  const specs = ((job.spec as PlainObject | undefined)?.pytorchReplicaSpecs ?? {}) as PlainObject;
  const replicas: Replica[] = [];
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(specs)) {
    const type = ['master', 'worker'].includes(key.toLowerCase())
      ? ((key[0]!.toUpperCase() + key.slice(1).toLowerCase()) as Replica['type'])
      : undefined;
    if (!type || !isPlainObject(value)) {
      unknown.push(key);
      continue;
    }
    const template = structuredClone((value.template ?? {}) as PlainObject);
    template.spec ??= {};
    addDefaultPort(template.spec as PlainObject);
    replicas.push({
      type,
      replicas: typeof value.replicas === 'number' ? value.replicas : 1,
      restartPolicy:
        typeof value.restartPolicy === 'string' && value.restartPolicy ? value.restartPolicy : 'OnFailure',
      template,
    });
  }
  replicas.sort((a, b) => (a.type === b.type ? 0 : a.type === 'Master' ? -1 : 1));
  return { replicas, unknown };
}

/** `setPyTorchDefaultPort`: the `pytorch` container (else the first) gets `pytorchjob-port: 23456`. */
function addDefaultPort(spec: PlainObject): void {
  const containers = (spec.containers ?? []) as Container[];
  if (containers.length === 0) return;
  const container = containers.find((c) => c.name === TRAINER_CONTAINER) ?? containers[0]!;
  const ports = (container.ports ?? []) as PlainObject[];
  if (!ports.some((port) => port.name === PORT_NAME)) {
    container.ports = [...ports, { name: PORT_NAME, containerPort: DEFAULT_PORT }];
  }
}

/** `getNprocPerNodeInt`: an integer nprocPerNode, else 1. */
function nprocInt(nproc: string): number {
  return /^[+-]?\d+$/.test(nproc) ? Number.parseInt(nproc, 10) : 1;
}

function portOf(replica: Replica | undefined): number {
  const containers = ((replica?.template.spec as PlainObject | undefined)?.containers ?? []) as Container[];
  const container = containers.find((c) => c.name === TRAINER_CONTAINER);
  const port = ((container?.ports ?? []) as PlainObject[]).find((p) => p.name === PORT_NAME);
  return Number(port?.containerPort ?? DEFAULT_PORT);
}

/**
 * `ElasticEnvVarGenerator` (elastic.go): rendezvous endpoint (`<job>-worker-0:<worker port>` unless set),
 * backend (c10d), `min:max` nodes (defaulted from the Worker replicas), then the optional settings.
 */
function elasticEnv(name: string, policy: PlainObject, replicas: Replica[]): EnvVar[] {
  const workers = replicas.find((replica) => replica.type === 'Worker')?.replicas;
  const min = policy.minReplicas ?? policy.maxReplicas ?? workers;
  const max = policy.maxReplicas ?? policy.minReplicas ?? workers;
  const host = typeof policy.rdzvHost === 'string' ? policy.rdzvHost : `${name}-worker-0`;
  const port = policy.rdzvPort ?? portOf(replicas.find((replica) => replica.type === 'Worker'));
  const env: EnvVar[] = [
    { name: 'PET_RDZV_ENDPOINT', value: `${host}:${String(port)}` },
    { name: 'PET_RDZV_BACKEND', value: String(policy.rdzvBackend ?? 'c10d') },
    { name: 'PET_NNODES', value: `${String(min)}:${String(max)}` },
  ];
  if (policy.maxRestarts !== undefined)
    env.push({ name: 'PET_MAX_RESTARTS', value: String(policy.maxRestarts) });
  if (policy.nProcPerNode !== undefined)
    env.push({ name: 'PET_NPROC_PER_NODE', value: String(policy.nProcPerNode) });
  if (policy.rdzvId !== undefined) env.push({ name: 'PET_RDZV_ID', value: String(policy.rdzvId) });
  if (Array.isArray(policy.rdzvConf) && policy.rdzvConf.length > 0) {
    const conf = (policy.rdzvConf as PlainObject[]).map(
      (entry) => `${String(entry.key)}=${String(entry.value)}`,
    );
    env.push({ name: 'PET_RDZV_CONF', value: conf.join(',') });
  }
  if (policy.standalone === true) env.push({ name: 'PET_STANDALONE', value: '' });
  return env;
}

function injectedEnv(job: PlainObject, replicas: Replica[], type: string, index: number): EnvVar[] {
  const name = String((job.metadata as PlainObject | undefined)?.name ?? '');
  const spec = (job.spec ?? {}) as PlainObject;
  const elastic = isPlainObject(spec.elasticPolicy) ? spec.elasticPolicy : undefined;
  // setDefaultNprocPerNode: `auto` unless an elasticPolicy sets nProcPerNode.
  const nproc =
    typeof spec.nprocPerNode === 'string'
      ? spec.nprocPerNode
      : elastic?.nProcPerNode !== undefined
        ? undefined
        : 'auto';
  const total = replicas.reduce((sum, replica) => sum + replica.replicas, 0);
  const env: EnvVar[] = [{ name: 'PYTHONUNBUFFERED', value: '1' }];
  const master = replicas.find((replica) => replica.type === 'Master');
  if (master) {
    const port = String(portOf(master));
    const addr = `${name}-master-0`;
    const rank = String(type === 'Worker' ? index + 1 : index);
    env.push(
      { name: 'MASTER_PORT', value: port },
      { name: 'PET_MASTER_PORT', value: port },
      { name: 'MASTER_ADDR', value: addr },
      { name: 'PET_MASTER_ADDR', value: addr },
      { name: 'WORLD_SIZE', value: String(total * nprocInt(nproc ?? '')) },
      { name: 'RANK', value: rank },
      { name: 'PET_NODE_RANK', value: rank },
    );
  }
  if (nproc !== undefined) env.push({ name: 'PET_NPROC_PER_NODE', value: nproc });
  if (elastic) env.push(...elasticEnv(name, elastic, replicas));
  else env.push({ name: 'PET_NNODES', value: String(total) });
  return env;
}

function initContainer(masterAddr: string): Container {
  return {
    name: 'init-pytorch',
    image: INIT_IMAGE,
    imagePullPolicy: 'IfNotPresent',
    resources: { limits: { cpu: '100m', memory: '20Mi' }, requests: { cpu: '50m', memory: '10Mi' } },
    command: [
      'sh',
      '-c',
      `err=1;for i in $(seq ${INIT_MAX_TRIES}); do if nslookup ${masterAddr}; then err=0 && break; fi;echo waiting for master; sleep 2; done; exit $err`,
    ],
  };
}

/** Hosts that reach a pod through its headless Service (same namespace, or fully qualified). */
export function serviceHosts(service: string, namespace: string | undefined): string[] {
  const ns = namespace ?? 'default';
  return [service, `${service}.${ns}`, `${service}.${ns}.svc`, `${service}.${ns}.svc.cluster.local`];
}

export function renderV1Pods(pyTorchJob: unknown): RenderedJob {
  if (!isPlainObject(pyTorchJob)) throw new TypeError('renderV1Pods: not an object');
  const metadata = (pyTorchJob.metadata ?? {}) as PlainObject;
  const name = String(metadata.name ?? '');
  const namespace = metadata.namespace as string | undefined;
  const spec = (pyTorchJob.spec ?? {}) as PlainObject;
  const runPolicy = (spec.runPolicy ?? {}) as PlainObject;
  const { replicas, unknown } = defaultedReplicas(pyTorchJob);
  const hasMaster = replicas.some((replica) => replica.type === 'Master');
  const rank0 = hasMaster ? `${name}-master-0` : `${name}-worker-0`;
  const pods: RenderedPod[] = [];
  for (const replica of replicas) {
    for (let index = 0; index < replica.replicas; index += 1) {
      const template = structuredClone(replica.template);
      const podSpec = template.spec as PlainObject;
      const containers = (podSpec.containers ?? []) as Container[];
      const added = injectedEnv(pyTorchJob, replicas, replica.type, index);
      for (const container of containers)
        container.env = [...(container.env ?? []), ...structuredClone(added)];
      if (hasMaster && replica.type === 'Worker') {
        podSpec.initContainers = [
          ...((podSpec.initContainers ?? []) as Container[]),
          initContainer(`${name}-master-0`),
        ];
      }
      // pkg/core/pod.go: the replica's restartPolicy replaces the template's; ExitCode runs as Never.
      podSpec.restartPolicy = replica.restartPolicy === 'ExitCode' ? 'Never' : replica.restartPolicy;
      const type = replica.type.toLowerCase();
      const templateMeta = (template.metadata ?? {}) as PlainObject;
      pods.push({
        rank: hasMaster && replica.type === 'Worker' ? index + 1 : index,
        replica: `${replica.type} ${index}`,
        name: `${name}-${type}-${index}`,
        namespace,
        labels: {
          ...((templateMeta.labels ?? {}) as Record<string, string>),
          'training.kubeflow.org/job-name': name,
          'training.kubeflow.org/operator-name': 'pytorchjob-controller',
          'training.kubeflow.org/replica-type': type,
          'training.kubeflow.org/replica-index': String(index),
          ...(replica.type === 'Master' && { 'training.kubeflow.org/job-role': 'master' }),
        },
        annotations: { ...((templateMeta.annotations ?? {}) as Record<string, string>) },
        spec: podSpec,
        trainerContainer: TRAINER_CONTAINER,
        restartPolicy: replica.restartPolicy,
        backoffLimit: typeof runPolicy.backoffLimit === 'number' ? runPolicy.backoffLimit : 'unlimited',
        rank0Hosts: serviceHosts(rank0, namespace),
      });
    }
  }
  pods.sort((a, b) => a.rank - b.rank);
  const unsupported =
    unknown.length > 0
      ? `replica types training-operator does not run for PyTorchJobs: ${unknown.join(', ')}`
      : spec.elasticPolicy !== undefined && !replicas.some((replica) => replica.type === 'Worker')
        ? 'elasticPolicy without a Worker replica: training-operator cannot default it'
        : undefined;
  return { side: 'v1', name, pods, ...(unsupported && { unsupported }) };
}
