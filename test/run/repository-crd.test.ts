/**
 * Without --crd, a TrainJob CRD kept in the repository (as GitOps repositories that install the
 * Trainer do) is what the TrainJobs are checked against: what that cluster serves is what it accepts.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATION_OPTIONS } from '../../src/options.js';
import { migrateInputs } from '../../src/run.js';
import { requireShared, sharedPath } from '../helpers/shared.js';
import { CLEAN_JOB, removeTree, snapshotTree, writeTree } from './trees.js';

const DRY_RUN = { write: false, withDiffs: false };
const WRITE = { write: true, withDiffs: false };

/** A job with a pod field, so the 2.3 TrainJob carries a runtimePatches entry. */
const JOB_WITH_NODE_SELECTOR = CLEAN_JOB.replaceAll(
  '        spec:\n          containers:',
  '        spec:\n          nodeSelector:\n            pool: cpu\n          containers:',
);

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});

async function repository(crdFile: string | undefined): Promise<string> {
  const files: Record<string, string> = { 'training/job.yaml': JOB_WITH_NODE_SELECTOR };
  if (crdFile)
    files['platform/trainer/crds.yaml'] = await readFile(sharedPath(...crdFile.split('/')), 'utf8');
  const root = await writeTree(files);
  roots.push(root);
  return root;
}

describe('the TrainJob CRD found in the repository', () => {
  it('validates the TrainJobs and is named in the report', async () => {
    if (!requireShared()) return;
    const root = await repository('kubeflow/v2/crds/trainer.kubeflow.org_trainjobs.yaml');
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(report.inputs[0]?.crd).toBe('platform/trainer/crds.yaml');
    expect(report.files.find((f) => f.path === 'training/job.yaml')?.jobs[0]?.status).toBe('converted');
  });

  it('stops a rewrite the cluster would reject: a v2.1 CRD has no runtimePatches', async () => {
    if (!requireShared()) return;
    const root = await repository('kubeflow/v2/legacy-v2.1.0/crds/trainer.kubeflow.org_trainjobs.yaml');
    const before = await snapshotTree(root);
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, WRITE);
    const job = report.files.find((f) => f.path === 'training/job.yaml')?.jobs[0];
    expect(job?.status).toBe('error');
    expect(job?.findings.at(-1)?.message).toMatch(/runtimePatches/);
    expect(await snapshotTree(root)).toEqual(before);
    // Targeting the release that CRD describes converts it.
    const matching = {
      ...DEFAULT_MIGRATION_OPTIONS,
      convert: { ...DEFAULT_MIGRATION_OPTIONS.convert, trainerVersion: '2.1' as const },
    };
    const again = await migrateInputs([root], matching, DRY_RUN);
    expect(again.files.find((f) => f.path === 'training/job.yaml')?.jobs[0]?.status).toBe('converted');
  });

  it('belongs to its own repository: the next input without one is not checked against it', async () => {
    if (!requireShared()) return;
    const legacy = await repository('kubeflow/v2/legacy-v2.1.0/crds/trainer.kubeflow.org_trainjobs.yaml');
    const plain = await repository(undefined);
    const report = await migrateInputs([legacy, plain], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(report.inputs.map((input) => input.crd)).toEqual(['platform/trainer/crds.yaml', undefined]);
    expect(report.files.map((f) => [f.input === plain, f.jobs[0]?.status])).toEqual([
      [false, 'error'],
      [true, 'converted'],
    ]);
    expect(DEFAULT_MIGRATION_OPTIONS.convert).not.toHaveProperty('validate');
  });

  it('is not needed: without one the report says no CRD was used', async () => {
    const root = await repository(undefined);
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(report.inputs[0]?.crd).toBeUndefined();
    expect(report.files.find((f) => f.path === 'training/job.yaml')?.jobs[0]?.status).toBe('converted');
  });
});
