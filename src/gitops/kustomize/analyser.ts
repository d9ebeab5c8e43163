/**
 * The kustomize analyser: finds the kustomizations of a root, carries the overrides that reach
 * converted jobs over to TrainJobs (or holds the jobs with their bases and overlays), adds the image
 * field spec where an `images:` override reaches a converted job, and checks every affected
 * kustomization with a real build before and after when a kustomize binary is found.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Finding, FindingCode } from '../../convert/types.js';
import { rewriteFile } from '../../edit/rewrite.js';
import type { KustomizationReport, KustomizeOverrideReport, KustomizeReport } from '../../report/types.js';
import type { Analyser, AnalysisResult, FileChange, JobHold, RootPlan } from '../pipeline.js';
import { type BuildOutcome, buildKustomization, findKustomize, type KustomizeBinary } from './build.js';
import {
  applySplices,
  configurationSplice,
  IMAGE_CONFIG_FILE,
  IMAGE_CONFIG_TEXT,
  patchEdits,
  replacementEdits,
  type Splice,
} from './edits.js';
import {
  describeOverride,
  evaluateAll,
  joinPath,
  type KustomizationEvaluation,
  type KustomizeWorld,
  type Resolved,
  type SourceJob,
  type TranslatedReplacement,
} from './evaluate.js';
import {
  isRemoteReference,
  KUSTOMIZATION_NAMES,
  type Kustomization,
  parseKustomization,
} from './kustomization.js';
import { isObject, type JsonObject } from './merge.js';
import { KUSTOMIZATION_REQUEST } from './plan-files.js';
import { parseBuild, verifyBuild } from './verify.js';

export interface KustomizeAnalyserOptions {
  /** null: run no builds (as if no binary were found); default: look on PATH. */
  binary?: KustomizeBinary | null;
  /** Builds run at once. */
  concurrency?: number;
}

const BUILD_ROUNDS = 3;

export function kustomizeAnalyser(settings: KustomizeAnalyserOptions = {}): Analyser {
  let binaryLookup: Promise<KustomizeBinary | undefined> | undefined;
  const binary = (): Promise<KustomizeBinary | undefined> => {
    if (settings.binary !== undefined) return Promise.resolve(settings.binary ?? undefined);
    binaryLookup ??= findKustomize();
    return binaryLookup;
  };
  return {
    name: 'kustomize',
    async analyse(plan) {
      const found = await plan.findFiles(KUSTOMIZATION_REQUEST);
      if (found.length === 0) return {};
      // Earlier analysers may have planned edits (a generated runtimes file joining `resources`):
      // overrides are carried over onto those, and the build check sees them.
      const kustomizations = new Map(
        found.map((file) => [
          file.relPath,
          parseKustomization(file.relPath, plan.files.get(file.relPath)?.rewrite.newText ?? file.text),
        ]),
      );
      return analyse(plan, kustomizations, await binary(), settings.concurrency ?? 4);
    },
  };
}

async function analyse(
  plan: RootPlan,
  kustomizations: Map<string, Kustomization>,
  binary: KustomizeBinary | undefined,
  concurrency: number,
): Promise<AnalysisResult> {
  const world = worldOf(plan, kustomizations);
  const extraHolds = new Map<string, string>();
  const builds = new Map<string, { build: 'passed' | 'failed' | 'not-run'; message?: string }>();
  let outcome = evaluateAll(world, new Set(extraHolds.keys()));
  let changes = changesOf(plan, outcome.evaluations, outcome.held);
  for (let round = 0; binary && round < BUILD_ROUNDS; round++) {
    const affected = outcome.evaluations.filter(isAffected);
    const failures = await checkBuilds(
      plan,
      world,
      affected,
      outcome.held,
      changes,
      binary,
      concurrency,
      builds,
    );
    if (failures.size === 0) break;
    for (const [key, reason] of failures) extraHolds.set(key, reason);
    outcome = evaluateAll(world, new Set(extraHolds.keys()));
    changes = changesOf(plan, outcome.evaluations, outcome.held);
  }
  const holds: JobHold[] = [];
  for (const evaluation of outcome.evaluations) {
    for (const job of evaluation.jobs) {
      if (!outcome.held.has(job.key) || !job.converting) continue;
      if (
        holds.some(
          (hold) =>
            hold.relPath === job.relPath && hold.name === job.name && hold.namespace === job.namespace,
        )
      )
        continue;
      const findings = (outcome.held.get(job.key) ?? []).map((reason) =>
        holdFinding(REMOTE_PROBLEM.test(reason) ? 'KUSTOMIZE_REMOTE' : 'KUSTOMIZE_OVERLAY', reason),
      );
      const buildFailure = extraHolds.get(job.key);
      if (buildFailure !== undefined) findings.push(holdFinding('KUSTOMIZE_BUILD', buildFailure));
      const hold: JobHold = { relPath: job.relPath, name: job.name, findings };
      if (job.namespace !== undefined) hold.namespace = job.namespace;
      holds.push(hold);
    }
  }
  const report: KustomizeReport = {
    kustomizations: outcome.evaluations
      .filter(isAffected)
      .map((evaluation) => reportOf(evaluation, outcome.held, builds, binary)),
  };
  if (binary) {
    report.binary = binary.display;
    if (binary.version !== undefined) report.version = binary.version;
  }
  return { holds, changes: changes.list, report: { kustomize: report } };
}

