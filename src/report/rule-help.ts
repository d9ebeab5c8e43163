/** One sentence per finding code: what it means and what to do. SARIF rules and docs use these. */
import type { FindingCode } from '../convert/types.js';

export type RuleId = FindingCode | 'PYTORCHJOB_CONVERTIBLE' | 'PYTORCHJOB_CONVERTED' | 'FILE_ERROR';

export const RULE_HELP: Partial<Record<RuleId, string>> = {
  PYTORCHJOB_CONVERTIBLE:
    'A kubeflow.org/v1 PyTorchJob that converts cleanly to a Trainer v2 TrainJob. Run `trainjob-migrate convert --write`.',
  PYTORCHJOB_CONVERTED: 'The PyTorchJob was rewritten as a TrainJob. Review the diff before merging.',
  FILE_ERROR: 'The file could not be read or parsed. Fix the YAML at the given line, then run again.',
  NOT_A_PYTORCHJOB: 'The document is not a PyTorchJob; nothing to do.',
  INVALID_PYTORCHJOB: 'The PyTorchJob does not match the kubeflow.org/v1 schema. Fix it before converting.',
  UNSUPPORTED_API_VERSION: 'Only kubeflow.org/v1 PyTorchJobs are converted. Move the job to v1 first.',
  ELASTIC_POLICY:
    'Elastic training has no TrainJob equivalent since Trainer 2.2. Decide on a fixed node count.',
  HETEROGENEOUS_REPLICAS:
    'Master and Worker pods differ; a TrainJob runs identical nodes. Make them equal or use a custom runtime.',
  UNKNOWN_REPLICA_TYPE:
    'Only Master and Worker replicas map to TrainJob nodes. Review the other replica types.',
  MASTER_REPLICAS_NOT_ONE: 'A PyTorchJob Master must have one replica. Fix the replica count.',
  NO_TRAINER_CONTAINER: 'No container named `pytorch` was found. Name the training container `pytorch`.',
  EXTRA_CONTAINERS: 'Sidecar containers need a runtime patch or a custom runtime. Review them.',
  INIT_CONTAINERS: 'Init containers need a runtime patch or a custom runtime. Review them.',
  RESTART_POLICY:
    'The restart policy is set by the runtime in v2. Check that the runtime matches your needs.',
  ENV_FROM: 'envFrom cannot be carried into the trainer. Move the variables into `env` or the runtime.',
  RESERVED_ENV: 'The variable is set by the Trainer torch plugin and would be overridden. Remove it.',
  SUSPECT_DISTRIBUTED_ENV:
    'The variable looks like hand-made distributed setup; the Trainer sets it. Check it.',
  V1_ENV_ADDED:
    "v1's RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT and PYTHONUNBUFFERED were added to trainer.env with v1's values. Keep WORLD_SIZE in step with numNodes.",
  V1_ENV: "v1's variables cannot be added to trainer.env exactly. Follow the finding, then convert again.",
  ENV_REFERENCE:
    'A $(VAR) reference would resolve differently under v2. Write the value or escape it as $$(VAR).',
  ENTRYPOINT_NPROC:
    'The image entrypoint is not visible; if it starts torchrun on CPU nodes, set numProcPerNode to their CPU count.',
  RUNTIME_DEFAULT_COMMAND:
    "Trainer 2.0's runtime command would replace the image entrypoint. Set command, or target Trainer 2.1+.",
  WORKER_ONLY_RENDEZVOUS:
    'torchrun on Worker-only pods had no node rank or master address under v1. Add a Master or --rdzv-endpoint.',
  CONTAINER_FIELD: 'A container field has no TrainJob place. Move it into the runtime or drop it.',
  POD_FIELD: 'A pod field needs a runtime patch. Check the patch the tool wrote.',
  POD_FIELD_UNSUPPORTED_BY_TARGET:
    'The target Trainer release cannot patch this pod field. Choose a newer --trainer-version or a custom runtime.',
  RUN_POLICY: 'A runPolicy field has no TrainJob equivalent. Move it into the runtime or drop it.',
  CLEAN_POD_POLICY: 'cleanPodPolicy is decided by the runtime in v2. Check the runtime.',
  SCHEDULING_POLICY: 'Gang scheduling moves to the runtime podGroupPolicy. Configure it there.',
  NPROC_PER_NODE: 'nprocPerNode changed type across Trainer releases. Check the emitted value.',
  MANAGED_BY: 'managedBy values differ in v2. Check the emitted controller name.',
  NAME_INVALID: 'TrainJob names must be RFC 1035 labels of at most 63 characters. Rename the job.',
  UNKNOWN_FIELD: 'A field unknown to the PyTorchJob schema was found. Remove or move it.',
  TORCHRUN_MISSING:
    'The command does not start torchrun although the job is distributed. Start training through torchrun.',
  STATUS_DROPPED: 'The status block is not carried over; it belongs to the cluster, not to Git.',
  LOSSY_CONVERSION: 'Something could not be carried over exactly (written because --allow-lossy was given).',
  SCHEMA_INVALID: 'The emitted TrainJob does not validate against the TrainJob CRD. Review the findings.',
  RUNTIME_REQUIRED: 'The job needs a custom (Cluster)TrainingRuntime. Create one and name it with --runtime.',
  DEPRECATED_LAUNCHER:
    'The command uses python -m torch.distributed.launch, deprecated in favour of torchrun. Switch to torchrun.',
  KATIB_TRIAL_TEMPLATE:
    'A Katib trial template runs this PyTorchJob. Convert the template and the Katib trial resources together.',
  TEMPLATED_FIELD:
    'A template expression shapes the job, so it cannot be rewritten as YAML. Convert it by hand.',
  EDIT_UNSUPPORTED: 'The file uses YAML the tool cannot edit safely. Convert this job by hand.',
  VERIFY_FAILED: 'The rewritten file did not pass the checks, so it was not changed. Please report the file.',
  SIDE_BY_SIDE_EXISTS: 'The side-by-side TrainJob already exists beside the PyTorchJob; nothing was added.',
};

export function ruleHelp(id: string): string {
  return RULE_HELP[id as RuleId] ?? `See the finding message for what to do about ${id}.`;
}
