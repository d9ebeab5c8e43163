/**
 * The contract of the conversion engine: plain objects in, plain objects out.
 * Nothing here knows about files, YAML text or I/O.
 */

export type TrainerVersion = '2.0' | '2.1' | '2.2' | '2.3';
export const TRAINER_VERSIONS: readonly TrainerVersion[] = ['2.0', '2.1', '2.2', '2.3'];

export type RuntimeKind = 'ClusterTrainingRuntime' | 'TrainingRuntime';
export const RUNTIME_KINDS: readonly RuntimeKind[] = ['ClusterTrainingRuntime', 'TrainingRuntime'];

export type Strategy = 'replace' | 'side-by-side';
export const STRATEGIES: readonly Strategy[] = ['replace', 'side-by-side'];

/** A path into a plain object: keys and sequence indexes, e.g. ['spec', 'trainer', 'env', 0]. */
export type Path = readonly (string | number)[];

export interface ConvertOptions {
  trainerVersion: TrainerVersion;
  runtimeName: string;
  runtimeKind: RuntimeKind;
  /** The `manager` of the runtimePatches entry this tool writes (a domain-prefixed path). */
  patchManager: string;
  strategy: Strategy;
  /** Appended to metadata.name by the side-by-side strategy. */
  nameSuffix: string;
  /** Emit a TrainJob even when something cannot be carried over exactly. */
  allowLossy: boolean;
  /**
   * When a job's only blockers are settings a runtime can carry (findings with `runtimeSetting`),
   * the engine asks for a runtime derived from torch-distributed that carries them: the name returned
   * is referenced instead (the caller writes that runtime); undefined keeps the job for review.
   */
  runtimeForSettings?: (settings: RuntimeSetting) => string | undefined;
}

/**
 * A setting only a (Cluster)TrainingRuntime can carry, placed as in torch-distributed's `node`
 * replicated job. Lists (`podSpec.containers`, `podSpec.initContainers`) hold containers to add
 * beside the `node` container.
 */
export interface RuntimeSetting {
  /** Fields of the `node` pod spec. */
  podSpec?: Record<string, unknown>;
  /** Fields of the `node` batch Job spec. */
  jobSpec?: Record<string, unknown>;
  /** Fields of the JobSet spec. */
  jobSetSpec?: Record<string, unknown>;
  /** Fields of the `node` container. */
  container?: Record<string, unknown>;
}

export const DEFAULT_CONVERT_OPTIONS: ConvertOptions = {
  trainerVersion: '2.3',
  runtimeName: 'torch-distributed',
  runtimeKind: 'ClusterTrainingRuntime',
  patchManager: 'trainjob-migrate.dev/pytorchjob-migrator',
  strategy: 'replace',
  nameSuffix: '-v2',
  allowLossy: false,
};

export type Severity = 'error' | 'warning' | 'info';

