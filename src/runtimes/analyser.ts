/**
 * Two GitOps analysers sharing one generator: `runtime-generation` (first: converts jobs whose only
 * blockers are runtime-level against generated runtimes, plans the runtime files and lists each new
 * file in its folder's kustomization, so the kustomize analyser's build check sees them) and
 * `runtime-check` (last: every runtime a converted job references is defined, installed or generated).
 */
import { posix } from 'node:path';
import type { Analyser, FileChange, FileRequest, RootPlan } from '../analysis/contract.js';
import { plannedText, rootViewOf } from '../analysis/root-view.js';
import { rewriteFile } from '../edit/rewrite.js';
import type { JobRewrite, TrainJobValidator } from '../edit/types.js';
import type { Finding, RuntimeKind } from '../model/conversion.js';
import type { RuntimeUsageReport } from '../model/runtimes-report.js';
import { releaseValidator } from '../validate/release-schemas.js';
import { collectRuntimes, type DefinedRuntime } from './collect.js';
import { definedRuntimeHolds } from './equivalence.js';
import {
  RUNTIMES_FILE_NAME,
  type RuntimeFile,
  RuntimeGenerator,
  type RuntimeUse,
  runtimesFileText,
} from './generator.js';
import { addKustomizeResource, removeKustomizeResource } from './kustomization-resource.js';
import { missingRuntimeFinding } from './missing.js';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

interface Shared {
  defined: DefinedRuntime[];
  generator?: RuntimeGenerator;
  /** Generated runtime name → the file this run writes it to. */
  writtenTo: Map<string, string>;
  /** The runtimes files generation planned, with their text before it and the kustomization listing them. */
  files: { file: RuntimeFile; existing?: string; listedIn?: string }[];
}

const RUNTIMES_REQUEST: FileRequest = { needles: ['TrainingRuntime'] };

/** Reads `installedRuntimes` and `generateRuntimes` from the root's options. */
export function runtimeAnalysers(): { generation: Analyser; check: Analyser } {
  const state = new WeakMap<RootPlan, Shared>();
  const sharedFor = async (plan: RootPlan): Promise<Shared> => {
    let shared = state.get(plan);
    if (!shared) {
      const found = await plan.findFiles(RUNTIMES_REQUEST);
      shared = {
        defined: found.flatMap((file) => collectRuntimes(file.relPath, file.text)),
        writtenTo: new Map(),
        files: [],
      };
      state.set(plan, shared);
    }
    return shared;
  };
  return {
    generation: {
      name: 'runtime-generation',
      requests: [RUNTIMES_REQUEST],
      async analyse(plan) {
        const shared = await sharedFor(plan);
        const holds = definedRuntimeHolds(plan, shared.defined);
        if (plan.options.generateRuntimes !== true) return holds.length > 0 ? { holds } : {};
        const schema = await releaseValidator(plan.options.convert.trainerVersion, 'ClusterTrainingRuntime');
        const generated = generateRuntimes(plan, shared, schema.validate);
        return holds.length > 0 ? { ...generated, holds } : generated;
      },
    },
    check: {
      name: 'runtime-check',
      requests: [RUNTIMES_REQUEST],
      async analyse(plan) {
        const shared = await sharedFor(plan);
        const runtimes = checkRuntimes(plan, shared, plan.options.installedRuntimes ?? []);
        const { changes, notes } = withoutUnused(plan, shared, runtimes);
        return { changes, report: { runtimes: { runtimes, ...(notes.length > 0 && { notes }) } } };
      },
    },
  };
}

const convertedRuntime = (job: JobRewrite): string | undefined =>
  job.status === 'converted' ? job.conversion?.summary?.runtime : undefined;

