/**
 * Every rule a SARIF log can name (the finding codes, and the job and file outcomes): a title, one
 * or two sentences of what it means and what to do, and its section in docs/rules.md.
 */
import packageJson from '../../package.json' with { type: 'json' };
import type { FindingCode } from '../model/conversion.js';

export type RuleId = FindingCode | 'PYTORCHJOB_CONVERTIBLE' | 'PYTORCHJOB_CONVERTED' | 'FILE_ERROR';

/** Where the project's documentation lives: package.json's `homepage`, without its fragment. */
export const DOCS_URL = packageJson.homepage.replace(/#.*$/, '');

export const RULES: Record<RuleId, { title: string; help: string }> = {
  PYTORCHJOB_CONVERTIBLE: {
    title: 'PyTorchJob converts exactly to a TrainJob',
    help: 'A kubeflow.org/v1 PyTorchJob that converts exactly to a Trainer v2 TrainJob. Run `trainjob-migrate convert --write`, or let the Action open the pull request.',
  },
  PYTORCHJOB_CONVERTED: {
    title: 'PyTorchJob rewritten as a TrainJob',
    help: 'The PyTorchJob was rewritten as a TrainJob. Review the diff before merging.',
  },
  FILE_ERROR: {
    title: 'File could not be read',
    help: 'The file could not be read or parsed. Fix the YAML or JSON at the given line, then run again.',
  },
  NOT_A_PYTORCHJOB: { title: 'Not a PyTorchJob', help: 'The document is not a PyTorchJob; nothing to do.' },
  KUSTOMIZE_OVERLAY: {
    title: 'Kustomize overlay cannot be carried over',
    help: 'A kustomize overlay patches the job in a way that cannot be carried over to the TrainJob, so the base and its overlays stay PyTorchJobs. Carry the overlay over by hand, then run again.',
  },
  KUSTOMIZE_REMOTE: {
    title: 'Kustomization uses a remote base',
    help: 'A kustomization pulls a remote base that was not built. Check the remote base for PyTorchJobs.',
  },
  KUSTOMIZE_BUILD: {
    title: 'Kustomize build check failed',
    help: 'The kustomization did not build to the same jobs before and after the rewrite, so its jobs were left as they are. Read the build message and fix the kustomization.',
  },
  KUSTOMIZE_IMAGE_OVERRIDE: {
    title: 'Kustomize image override',
    help: 'An `images:` override reaches the job. Check that the field spec the tool added keeps it working on the TrainJob.',
  },
  INVALID_PYTORCHJOB: {
    title: 'PyTorchJob does not match its schema',
    help: 'The PyTorchJob does not match the kubeflow.org/v1 schema. Fix it before converting.',
  },
  UNSUPPORTED_API_VERSION: {
    title: 'Not kubeflow.org/v1',
    help: 'Only kubeflow.org/v1 PyTorchJobs are converted. Move the job to v1 first.',
  },
  ELASTIC_POLICY: {
    title: 'Elastic policy has no TrainJob equivalent',
    help: 'Elastic training has no TrainJob equivalent: a TrainJob runs a fixed number of nodes. Remove elasticPolicy and choose the node count, or keep the job on v1.',
  },
  HETEROGENEOUS_REPLICAS: {
    title: 'Master and Worker pods differ',
    help: 'Master and Worker pods differ; a TrainJob runs identical nodes. Make them equal, or use a runtime of your own.',
  },
  UNKNOWN_REPLICA_TYPE: {
    title: 'Replica type other than Master and Worker',
    help: 'Only Master and Worker replicas map to TrainJob nodes. Review the other replica types.',
  },
  MASTER_REPLICAS_NOT_ONE: {
    title: 'Master replicas is not 1',
    help: 'A PyTorchJob Master must have one replica. Fix the replica count.',
  },
  NO_TRAINER_CONTAINER: {
    title: 'No pytorch container',
    help: 'No container named `pytorch` was found. Name the training container `pytorch`.',
  },
  EXTRA_CONTAINERS: {
    title: 'Sidecar containers',
    help: 'Sidecar containers need a runtime that has them. Run with --generate-runtimes, or add them to a runtime of your own.',
  },
  INIT_CONTAINERS: {
    title: 'Init containers',
    help: 'Init containers need a runtime patch (Trainer 2.2+) or a runtime that has them. Run with --generate-runtimes, or choose a newer --trainer-version.',
  },
  RESTART_POLICY: {
    title: 'Restart policy',
    help: 'The restart policy is set by the runtime in v2. Run with --generate-runtimes for a runtime that keeps it, or check that the default runtime matches your needs.',
  },
  ENV_FROM: {
    title: 'envFrom',
    help: 'envFrom cannot be carried into the trainer. Move the variables into `env`, or run with --generate-runtimes.',
  },
  RESERVED_ENV: {
    title: 'Reserved PET_* variable',
    help: 'The variable is set by the Trainer torch plugin and the webhook rejects it in spec.trainer.env. Remove it.',
  },
  SUSPECT_DISTRIBUTED_ENV: {
    title: 'Hand-made distributed variables',
    help: 'The variable looks like hand-made distributed setup, which the Trainer now sets. Check it.',
  },
  CONTAINER_FIELD: {
    title: 'Container field with no TrainJob place',
    help: 'A container field has no place in the TrainJob. Run with --generate-runtimes to carry it in a runtime, or drop it.',
  },
  POD_FIELD: {
    title: 'Pod field',
    help: 'A pod field the TrainJob cannot set for the target release. Set it in a runtime (--generate-runtimes writes one), or check the patch the tool wrote when it is only a note.',
  },
  POD_FIELD_UNSUPPORTED_BY_TARGET: {
    title: 'Pod field not patchable in the target release',
    help: 'The target Trainer release cannot patch this pod field. Choose a newer --trainer-version, or run with --generate-runtimes.',
  },
  RUN_POLICY: {
    title: 'runPolicy field',
    help: 'A runPolicy field has no TrainJob equivalent. Run with --generate-runtimes to carry it in a runtime, or drop it.',
  },
  CLEAN_POD_POLICY: {
    title: 'cleanPodPolicy',
    help: 'cleanPodPolicy is decided by the runtime in v2. Check that the runtime keeps the pods you need.',
  },
  SCHEDULING_POLICY: {
    title: 'Scheduling policy',
    help: 'Gang scheduling moves to the runtime podGroupPolicy. Configure it there.',
  },
  NPROC_PER_NODE: {
    title: 'nprocPerNode',
    help: 'nprocPerNode changed type and defaults across Trainer releases. Check the emitted value.',
  },
  MANAGED_BY: {
    title: 'managedBy',
    help: 'managedBy values differ in v2. Check the emitted controller name.',
  },
  NAME_INVALID: {
    title: 'Name is not a valid TrainJob name',
    help: 'TrainJob names must be RFC 1035 labels of at most 63 characters. Rename the job.',
  },
  UNKNOWN_FIELD: {
    title: 'Unknown field',
    help: 'A field unknown to the PyTorchJob schema was found. Remove or move it.',
  },
  TORCHRUN_MISSING: {
    title: 'Distributed job without torchrun',
    help: 'The job is distributed but its command does not start torchrun, and Trainer v2 only sets the PET_* variables torchrun reads. Start training through torchrun.',
  },
  DEPRECATED_LAUNCHER: {
    title: 'torch.distributed.launch',
    help: 'The command uses python -m torch.distributed.launch, deprecated in favour of torchrun. Switch to torchrun.',
  },
  STATUS_DROPPED: {
    title: 'Status not carried over',
    help: 'The status block is not carried over; it belongs to the cluster, not to Git.',
  },
  LOSSY_CONVERSION: {
    title: 'Converted with losses',
    help: 'Something could not be carried over exactly (written because --allow-lossy was given). Review the other findings of the job.',
  },
  SCHEMA_INVALID: {
    title: 'TrainJob fails its schema',
    help: 'The emitted TrainJob does not validate against the TrainJob schema, its CEL rules or the Trainer webhook rules, so it was not written. Review the finding.',
  },
  RUNTIME_REQUIRED: {
    title: 'Needs a runtime of its own',
    help: 'The job needs a runtime of its own. Run with --generate-runtimes to write a ClusterTrainingRuntime beside it, or name an existing one with --runtime.',
  },
  KATIB_TRIAL_TEMPLATE: {
    title: 'Katib trial template',
    help: 'A Katib trial template runs this PyTorchJob. Convert the template and the Katib trial resources together.',
  },
  TEMPLATED_FIELD: {
    title: 'Templated field',
    help: 'A template expression shapes the job, so it cannot be rewritten as YAML. Convert it by hand.',
  },
  EDIT_UNSUPPORTED: {
    title: 'YAML the tool cannot edit',
    help: 'The file uses YAML the tool cannot edit safely. Convert this job by hand.',
  },
  VERIFY_FAILED: {
    title: 'Rewrite failed its checks',
    help: 'The rewritten file did not pass the checks, so it was not changed. Please report the file.',
  },
  SIDE_BY_SIDE_EXISTS: {
    title: 'Side-by-side TrainJob exists',
    help: 'The side-by-side TrainJob already exists beside the PyTorchJob; nothing was added.',
  },
  RUNTIME_GENERATED: {
    title: 'Converted against a generated runtime',
    help: 'The job was converted against a ClusterTrainingRuntime generated from its runtime-level settings. Review the runtime file and deploy it with the job.',
  },
  ARGO_IGNORE_DIFFERENCES: {
    title: 'Argo CD ignoreDifferences keyed to PyTorchJob',
    help: 'An Argo CD ignoreDifferences entry names kubeflow.org/PyTorchJob. Add the TrainJob equivalent the report gives, or the app shows drift after the merge.',
  },
  ARGO_HEALTH_CHECK: {
    title: 'Argo CD health check keyed to PyTorchJob',
    help: 'An Argo CD health check names kubeflow.org/PyTorchJob. Add the TrainJob health check the report gives.',
  },
  ARGO_RESOURCE_CUSTOMIZATION: {
    title: 'Argo CD resource customisation keyed to PyTorchJob',
    help: 'An Argo CD resource customisation names kubeflow.org/PyTorchJob. Add the same for trainer.kubeflow.org/TrainJob.',
  },
  FLUX_HEALTH_CHECK: {
    title: 'Flux health check keyed to PyTorchJob',
    help: 'A Flux health check names kubeflow.org/PyTorchJob. Point it at the TrainJob, with the check the report gives.',
  },
  FLUX_PATCH_TARGET: {
    title: 'Flux patch targets PyTorchJob',
    help: 'A Flux Kustomization patch targets kind PyTorchJob. Retarget it at the TrainJob fields.',
  },
  RUNTIME_NOT_FOUND: {
    title: 'Runtime not found',
    help: 'No manifest defines the runtime the TrainJob references. Install it in the cluster (and list it with --installed-runtimes), or run with --generate-runtimes.',
  },
  V1_ENV_ADDED: {
    title: "v1's variables added to trainer.env",
    help: "v1's RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT and PYTHONUNBUFFERED were added to trainer.env with the values v1 gave, so a program that reads them runs the same. Keep WORLD_SIZE in step with numNodes when an overlay changes the node count.",
  },
  V1_ENV: {
    title: "v1's variables cannot be carried exactly",
    help: "v1's variables cannot be added to trainer.env exactly (a name clash or a reference v1 shadowed). Follow the finding, then convert again.",
  },
  ENV_REFERENCE: {
    title: '$(VAR) reference resolves differently',
    help: 'A $(VAR) reference in command, args or env would resolve differently under v2. Write the value, or escape it as $$(VAR), then convert again.',
  },
  ENTRYPOINT_NPROC: {
    title: 'Entrypoint may need numProcPerNode',
    help: 'The image entrypoint is not visible; if it starts torchrun on CPU-only nodes, set numProcPerNode in the TrainJob to their CPU count.',
  },
  RUNTIME_DEFAULT_COMMAND: {
    title: 'Trainer 2.0 runtime command replaces the entrypoint',
    help: "Trainer 2.0's torch-distributed runtime has a command of its own that would replace the image entrypoint. Set command in the PyTorchJob, or target Trainer 2.1 or later (--trainer-version).",
  },
  WORKER_ONLY_RENDEZVOUS: {
    title: 'Worker-only torchrun without rendezvous',
    help: 'torchrun on Worker-only pods had no node rank or master address under v1, so the pods could not have trained together. Add a Master replica or --rdzv-endpoint/--rdzv-backend, then convert again.',
  },
  RUNTIME_CHANGES_PODS: {
    title: 'Runtime changes what the pods run',
    help: 'The runtime the TrainJob would reference is defined in the repository and adds pod settings the PyTorchJob did not have, so the job would not run the same. Point the job at a runtime that adds nothing (--runtime), or set the same in the PyTorchJob, then convert again.',
  },
  VALUE_RESTYLED: {
    title: 'Carried value restyled',
    help: 'A carried value could not keep its source text in its new place, so its value is written instead; the job still runs the same. Review the restyled value in the diff.',
  },
};

const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULES, id);

export function ruleHelp(id: string): string {
  return isRuleId(id) ? RULES[id].help : `See the finding message for what to do about ${id}.`;
}

export function ruleTitle(id: string): string {
  return isRuleId(id) ? RULES[id].title : id;
}

/** The rule's section in docs/rules.md (GitHub's heading anchor: the id in lower case). */
export function ruleHelpUri(id: string): string {
  return `${DOCS_URL}/blob/main/docs/rules.md#${id.toLowerCase()}`;
}
