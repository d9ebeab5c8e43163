/** How the kustomize part of the GitOps section reads in the PR body and in the terminal. */
import { describe, expect, it } from 'vitest';
import type { KustomizeReport, Report } from '../../src/model/report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { sampleReport } from './sample-report.js';

function withKustomize(kustomize: KustomizeReport): Report {
  return { ...sampleReport(), gitops: { kustomize } };
}

const overlays: KustomizeReport = {
  binary: 'kubectl kustomize',
  version: 'v5.5.0',
  kustomizations: [
    {
      path: 'overlays/prod/kustomization.yaml',
      status: 'rewritten',
      build: 'passed',
      jobs: [{ name: 'mnist-ddp', path: 'base/job.yaml' }],
      overrides: [
        {
          style: 'patches-json6902',
          path: 'overlays/prod/kustomization.yaml',
          line: 7,
          outcome: 'rewritten',
          message: 'Worker replicas 7 became trainer.numNodes 8',
        },
      ],
      findings: [],
    },
    {
      path: 'overlays/dev/kustomization.yaml',
      status: 'held',
      build: 'not-run',
      jobs: [{ name: 'mnist-ddp', path: 'base/job.yaml' }],
      overrides: [
        {
          style: 'replacements',
          path: 'overlays/dev/kustomization.yaml',
          line: 3,
          outcome: 'held',
          message: 'the replacement reaches a field with no TrainJob counterpart',
        },
      ],
      findings: [],
    },
    {
      path: 'apps/web/kustomization.yaml',
      status: 'unaffected',
      build: 'not-run',
      jobs: [],
      overrides: [],
      findings: [],
    },
  ],
};

describe('kustomize section', () => {
  it('lists each affected kustomization with its patches and the build check, in the PR body', () => {
    const body = renderMarkdown(withKustomize(overlays));
    expect(body).toContain('### Kustomize overlays');
    expect(body).toContain('built before and after the rewrite with `kubectl kustomize` (v5.5.0)');
    expect(body).toMatch(/overlays\/prod\/kustomization\.yaml:1: rewritten; builds to the same jobs/);
    expect(body).toContain('Worker replicas 7 became trainer.numNodes 8');
    expect(body).toMatch(/overlays\/dev\/kustomization\.yaml:3 held: the replacement reaches/);
    expect(body).not.toContain('apps/web/kustomization.yaml');
  });

  it('says plainly when no binary was there to check the builds', () => {
    const { binary, version, ...rest } = overlays;
    const body = renderMarkdown(withKustomize(rest));
    expect(body).toContain('No kustomize or kubectl binary was found');
    const text = renderText(withKustomize(rest), {
      color: false,
      quiet: false,
      showDiffs: false,
      dryRun: true,
    });
    expect(text).toContain('No kustomize or kubectl binary was found');
    expect(text).toContain('kustomization overlays/dev/kustomization.yaml: held, not built');
  });

  it('shows nothing when no kustomization reaches a converted job', () => {
    const body = renderMarkdown(withKustomize({ kustomizations: [overlays.kustomizations[2] as never] }));
    expect(body).not.toContain('### Kustomize overlays');
  });
});

describe('runtime warnings', () => {
  it('are listed once, with the runtime, not again for every job', () => {
    const finding = {
      severity: 'warning' as const,
      code: 'RUNTIME_NOT_FOUND' as const,
      message: 'the ClusterTrainingRuntime "torch-distributed" is not defined',
      path: 'spec.runtimeRef.name',
    };
    const report = sampleReport();
    for (const file of report.files) for (const job of file.jobs) job.findings.push(finding);
    report.gitops = {
      runtimes: {
        runtimes: [
          {
            kind: 'ClusterTrainingRuntime',
            name: 'torch-distributed',
            status: 'missing',
            jobs: [{ name: 'pytorch-simple-cpu', path: 'clusters/cpu/pytorch-simple-cpu.yaml' }],
            findings: [finding],
          },
        ],
      },
    } as Report['gitops'];
    const body = renderMarkdown(report);
    expect(body.split(finding.message).length - 1).toBe(1);
    expect(body).toContain('### Runtimes');
    const text = renderText(report, { color: false, quiet: false, showDiffs: false, dryRun: true });
    expect(text.split(finding.message).length - 1).toBe(1);
    expect(text).toContain('ClusterTrainingRuntime torch-distributed: missing');
  });
});
