/**
 * Every conversion the tool makes on the shared corpus, the fixtures and the seed pairs, with the
 * PyTorchJob, the TrainJob, the Trainer release and the runtime it runs against, for the equivalence
 * tests. Conversions come from the real engine (corpus, cases, seed) and the real pipeline writing into
 * a temp copy (fixture repositories, the demo), plain and with --generate-runtimes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { findConfigAt } from '../../../src/config/load-config.js';
import { resolveMigrationOptions } from '../../../src/config/resolve-options.js';
import { convertPyTorchJob } from '../../../src/convert/convert.js';
import {
  type ConversionResult,
  type ConvertOptions,
  DEFAULT_CONVERT_OPTIONS,
  type RuntimeSetting,
  type TrainerVersion,
} from '../../../src/model/conversion.js';
import { convertOptionsFor, migrateInputs } from '../../../src/run.js';
import { buildGeneratedRuntime } from '../../../src/runtimes/build.js';
import { generatedRuntimeName } from '../../../src/runtimes/name.js';
import { isPlainObject } from '../../../src/util/objects.js';
import { filesUnder, nestedJobs, parseDocuments, readCorpus } from '../../helpers/corpus.js';
import { fixturesDir, sharedPath } from '../../helpers/shared.js';

type PlainObject = Record<string, unknown>;

export interface Conversion {
  /** corpus, corpus --generate-runtimes, cases, repos, demo, seed... */
  source: string;
  /** File and place in it, and the job's name. */
  where: string;
  release: TrainerVersion;
  pyTorchJob: unknown;
  trainJob: PlainObject;
  /** The runtime it references when it is not the release's built-in torch-distributed. */
  runtime?: PlainObject;
}

/** A job the tool did not convert, with the error finding codes that held it back. */
export interface HeldBack {
  source: string;
  where: string;
  release: TrainerVersion;
  codes: string[];
}

export interface Conversions {
  converted: Conversion[];
  held: HeldBack[];
}

const RELEASES: TrainerVersion[] = ['2.0', '2.1', '2.2', '2.3'];

/** Converts with a generator that builds the runtime it names, as --generate-runtimes does. */
function convertGenerating(input: unknown, options: ConvertOptions) {
  const runtimes = new Map<string, PlainObject>();
  const result = convertPyTorchJob(input, {
    ...options,
    runtimeForSettings: (settings: RuntimeSetting) => {
      const name = generatedRuntimeName(settings);
      runtimes.set(name, buildGeneratedRuntime(name, settings));
      return name;
    },
  });
  const name = (result.trainJob?.spec as PlainObject | undefined)?.runtimeRef as PlainObject | undefined;
  return { result, runtime: runtimes.get(String(name?.name)) };
}

function record(
  out: Conversions,
  base: { source: string; where: string; release: TrainerVersion; pyTorchJob: unknown },
  result: ConversionResult,
  runtime?: PlainObject,
): void {
  const where = `${base.where} ${String(((base.pyTorchJob as PlainObject).metadata as PlainObject | undefined)?.name)}`;
  if (result.status === 'converted' && result.trainJob) {
    out.converted.push({ ...base, where, trainJob: result.trainJob, ...(runtime && { runtime }) });
  } else if (result.status === 'needs-review') {
    const codes = [
      ...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.code)),
    ].sort();
    out.held.push({ source: base.source, where, release: base.release, codes });
  }
}

export function corpusConversions(): Conversions {
  const out: Conversions = { converted: [], held: [] };
  const { documents } = readCorpus();
  for (const release of RELEASES) {
    for (const doc of documents) {
      const base = { where: `${doc.file} ${doc.where}`, release, pyTorchJob: doc.object };
      const options = { ...DEFAULT_CONVERT_OPTIONS, trainerVersion: release };
      record(out, { ...base, source: 'corpus' }, convertPyTorchJob(doc.object, options));
      if (Number(release) >= 2.2) {
        const { result, runtime } = convertGenerating(doc.object, options);
        record(out, { ...base, source: 'corpus --generate-runtimes' }, result, runtime);
      }
    }
  }
  return out;
}

/** fixtures/cases: each input with its options.json, through the engine. */
export function caseConversions(): Conversions {
  const out: Conversions = { converted: [], held: [] };
  const casesDir = join(fixturesDir, 'cases');
  for (const name of readdirSync(casesDir).sort()) {
    const dir = join(casesDir, name);
    const input = readdirSync(dir).find((file) => file.startsWith('input.'));
    if (!input) continue;
    const optionsFile = join(dir, 'options.json');
    const options: ConvertOptions = {
      ...DEFAULT_CONVERT_OPTIONS,
      ...(existsSync(optionsFile)
        ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Partial<ConvertOptions>)
        : {}),
    };
    const docs = parseDocuments(readFileSync(join(dir, input), 'utf8')) ?? [];
    docs.forEach((doc, index) => {
      const found: { where: string; object: unknown }[] = [];
      nestedJobs(doc, `#${index}`, found);
      for (const job of found) {
        const base = {
          source: 'cases',
          where: `${name}/${input} ${job.where}`,
          release: options.trainerVersion,
          pyTorchJob: job.object,
        };
        record(out, base, convertPyTorchJob(job.object, options));
      }
    });
  }
  return out;
}

