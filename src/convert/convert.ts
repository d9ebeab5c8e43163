/**
 * PyTorchJob (kubeflow.org/v1) → TrainJob (trainer.kubeflow.org/v1alpha1), as plain objects.
 * Every input leaf is accounted for; any semantic loss is an error finding and stops the conversion
 * unless `allowLossy` is set.
 */

import type { ConversionResult, ConvertOptions, FindingCode, Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import type { ConvertContext } from './context.js';
import { show } from './context.js';
import { mapElasticPolicy } from './elastic.js';
import { checkLauncher, findLauncher } from './launcher.js';
import { atLeast, layoutFor } from './layout.js';
import { Ledger } from './ledger.js';
import { mapMetadata } from './metadata.js';
import { mapNprocPerNode, type NumProcPerNode } from './nproc.js';
import { OutputBuilder } from './output.js';
import { formatPath, getAt, leafPaths } from './paths.js';
import { mapPodTemplate } from './pod-template.js';
import {
  checkLaunchShape,
  checkProcessCount,
  checkReferences,
  v1EnvironmentReason,
} from './process-checks.js';
import { isPyTorchJob, shapeOf } from './recognise.js';
import { mirrorSecondary, planReplicas } from './replicas.js';
import { mapRunPolicy, mapRunPolicyField, RUN_POLICY_FIELDS } from './run-policy.js';
import { carriableRuntimeSettings } from './runtime-settings.js';
import { TRAINER_CONTAINER, type TrainerContainerResult } from './trainer-container.js';
import { placeTrainerEnv, v1EnvironmentOf } from './trainer-env.js';

export const TRAINJOB_API_VERSION = 'trainer.kubeflow.org/v1alpha1';
export const TRAINJOB_KIND = 'TrainJob';

/** Findings after which no TrainJob is emitted, even with allowLossy: the output would be wrong, not just lossy. */
const BLOCKING: ReadonlySet<FindingCode> = new Set([
  'INVALID_PYTORCHJOB',
  'UNSUPPORTED_API_VERSION',
  'NO_TRAINER_CONTAINER',
  'NAME_INVALID',
  'MASTER_REPLICAS_NOT_ONE',
]);

/** Generated runtimes are built from torch-distributed in the v2.2+ shape (`torch: {}`, runtimePatches). */
const GENERATED_RUNTIME_BASE = 'torch-distributed';
const GENERATED_RUNTIME_SINCE = '2.2';

export function convertPyTorchJob(input: unknown, options: ConvertOptions): ConversionResult {
  const result = convertSafely(input, options, undefined);
  const ask = options.runtimeForSettings;
  if (!ask || !canGenerateRuntime(options)) return result;
  const settings = carriableRuntimeSettings(result.findings);
  if (!settings) return result;
  const runtimeName = ask(settings);
  if (runtimeName === undefined) return result;
  const again = convertSafely(input, { ...options, runtimeName }, runtimeName);
  return again.status === 'converted' ? again : result;
}

function canGenerateRuntime(options: ConvertOptions): boolean {
  return (
    options.runtimeName === GENERATED_RUNTIME_BASE &&
    options.runtimeKind === 'ClusterTrainingRuntime' &&
    atLeast(options.trainerVersion, GENERATED_RUNTIME_SINCE)
  );
}

function convertSafely(
  input: unknown,
  options: ConvertOptions,
  generatedRuntime: string | undefined,
): ConversionResult {
  try {
    return convert(input, options, generatedRuntime);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      status: 'needs-review',
      findings: [
        {
          severity: 'error',
          code: 'INVALID_PYTORCHJOB',
          message: `the PyTorchJob could not be read (${reason}); check that it is a valid kubeflow.org/v1 PyTorchJob`,
          path: '',
        },
      ],
      accounting: leafPaths(input).map((path) => ({
        path,
        disposition: 'lost',
        reason: 'INVALID_PYTORCHJOB',
      })),
      carried: [],
    };
  }
}

