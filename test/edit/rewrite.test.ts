import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { rewriteFile } from '../../src/edit/rewrite.js';
import type { RewriteOptions } from '../../src/edit/types.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../src/model/conversion.js';
import { requireShared, sharedPath } from '../helpers/shared.js';
import { CLEAN_JOB } from '../run/trees.js';

const options: RewriteOptions = { ...DEFAULT_CONVERT_OPTIONS };

const job = (name: string, workers = 1, extra = '') => `apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata:
  name: ${name}
spec:
  pytorchReplicaSpecs:
    Worker:
      replicas: ${workers}${extra}
      template:
        spec:
          containers:
            - name: pytorch
              image: busybox:1.36
              command: ["torchrun", "--nproc-per-node=1", "--rdzv-backend=c10d", "--rdzv-endpoint=etcd:2379", "train.py"]
`;

describe('rewriteFile', () => {
  it('holds back a job the caller vetoes and still converts the others in the file', () => {
    const text = `${job('keep-me')}---\n${job('convert-me')}`;
    const held = { severity: 'error' as const, code: 'EDIT_UNSUPPORTED' as const, message: 'held', path: '' };
    const result = rewriteFile('jobs.yaml', text, {
      ...options,
      hold: (j) => (j.name === 'keep-me' ? [held] : undefined),
    });
    expect(result.jobs.map((j) => [j.name, j.status])).toEqual([
      ['keep-me', 'needs-review'],
      ['convert-me', 'converted'],
    ]);
    const docs = parseAllDocuments(result.newText as string).map((d) => d.toJS());
    expect(docs.map((d) => d.kind)).toEqual(['PyTorchJob', 'TrainJob']);
    expect(result.newText?.startsWith(job('keep-me'))).toBe(true);
  });

  it('writes nothing when a check fails, and says why', () => {
    const result = rewriteFile('job.yaml', job('checked'), {
      ...options,
      validate: () => [
        { severity: 'error', code: 'SCHEMA_INVALID', message: 'rejected by the CRD', path: 'spec' },
      ],
    });
    expect(result.newText).toBeUndefined();
    expect(result.jobs[0]?.status).toBe('error');
    expect(result.jobs[0]?.findings.map((f) => f.code)).toContain('VERIFY_FAILED');
    expect(result.jobs[0]?.findings.at(-1)?.message).toContain('rejected by the CRD');
  });

  it('reports invalid YAML with its line and column', () => {
    const result = rewriteFile(
      'bad.yaml',
      `${job('ok')}---\nkind: PyTorchJob\nmetadata: [unclosed\n`,
      options,
    );
    expect(result.newText).toBeUndefined();
    expect(result.error?.line).toBe(18);
    expect(result.error?.column).toBeGreaterThan(0);
    expect(result.error?.message).toMatch(/fix the YAML/);
  });

  it('places the comment of Worker.replicas by numNodes', () => {
    const result = rewriteFile('job.yaml', job('commented', 3, '  # grow with the data'), options);
    const lines = (result.newText as string).split('\n');
    expect(lines).toContain('    numNodes: 3  # grow with the data');
  });

  it('leaves a flow-style spec for a person, with the reason', () => {
    const text =
      'apiVersion: kubeflow.org/v1\nkind: PyTorchJob\nmetadata: {name: flow}\nspec: {pytorchReplicaSpecs: {Master: {replicas: 1, template: {spec: {containers: [{name: pytorch, image: a, command: [torchrun, --nproc-per-node=1]}]}}}}}\n';
    const result = rewriteFile('flow.yaml', text, options);
    expect(result.newText).toBeUndefined();
    expect(result.jobs[0]?.status).toBe('needs-review');
    expect(result.jobs[0]?.findings.map((f) => f.code)).toContain('EDIT_UNSUPPORTED');
  });

  it('resolves an alias whose anchor is removed with the Master', () => {
    const text = `apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata:
  name: aliased
spec:
  pytorchReplicaSpecs:
    Master:
      replicas: 1
      template:
        spec:
          containers:
            - name: pytorch
              image: busybox:1.36
              command: ["torchrun", "--nproc-per-node=1", "train.py"]
              env: &env
                - name: A
                  value: "1"
    Worker:
      replicas: 1
      template:
        spec:
          containers:
            - name: pytorch
              image: busybox:1.36
              command: ["torchrun", "--nproc-per-node=1", "train.py"]
              env: *env
`;
    const result = rewriteFile('aliased.yaml', text, options);
    const out = parse(result.newText as string);
    expect(out.spec.trainer.env).toEqual([{ name: 'A', value: '1' }]);
    expect(result.newText).not.toMatch(/\*env/);
  });
});

describe('templated files', () => {
  it('skips a job whose structure is templated, naming the template line', () => {
    const text = `apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata:
  name: {{ .Release.Name }}
spec:
  pytorchReplicaSpecs:
    Master:
      replicas: 1
      template:
        spec:
          containers:
            - name: pytorch
              image: busybox:1.36
              command: ["torchrun", "--nproc-per-node=1", "train.py"]
              {{- with .Values.resources }}
              resources:
                {{- toYaml . | nindent 16 }}
              {{- end }}
`;
    const result = rewriteFile('charts/x/templates/job.yaml', text, options);
    expect(result.kind).toBe('helm');
    expect(result.newText).toBeUndefined();
    expect(result.jobs[0]?.status).toBe('skipped');
    expect(result.jobs[0]?.findings.at(-1)?.message).toContain('Line 15 ({{- with .Values.resources }})');
  });

  it('skips a job whose replica count is a template value', () => {
    const text = job('{{ .Release.Name }}', 1).replace('replicas: 1', 'replicas: {{ .Values.workers }}');
    const result = rewriteFile('charts/x/templates/job.yaml', text, options);
    expect(result.newText).toBeUndefined();
    expect(result.jobs[0]?.status).toBe('skipped');
    expect(result.jobs[0]?.findings.map((f) => f.code)).toContain('TEMPLATED_FIELD');
    // The finding points at the templated line, and no node count is made up for it.
    expect(result.jobs[0]?.findings.at(-1)?.message).toMatch(
      /^Line 8 \(spec\.pytorchReplicaSpecs\.Worker: \{\{ \.Values\.workers \}\}\)/,
    );
    expect(result.jobs[0]?.numNodes).toBeUndefined();
    expect(result.jobs[0]?.conversion?.summary?.replicas).toEqual({});
  });
});