function generateRuntimes(plan: RootPlan, shared: Shared, validate: TrainJobValidator) {
  const generator = new RuntimeGenerator(shared.defined, validate);
  shared.generator = generator;
  const replans: { relPath: string; options: { runtimeForSettings: typeof generator.request } }[] = [];
  const uses: RuntimeUse[] = [];
  for (const file of plan.files.values()) {
    // Converted jobs with a setting a runtime carries exactly (port declarations) are tried too.
    const candidate = (job: JobRewrite) =>
      job.status === 'needs-review' || job.findings.some((finding) => finding.runtimeSetting);
    if (file.original === undefined || !file.rewrite.jobs.some(candidate)) continue;
    const options = { ...plan.rewriteOptionsFor(file.relPath), runtimeForSettings: generator.request };
    const preview = rewriteFile(file.relPath, file.original, options);
    const generated = preview.jobs
      .map(convertedRuntime)
      .filter((name): name is string => name !== undefined && generator.isGenerated(name));
    if (generated.length === 0) continue;
    replans.push({ relPath: file.relPath, options: { runtimeForSettings: generator.request } });
    uses.push(...generated.map((runtime) => ({ runtime, path: file.relPath })));
  }
  const changes: FileChange[] = [];
  const notes: string[] = [];
  const createdFiles: string[] = [];
  for (const runtimeFile of generator.filesFor(uses)) {
    const existing = textOf(plan, runtimeFile.path);
    const names = new Set(runtimeFile.runtimes.map((runtime) => runtime.name));
    changes.push({
      ...unplannedOriginal(plan, runtimeFile.path, existing),
      relPath: runtimeFile.path,
      text: runtimesFileText(runtimeFile, existing),
      // The jobs that use a generated runtime are written with it, or not at all.
      together: uses.filter((use) => names.has(use.runtime)).map((use) => use.path),
    });
    for (const runtime of runtimeFile.runtimes) shared.writtenTo.set(runtime.name, runtimeFile.path);
    if (existing === undefined) createdFiles.push(runtimeFile.path);
    shared.files.push({ file: runtimeFile, ...(existing !== undefined && { existing }) });
  }
  const listed = listInKustomizations(plan, createdFiles);
  for (const entry of shared.files) {
    const change = listed.changes.find(
      (change) => posix.dirname(change.relPath) === posix.dirname(entry.file.path),
    );
    if (change) entry.listedIn = change.relPath;
  }
  changes.push(...listed.changes);
  notes.push(...listed.notes);
  for (const [name, problems] of generator.invalid) {
    notes.push(
      `The generated ClusterTrainingRuntime ${name} would not pass the Trainer ${plan.options.convert.trainerVersion} schema (${problems.join('; ')}); the jobs that need it stay for review.`,
    );
  }
  for (const name of generator.conflicts) {
    notes.push(
      `A ClusterTrainingRuntime named ${name} already exists in the repository with other settings; the jobs that need it stay for review. Rename or remove that runtime and run again.`,
    );
  }
  return { replans, changes, ...(notes.length > 0 && { report: { runtimes: { runtimes: [], notes } } }) };
}

/**
 * Adds each created runtimes file to its folder's kustomization, on its planned text. The kustomize
 * analyser, which runs later, edits that text further and builds it.
 */
function listInKustomizations(
  plan: RootPlan,
  createdFiles: readonly string[],
): { changes: FileChange[]; notes: string[] } {
  const changes: FileChange[] = [];
  const notes: string[] = [];
  for (const runtimesFile of createdFiles) {
    const folder = posix.dirname(runtimesFile);
    const kustomization = KUSTOMIZATION_FILES.map((name) => posix.join(folder, name)).find((path) =>
      rootViewOf(plan).exists(path),
    );
    if (kustomization === undefined) continue;
    const text = textOf(plan, kustomization) ?? '';
    const updated = addKustomizeResource(text, RUNTIMES_FILE_NAME);
    if (updated === undefined) {
      notes.push(
        `${kustomization}: add ${RUNTIMES_FILE_NAME} to its resources by hand (the file could not be edited safely), so that the generated runtimes are deployed with the jobs.`,
      );
    } else if (updated !== text) {
      changes.push({
        ...unplannedOriginal(plan, kustomization, onDisk(plan, kustomization)),
        relPath: kustomization,
        text: updated,
        kind: 'kustomization',
        skipReason: null,
        together: [runtimesFile],
      });
    }
  }
  return { changes, notes };
}

/**
 * A runtime is generated before the kustomize analyser runs; when it then keeps every job that
 * needed the runtime a PyTorchJob, the runtime is not written after all: dropped from its file, and
 * a file left without runtimes is not created, nor listed in its kustomization.
 */