function convert(
  input: unknown,
  options: ConvertOptions,
  generatedRuntime: string | undefined,
): ConversionResult {
  if (!isPyTorchJob(input) || !isPlainObject(input)) {
    return {
      status: 'not-applicable',
      findings: [
        {
          severity: 'info',
          code: 'NOT_A_PYTORCHJOB',
          message: 'not a kubeflow.org PyTorchJob; left unchanged',
          path: 'kind',
        },
      ],
      accounting: [],
      carried: [],
    };
  }
  const ctx: ConvertContext = {
    input,
    options,
    ledger: new Ledger(input, generatedRuntime),
    output: new OutputBuilder(),
    layout: layoutFor(options.trainerVersion),
  };
  const shape = shapeOf(input);
  if (shape === 'unsupported') {
    ctx.ledger.lostWithoutFinding([], 'UNSUPPORTED_API_VERSION');
    ctx.ledger.finding(['apiVersion'], {
      code: 'UNSUPPORTED_API_VERSION',
      message: `${show(input.apiVersion)} PyTorchJobs are not supported (only kubeflow.org/v1, and v1beta1/v1beta2 with pytorchReplicaSpecs); rewrite it as a kubeflow.org/v1 PyTorchJob (pytorchReplicaSpecs: {Master, Worker}) and convert again`,
    });
    return finish(ctx, {}, undefined);
  }

  const { ledger, output } = ctx;
  ledger.mapped(['apiVersion'], ['apiVersion']);
  ledger.mapped(['kind'], ['kind']);
  output.place(['apiVersion'], TRAINJOB_API_VERSION);
  output.place(['kind'], TRAINJOB_KIND);
  const metadata = mapMetadata(ctx);
  for (const key of Object.keys(input)) {
    if (key === 'status') {
      ledger.dropped(['status'], 'the status of the old object; the TrainJob gets its own');
      ledger.finding(['status'], {
        code: 'STATUS_DROPPED',
        severity: 'info',
        message: 'status is dropped: it describes the v1 object, and the TrainJob controller writes its own',
      });
    } else if (!['apiVersion', 'kind', 'metadata', 'spec'].includes(key)) {
      ledger.lost([key], { code: 'UNKNOWN_FIELD', message: `${key} is not a PyTorchJob field; remove it` });
    }
  }
  const numNodes = mapSpec(ctx, shape === 'legacy-beta', metadata.name);

  const runtimeRef: Path = ['spec', 'runtimeRef'];
  output.place([...runtimeRef, 'name'], options.runtimeName);
  if (options.runtimeKind !== 'ClusterTrainingRuntime')
    output.place([...runtimeRef, 'kind'], options.runtimeKind);
  if (output.has(ctx.layout.root)) {
    const containerPatched = output.has(ctx.layout.container('name').slice(0, -1));
    for (const { to, value } of ctx.layout.skeleton(options.patchManager)) {
      const isContainerName = to.includes('containers');
      if (!isContainerName || containerPatched) output.place(to, value);
    }
  }
  return finish(ctx, { ...metadata }, numNodes);
}