/** The wording of a remote reference problem (evaluate.ts). */
const REMOTE_PROBLEM = /names a remote \w+ entry .*which is not fetched/;

function holdFinding(code: FindingCode, reason: string): Finding {
  return {
    severity: 'warning',
    code,
    message: `kept as a PyTorchJob with its kustomize base and overlays: ${reason}. Carry the overlay over by hand, then convert the job.`,
    path: '',
  };
}

function isAffected(evaluation: KustomizationEvaluation): boolean {
  return evaluation.jobs.length > 0 || evaluation.problems.length > 0;
}

function worldOf(plan: RootPlan, kustomizations: Map<string, Kustomization>): KustomizeWorld {
  const jobCache = new Map<string, SourceJob[]>();
  return {
    kustomizations,
    resolve: (dir, value) => resolveReference(plan, kustomizations, dir, value),
    jobsIn(relPath) {
      let jobs = jobCache.get(relPath);
      if (!jobs) {
        jobs = jobsOf(plan, relPath);
        jobCache.set(relPath, jobs);
      }
      return jobs;
    },
    read(relPath) {
      const planned = plan.files.get(relPath);
      if (planned?.original !== undefined) return planned.original;
      const absolute = join(plan.root, relPath);
      try {
        return statSync(absolute).isFile() ? readFileText(absolute) : undefined;
      } catch {
        return undefined;
      }
    },
    optionsFor: (relPath) => {
      const { hold: _hold, validate: _validate, ...options } = plan.rewriteOptionsFor(relPath);
      return options;
    },
  };
}

function readFileText(absolute: string): string {
  // Patch files are small; read synchronously like the scanner.
  return readFileSync(absolute, 'utf8');
}

function resolveReference(
  plan: RootPlan,
  kustomizations: Map<string, Kustomization>,
  dir: string,
  value: string,
): Resolved {
  const { root } = plan;
  if (isRemoteReference(value)) return { type: 'remote' };
  const relPath = joinPath(dir, value);
  if (relPath.startsWith('../')) return { type: 'missing', why: `${value} is outside the scanned folder` };
  const planned = plan.files.get(relPath);
  if (planned?.original === undefined && planned?.rewrite.newText !== undefined) {
    return { type: 'file', relPath };
  }
  const absolute = join(root, relPath);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    return { type: 'missing', why: `${value} does not exist` };
  }
  if (!isDirectory) return { type: 'file', relPath };
  for (const name of KUSTOMIZATION_NAMES) {
    const candidate = relPath === '' ? name : `${relPath}/${name}`;
    if (kustomizations.has(candidate)) return { type: 'kustomization', relPath: candidate };
    if (existsSync(join(root, candidate))) {
      return { type: 'missing', why: `${candidate} was not scanned (check the include and exclude globs)` };
    }
  }
  return { type: 'missing', why: `${value} is a folder without a kustomization file` };
}

