import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FileKind } from '../../src/model/report.js';
import { classifyText } from '../../src/scan/classify.js';
import { requireShared, sharedPath } from '../helpers/shared.js';

/** Corpus file name → its path in the repository it came from (SOURCES.tsv `path` column). */
function originalPaths(): Map<string, string> {
  const rows = readFileSync(sharedPath('corpus', 'real-world', 'SOURCES.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return new Map(rows.map((row) => row.split('\t')).map(([file, , path]) => [file ?? '', path ?? '']));
}

function classifyCorpusFile(file: string): FileKind {
  const path = originalPaths().get(file);
  if (path === undefined) throw new Error(`${file} is not listed in SOURCES.tsv`);
  return classifyText(path, readFileSync(sharedPath('corpus', 'real-world', file), 'utf8'));
}

describe('classifying real-world files, read in place under their original paths', () => {
  // Each claim was checked by reading the file: what it is, and why.
  const cases: [string, FileKind, string][] = [
    ['kubeflow__arena/charts__pytorchjob__templates__pytorchjob.yaml', 'helm', '{{- if .Values... }} lines'],
    ['kubeflow__manifests/pytorch-job__overlays__gke__kustomization.yaml', 'kustomization', 'bases: only'],
    [
      'kubeflow__katib/examples__v1beta1__kubeflow-training-operator__pytorchjob-mnist.yaml',
      'katib',
      'Experiment whose trialTemplate.trialSpec is a PyTorchJob',
    ],
    [
      'kubeflow__katib/examples__v1alpha3__pytorchjob-example.yaml',
      'katib',
      'Experiment with a goTemplate rawTemplate using {{.Trial}}',
    ],
    [
      'tom333__argocd-kubeflow/kubeflow-katib__components__controller__trial-templates.yaml',
      'katib',
      'ConfigMap of Katib trial templates, one a PyTorchJob',
    ],
    [
      'kubeflow__katib/charts__katib__templates__controller__trial-templates-configmap.yaml',
      'helm',
      'the same ConfigMap inside the Katib Helm chart',
    ],
    [
      'aws__sagemaker-hyperpod-recipes/tests__k8s_workflow__k8s_baseline_artifacts__llama-8b__k8s_template__launch.json',
      'json',
      'a JSON object of rendered manifests',
    ],
    [
      'openshift-psap__topsail/projects__fine_tuning__roles__fine_tuning_run_fine_tuning_job__templates__fine_tuning_job.yaml.j2',
      'helm',
      'Jinja: name: {{ job_name_safe }}',
    ],
    [
      'aws-samples__awsome-distributed-training/3.test_cases__pytorch__FSDP__kubernetes__training_kubernetes.template',
      'helm',
      'name: {{ MODEL_NAME}}-fsdp, unquoted',
    ],
    [
      'sutaakar__checkpointing/pytorchjob.yaml',
      'yaml',
      'a plain PyTorchJob; its {{ }} and {% %} are in comments',
    ],
    [
      'bhajian__gke-distributed-training/training-job__housing-price-pytorchjob.yaml',
      'yaml',
      'Namespace, ConfigMap and PyTorchJob documents; the ConfigMap is not Katib',
    ],
    [
      'kubeflow__examples/pytorch_mnist__ks_app__components__train_model_GPU_v1beta2.jsonnet',
      'unknown',
      'jsonnet',
    ],
  ];

  it.for(cases)('%s is %s (%s)', ([file, kind], context) => {
    if (!requireShared()) return context.skip();
    expect(classifyCorpusFile(file)).toBe(kind);
  });
});

describe('classifying by the rules of each format', () => {
  const job = 'apiVersion: kubeflow.org/v1\nkind: PyTorchJob\nmetadata:\n  name: a\n';

  it('finds kustomizations by file name or by kind and kustomize API group', () => {
    expect(classifyText('overlays/prod/Kustomization', 'resources: [job.yaml]\n')).toBe('kustomization');
    expect(classifyText('overlays/prod/kustomization.yml', 'resources: [job.yaml]\n')).toBe('kustomization');
    const kustomization = `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\npatches:\n  - patch: |\n      ${job}`;
    expect(classifyText('overlays/prod/patch-set.yaml', kustomization)).toBe('kustomization');
  });

  it('treats a Flux Kustomization (kustomize.toolkit.fluxcd.io) as plain YAML', () => {
    const flux = 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: jobs\n';
    expect(classifyText('clusters/prod/jobs.yaml', `${flux}---\n${job}`)).toBe('yaml');
  });

  it('finds JSON by content when the name does not say, even after a byte order mark', () => {
    expect(classifyText('manifests/job', '\uFEFF  {"kind": "PyTorchJob"}')).toBe('json');
    expect(classifyText('manifests/list', '[{"kind": "PyTorchJob"}]')).toBe('json');
  });

  it('keeps quoted template strings as YAML, and unquoted actions or Helm objects as templates', () => {
    expect(classifyText('job.yaml', `${job}  labels:\n    argo: "{{workflow.name}}"\n`)).toBe('yaml');
    expect(classifyText('job.yaml', `${job}  labels:\n    run: {{ run_id }}\n`)).toBe('helm');
    expect(classifyText('job.yaml', `{{- if .Capabilities.APIVersions.Has "x" }}\n${job}{{- end }}\n`)).toBe(
      'helm',
    );
    expect(classifyText('job.yaml', `${job}  labels:\n    image: "{{ .Values.image }}"\n`)).toBe('helm');
    expect(classifyText('job.yaml', `{% if gpu %}\n${job}{% endif %}\n`)).toBe('helm');
  });

  it('treats a List of PyTorchJobs and a multi-document file as plain YAML', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: kubeflow.org/v1\n    kind: PyTorchJob\n`;
    expect(classifyText('jobs.yaml', list)).toBe('yaml');
    expect(classifyText('jobs.yml', `${job}---\n${job}`)).toBe('yaml');
  });

  it('needs a PyTorchJob in the trial template to call an Experiment Katib', () => {
    const experiment =
      'apiVersion: kubeflow.org/v1beta1\nkind: Experiment\nspec:\n  trialTemplate:\n    trialSpec:\n      apiVersion: batch/v1\n      kind: Job\n';
    expect(classifyText('exp.yaml', experiment)).toBe('yaml');
    expect(
      classifyText(
        'exp.yaml',
        experiment.replace('batch/v1', 'kubeflow.org/v1').replace('Job', 'PyTorchJob'),
      ),
    ).toBe('katib');
  });
});