function withoutUnused(
  plan: RootPlan,
  shared: Shared,
  usages: readonly RuntimeUsageReport[],
): { changes: FileChange[]; notes: string[] } {
  const used = new Set(usages.filter((usage) => usage.status === 'generated').map((usage) => usage.name));
  const changes: FileChange[] = [];
  const notes: string[] = [];
  for (const { file, existing, listedIn } of shared.files) {
    const kept = file.runtimes.filter((runtime) => used.has(runtime.name));
    if (kept.length === file.runtimes.length) continue;
    for (const runtime of file.runtimes.filter((runtime) => !used.has(runtime.name))) {
      shared.writtenTo.delete(runtime.name);
      notes.push(
        `${file.path}: the ClusterTrainingRuntime ${runtime.name} is not written: every job that needed it stays a PyTorchJob (see its findings).`,
      );
    }
    if (kept.length > 0 || existing !== undefined) {
      changes.push({
        relPath: file.path,
        text:
          kept.length > 0 ? runtimesFileText({ ...file, runtimes: kept }, existing) : (existing as string),
      });
      continue;
    }
    changes.push({ relPath: file.path, remove: true });
    const kustomization = listedIn === undefined ? undefined : plan.files.get(listedIn);
    const text = kustomization === undefined ? undefined : plannedText(kustomization);
    if (listedIn !== undefined && text !== undefined)
      changes.push({ relPath: listedIn, text: removeKustomizeResource(text, RUNTIMES_FILE_NAME) });
  }
  return { changes, notes };
}

function onDisk(plan: RootPlan, relPath: string): string | undefined {
  return rootViewOf(plan).readBefore(relPath);
}

/** A file the scan did not pick up is changed, not created: the change carries its text on disk. */
function unplannedOriginal(
  plan: RootPlan,
  relPath: string,
  onDisk: string | undefined,
): { original?: string } {
  return plan.files.has(relPath) || onDisk === undefined ? {} : { original: onDisk };
}

/** The planned text of a file, or its text on disk when the plan does not hold it. */
function textOf(plan: RootPlan, relPath: string): string | undefined {
  return rootViewOf(plan).read(relPath);
}

function checkRuntimes(plan: RootPlan, shared: Shared, installed: readonly string[]): RuntimeUsageReport[] {
  const usages = new Map<string, RuntimeUsageReport>();
  for (const file of plan.files.values()) {
    for (const job of file.rewrite.jobs) {
      const name = convertedRuntime(job);
      if (name === undefined) continue;
      const generated = shared.generator?.isGenerated(name) === true;
      const kind: RuntimeKind = generated
        ? 'ClusterTrainingRuntime'
        : plan.rewriteOptionsFor(file.relPath).runtimeKind;
      const key = `${kind}/${name}`;
      let usage = usages.get(key);
      if (!usage) {
        usage = describeRuntime(kind, name, shared, installed, generated);
        usages.set(key, usage);
      }
      usage.jobs.push({
        name: job.name,
        ...(job.namespace !== undefined && { namespace: job.namespace }),
        path: file.relPath,
      });
      if (usage.status === 'missing') {
        const finding = missingRuntimeFinding(
          { kind, name, ...(job.namespace !== undefined && { namespace: job.namespace }) },
          shared.defined,
          installed,
        );
        if (finding && usage.findings.length === 0) usage.findings.push(finding);
        // On the job too, so the text report, SARIF and annotations show it where the job is.
        if (finding && !job.findings.some((f) => f.code === finding.code)) job.findings.push(finding);
      }
    }
  }
  return [...usages.values()];
}

function describeRuntime(
  kind: RuntimeKind,
  name: string,
  shared: Shared,
  installed: readonly string[],
  generated: boolean,
): RuntimeUsageReport {
  const base = { kind, name, jobs: [], findings: [] as Finding[] };
  const written = shared.writtenTo.get(name);
  if (generated && written !== undefined)
    return { ...base, status: 'generated', path: written, ...settingsOf(shared, name) };
  const defined = shared.defined.find((runtime) => runtime.kind === kind && runtime.name === name);
  if (defined) return { ...base, status: 'defined', path: defined.path, line: defined.line };
  if (installed.includes(name)) return { ...base, status: 'installed' };
  return { ...base, status: 'missing' };
}

function settingsOf(shared: Shared, name: string) {
  const settings = shared.generator?.settingsOf(name);
  return settings ? { settings } : {};
}
