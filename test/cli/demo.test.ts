/**
 * The README's first command: `npm run demo` converts fixtures/demo-gitops/ in a dry run. This keeps
 * what the README promises about it true.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validatorFor } from '../helpers/crds.js';
import { fixturesDir, projectRoot, requireShared } from '../helpers/shared.js';
import { snapshotTree } from '../run/trees.js';
import { runCli } from './run-cli.js';

const demo = join(fixturesDir, 'demo-gitops');

describe('the demo repository', () => {
  it('npm run demo shows the diff, writes nothing, and explains the one job left for review', async () => {
    const pkg = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
    expect(pkg.scripts.demo).toContain('convert fixtures/demo-gitops');
    const before = await snapshotTree(demo);
    const result = await runCli(['convert', 'fixtures/demo-gitops', '--no-color'], { cwd: projectRoot });
    expect(result.code).toBe(1);
    expect(await snapshotTree(demo)).toEqual(before);
    expect(result.stdout).toContain(
      '5 files, 5 PyTorchJobs: 3 converted, 1 need review, 1 skipped, 0 errors',
    );
    expect(result.stdout).toMatch(/! elastic-imagenet .* needs review\n\s+- \[ELASTIC_POLICY\]/);
    expect(result.stdout).toContain('+kind: TrainJob');
    // The Kueue queue label and the Flux image marker stay on their lines.
    expect(result.stdout).toContain('     kueue.x-k8s.io/queue-name: team-ml   # Kueue LocalQueue');
    expect(result.stdout).toContain(
      '+    image: ghcr.io/example/llm-finetune:0.4.1 # {"$imagepolicy": "flux-system:llm-finetune"}',
    );
    // The Argo CD app that deploys the jobs through kustomize is named with what merging does.
    expect(result.stdout).toMatch(
      /Argo CD Application training-prod .*delete the PyTorchJobs llm-finetune, mnist-ddp/,
    );
  });

  it('--write on a copy gives CRD-valid TrainJobs, and a second run finds nothing more to convert', async () => {
    if (!requireShared()) return;
    const copy = await mkdtemp(join(tmpdir(), 'demo-'));
    try {
      await cp(demo, copy, { recursive: true });
      const written = await runCli(['convert', '--write', '.'], { cwd: copy });
      expect(written.code).toBe(1);
      const validate = validatorFor('2.3');
      const trainJobs: string[] = [];
      for (const path of ['apps/training/llm-finetune.yaml', 'apps/training/mnist-ddp.yaml']) {
        for (const doc of parseAllDocuments(await readFile(join(copy, path), 'utf8'))) {
          expect(doc.errors).toEqual([]);
          const value = doc.toJS() as Record<string, unknown>;
          if (value.kind !== 'TrainJob') continue;
          expect(validate(value)).toEqual([]);
          trainJobs.push((value.metadata as { name: string }).name);
        }
      }
      const json = JSON.parse(await readFile(join(copy, 'apps/training/quick-check.json'), 'utf8'));
      expect(validate(json)).toEqual([]);
      expect(trainJobs.sort()).toEqual(['llm-finetune', 'mnist-ddp']);
      const again = await runCli(['convert', '.', '--format', 'json'], { cwd: copy });
      expect(JSON.parse(again.stdout).summary).toMatchObject({ converted: 0, needsReview: 1, skipped: 1 });
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