/** Maps `spec`; returns the node count (undefined when there is none). */
function mapSpec(
  ctx: ConvertContext,
  legacyBeta: boolean,
  trainJobName: string | undefined,
): number | undefined {
  const { ledger, output, input } = ctx;
  const spec = input.spec;
  if (!isPlainObject(spec)) {
    ledger.lost(['spec'], { code: 'INVALID_PYTORCHJOB', message: 'spec is missing or not a map; fix it' });
    return undefined;
  }
  const plan = planReplicas(ctx, ['spec', 'pytorchReplicaSpecs'], spec.pytorchReplicaSpecs);
  if (!('pytorchReplicaSpecs' in spec)) {
    ledger.finding(['spec', 'pytorchReplicaSpecs'], {
      code: 'INVALID_PYTORCHJOB',
      message: 'spec.pytorchReplicaSpecs is missing; a PyTorchJob needs a Master and/or Worker',
    });
  }
  output.place(['spec', 'trainer', 'numNodes'], plan.numNodes);
  let container: TrainerContainerResult | undefined;
  let processes: ProcessView | undefined;
  if (plan.primary) {
    const templatePath = [...plan.primary.path, 'template'];
    container = mapPodTemplate(ctx, templatePath, plan.primary.spec.template).container;
    if (container) processes = placeEnvironment(ctx, plan, container, trainJobName);
    if (plan.secondary)
      mirrorSecondary(ctx, {
        primary: plan.primary,
        secondary: plan.secondary,
        heterogeneous: plan.heterogeneous,
      });
  }
  const gpuRequested = container?.gpuRequested ?? false;

  let numProc: NumProcPerNode;
  const nproc =
    'nprocPerNode' in spec ? { path: ['spec', 'nprocPerNode'], value: spec.nprocPerNode } : undefined;
  if (nproc) numProc = mapNprocPerNode(ctx, nproc.path, nproc.value, gpuRequested);
  for (const [key, value] of Object.entries(spec)) {
    const path = ['spec', key];
    if (key === 'pytorchReplicaSpecs' || key === 'nprocPerNode') continue;
    if (key === 'runPolicy') mapRunPolicy(ctx, path, value, plan.numNodes);
    else if (key === 'elasticPolicy') {
      const replicaSpecs = isPlainObject(spec.pytorchReplicaSpecs) ? spec.pytorchReplicaSpecs : {};
      const hasWorker = 'Worker' in replicaSpecs;
      mapElasticPolicy(ctx, path, value, plan.numNodes, hasWorker);
    } else if (legacyBeta && RUN_POLICY_FIELDS.includes(key)) {
      mapRunPolicyField(ctx, path, key, value, plan.numNodes);
    } else {
      ledger.lost(path, {
        code: 'UNKNOWN_FIELD',
        message: RUN_POLICY_FIELDS.includes(key)
          ? `spec.${key} is not a kubeflow.org/v1 PyTorchJob field (the API server drops it; it belongs under spec.runPolicy); move it to spec.runPolicy.${key} if it is meant, then convert again`
          : `spec.${key} is not a PyTorchJob field; remove it`,
      });
    }
  }
  if (container && processes) {
    const { containerPath, argv, command } = processes;
    checkLauncher(ctx, containerPath, argv, plan.numNodes, numProc, processes.v1EnvironmentAdded);
    const at = nproc ? nproc.path : [...containerPath, command ? 'command' : 'image'];
    const launcher = findLauncher(argv);
    checkProcessCount(ctx, at, command, argv, launcher, numProc, gpuRequested);
    checkLaunchShape(ctx, [...containerPath, command ? 'command' : 'image'], {
      ...(command && { command }),
      argv,
      ...(launcher && { launcher }),
      hasMaster: processes.hasMaster,
      numNodes: plan.numNodes,
    });
    checkReferences(ctx, {
      containerPath,
      ...(command && { command }),
      ...(container.args && { args: container.args.map(String) }),
      hasMaster: processes.hasMaster,
      userEnvNames: container.env.kept.map((entry) => entry.name),
      trainerEnvNames: processes.trainerEnvNames,
      numProcPerNode: numProc,
      gpuRequested,
    });
  }
  return plan.numNodes;
}

interface ProcessView {
  containerPath: Path;
  command?: string[];
  argv: string[];
  hasMaster: boolean;
  v1EnvironmentAdded: boolean;
  trainerEnvNames: string[];
}

/** Places trainer.env, with v1's variables when the job has a Master and its program may read them. */
function placeEnvironment(
  ctx: ConvertContext,
  plan: ReturnType<typeof planReplicas>,
  container: TrainerContainerResult,
  trainJobName: string | undefined,
): ProcessView | undefined {
  if (!plan.primary) return undefined;
  const containerPath = containerPathOf(ctx, [...plan.primary.path, 'template', 'spec', 'containers']);
  const command = container.command?.map(String);
  const argv = [...(command ?? []), ...(container.args ?? []).map(String)];
  const hasMaster = plan.primary.key.toLowerCase() === 'master';
  const userEnvNames = container.env.kept.map((entry) => entry.name);
  const reason = hasMaster ? v1EnvironmentReason(command, argv, findLauncher(argv), userEnvNames) : undefined;
  const values = reason ? v1EnvironmentOf(ctx, plan.primary, plan.numNodes, trainJobName) : undefined;
  const trainerEnvNames = placeTrainerEnv(
    ctx,
    container.env,
    values && reason ? { ...values, reason } : undefined,
    argv,
  );
  return {
    containerPath,
    ...(command && { command }),
    argv,
    hasMaster,
    v1EnvironmentAdded: values !== undefined,
    trainerEnvNames,
  };
}

function containerPathOf(ctx: ConvertContext, containersPath: Path): Path {
  const containers = getAt(ctx.input, containersPath);
  const index = Array.isArray(containers)
    ? containers.findIndex((c) => isPlainObject(c) && c.name === TRAINER_CONTAINER)
    : -1;
  return [...containersPath, Math.max(index, 0)];
}

