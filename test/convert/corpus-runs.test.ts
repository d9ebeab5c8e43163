/**
 * On the real-world corpus, read in place (dry runs write nothing): the jobs that convert carry v1's
 * injected environment where their program may read it (facts doc §1a, §1c), and the jobs converted
 * before processes were checked stay converted, apart from those the process count rule holds
 * (at least 65 of 79 job-runs: 28 plain + 51 with --generate-runtimes).
 */
import { describe, expect, it } from 'vitest';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import { findLauncher } from '../../src/convert/launcher.js';
import { getAt } from '../../src/convert/paths.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../src/model/conversion.js';
import type { Report } from '../../src/model/report.js';
import { DEFAULT_MIGRATION_OPTIONS } from '../../src/options.js';
import { migrateInputs } from '../../src/run.js';
import { readCorpus } from '../helpers/corpus.js';
import { requireShared, sharedPath } from '../helpers/shared.js';

const DRY_RUN = { write: false, withDiffs: false };
const V1_NAMES = ['PYTHONUNBUFFERED', 'MASTER_PORT', 'MASTER_ADDR', 'WORLD_SIZE', 'RANK'];

function convertedJobs(report: Report) {
  return report.files.flatMap((file) => file.jobs.filter((job) => job.status === 'converted'));
}

describe.runIf(requireShared())('corpus job-runs', () => {
  it('at least 65 job-runs stay converted, and only the process count rule holds more', async () => {
    const corpus = sharedPath('corpus', 'real-world');
    const plain = await migrateInputs([corpus], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    const generated = await migrateInputs(
      [corpus],
      { ...DEFAULT_MIGRATION_OPTIONS, generateRuntimes: true },
      DRY_RUN,
    );
    const runs = convertedJobs(plain).length + convertedJobs(generated).length;
    console.log(
      `corpus: ${convertedJobs(plain).length} plain + ${convertedJobs(generated).length} --generate-runtimes = ${runs} converted job-runs`,
    );
    expect(runs).toBeGreaterThanOrEqual(65);
    // Every job that got v1's variables says so once, grouped in the behaviour section.
    const noted = plain.gitops?.behaviour?.notes.V1_ENV_ADDED?.jobs.length ?? 0;
    const withEnv = convertedJobs(plain).filter((job) => job.findings.some((f) => f.code === 'V1_ENV_ADDED'));
    expect(withEnv.length).toBeGreaterThan(0);
    expect(noted).toBe(withEnv.length);
  });

  it("each converted job with a Master whose program may read them gets v1's values; Worker-only jobs none", () => {
    let checked = 0;
    for (const doc of readCorpus().documents) {
      const result = convertPyTorchJob(doc.object, DEFAULT_CONVERT_OPTIONS);
      if (result.status !== 'converted') continue;
      const specs = getAt(doc.object, ['spec', 'pytorchReplicaSpecs']) as Record<string, unknown>;
      const masterKey = Object.keys(specs).find((key) => key.toLowerCase() === 'master');
      const primary = masterKey ?? Object.keys(specs)[0]!;
      const containers = getAt(specs, [primary, 'template', 'spec', 'containers']) as Record<
        string,
        unknown
      >[];
      const pytorch = containers.find((c) => c.name === 'pytorch')!;
      const own = ((pytorch.env as { name: string }[] | undefined) ?? []).map((e) => e.name);
      const env =
        (getAt(result.trainJob, ['spec', 'trainer', 'env']) as Record<string, unknown>[] | undefined) ?? [];
      const byName = new Map(env.map((entry) => [entry.name, entry]));
      const command = pytorch.command as string[] | undefined;
      const argv = [...(command ?? []), ...((pytorch.args as string[] | undefined) ?? [])];
      const where = `${doc.file} ${doc.where}`;
      if (!masterKey) {
        for (const name of ['MASTER_ADDR', 'WORLD_SIZE', 'RANK']) {
          if (!own.includes(name)) expect(byName.has(name), where).toBe(false);
        }
        continue;
      }
      if (command !== undefined && findLauncher(argv) !== undefined) continue;
      checked++;
      for (const name of V1_NAMES) expect(byName.has(name), `${where} ${name}`).toBe(true);
      const nproc = Number(getAt(doc.object, ['spec', 'nprocPerNode']));
      const numNodes = getAt(result.trainJob, ['spec', 'trainer', 'numNodes']) as number;
      expect(byName.get('WORLD_SIZE'), where).toEqual({
        name: 'WORLD_SIZE',
        value: String(numNodes * (Number.isInteger(nproc) ? nproc : 1)),
      });
      expect(getAt(byName.get('RANK'), ['valueFrom', 'fieldRef', 'fieldPath']), where).toBe(
        "metadata.annotations['batch.kubernetes.io/job-completion-index']",
      );
      // v1's variables come after the job's own entries, as v1 appended them.
      const names = env.map((entry) => entry.name);
      const firstAdded = Math.min(...V1_NAMES.filter((n) => !own.includes(n)).map((n) => names.indexOf(n)));
      for (const name of own.filter((n) => !V1_NAMES.includes(n)))
        expect(names.indexOf(name), where).toBeLessThan(firstAdded);
    }
    expect(checked).toBeGreaterThan(10);
  });
});