function jobsOf(plan: RootPlan, relPath: string): SourceJob[] {
  const file = plan.files.get(relPath);
  if (file?.original === undefined || !/PyTorchJob/.test(file.original)) return [];
  const jobs: SourceJob[] = [];
  for (const document of parseAllDocuments(file.original)) {
    if (!('toJSON' in document) || document.errors.length > 0) continue;
    const object = document.toJSON() as unknown;
    if (!isObject(object) || object.kind !== 'PyTorchJob') continue;
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const name = String(metadata.name ?? '');
    const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
    const planned = file.rewrite.jobs.find((job) => job.name === name && job.namespace === namespace);
    const job: SourceJob = {
      key: `${relPath}#${namespace ?? ''}/${name}`,
      relPath,
      name,
      job: object as JsonObject,
      converting: planned?.status === 'converted' && file.rewrite.newText !== undefined,
    };
    if (namespace !== undefined) job.namespace = namespace;
    jobs.push(job);
  }
  return jobs;
}

interface PlannedChanges {
  list: FileChange[];
  /** relPath → planned new text, for the build's after-tree. */
  texts: Map<string, string>;
}

function changesOf(
  plan: RootPlan,
  evaluations: readonly KustomizationEvaluation[],
  held: ReadonlyMap<string, string[]>,
): PlannedChanges {
  const list: FileChange[] = [];
  const texts = new Map<string, string>();
  const patchFiles = new Set<string>();
  for (const evaluation of evaluations) {
    const { kustomization } = evaluation;
    const splices: Splice[] = [];
    for (const result of evaluation.overrides) {
      if (result.patchFile !== undefined && result.reached.length > 0) patchFiles.add(result.patchFile);
      if (result.reached.some((job) => held.has(job.key) || !job.converting)) continue;
      if (result.outcome.type === 'rewrite' || result.outcome.type === 'replacement') {
        const edit = result.outcome.type === 'rewrite' ? patchEdits : replacementEdits;
        const edits = edit(
          kustomization,
          result,
          (relPath) => plan.files.get(relPath)?.original ?? readIfExists(plan.root, relPath),
        );
        splices.push(...edits.splices);
        for (const [relPath, text] of edits.files) if (!texts.has(relPath)) texts.set(relPath, text);
      }
    }
    const needsImageSpec = evaluation.overrides.some(
      (result) =>
        result.outcome.type === 'image' && result.reached.some((job) => job.converting && !held.has(job.key)),
    );
    const configPath = joinPath(kustomization.dir, IMAGE_CONFIG_FILE);
    const listed = kustomization.references.some(
      (reference) =>
        reference.field === 'configurations' && joinPath(kustomization.dir, reference.value) === configPath,
    );
    if (needsImageSpec && !listed) {
      splices.push(configurationSplice(kustomization));
      if (readIfExists(plan.root, configPath) === undefined) texts.set(configPath, IMAGE_CONFIG_TEXT);
    }
    if (splices.length > 0) texts.set(kustomization.relPath, applySplices(kustomization.text, splices));
  }
  for (const [relPath, text] of texts) {
    const change: FileChange = { relPath, text, kind: 'kustomization', dropJobs: true, skipReason: null };
    const onDisk = plan.files.has(relPath) ? undefined : readIfExists(plan.root, relPath);
    if (onDisk !== undefined) change.original = onDisk;
    list.push(change);
  }
  // Patch files and kustomizations the scan picked up are not jobs, even when nothing changes in them.
  // The editor may have taken a patch (a partial job) for a job: it keeps its text on disk. A
  // kustomization keeps the text it was read with, which holds earlier analysers' edits.
  const kept = new Map<string, string | undefined>([
    ...[...patchFiles].map((relPath) => [relPath, plan.files.get(relPath)?.original] as const),
    ...evaluations.map(({ kustomization }) => [kustomization.relPath, kustomization.text] as const),
  ]);
  for (const [relPath, text] of kept) {
    if (texts.has(relPath) || plan.files.get(relPath)?.original === undefined || text === undefined) continue;
    list.push({ relPath, text, kind: 'kustomization', dropJobs: true, skipReason: null });
  }
  return { list, texts };
}

function readIfExists(root: string, relPath: string): string | undefined {
  try {
    return readFileText(join(root, relPath));
  } catch {
    return undefined;
  }
}

