/**
 * The pods Kubeflow Trainer v2 creates for a TrainJob, per release (facts document §1b and §1d;
 * kubeflow/trainer `pkg/runtime/core/trainingruntime.go`, `plugins/torch/torch.go`, `plugins/jobset/`
 * at v2.0.1, v2.1.0, v2.2.1, v2.3.0; kubernetes-sigs/jobset v0.12.0; the Kubernetes indexed Job controller).
 */
import { isPlainObject } from '../../util/objects.js';
import { BUILTIN_TORCH_DISTRIBUTED } from './builtin-runtimes.js';
import { quantity, quantityValue } from './quantity.js';
import { serviceHosts } from './render-v1.js';
import { strategicMerge } from './strategic-merge.js';
import type { Container, EnvVar, PlainObject, Release, RenderedJob, RenderedPod } from './types.js';

const NODE = 'node';
const ANCESTOR_LABEL = 'trainer.kubeflow.org/trainjob-ancestor-step';
const TRAINER_PORT = 29500;
const COMPLETION_INDEX = 'batch.kubernetes.io/job-completion-index';
const COMPLETION_INDEX_PATH = `metadata.annotations['${COMPLETION_INDEX}']`;
const DEFAULT_BACKOFF_LIMIT = 6;

const atLeast = (release: Release, since: Release) => Number(release) >= Number(since);

/** The runtime a TrainJob resolves to: the one passed in, else the release's built-in torch-distributed. */
export function runtimeFor(trainJob: PlainObject, runtime: unknown, release: Release): PlainObject {
  if (isPlainObject(runtime)) return runtime;
  const ref = ((trainJob.spec as PlainObject | undefined)?.runtimeRef ?? {}) as PlainObject;
  const name = ref.name ?? 'torch-distributed';
  if (name !== 'torch-distributed' || (ref.kind !== undefined && ref.kind !== 'ClusterTrainingRuntime')) {
    throw new Error(
      `renderV2Pods: runtime ${String(name)} was not given and is not the built-in torch-distributed`,
    );
  }
  return BUILTIN_TORCH_DISTRIBUTED[release];
}

const isTrainerJob = (job: PlainObject) =>
  job.name === NODE ||
  ((job.template as PlainObject | undefined)?.metadata as PlainObject | undefined)?.labels?.[
    ANCESTOR_LABEL as never
  ] === 'trainer';

/** The TrainJob's pod customisation applied to the runtime's JobSet spec, as that release does it. */
function applyOverrides(jobSetSpec: PlainObject, spec: PlainObject, release: Release): PlainObject {
  let out = jobSetSpec;
  if (atLeast(release, '2.2')) {
    for (const patch of (spec.runtimePatches ?? []) as PlainObject[]) {
      const template = ((patch.trainingRuntimeSpec as PlainObject | undefined)?.template ??
        {}) as PlainObject;
      if (template.spec) out = strategicMerge(out, template.spec) as PlainObject;
    }
    return out;
  }
  const jobs = (out.replicatedJobs ?? []) as PlainObject[];
  const overrides = (release === '2.1' ? spec.podTemplateOverrides : spec.podSpecOverrides) ?? [];
  for (const override of overrides as PlainObject[]) {
    const targets = ((override.targetJobs ?? []) as PlainObject[]).map((target) => target.name);
    for (const job of jobs) {
      if (!targets.includes(job.name)) continue;
      const jobTemplate = job.template as PlainObject;
      jobTemplate.spec ??= {};
      const jobSpec = jobTemplate.spec as PlainObject;
      jobSpec.template ??= {};
      const podTemplate = jobSpec.template as PlainObject;
      if (release === '2.1') {
        // v2.1.0 trainingruntime.go: SMP of {metadata, spec} against the PodTemplateSpec.
        jobSpec.template = strategicMerge(podTemplate, { metadata: override.metadata, spec: override.spec });
      } else {
        // v2.0.1 mergePodSpecOverrides: SMP of the override (targetJobs dropped on decode) against the PodSpec.
        const { targetJobs: _targets, ...podSpecPatch } = override;
        podTemplate.spec = strategicMerge(podTemplate.spec ?? {}, podSpecPatch);
      }
    }
  }
  return out;
}

function resourcesOf(container: Container | undefined): PlainObject {
  return (container?.resources ?? {}) as PlainObject;
}

/** `runtime.GetNumGPUPerNode`: the first resource whose name contains "gpu", requests before limits. */
function gpuCount(resources: PlainObject): number {
  const count = (list: unknown) => {
    for (const [name, value] of Object.entries((list ?? {}) as PlainObject)) {
      if (name.toLowerCase().includes('gpu')) return quantityValue(value);
    }
    return 0;
  };
  const requested = count(resources.requests);
  return requested === 0 ? count(resources.limits) : requested;
}