function finish(
  ctx: ConvertContext,
  metadata: { name?: string; namespace?: string },
  numNodes: number | undefined,
): ConversionResult {
  const { ledger, input, options } = ctx;
  // Safety net: a leaf no step accounted for is unknown to the tool, so it cannot be carried over.
  for (const leaf of leafPaths(input)) {
    if (ledger.has(leaf)) continue;
    const subtree = highestUnaccounted(ledger, input, leaf);
    ledger.lost(subtree, {
      code: 'UNKNOWN_FIELD',
      message: `${formatPath(subtree)} is not a field this tool knows how to convert; remove it or convert it by hand`,
    });
  }
  const findings = ledger.findings;
  if (canGenerateRuntime(options) && ledger.carriedByRuntime.length === 0) {
    for (const finding of findings) {
      if (finding.runtimeSetting)
        finding.message = namingRuntimeGeneration(finding.message, options.runtimeName);
    }
  }
  if (ledger.carriedByRuntime.length > 0) {
    findings.push({
      severity: 'info',
      code: 'RUNTIME_GENERATED',
      message: `converted against the generated ClusterTrainingRuntime ${options.runtimeName} (torch-distributed plus what a TrainJob cannot set): it carries ${ledger.carriedByRuntime.map(formatPath).join(', ')}. The runtime must be applied before the TrainJob`,
      path: '',
    });
  }
  const errors = findings.filter((finding) => finding.severity === 'error');
  const blocked = errors.some((finding) => BLOCKING.has(finding.code));
  const emit = errors.length === 0 || (options.allowLossy && !blocked);
  if (emit && errors.length > 0) {
    findings.push({
      severity: 'warning',
      code: 'LOSSY_CONVERSION',
      message: `converted with ${errors.length} unresolved problem(s) because lossy conversion is allowed; the TrainJob does not do everything the PyTorchJob did: review the findings before merging`,
      path: '',
    });
  }
  const replicas = getAt(input, ['spec', 'pytorchReplicaSpecs']);
  // A templated or invalid count (`replicas: {{ .Values.workers }}`) is not reported as a number.
  const replicaCounts: [string, number | undefined][] = isPlainObject(replicas)
    ? Object.entries(replicas).map(([key, spec]) => {
        const count = isPlainObject(spec) ? (spec.replicas ?? 1) : undefined;
        return [key, typeof count === 'number' ? count : undefined];
      })
    : [];
  const readable = replicaCounts.map(([, count]) => count !== undefined);
  return {
    status: emit ? 'converted' : 'needs-review',
    ...(emit && { trainJob: ctx.output.build() }),
    findings,
    accounting: ledger.accounting(),
    carried: emit ? ledger.carried : [],
    summary: {
      name:
        metadata.name ??
        String(getAt(input, ['metadata', 'name']) ?? getAt(input, ['metadata', 'generateName']) ?? ''),
      ...(metadata.namespace !== undefined && { namespace: metadata.namespace }),
      ...(numNodes !== undefined && readable.every(Boolean) && { numNodes }),
      replicas: Object.fromEntries(
        replicaCounts.filter((entry): entry is [string, number] => entry[1] !== undefined),
      ),
      runtime: options.runtimeName,
    },
  };
}

/** Points a runtime-level finding at --generate-runtimes instead of a hand-written runtime. */
function namingRuntimeGeneration(message: string, runtimeName: string): string {
  const handWritten = `create a custom ClusterTrainingRuntime (a copy of ${runtimeName}) with `;
  const at = message.indexOf(handWritten);
  const end = message.indexOf(', and pass its name with --runtime', at);
  if (at === -1 || end === -1) return message;
  const what = message.slice(at + handWritten.length, end);
  return `${message.slice(0, at)}run with --generate-runtimes, which writes a ClusterTrainingRuntime (${runtimeName} plus ${what}) beside the job and converts against it${message.slice(end + ', and pass its name with --runtime'.length)}`;
}

/** The highest ancestor of `leaf` none of whose leaves is accounted for (one finding instead of many). */
function highestUnaccounted(ledger: Ledger, input: unknown, leaf: Path): Path {
  for (let length = 1; length < leaf.length; length++) {
    const ancestor = leaf.slice(0, length);
    if (leafPaths(getAt(input, ancestor), ancestor).every((path) => !ledger.has(path))) return ancestor;
  }
  return leaf;
}