/** Stable finding codes: reports, SARIF rules and tests key on them. */
export type FindingCode =
  | 'NOT_A_PYTORCHJOB'
  // Raised by the kustomize analysis (kept apart from the engine's codes):
  /** A kustomize overlay changes the job in a way that cannot be carried over; job and overlays kept. */
  | 'KUSTOMIZE_OVERLAY'
  /** A kustomization pulls a remote base; it is not fetched, so the jobs it reaches are kept. */
  | 'KUSTOMIZE_REMOTE'
  /** The before/after kustomize build check failed; the jobs it reaches are kept. */
  | 'KUSTOMIZE_BUILD'
  /** An `images:` override reaches the job; its TrainJob image needs a kustomize field spec. */
  | 'KUSTOMIZE_IMAGE_OVERRIDE'
  | 'INVALID_PYTORCHJOB'
  | 'UNSUPPORTED_API_VERSION'
  | 'ELASTIC_POLICY'
  | 'HETEROGENEOUS_REPLICAS'
  | 'UNKNOWN_REPLICA_TYPE'
  | 'MASTER_REPLICAS_NOT_ONE'
  | 'NO_TRAINER_CONTAINER'
  | 'EXTRA_CONTAINERS'
  | 'INIT_CONTAINERS'
  | 'RESTART_POLICY'
  | 'ENV_FROM'
  | 'RESERVED_ENV'
  | 'SUSPECT_DISTRIBUTED_ENV'
  /** v1's RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT, PYTHONUNBUFFERED were added to trainer.env (info). */
  | 'V1_ENV_ADDED'
  /** v1's variables cannot be added exactly (name clash, too many entries). */
  | 'V1_ENV'
  /** A `$(VAR)` reference would resolve differently under v2 than under v1. */
  | 'ENV_REFERENCE'
  /** Trainer 2.0's torch-distributed runtime has a default command that replaces the image entrypoint. */
  | 'RUNTIME_DEFAULT_COMMAND'
  /** A Worker-only job starts torchrun without rendezvous flags: v1 gave it no node rank or master address. */
  | 'WORKER_ONLY_RENDEZVOUS'
  /** No command: an entrypoint that starts torchrun would need numProcPerNode (info, said once). */
  | 'ENTRYPOINT_NPROC'
  | 'CONTAINER_FIELD'
  | 'POD_FIELD'
  | 'POD_FIELD_UNSUPPORTED_BY_TARGET'
  | 'RUN_POLICY'
  | 'CLEAN_POD_POLICY'
  | 'SCHEDULING_POLICY'
  | 'NPROC_PER_NODE'
  | 'MANAGED_BY'
  | 'NAME_INVALID'
  | 'UNKNOWN_FIELD'
  | 'TORCHRUN_MISSING'
  /** `python -m torch.distributed.launch`: works, but deprecated in favour of torchrun. */
  | 'DEPRECATED_LAUNCHER'
  | 'STATUS_DROPPED'
  | 'LOSSY_CONVERSION'
  | 'SCHEMA_INVALID'
  | 'RUNTIME_REQUIRED'
  // Raised by the file editor, not the engine:
  | 'KATIB_TRIAL_TEMPLATE'
  | 'TEMPLATED_FIELD'
  | 'EDIT_UNSUPPORTED'
  | 'VERIFY_FAILED'
  | 'SIDE_BY_SIDE_EXISTS'
  /** A carried value written as its value, not its source text (e.g. an alias whose anchor is dropped). */
  | 'VALUE_RESTYLED'
  /** Converted against a runtime generated from the job's runtime-level settings. */
  | 'RUNTIME_GENERATED'
  // Raised by the GitOps analysis:
  /** The referenced runtime is not defined in the scanned repositories nor listed as installed. */
  | 'RUNTIME_NOT_FOUND'
  | 'RUNTIME_CHANGES_PODS'
  /** An Argo CD ignoreDifferences entry (app spec or argocd-cm) keyed to kubeflow.org/PyTorchJob. */
  | 'ARGO_IGNORE_DIFFERENCES'
  /** An argocd-cm health check (Lua) for kubeflow.org/PyTorchJob. */
  | 'ARGO_HEALTH_CHECK'
  /** Another argocd-cm resource customization (actions, known type fields) for PyTorchJob. */
  | 'ARGO_RESOURCE_CUSTOMIZATION'
  /** A Flux Kustomization healthCheckExprs entry for PyTorchJob. */
  | 'FLUX_HEALTH_CHECK'
  /** A Flux Kustomization spec.patches entry that targets PyTorchJobs. */
  | 'FLUX_PATCH_TARGET';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** Plain words: what is wrong and what to do about it. */
  message: string;
  /** Dotted path of the input field it is about, e.g. `spec.runPolicy.backoffLimit`. */
  path: string;
  /** Set when a custom runtime could carry the field exactly (see `runtimeForSettings`). */
  runtimeSetting?: RuntimeSetting;
}

/**
 * What happened to one input leaf (a scalar, an empty collection, or a whole value carried as one).
 * - mapped: the value appears in the TrainJob at `to`
 * - dropped: harmless to leave out (equal to a v2 default, or computed by v2); `reason` says why
 * - lost: a semantic loss; there is a matching finding
 */
export interface AccountingEntry {
  path: Path;
  disposition: 'mapped' | 'dropped' | 'lost';
  to?: Path;
  reason?: string;
}

/**
 * A subtree of the input that appears unchanged (deep-equal) in the output.
 * The editor moves such values as their original source text.
 */
export interface CarriedValue {
  from: Path;
  to: Path;
}

export type ConversionStatus = 'converted' | 'needs-review' | 'not-applicable';

export interface ConversionResult {
  status: ConversionStatus;
  /** Present when status is `converted` (or `needs-review` with allowLossy, status then `converted`). */
  trainJob?: Record<string, unknown>;
  findings: Finding[];
  accounting: AccountingEntry[];
  carried: CarriedValue[];
  /** Summary data for reports. */
  summary?: {
    name: string;
    namespace?: string;
    numNodes?: number;
    replicas: Record<string, number>;
    runtime: string;
  };
}
