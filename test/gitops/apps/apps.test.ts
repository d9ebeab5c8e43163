/**
 * Argo CD and Flux awareness: which apps deploy the converted files and what merging does under each
 * sync policy (users-and-gitops.md §6.2/§6.3), on the argo-flux-apps fixture repository and on small
 * objects for the generator and source rules.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { impactOf, type RepoLayout } from '../../../src/gitops/apps/impact.js';
import { parseGitOpsText } from '../../../src/gitops/apps/parse.js';
import { buildKustomization, findKustomize } from '../../../src/gitops/kustomize/build.js';
import type { Report } from '../../../src/model/report.js';
import { DEFAULT_MIGRATION_OPTIONS } from '../../../src/options.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { migrateInputs } from '../../../src/run.js';
import { fixturesDir } from '../../helpers/shared.js';
import { reportValidator } from '../../report/schema-validators.js';

const DRY_RUN = { write: false, withDiffs: true };
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyOf(fixture: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tjm-apps-'));
  temps.push(dir);
  await cp(join(fixturesDir, 'repos', fixture), dir, { recursive: true });
  return dir;
}

const appsOf = (report: Report) =>
  Object.fromEntries((report.gitops?.apps?.apps ?? []).map((app) => [app.name, app]));

describe('the argo-flux-apps fixture repository', () => {
  it('maps each converted job to the app that deploys it, with its sync policy and what merging does', async () => {
    const root = await copyOf('argo-flux-apps');
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(reportValidator()(report).errors).toEqual([]);
    const apps = appsOf(report);
    expect(apps.training).toMatchObject({
      controller: 'argocd',
      kind: 'Application',
      path: 'argocd/training-app.yaml',
      syncPolicy: { automated: true, prune: true, selfHeal: true },
      effect: 'deletes-and-restarts',
      changedFiles: ['apps/training/mnist.yaml'],
      jobs: [{ name: 'mnist', namespace: 'ml', queueName: 'gpu-queue' }],
    });
    expect(apps.training?.message).toContain('a training that is still running is stopped');
    expect(apps.training?.recommendation).toContain('--strategy side-by-side');
    expect(apps.training?.recommendation).toContain('/spec/suspend');
    expect(apps.research).toMatchObject({
      controller: 'flux',
      kind: 'Kustomization',
      syncPolicy: { prune: true },
      effect: 'deletes-and-restarts',
      changedFiles: ['research/bert/bert.yaml'],
    });
    expect(apps['batch-nightly']).toMatchObject({
      kind: 'ApplicationSet',
      syncPolicy: { automated: true, prune: false },
      effect: 'old-job-stays',
      changedFiles: ['batch/nightly/resnet.yaml'],
    });
    expect(apps.manual).toMatchObject({ syncPolicy: { automated: false }, effect: 'manual-sync' });
    const deployed = Object.values(apps).flatMap((app) => app.changedFiles);
    expect(deployed).not.toContain('standalone/scratch.yaml');

    const customisations = report.gitops?.apps?.customisations ?? [];
    expect(customisations.map((c) => [c.code, c.path]).sort()).toEqual([
      ['ARGO_HEALTH_CHECK', 'argocd/argocd-cm.yaml'],
      ['ARGO_IGNORE_DIFFERENCES', 'argocd/training-app.yaml'],
      ['FLUX_HEALTH_CHECK', 'clusters/prod/research.yaml'],
    ]);
    const ignore = customisations.find((c) => c.code === 'ARGO_IGNORE_DIFFERENCES');
    expect(parseAllDocuments(ignore?.equivalent ?? '')[0]?.toJS()).toEqual([
      {
        group: 'trainer.kubeflow.org',
        kind: 'TrainJob',
        jsonPointers: ['/spec/suspend', '/spec/runtimePatches'],
      },
    ]);
    const health = customisations.find((c) => c.code === 'ARGO_HEALTH_CHECK');
    expect(health?.equivalent).toContain('resource.customizations.health.trainer.kubeflow.org_TrainJob');

    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### Argo CD and Flux');
    expect(markdown).toContain('Argo CD Application **training**');
    expect(markdown).toContain('No app found for `standalone/scratch.yaml`');
    expect(markdown).toContain('`torch-distributed` (5 TrainJobs): not found');
  });

  it('with --strategy side-by-side, every affected app keeps the PyTorchJob and adds the TrainJob', async () => {
    const root = await copyOf('argo-flux-apps');
    const options = {
      ...DEFAULT_MIGRATION_OPTIONS,
      convert: { ...DEFAULT_MIGRATION_OPTIONS.convert, strategy: 'side-by-side' as const },
    };
    const report = await migrateInputs([root], options, DRY_RUN);
    const effects = new Set(
      (report.gitops?.apps?.apps ?? []).filter((app) => app.changedFiles.length > 0).map((app) => app.effect),
    );
    expect([...effects]).toEqual(['runs-alongside']);
  });

  it("the training app's kustomization builds before and after with the same image, command and node count", async (context) => {
    const binary = await findKustomize();
    if (!binary) {
      if (process.env.CI === 'true') throw new Error('CI needs kustomize or kubectl on PATH.');
      return context.skip();
    }
    const root = await copyOf('argo-flux-apps');
    const folder = join(root, 'apps/training');
    const before = await buildKustomization(binary, folder);
    await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, { write: true, withDiffs: false });
    const after = await buildKustomization(binary, folder);
    if (!before.ok || !after.ok) throw new Error('build failed');
    const [job] = parseAllDocuments(before.output).map((doc) => doc.toJS());
    const [trainJob] = parseAllDocuments(after.output).map((doc) => doc.toJS());
    expect(trainJob.kind).toBe('TrainJob');
    const master = job.spec.pytorchReplicaSpecs.Master.template.spec.containers[0];
    expect(trainJob.spec.trainer).toMatchObject({
      image: master.image,
      command: master.command,
      numNodes: 2,
    });
  });
});

const layout = (kinds: Record<string, 'kustomize' | 'helm'> = {}): RepoLayout => ({
  folderKind: (folder) => kinds[folder] ?? 'directory',
});
const changed = [
  { path: 'teams/a/jobs/train.yaml', jobs: [{ name: 'train', path: 'teams/a/jobs/train.yaml' }] },
];

describe('sources and generators', () => {
  it('an Argo CD directory app takes only its own folder unless directory.recurse is set', () => {
    const app = (recurse: boolean) =>
      parseGitOpsText(
        'app.yaml',
        `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: a}
spec:
  source: {repoURL: https://example.com/r.git, path: ./teams/a, directory: {recurse: ${recurse}}}
  syncPolicy: {automated: {prune: true}}
`,
      ).apps[0];
    const flat = app(false);
    const deep = app(true);
    if (!flat || !deep) throw new Error('no app');
    expect(impactOf(flat, changed, layout(), 'replace').effect).toBe('unaffected');
    expect(impactOf(deep, changed, layout(), 'replace').effect).toBe('deletes-and-restarts');
  });

  it('expands ApplicationSet list elements and reports generators that depend on the cluster', () => {
    const { apps } = parseGitOpsText(
      'set.yaml',
      `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: teams}
spec:
  generators:
    - list:
        elements:
          - {team: a}
          - {team: b}
    - clusters: {}
  template:
    metadata: {name: 'team-{{team}}'}
    spec:
      source: {repoURL: https://example.com/r.git, path: 'teams/{{team}}/jobs'}
      syncPolicy: {automated: {prune: false}}
`,
    );
    expect(apps.map((app) => [app.name, app.sources.map((s) => s.path), app.unresolved])).toEqual([
      ['team-a', ['teams/a/jobs'], undefined],
      ['team-b', ['teams/b/jobs'], undefined],
      ['teams', [], 'its clusters generator depends on data outside the repository'],
    ]);
    const [teamA, , clusters] = apps;
    if (!teamA || !clusters) throw new Error('missing apps');
    expect(impactOf(teamA, changed, layout(), 'replace').effect).toBe('old-job-stays');
    expect(impactOf(clusters, changed, layout(), 'replace').effect).toBe('unresolved');
  });

  it('a Flux HelmRelease with a chart from a Git folder deploys that folder, and prunes through Helm', () => {
    const { apps } = parseGitOpsText(
      'hr.yaml',
      `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: jobs, namespace: ml}
spec:
  chart:
    spec:
      chart: ./teams/a
      sourceRef: {kind: GitRepository, name: repo}
`,
    );
    const [release] = apps;
    if (!release) throw new Error('no release');
    expect(release.sources).toEqual([{ path: 'teams/a', recurse: true }]);
    const impact = impactOf(release, changed, layout({ 'teams/a': 'helm' }), 'replace');
    expect(impact.effect).toBe('deletes-and-restarts');
    expect(impact.message).toContain('a Helm upgrade');
  });

  it('automated.enabled: false is a manual app', () => {
    const { apps } = parseGitOpsText(
      'app.yaml',
      `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: off}
spec:
  source: {repoURL: https://example.com/r.git, path: teams/a/jobs}
  syncPolicy: {automated: {enabled: false, prune: true}}
`,
    );
    expect(apps[0]?.syncPolicy).toMatchObject({ automated: false, prune: false });
  });
});
