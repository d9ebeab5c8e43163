import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isKustomizationPath,
  type PatchOverride,
  parseKustomization,
} from '../../../src/gitops/kustomize/kustomization.js';
import { fixturesDir } from '../../helpers/shared.js';

const fixture = (relPath: string): string =>
  readFileSync(join(fixturesDir, 'repos', 'kustomize-overlays', relPath), 'utf8');

describe('isKustomizationPath', () => {
  it('knows the three file names kustomize looks for, in any folder', () => {
    expect(isKustomizationPath('kustomization.yaml')).toBe(true);
    expect(isKustomizationPath('a/b/kustomization.yml')).toBe(true);
    expect(isKustomizationPath('a/Kustomization')).toBe(true);
    expect(isKustomizationPath('a/kustomization.json')).toBe(false);
    expect(isKustomizationPath('a/my-kustomization.yaml')).toBe(false);
  });
});

describe('parseKustomization', () => {
  it('reads resources, legacy bases, components and configurations with their lines', () => {
    const text = [
      'resources:',
      '  - ../../base',
      '  - job.yaml',
      'bases: [../legacy]',
      'components:',
      '  - ../../components/gpu',
      'configurations:',
      '  - images.yaml',
      '',
    ].join('\n');
    const kustomization = parseKustomization('overlays/prod/kustomization.yaml', text);
    expect(kustomization.dir).toBe('overlays/prod');
    expect(kustomization.parseError).toBeUndefined();
    expect(kustomization.references).toEqual([
      { field: 'resources', value: '../../base', line: 2 },
      { field: 'resources', value: 'job.yaml', line: 3 },
      { field: 'bases', value: '../legacy', line: 4 },
      { field: 'components', value: '../../components/gpu', line: 6 },
      { field: 'configurations', value: 'images.yaml', line: 8 },
    ]);
    expect(kustomization.configurationsNode).toBeDefined();
    expect(kustomization.overrides).toEqual([]);
  });

  it('reads the name and namespace settings, and a root kustomization has an empty folder', () => {
    const kustomization = parseKustomization(
      'kustomization.yaml',
      'namespace: training\nnamePrefix: prod-\nnameSuffix: -v1\n',
    );
    expect(kustomization).toMatchObject({
      dir: '',
      namespace: 'training',
      namePrefix: 'prod-',
      nameSuffix: '-v1',
    });
  });

  it('reads every patch style of the fixture overlays, inline and in files, with their targets', () => {
    const staging = parseKustomization(
      'overlays/staging/kustomization.yaml',
      fixture('overlays/staging/kustomization.yaml'),
    );
    const patches = staging.overrides.filter(
      (override): override is PatchOverride => override.kind === 'patch',
    );
    expect(patches.map((patch) => [patch.style, patch.line, patch.source.type, patch.target])).toEqual([
      ['patches-smp', 11, 'inline', undefined],
      [
        'patches-smp',
        22,
        'file',
        { group: 'kubeflow.org', version: 'v1', kind: 'PyTorchJob', name: 'mnist-ddp' },
      ],
      ['patches-smp', 29, 'inline', { kind: 'PyTorchJob', name: 'mnist-ddp' }],
    ]);
    const inline = patches[0]?.source;
    expect(inline?.type === 'inline' && inline.text).toContain('replicas: 3');
    expect(patches[1]?.source).toEqual({ type: 'file', value: 'placement.yaml' });
    expect(patches[2]?.targetNode).toBeDefined();
    expect(staging.overrides.find((override) => override.kind === 'image')).toEqual({
      kind: 'image',
      style: 'images',
      line: 7,
      name: 'registry.example.com/ml/mnist',
    });

    const prod = parseKustomization(
      'overlays/prod/kustomization.yaml',
      fixture('overlays/prod/kustomization.yaml'),
    );
    expect(prod.namePrefix).toBe('prod-');
    expect(prod.overrides.map((override) => [override.style, override.line])).toEqual([
      ['patchesStrategicMerge', 7],
      ['patches-smp', 17],
      ['patchesJson6902', 9],
    ]);
    const legacy = prod.overrides[2] as PatchOverride;
    expect(legacy.source).toEqual({ type: 'file', value: 'epochs.yaml' });
    expect(legacy.target).toEqual({
      group: 'kubeflow.org',
      version: 'v1',
      kind: 'PyTorchJob',
      name: 'mnist-ddp',
    });
  });

  it('orders overrides as kustomize applies them: strategic merge files, patches, JSON 6902, images, replacements', () => {
    const text = [
      'replacements:',
      '  - path: replacement.yaml',
      'images:',
      '  - name: busybox',
      '    newTag: "2"',
      'patchesJson6902:',
      '  - target: {kind: PyTorchJob, name: a}',
      '    path: ops.yaml',
      'patches:',
      '  - path: smp.yaml',
      'patchesStrategicMerge:',
      '  - legacy.yaml',
      '  - |-',
      '    apiVersion: kubeflow.org/v1',
      '    kind: PyTorchJob',
      '    metadata: {name: a}',
      '',
    ].join('\n');
    const kustomization = parseKustomization('kustomization.yaml', text);
    expect(kustomization.overrides.map((override) => override.style)).toEqual([
      'patchesStrategicMerge',
      'patchesStrategicMerge',
      'patches-smp',
      'patchesJson6902',
      'images',
      'replacements',
    ]);
    const [file, inline] = kustomization.overrides as PatchOverride[];
    expect(file?.source).toEqual({ type: 'file', value: 'legacy.yaml' });
    expect(inline?.source.type === 'inline' && inline.source.text).toContain('kind: PyTorchJob');
  });

  it('keeps the targets of every selector field, labels and annotations included', () => {
    const text = [
      'patches:',
      '  - path: p.yaml',
      '    target:',
      '      group: kubeflow.org',
      '      version: v1',
      '      kind: PyTorchJob',
      '      name: train-.*',
      '      namespace: ml',
      '      labelSelector: team=vision,env!=dev',
      '      annotationSelector: owner',
      '',
    ].join('\n');
    const [patch] = parseKustomization('kustomization.yaml', text).overrides as PatchOverride[];
    expect(patch?.target).toEqual({
      group: 'kubeflow.org',
      version: 'v1',
      kind: 'PyTorchJob',
      name: 'train-.*',
      namespace: 'ml',
      labelSelector: 'team=vision,env!=dev',
      annotationSelector: 'owner',
    });
  });

  it('reads replacements inline with their value, and in files by path', () => {
    const text = [
      'replacements:',
      '  - source: {kind: ConfigMap, name: cfg, fieldPath: data.image}',
      '    targets:',
      '      - select: {kind: PyTorchJob}',
      '        fieldPaths: [spec.x]',
      '  - path: more.yaml',
      '',
    ].join('\n');
    const [inline, file] = parseKustomization('kustomization.yaml', text).overrides;
    expect(inline).toMatchObject({
      kind: 'replacement',
      line: 2,
      value: {
        source: { kind: 'ConfigMap', name: 'cfg', fieldPath: 'data.image' },
        targets: [{ select: { kind: 'PyTorchJob' }, fieldPaths: ['spec.x'] }],
      },
    });
    expect(file).toMatchObject({ kind: 'replacement', line: 6, path: 'more.yaml' });
    expect(file).not.toHaveProperty('value');
  });

  it('skips entries it cannot use instead of failing', () => {
    const text =
      'patches:\n  - target: {kind: PyTorchJob}\n  - 42\nimages:\n  - newTag: "1"\nresources:\n  - {a: 1}\n';
    const kustomization = parseKustomization('kustomization.yaml', text);
    expect(kustomization.overrides).toEqual([]);
    expect(kustomization.references).toEqual([]);
  });

  it('reports a file that is not a YAML map, or not YAML, and fills in nothing else', () => {
    expect(parseKustomization('kustomization.yaml', '- a\n- b\n')).toMatchObject({
      parseError: 'not a YAML map',
      references: [],
      overrides: [],
    });
    const broken = parseKustomization('kustomization.yaml', 'resources: [a\n');
    expect(broken.parseError).toBeDefined();
  });

  it('gives lines for offsets and where the content ends, to append a key', () => {
    const text = 'resources:\n  - a.yaml\n# trailing comment\n';
    const kustomization = parseKustomization('kustomization.yaml', text);
    expect(kustomization.lineOf(text.indexOf('a.yaml'))).toBe(2);
    expect(text.slice(0, kustomization.contentEnd)).toContain('a.yaml');
  });
});