/** `getNumCPUPerNode`: the CPU request, else the CPU limit, rounded up; 0 when neither. */
function cpuCount(resources: PlainObject): number {
  const request = quantity((resources.requests as PlainObject | undefined)?.cpu);
  if (request === undefined || request === 0)
    return quantityValue((resources.limits as PlainObject | undefined)?.cpu);
  return quantityValue(request);
}

/** PET_NPROC_PER_NODE as the torch plugin of `release` resolves it. */
function resolveNproc(
  trainer: PlainObject,
  mlTorch: PlainObject,
  runtimeResources: PlainObject,
  release: Release,
): string {
  if (release === '2.0') return nprocV20(trainer, mlTorch);
  let nproc: string =
    trainer.numProcPerNode !== undefined
      ? String(trainer.numProcPerNode)
      : release === '2.1' && mlTorch.numProcPerNode !== undefined
        ? String(mlTorch.numProcPerNode)
        : 'auto';
  const resources = isPlainObject(trainer.resourcesPerNode) ? trainer.resourcesPerNode : runtimeResources;
  if ((release === '2.1' && nproc === 'cpu') || (nproc === 'auto' && gpuCount(resources) === 0)) {
    nproc = String(Math.max(1, cpuCount(resources)));
  }
  return nproc;
}

/** v2.0.1 `EnforceMLPolicy`/`calculateNumProcPerNode`: only a TrainJob's resourcesPerNode changes `auto`/`cpu`. */
function nprocV20(trainer: PlainObject, mlTorch: PlainObject): string {
  const nproc = String(trainer.numProcPerNode ?? mlTorch.numProcPerNode ?? 'auto');
  if (!isPlainObject(trainer.resourcesPerNode)) return nproc;
  const usesCpu = (list: PlainObject) =>
    nproc === 'auto'
      ? !Object.keys(list).some((name) => name.toLowerCase().includes('gpu'))
      : nproc === 'cpu'
        ? 'cpu' in list
        : false;
  const fallback = nproc === 'cpu' ? '1' : nproc;
  const calculate = (list: unknown): [string, boolean] => {
    if (!isPlainObject(list)) return ['1', false];
    if (usesCpu(list)) return [String(Math.max(1, quantityValue(list.cpu))), true];
    return [fallback, false];
  };
  const [fromLimits, usedCpu] = calculate(trainer.resourcesPerNode.limits);
  return usedCpu ? fromLimits : calculate(trainer.resourcesPerNode.requests)[0];
}

/** `apply.UpsertEnvVars`: replace an entry of the same name in place, else append. */
function upsert(env: EnvVar[], entries: readonly EnvVar[]): EnvVar[] {
  const out = [...env];
  for (const entry of entries) {
    const at = out.findIndex((existing) => existing.name === entry.name);
    if (at >= 0) out[at] = structuredClone(entry);
    else out.push(structuredClone(entry));
  }
  return out;
}

/** v2.3 merges resourcesPerNode into the runtime's node resources (map by map); earlier releases replace. */
function trainerResources(current: PlainObject, perNode: PlainObject, release: Release): PlainObject {
  if (!atLeast(release, '2.3')) return structuredClone(perNode);
  return strategicMerge(current, perNode) as PlainObject;
}