/** The seed report's pairs: the engine's conversion of each v1 job, and the report's own v2 TrainJob. */
export function seedConversions(): Conversions {
  const out: Conversions = { converted: [], held: [] };
  const report = readFileSync(sharedPath('seed', 'pytorchjob-migration-validation-report.md'), 'utf8');
  for (const section of report.split(/^### /m).slice(1)) {
    const title = section.split('\n')[0]!;
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      (match) => parse(match[1]!) as unknown,
    );
    const v1 = blocks.find((doc) => isPlainObject(doc) && doc.kind === 'PyTorchJob');
    const v2 = blocks.find((doc) => isPlainObject(doc) && doc.kind === 'TrainJob');
    if (!v1 || !isPlainObject(v2)) continue;
    const base = { source: 'seed', where: title, release: '2.3' as const, pyTorchJob: v1 };
    record(out, base, convertPyTorchJob(v1, { ...DEFAULT_CONVERT_OPTIONS, strategy: 'side-by-side' }));
    out.converted.push({ ...base, source: 'seed report TrainJob', trainJob: v2 });
  }
  return out;
}

interface TreeObject {
  path: string;
  object: PlainObject;
}

function treeObjects(root: string): TreeObject[] {
  return filesUnder(root)
    .filter((path) => /\.(ya?ml|json)$/.test(path) && !path.includes('/.git/'))
    .flatMap((path) =>
      (parseDocuments(readFileSync(path, 'utf8')) ?? [])
        .filter(isPlainObject)
        .flatMap((doc) =>
          doc.kind === 'List' && Array.isArray(doc.items) ? doc.items.filter(isPlainObject) : [doc],
        )
        .map((object) => ({ path: relative(root, path), object })),
    );
}

const nameOf = (object: PlainObject) => String((object.metadata as PlainObject | undefined)?.name);
const namespaceOf = (object: PlainObject) => (object.metadata as PlainObject | undefined)?.namespace;

/** A fixture repository through the real pipeline (`convert --write` on a temp copy), plain or generating runtimes. */
export async function repositoryConversions(
  fixture: string,
  source: string,
  generateRuntimes: boolean,
): Promise<Conversions> {
  const out: Conversions = { converted: [], held: [] };
  const root = await mkdtemp(join(tmpdir(), 'tjm-pods-'));
  try {
    await cp(join(fixturesDir, fixture), root, { recursive: true });
    const before = treeObjects(root);
    const options = await resolveMigrationOptions(
      generateRuntimes ? { 'generate-runtimes': true } : {},
      await findConfigAt(root),
      { cwd: root },
    );
    const report = await migrateInputs([root], options, { write: true, withDiffs: false, cwd: root });
    const after = treeObjects(root);
    const runtimes = after.filter(({ object }) => /^(Cluster)?TrainingRuntime$/.test(String(object.kind)));
    for (const file of report.files) {
      const { trainerVersion: release, nameSuffix } = convertOptionsFor(
        file.path,
        options.convert,
        options.overrides,
      );
      for (const job of file.jobs) {
        const where = `${fixture}/${file.path}:${job.line} ${job.name}`;
        if (job.status !== 'converted') {
          if (job.status === 'needs-review') {
            const codes = [
              ...new Set(job.findings.filter((f) => f.severity === 'error').map((f) => f.code)),
            ].sort();
            out.held.push({ source, where, release, codes });
          }
          continue;
        }
        const sameJob = ({ path, object }: TreeObject, kind: string, names: string[]) =>
          path === file.path &&
          object.kind === kind &&
          names.includes(nameOf(object)) &&
          namespaceOf(object) === job.namespace;
        const pyTorchJob = before.find((entry) => sameJob(entry, 'PyTorchJob', [job.name]))?.object;
        const trainJob = after.find((entry) =>
          sameJob(entry, 'TrainJob', [job.name, `${job.name}${nameSuffix}`]),
        )?.object;
        if (!pyTorchJob || !trainJob)
          throw new Error(`${where}: converted job not found before/after the run`);
        const ref = ((trainJob.spec as PlainObject).runtimeRef ?? {}) as PlainObject;
        const runtime = runtimes.find(
          ({ object }) =>
            nameOf(object) === ref.name && object.kind === (ref.kind ?? 'ClusterTrainingRuntime'),
        )?.object;
        if (!runtime && ref.name !== 'torch-distributed') {
          out.held.push({
            source,
            where,
            release,
            codes: [`runtime ${String(ref.name)} not in the repository`],
          });
          continue;
        }
        out.converted.push({ source, where, release, pyTorchJob, trainJob, ...(runtime && { runtime }) });
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return out;
}
