/**
 * What Kubeflow Trainer's validating webhook rejects in a TrainJob although no CRD schema says so.
 * Each rule names its upstream source (kubeflow/trainer at v2.3.0; see
 * ../shared/docs/v1-v2-runtime-semantics.md §1b).
 */
import { formatPath } from '../convert/paths.js';
import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';

export interface WebhookProblem {
  path: Path;
  message: string;
}

/** Container names per replicated job of the runtimes whose layout is known (the built-in ones). */
export type RuntimeLayouts = Record<string, Record<string, string[]>>;

export const RESERVED_TORCH_ENV = [
  'PET_NNODES',
  'PET_NPROC_PER_NODE',
  'PET_NODE_RANK',
  'PET_MASTER_ADDR',
  'PET_MASTER_PORT',
] as const;

export const WEBHOOK_SOURCES = {
  reservedEnv:
    'kubeflow/trainer v2.3.0 pkg/runtime/framework/plugins/torch/torch.go:65-77 (Validate), pkg/constants/constants.go:300',
  runtimePatches:
    'kubeflow/trainer v2.3.0 pkg/runtime/framework/plugins/jobset/jobset.go:91-110,175-209 (Validate); v2.2.1 jobset.go:130-160',
} as const;

/** Containers whose env comes from the Trainer alone (constants.go:53,59,69). */
const ENV_OWNED_CONTAINERS = ['dataset-initializer', 'model-initializer', 'node'];

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), value);

function reservedEnv(object: Record<string, unknown>): WebhookProblem[] {
  return list(at(object, 'spec', 'trainer', 'env')).flatMap((entry, index) => {
    const name = at(entry, 'name');
    if (typeof name !== 'string' || !(RESERVED_TORCH_ENV as readonly string[]).includes(name)) return [];
    const path = ['spec', 'trainer', 'env', index, 'name'];
    return [
      {
        path,
        message: `${formatPath(path)} ${name} is set by the Trainer torch plugin and the webhook rejects it in spec.trainer.env (${WEBHOOK_SOURCES.reservedEnv}); remove it`,
      },
    ];
  });
}

function patchContainers(
  object: Record<string, unknown>,
  runtimeName: string | undefined,
  layouts: RuntimeLayouts,
): WebhookProblem[] {
  const problems: WebhookProblem[] = [];
  const layout = runtimeName === undefined ? undefined : layouts[runtimeName];
  const reject = (path: Path, what: string, fix: string) =>
    problems.push({
      path,
      message: `${formatPath(path)}: ${what}; the webhook rejects it (${WEBHOOK_SOURCES.runtimePatches}): ${fix}`,
    });
  list(at(object, 'spec', 'runtimePatches')).forEach((patch, patchIndex) => {
    const jobsPath = [
      'spec',
      'runtimePatches',
      patchIndex,
      'trainingRuntimeSpec',
      'template',
      'spec',
      'replicatedJobs',
    ];
    list(at(patch, 'trainingRuntimeSpec', 'template', 'spec', 'replicatedJobs')).forEach((job, jobIndex) => {
      const jobName = String(at(job, 'name'));
      const known = layout?.[jobName];
      if (layout && !known) {
        reject(
          [...jobsPath, jobIndex, 'name'],
          `runtime ${runtimeName} has no replicated job "${jobName}"`,
          'patch a replicated job the runtime has',
        );
        return;
      }
      const podPath = [...jobsPath, jobIndex, 'template', 'spec', 'template', 'spec'];
      for (const field of ['initContainers', 'containers']) {
        list(at(job, 'template', 'spec', 'template', 'spec', field)).forEach((container, index) => {
          const name = String(at(container, 'name'));
          const path = [...podPath, field, index];
          if (known && !known.includes(name)) {
            reject(
              [...path, 'name'],
              `replicated job "${jobName}" of runtime ${runtimeName} has no container "${name}"`,
              'add the container to a runtime of your own',
            );
          } else if (
            field === 'containers' &&
            ENV_OWNED_CONTAINERS.includes(name) &&
            list(at(container, 'env')).length > 0
          ) {
            reject(
              [...path, 'env'],
              `env on the "${name}" container`,
              'put the trainer variables in spec.trainer.env',
            );
          }
        });
      }
    });
  });
  return problems;
}

/** The webhook's TrainJob rules beyond the CRD schema. */
export function checkWebhookRules(
  object: Record<string, unknown>,
  layouts: RuntimeLayouts,
): WebhookProblem[] {
  if (object.kind !== 'TrainJob') return [];
  const runtimeName = at(object, 'spec', 'runtimeRef', 'name');
  return [
    ...reservedEnv(object),
    ...patchContainers(object, typeof runtimeName === 'string' ? runtimeName : undefined, layouts),
  ];
}