describe('files left as they are', () => {
  it('reports Katib trial templates with what would change', () => {
    if (!requireShared()) return;
    const file = 'kubeflow__katib/examples__v1beta1__kubeflow-training-operator__pytorchjob-mnist.yaml';
    const text = readFileSync(sharedPath('corpus', 'real-world', file), 'utf8');
    const result = rewriteFile(file, text, options);
    expect(result.kind).toBe('katib');
    expect(result.newText).toBeUndefined();
    expect(result.jobs).toHaveLength(1);
    expect(result.jobs[0]?.status).toBe('needs-review');
    const katib = result.jobs[0]?.findings.find((f) => f.code === 'KATIB_TRIAL_TEMPLATE');
    expect(katib?.message).toContain('primaryContainerName pytorch → node');
    expect(katib?.message).toContain('numNodes 2');
  });

  it('reports kustomizations without touching them', () => {
    const text =
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\npatches:\n  - target: {kind: PyTorchJob}\n    path: p.yaml\n';
    const result = rewriteFile('overlays/gpu/kustomization.yaml', text, options);
    expect(result.kind).toBe('kustomization');
    expect(result.newText).toBeUndefined();
    expect(result.skipReason).toMatch(/kustomization/);
  });
});

describe('documents beside the jobs', () => {
  const configMap = (keys: number, duplicate = '') =>
    [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: settings  # kept as written',
      'data:',
      ...Array.from({ length: keys }, (_, i) => `  key${i}: "value ${i}"`),
      duplicate,
    ].join('\n');

  it('leaves every other document byte for byte, whatever its size', () => {
    const other = configMap(5000);
    const text = `${other}\n---\n${job('beside-a-map')}---\n${other}\n`;
    const result = rewriteFile('mixed.yaml', text, options);
    expect(result.jobs.map((j) => j.status)).toEqual(['converted']);
    const [first, second, third] = (result.newText as string).split('\n---\n');
    expect(first).toBe(other);
    expect(parse(second as string).kind).toBe('TrainJob');
    expect(third).toBe(`${other}\n`);
  });

  it('reports a duplicate key in a job document where it is', () => {
    const text = job('twice', 2, '\n      replicas: 3');
    const result = rewriteFile('twice.yaml', text, options);
    expect(result.newText).toBeUndefined();
    expect(result.error?.message).toBe('Map keys must be unique; fix the YAML and run again');
    expect([result.error?.line, result.error?.column]).toEqual([9, 7]);
  });

  it('reports a duplicate key or a syntax error in any document of the file, with its place', () => {
    const duplicate = rewriteFile(
      'beside.yaml',
      `${job('ok')}---\n${configMap(3, '  key1: "again"')}\n`,
      options,
    );
    expect(duplicate.newText).toBeUndefined();
    expect(duplicate.error?.message).toBe('Map keys must be unique; fix the YAML and run again');
    expect([duplicate.error?.line, duplicate.error?.column]).toEqual([24, 3]);
    const broken = rewriteFile('broken.yaml', `${job('ok')}---\nkind: ConfigMap\ndata: {a: 1\n`, options);
    expect(broken.newText).toBeUndefined();
    expect(broken.error?.message).toMatch(/^Flow map in block collection must be sufficiently indented/);
    expect(broken.error?.line).toBe(18);
  });

  it('does not attempt a job document over 1 MiB, and says where it is', () => {
    const padding = Array.from({ length: 30000 }, (_, i) => `    note-${i}: "${'x'.repeat(30)}"`).join('\n');
    const big = `${job('huge')}  annotations:\n${padding}\n`.replace(
      'metadata:\n  name: huge\n',
      `metadata:\n  name: huge\n  annotations:\n${padding}\n`,
    );
    const result = rewriteFile('huge.yaml', `${configMap(2)}\n---\n${big}`, options);
    expect(result.newText).toBeUndefined();
    expect(result.jobs).toEqual([]);
    expect(result.error?.line).toBe(11);
    expect(result.error?.message).toMatch(
      /PyTorchJob at line 11 is in a document of \d+ bytes, over the 1048576-byte limit/,
    );
  });
});

describe('a PyTorchJob whose namespace is not a string', () => {
  const job = CLEAN_JOB.replace('namespace: ml', 'namespace: 123');
  it.each(['replace', 'side-by-side'] as const)(
    'is reported, not converted (%s), so runs stay idempotent',
    (strategy) => {
      const result = rewriteFile('job.yaml', job, { ...DEFAULT_CONVERT_OPTIONS, strategy });
      expect(result.newText).toBeUndefined();
      expect(result.jobs[0]?.status).not.toBe('converted');
      expect(result.jobs[0]?.findings).toContainEqual(
        expect.objectContaining({
          code: 'NAME_INVALID',
          path: 'metadata.namespace',
          message: expect.stringMatching(/not a string/),
        }),
      );
    },
  );
});