export function renderV2Pods(trainJob: unknown, runtime: unknown, release: Release): RenderedJob {
  if (!isPlainObject(trainJob)) throw new TypeError('renderV2Pods: not an object');
  const metadata = (trainJob.metadata ?? {}) as PlainObject;
  const name = String(metadata.name ?? '');
  const namespace = metadata.namespace as string | undefined;
  const spec = (trainJob.spec ?? {}) as PlainObject;
  const trainer = (spec.trainer ?? {}) as PlainObject;
  const runtimeObject = runtimeFor(trainJob, runtime, release);
  const runtimeSpec = (runtimeObject.spec ?? {}) as PlainObject;
  const mlPolicy = (runtimeSpec.mlPolicy ?? {}) as PlainObject;
  const mlTorch = (mlPolicy.torch ?? {}) as PlainObject;
  const jobSetSpec = applyOverrides(
    structuredClone(((runtimeSpec.template as PlainObject | undefined)?.spec ?? {}) as PlainObject),
    spec,
    release,
  );
  const nodeJob = ((jobSetSpec.replicatedJobs ?? []) as PlainObject[]).find(isTrainerJob);
  if (!nodeJob)
    return { side: 'v2', name, pods: [], unsupported: 'the runtime has no trainer (node) replicated job' };
  const jobTemplate = (nodeJob.template ?? {}) as PlainObject;
  const jobSpec = (jobTemplate.spec ?? {}) as PlainObject;
  const podTemplate = (jobSpec.template ?? {}) as PlainObject;
  const podSpec = structuredClone((podTemplate.spec ?? {}) as PlainObject);
  const containers = (podSpec.containers ?? []) as Container[];
  const node = containers.find((container) => container.name === NODE);
  const runtimeResources = resourcesOf(node);

  const count = typeof trainer.numNodes === 'number' ? trainer.numNodes : Number(mlPolicy.numNodes ?? 1);
  const unsupported = !isPlainObject(mlPolicy.torch) ? 'the runtime has no torch mlPolicy' : undefined;
  if (node) {
    // JobSet plugin Build: trainer image/command/args/resources replace the node container's.
    if (trainer.image !== undefined) node.image = trainer.image;
    if (Array.isArray(trainer.command) && trainer.command.length > 0) node.command = [...trainer.command];
    if (Array.isArray(trainer.args) && trainer.args.length > 0) node.args = [...trainer.args];
    if (isPlainObject(trainer.resourcesPerNode)) {
      node.resources = trainerResources(runtimeResources, trainer.resourcesPerNode, release);
    }
    if (!unsupported) {
      const nproc = resolveNproc(trainer, mlTorch, runtimeResources, release);
      let env = upsert(node.env ?? [], (trainer.env ?? []) as EnvVar[]);
      env = upsert(env, [
        { name: 'PET_NNODES', value: String(count) },
        { name: 'PET_NPROC_PER_NODE', value: nproc },
        { name: 'PET_NODE_RANK', valueFrom: { fieldRef: { fieldPath: COMPLETION_INDEX_PATH } } },
        { name: 'PET_MASTER_ADDR', value: `${name}-${NODE}-0-0.${name}` },
        { name: 'PET_MASTER_PORT', value: String(TRAINER_PORT) },
      ]);
      node.env = env;
      const ports = (node.ports ?? []) as PlainObject[];
      if (!ports.some((port) => port.containerPort === TRAINER_PORT))
        node.ports = [...ports, { containerPort: TRAINER_PORT }];
    }
  }
  // JobSet webhook: restartPolicy OnFailure when empty; Job: backoffLimit 6 when unset.
  podSpec.restartPolicy ??= 'OnFailure';
  const backoffLimit =
    typeof jobSpec.backoffLimit === 'number' ? jobSpec.backoffLimit : DEFAULT_BACKOFF_LIMIT;
  const jobName = `${name}-${String(nodeJob.name)}-0`;
  const podMeta = (podTemplate.metadata ?? {}) as PlainObject;
  const pods: RenderedPod[] = [];
  for (let index = 0; index < count; index += 1) {
    const pod = structuredClone(podSpec);
    // Indexed Job controller: JOB_COMPLETION_INDEX appended to every container unless already there.
    for (const container of [
      ...((pod.initContainers ?? []) as Container[]),
      ...((pod.containers ?? []) as Container[]),
    ]) {
      if (!(container.env ?? []).some((entry) => entry.name === 'JOB_COMPLETION_INDEX')) {
        container.env = [
          ...(container.env ?? []),
          { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: COMPLETION_INDEX_PATH } } },
        ];
      }
    }
    pod.hostname = `${jobName}-${index}`;
    pod.subdomain = name;
    const jobSetKeys = {
      'jobset.sigs.k8s.io/jobset-name': name,
      'jobset.sigs.k8s.io/replicatedjob-name': String(nodeJob.name),
      'jobset.sigs.k8s.io/job-index': '0',
      'jobset.sigs.k8s.io/replicatedjob-replicas': '1',
    };
    pods.push({
      rank: index,
      replica: `${String(nodeJob.name)} ${index}`,
      name: `${jobName}-${index}`,
      namespace,
      labels: {
        ...((podMeta.labels ?? {}) as Record<string, string>),
        ...jobSetKeys,
        [COMPLETION_INDEX]: String(index),
        'batch.kubernetes.io/job-name': jobName,
      },
      annotations: {
        ...((podMeta.annotations ?? {}) as Record<string, string>),
        ...jobSetKeys,
        [COMPLETION_INDEX]: String(index),
      },
      spec: pod,
      trainerContainer: NODE,
      restartPolicy: String(pod.restartPolicy),
      backoffLimit,
      rank0Hosts: serviceHosts(`${jobName}-0.${name}`, namespace),
    });
  }
  return { side: 'v2', name, pods, ...(unsupported && { unsupported }) };
}
