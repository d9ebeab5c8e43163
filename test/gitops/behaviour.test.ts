/**
 * The behaviour section through the whole pipeline on a real repository in a temp dir: what changes
 * for every converted job (said once, in JSON, text and markdown) and the objects that still select
 * the v1 pods by the operator's labels (v1-v2-runtime-semantics.md §1a) or `<job>-master-0` names.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATION_OPTIONS, type MigrationOptions } from '../../src/options.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { migrateInputs } from '../../src/run.js';
import { reportValidator } from '../report/schema-validators.js';

const DRY_RUN = { write: false, withDiffs: true };
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const job = (name: string, command: string, runPolicy = '') => `apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata:
  name: ${name}
spec:
${runPolicy}  pytorchReplicaSpecs:
    Master:
      replicas: 1
      template:
        spec:
          containers:
            - name: pytorch
              image: ghcr.io/acme/train:1.0
              command: ${command}
`;

const SELECTORS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-training
spec:
  podSelector:
    matchLabels:
      training.kubeflow.org/job-name: bert
  ingress:
    - from:
        - podSelector:
            matchExpressions:
              - key: training.kubeflow.org/replica-type
                operator: In
                values: [master]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: bert-pdb
spec:
  selector:
    matchLabels:
      training.kubeflow.org/job-role: master
---
apiVersion: monitoring.coreos.com/v1
kind: PodMonitor
metadata:
  name: bert-metrics
spec:
  selector:
    matchLabels:
      training.kubeflow.org/job-name: bert
---
apiVersion: v1
kind: Service
metadata:
  name: bert-tensorboard
spec:
  selector:
    training.kubeflow.org/job-name: bert
    training.kubeflow.org/replica-index: "0"
---
apiVersion: v1
kind: Service
metadata:
  name: bert-alias
spec:
  type: ExternalName
  externalName: bert-master-0.ml.svc.cluster.local
---
apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: gpu-quota
spec:
  rules:
    - name: training
      match:
        any:
          - resources:
              kinds: [Pod]
              selector:
                matchLabels:
                  training.kubeflow.org/operator-name: pytorchjob-controller
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: unrelated
  labels:
    training.kubeflow.org/job-name: bert
`;

async function repo(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tjm-behaviour-'));
  temps.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const options = (convert: Partial<MigrationOptions['convert']> = {}): MigrationOptions => ({
  ...DEFAULT_MIGRATION_OPTIONS,
  convert: { ...DEFAULT_MIGRATION_OPTIONS.convert, ...convert },
});

describe('behaviour that changes for every job', () => {
  it('is reported once with the converted jobs, and finds the objects that select the old pods', async () => {
    const root = await repo({
      'jobs/bert.yaml': job('bert', '["python", "train.py"]'),
      'jobs/gpt.yaml': job('gpt', '["python", "train.py"]', '  runPolicy:\n    backoffLimit: 3\n'),
      'net/selectors.yaml': SELECTORS,
    });
    const report = await migrateInputs([root], options(), DRY_RUN);
    const behaviour = report.gitops?.behaviour;
    expect(reportValidator()(report).errors).toEqual([]);
    expect(behaviour).toBeDefined();
    expect(Object.keys(behaviour!.changes)).toEqual([
      'backoff-limit',
      'pod-names',
      'pod-labels',
      'init-container',
      'clean-pod-policy',
      'restart-policy',
    ]);
    // gpt sets backoffLimit (so it is held without --generate-runtimes): only bert is converted.
    expect(behaviour!.changes['pod-names']!.jobs?.map((j) => j.detail)).toEqual([
      'bert-master-0 → bert-node-0-0.bert',
    ]);
    expect(behaviour!.notes.V1_ENV_ADDED!.jobs.map((j) => j.name)).toEqual(['bert']);
    // Each job says why it got v1's variables.
    expect(behaviour!.notes.V1_ENV_ADDED!.jobs[0]?.detail).toMatch(/does not start through torchrun/);

    const selectors = behaviour!.oldPodSelectors.map((s) => [
      s.kind,
      s.name,
      s.line,
      s.matches,
      s.useInstead,
    ]);
    expect(selectors).toEqual([
      [
        'NetworkPolicy',
        'allow-training',
        8,
        'training.kubeflow.org/job-name: bert',
        'jobset.sigs.k8s.io/jobset-name: bert',
      ],
      [
        'NetworkPolicy',
        'allow-training',
        13,
        'training.kubeflow.org/replica-type',
        expect.stringContaining('batch.kubernetes.io/job-completion-index'),
      ],
      [
        'PodDisruptionBudget',
        'bert-pdb',
        24,
        'training.kubeflow.org/job-role: master',
        expect.stringContaining('job-completion-index: "0"'),
      ],
      [
        'PodMonitor',
        'bert-metrics',
        33,
        'training.kubeflow.org/job-name: bert',
        'jobset.sigs.k8s.io/jobset-name: bert',
      ],
      [
        'Service',
        'bert-tensorboard',
        41,
        'training.kubeflow.org/job-name: bert',
        'jobset.sigs.k8s.io/jobset-name: bert',
      ],
      [
        'Service',
        'bert-tensorboard',
        42,
        'training.kubeflow.org/replica-index: 0',
        expect.stringContaining('job-completion-index'),
      ],
      [
        'Service',
        'bert-alias',
        50,
        'bert-master-0.ml.svc.cluster.local',
        expect.stringContaining('bert-node-0-0.bert'),
      ],
      [
        'ClusterPolicy',
        'gpu-quota',
        65,
        'training.kubeflow.org/operator-name: pytorchjob-controller',
        expect.stringContaining('jobset.sigs.k8s.io/jobset-name'),
      ],
    ]);

    const text = renderText(report, { color: false, quiet: false, showDiffs: false, dryRun: true });
    expect(text.match(/Behaviour that changes for every job/g)).toHaveLength(1);
    expect(text.match(/v1 put PYTHONUNBUFFERED/g)).toHaveLength(1);
    // The per-job copy of a grouped note is not repeated under the job.
    expect(text).not.toContain('[V1_ENV_ADDED]  trainer.env sets');
    const markdown = renderMarkdown(report);
    expect(markdown.match(/### Behaviour that changes for every job/g)).toHaveLength(1);
    expect(markdown).toContain('| PodDisruptionBudget bert-pdb (`net/selectors.yaml:24`)');
  });

  it('follows the side-by-side name in the replacements', async () => {
    const root = await repo({
      'bert.yaml': job('bert', '["python", "train.py"]'),
      'svc.yaml': SELECTORS.split('---\n')[3]!,
    });
    const report = await migrateInputs([root], options({ strategy: 'side-by-side' }), DRY_RUN);
    expect(report.gitops?.behaviour?.oldPodSelectors[0]?.useInstead).toBe(
      'jobset.sigs.k8s.io/jobset-name: bert-v2',
    );
  });

  it('says nothing when no job is converted', async () => {
    const root = await repo({ 'net.yaml': SELECTORS });
    const report = await migrateInputs([root], options(), DRY_RUN);
    expect(report.gitops?.behaviour).toBeUndefined();
  });
});