/** Builds each affected kustomization before (in place) and after (in a copy with the plan applied). */
async function checkBuilds(
  plan: RootPlan,
  world: KustomizeWorld,
  affected: readonly KustomizationEvaluation[],
  held: ReadonlyMap<string, string[]>,
  changes: PlannedChanges,
  binary: KustomizeBinary,
  concurrency: number,
  builds: Map<string, { build: 'passed' | 'failed' | 'not-run'; message?: string }>,
): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  const copy = await mkdtemp(join(tmpdir(), 'trainjob-migrate-kustomize-'));
  try {
    await materialise(plan, world, affected, changes, held, copy);
    const queue = [...affected];
    const worker = async (): Promise<void> => {
      for (let evaluation = queue.shift(); evaluation; evaluation = queue.shift()) {
        const { kustomization } = evaluation;
        if (evaluation.problems.length > 0) {
          builds.set(kustomization.relPath, { build: 'not-run', message: evaluation.problems.join('; ') });
          continue;
        }
        if (kustomization.isComponent) {
          builds.set(kustomization.relPath, {
            build: 'not-run',
            message: 'a component is checked through the builds of the kustomizations that list it',
          });
          continue;
        }
        const folder = kustomization.dir;
        const before = await buildKustomization(binary, join(plan.root, folder));
        const after: BuildOutcome = before.ok ? await buildKustomization(binary, join(copy, folder)) : before;
        const verdict = !before.ok
          ? { ok: false as const, message: `it does not build before the change either (${before.message})` }
          : !after.ok
            ? { ok: false as const, message: `it no longer builds after the change (${after.message})` }
            : verifyBuild(
                parseBuild(before.output),
                parseBuild(after.output),
                evaluation.jobs,
                (job) => job.converting && !held.has(job.key),
                world.optionsFor,
              );
        builds.set(
          kustomization.relPath,
          verdict.ok ? { build: 'passed' } : { build: 'failed', message: verdict.message },
        );
        if (verdict.ok) continue;
        for (const job of evaluation.jobs) {
          if (job.converting && !held.has(job.key))
            failures.set(
              job.key,
              `${kustomization.relPath}: the kustomize build check failed: ${verdict.message}`,
            );
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
  return failures;
}

/** Copies the folders the affected kustomizations read, then writes the planned changes into the copy. */
async function materialise(
  plan: RootPlan,
  world: KustomizeWorld,
  affected: readonly KustomizationEvaluation[],
  changes: PlannedChanges,
  held: ReadonlyMap<string, string[]>,
  copy: string,
): Promise<void> {
  const folders = new Set<string>();
  const visit = (kustomization: Kustomization): void => {
    if (folders.has(kustomization.dir)) return;
    folders.add(kustomization.dir);
    for (const reference of kustomization.references) {
      const resolved = world.resolve(kustomization.dir, reference.value);
      if (resolved.type === 'kustomization')
        visit(world.kustomizations.get(resolved.relPath) as Kustomization);
      if (resolved.type === 'file')
        folders.add(dirname(resolved.relPath) === '.' ? '' : dirname(resolved.relPath));
    }
  };
  for (const evaluation of affected) visit(evaluation.kustomization);
  const sorted = [...folders].sort();
  const outermost = sorted.filter(
    (folder, index) =>
      !sorted.slice(0, index).some((outer) => outer === '' || folder.startsWith(`${outer}/`)),
  );
  for (const folder of outermost) {
    await cp(join(plan.root, folder), join(copy, folder), {
      recursive: true,
      filter: (source) => !/[/\\](?:\.git|node_modules)$/.test(source),
    });
  }
  const written = new Map<string, string>(
    changes.list.flatMap((change) => (change.text === undefined ? [] : [[change.relPath, change.text]])),
  );
  for (const file of plan.files.values()) {
    const { newText, jobs } = file.rewrite;
    if (newText === undefined || written.has(file.relPath)) continue;
    // Job files are rewritten again with this round's holds; other files (a generated runtimes file,
    // a kustomization an earlier analyser edited) are written as planned.
    written.set(
      file.relPath,
      file.original !== undefined && jobs.length > 0
        ? textWithHolds(plan, file.relPath, file.original, held)
        : newText,
    );
  }
  for (const [relPath, text] of written) {
    if (!outermost.some((folder) => folder === '' || relPath.startsWith(`${folder}/`))) continue;
    await mkdir(dirname(join(copy, relPath)), { recursive: true });
    await writeFile(join(copy, relPath), text);
  }
}

/** The file's planned text with the held jobs kept as PyTorchJobs. */
function textWithHolds(
  plan: RootPlan,
  relPath: string,
  original: string,
  held: ReadonlyMap<string, string[]>,
): string {
  const keyOf = (job: { name: string; namespace?: string }): string =>
    `${relPath}#${job.namespace ?? ''}/${job.name}`;
  const options = plan.rewriteOptionsFor(relPath);
  const earlierHold = options.hold;
  options.hold = (job) =>
    held.has(keyOf(job)) ? [holdFinding('KUSTOMIZE_OVERLAY', 'held')] : earlierHold?.(job);
  return rewriteFile(relPath, original, options).newText ?? original;
}

function replacementSummary(replacements: readonly TranslatedReplacement[]): string {
  const paths = replacements.flatMap((replacement) => [
    ...(replacement.sourceFieldPath === undefined ? [] : [`source ${replacement.sourceFieldPath}`]),
    ...replacement.targets.flatMap((target) => target.fieldPaths),
  ]);
  return paths.length > 0 ? `field paths ${[...new Set(paths)].join(', ')}` : 'selectors retargeted';
}

function reportOf(
  evaluation: KustomizationEvaluation,
  held: ReadonlyMap<string, string[]>,
  builds: ReadonlyMap<string, { build: 'passed' | 'failed' | 'not-run'; message?: string }>,
  binary: KustomizeBinary | undefined,
): KustomizationReport {
  const { kustomization } = evaluation;
  const isHeld = evaluation.jobs.some((job) => held.has(job.key) && job.converting);
  const anyConverting = evaluation.jobs.some((job) => job.converting && !held.has(job.key));
  const overrides: KustomizeOverrideReport[] = evaluation.overrides
    .filter((result) => result.reached.length > 0)
    .map((result) => {
      const rewritten = result.reached.every((job) => job.converting && !held.has(job.key));
      const entry: KustomizeOverrideReport = {
        style: result.override.style,
        path: result.patchFile ?? kustomization.relPath,
        line: result.override.line,
        outcome: result.outcome.type === 'hold' || !rewritten ? 'held' : 'rewritten',
        message:
          result.outcome.type === 'hold'
            ? `${describeOverride(result)}: ${result.outcome.reason}`
            : !rewritten
              ? 'left as it is: the jobs it reaches stay PyTorchJobs'
              : result.outcome.type === 'image'
                ? `the image override reaches the TrainJob through the ${IMAGE_CONFIG_FILE} field spec`
                : result.outcome.type === 'replacement'
                  ? `carried over to the TrainJob (${replacementSummary(result.outcome.replacements)})`
                  : 'carried over to the TrainJob',
      };
      if (result.patchFile !== undefined) entry.line = result.override.line;
      return entry;
    });
  const build = builds.get(kustomization.relPath);
  const report: KustomizationReport = {
    path: kustomization.relPath,
    status:
      evaluation.problems.length > 0 ? 'error' : isHeld ? 'held' : anyConverting ? 'rewritten' : 'unaffected',
    build: build?.build ?? 'not-run',
    jobs: evaluation.jobs.map((job) => ({
      name: job.name,
      path: job.relPath,
      ...(job.namespace === undefined ? {} : { namespace: job.namespace }),
    })),
    overrides,
    findings: [],
  };
  const message =
    build?.message ??
    (binary ? undefined : 'no kustomize or kubectl binary was found on PATH, so no build check was run');
  if (message !== undefined) report.buildMessage = message;
  for (const result of evaluation.overrides) {
    if (
      result.outcome.type !== 'image' ||
      !result.reached.some((job) => job.converting && !held.has(job.key))
    )
      continue;
    report.findings.push({
      severity: 'info',
      code: 'KUSTOMIZE_IMAGE_OVERRIDE',
      message: `the images: entry at line ${result.override.line} retags a converted job; kustomize only reaches spec.trainer.image of a TrainJob through the field spec in ${IMAGE_CONFIG_FILE}, listed under configurations`,
      path: '',
    });
  }
  if (evaluation.problems.length > 0) {
    report.findings.push({
      severity: 'warning',
      code: evaluation.problems.some((problem) => REMOTE_PROBLEM.test(problem))
        ? 'KUSTOMIZE_REMOTE'
        : 'KUSTOMIZE_OVERLAY',
      message: evaluation.problems.join('; '),
      path: '',
    });
  }
  return report;
}
