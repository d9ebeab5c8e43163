/**
 * Differences between v1 and v2 pods that every converted job has and that do not change what runs,
 * each with the reason (docs/equivalence.md lists them with their sources).
 */
export const HARMLESS = {
  podName:
    'pod and Service names differ (<job>-master-0 → <trainjob>-node-0-0.<trainjob>); the migration report lists objects that select the old names',
  masterAddress:
    'both master addresses name the rank-0 pod of the same job (v1: its Service, v2: its pod DNS name)',
  masterPort:
    'the rendezvous port differs but every rank agrees on it, and headless Services do not filter ports',
  jobCompletionIndex:
    'JOB_COMPLETION_INDEX is added by the indexed Job controller; a v1 program cannot read it',
  pythonUnbuffered: 'PYTHONUNBUFFERED=1 only changes Python output buffering',
  petUnread: 'PET_* variables are read only by torchrun; this container does not start torchrun',
  petCompared: 'PET_* variables are compared as what torchrun is given (flags or PET_*)',
  torchrunSets: 'torchrun sets this variable itself for the processes it starts',
  initPytorch: 'init-pytorch only waits for the master Service DNS name; JobSet pods start together',
  sidecarEnv: 'v1 adds its variables to every container; this container is not the trainer',
  backoffUnset:
    'v1 has no limit when runPolicy.backoffLimit is unset; v2 Jobs default to 6 (reported once for every job)',
  ports: 'containerPort is informational: it neither opens nor restricts a port',
  nameHelper:
    'a variable that only carries the TrainJob name (from the JobSet name label) so that MASTER_ADDR follows the name under overlays; v1 had no variable of this name',
  controllerMetadata:
    'labels and annotations the controllers set (training.kubeflow.org/*, jobset.sigs.k8s.io/*, batch.kubernetes.io/*)',
} as const;

export type HarmlessKind = keyof typeof HARMLESS;

/** Variables v1 appends to every container (facts §1a). */
export const V1_INJECTED = new Set([
  'PYTHONUNBUFFERED',
  'MASTER_PORT',
  'MASTER_ADDR',
  'WORLD_SIZE',
  'RANK',
  'PET_MASTER_PORT',
  'PET_MASTER_ADDR',
  'PET_NODE_RANK',
  'PET_NPROC_PER_NODE',
  'PET_NNODES',
]);

/** Variables torchrun sets for its worker processes (torch `distributed/elastic/agent/server/local_elastic_agent.py`). */
export const TORCHRUN_SETS = new Set([
  'RANK',
  'LOCAL_RANK',
  'WORLD_SIZE',
  'LOCAL_WORLD_SIZE',
  'GROUP_RANK',
  'GROUP_WORLD_SIZE',
  'ROLE_RANK',
  'ROLE_WORLD_SIZE',
  'MASTER_ADDR',
  'MASTER_PORT',
]);

/** The pod label JobSet sets to its (the TrainJob's) name (jobset v0.12.0 `JobSetNameKey`). */
export const JOBSET_NAME_FIELD = "metadata.labels['jobset.sigs.k8s.io/jobset-name']";

/** Label and annotation prefixes owned by the controllers, not the user. */
export const CONTROLLER_METADATA = ['training.kubeflow.org/', 'jobset.sigs.k8s.io/', 'batch.kubernetes.io/'];
