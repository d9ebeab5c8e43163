/**
 * What a kustomization folder deploys: the files kustomize reads when building it, on the fixture
 * overlays (checked against a real build where the binary is there) and on small trees for cycles,
 * remote and missing references.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ClosureFiles, kustomizationClosure } from '../../../src/gitops/kustomize/closure.js';
import { fixturesDir } from '../../helpers/shared.js';
import { buildFiles, kustomizeBinary } from './real-kustomize.js';

function memoryFiles(files: Record<string, string>): ClosureFiles {
  return {
    read: (relPath) => files[relPath],
    isFolder: (relPath) =>
      relPath === '' || Object.keys(files).some((path) => path.startsWith(`${relPath}/`)),
  };
}

function fixtureFiles(fixture: string): Record<string, string> {
  const root = join(fixturesDir, 'repos', fixture);
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const absolute = join(dir, name);
      if (statSync(absolute).isDirectory()) walk(absolute);
      else files[relative(root, absolute).split('\\').join('/')] = readFileSync(absolute, 'utf8');
    }
  };
  walk(root);
  return files;
}

const overlays = fixtureFiles('kustomize-overlays');

describe('kustomizationClosure on the kustomize-overlays fixture', () => {
  it('follows an overlay to its base, and takes its patch files in every legacy and current field', () => {
    const closure = kustomizationClosure('overlays/prod', memoryFiles(overlays));
    expect(closure).toEqual({
      files: [
        'base/kustomization.yaml',
        'base/pytorchjob.yaml',
        'overlays/prod/epochs.yaml',
        'overlays/prod/image.json',
        'overlays/prod/kustomization.yaml',
        'overlays/prod/replicas.yaml',
      ],
      unfollowed: [],
    });
  });

  it('takes components and replacement files, and leaves the other overlays out', () => {
    const closure = kustomizationClosure('overlays/release', memoryFiles(overlays));
    expect(closure?.files).toEqual([
      'base/kustomization.yaml',
      'base/pytorchjob.yaml',
      'components/gpu-pool/kustomization.yaml',
      'overlays/release/kustomization.yaml',
      'overlays/release/model-card.yaml',
      'overlays/release/release.yaml',
    ]);
    expect(closure?.files.some((file) => file.startsWith('overlays/staging/'))).toBe(false);
  });

  it('holds every file a real build of each overlay reads', async (context) => {
    const binary = await kustomizeBinary();
    if (!binary) return context.skip();
    for (const folder of ['overlays/prod', 'overlays/staging', 'overlays/release']) {
      const closure = kustomizationClosure(folder, memoryFiles(overlays));
      if (!closure) throw new Error(`no kustomization in ${folder}`);
      // Built from the closure's files alone, the overlay still builds: nothing it reads is missing.
      const only = Object.fromEntries(closure.files.map((file) => [file, overlays[file] ?? '']));
      const built = await buildFiles(binary, only, folder);
      const full = await buildFiles(binary, overlays, folder);
      expect(built, folder).toEqual(full);
    }
  });

  it('is undefined for a folder without a kustomization', () => {
    expect(kustomizationClosure('overlays', memoryFiles(overlays))).toBeUndefined();
  });
});

describe('kustomizationClosure on small trees', () => {
  it('reads the root folder, legacy bases, configurations and a kustomization named Kustomization', () => {
    const closure = kustomizationClosure(
      '',
      memoryFiles({
        'kustomization.yml': 'bases: [teams/a]\nconfigurations: [images.yaml]\n',
        'images.yaml': 'images: []\n',
        'teams/a/Kustomization': 'resources: [job.yaml]\n',
        'teams/a/job.yaml': 'kind: PyTorchJob\n',
        'teams/b/job.yaml': 'kind: PyTorchJob\n',
      }),
    );
    expect(closure?.files).toEqual([
      'images.yaml',
      'kustomization.yml',
      'teams/a/Kustomization',
      'teams/a/job.yaml',
    ]);
  });

  it('reads a base shared by two overlays once and stops at a cycle', () => {
    const closure = kustomizationClosure(
      'all',
      memoryFiles({
        'all/kustomization.yaml': 'resources: [../a, ../b]\n',
        'a/kustomization.yaml': 'resources: [../base, ../all]\n',
        'b/kustomization.yaml': 'resources: [../base]\n',
        'base/kustomization.yaml': 'resources: [job.yaml]\n',
        'base/job.yaml': 'kind: PyTorchJob\n',
      }),
    );
    expect(closure).toEqual({
      files: [
        'a/kustomization.yaml',
        'all/kustomization.yaml',
        'b/kustomization.yaml',
        'base/job.yaml',
        'base/kustomization.yaml',
      ],
      unfollowed: [],
    });
  });

  it('names remote, missing and unreadable references with their file and line, and follows the rest', () => {
    const closure = kustomizationClosure(
      'clusters/prod',
      memoryFiles({
        'clusters/prod/kustomization.yaml': [
          'resources:',
          '  - ../../apps/training',
          '  - https://github.com/example/jobs//base?ref=v1',
          '  - gone.yaml',
          '  - ../../apps/plain',
          '  - ../../../outside',
          '  - ../../apps/broken',
          'patches:',
          '  - path: missing-patch.yaml',
          '',
        ].join('\n'),
        'apps/training/kustomization.yaml': 'resources: [train.yaml]\n',
        'apps/training/train.yaml': 'kind: PyTorchJob\n',
        'apps/plain/job.yaml': 'kind: PyTorchJob\n',
        'apps/broken/kustomization.yaml': 'resources: [a\n',
      }),
    );
    expect(closure?.files).toEqual([
      'apps/broken/kustomization.yaml',
      'apps/training/kustomization.yaml',
      'apps/training/train.yaml',
      'clusters/prod/kustomization.yaml',
    ]);
    expect(closure?.unfollowed).toHaveLength(6);
    expect(closure?.unfollowed).toEqual(
      expect.arrayContaining([
        'clusters/prod/kustomization.yaml line 3: remote resources entry https://github.com/example/jobs//base?ref=v1 (not fetched)',
        'clusters/prod/kustomization.yaml line 4: gone.yaml does not exist',
        'clusters/prod/kustomization.yaml line 5: ../../apps/plain has no kustomization file',
        'clusters/prod/kustomization.yaml line 6: ../../../outside is outside the scanned folder',
        'clusters/prod/kustomization.yaml line 9: missing-patch.yaml does not exist',
      ]),
    );
    expect(
      closure?.unfollowed.some((note) => note.startsWith('apps/broken/kustomization.yaml cannot be read')),
    ).toBe(true);
  });
});
