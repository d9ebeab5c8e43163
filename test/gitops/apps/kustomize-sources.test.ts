/**
 * Apps whose source is a kustomization deploy what it includes from elsewhere (users-and-gitops.md
 * §6.2): the Argo CD app of the demo points at `clusters/prod`, which lists `apps/training`; Flux
 * Kustomizations point at an overlay, or at a folder whose subfolders are overlays.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { impactOf, type RepoLayout } from '../../../src/gitops/apps/impact.js';
import { parseGitOpsText } from '../../../src/gitops/apps/parse.js';
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

async function copyOf(fixture: string, extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tjm-apps-kustomize-'));
  temps.push(dir);
  await cp(join(fixturesDir, fixture), dir, { recursive: true });
  for (const [relPath, text] of Object.entries(extra)) {
    await mkdir(dirname(join(dir, relPath)), { recursive: true });
    await writeFile(join(dir, relPath), text);
  }
  return dir;
}

const appsOf = (report: Report) =>
  Object.fromEntries((report.gitops?.apps?.apps ?? []).map((app) => [app.name, app]));

const convertedIn = (report: Report, path: string): string[] =>
  (report.files.find((file) => file.path === path)?.jobs ?? [])
    .filter((job) => job.status === 'converted')
    .map((job) => job.name);

describe('the demo repository: an Argo CD app on a cluster kustomization that lists the apps', () => {
  it('deploys the converted jobs of apps/training, so merging deletes and restarts them', async () => {
    const root = await copyOf('demo-gitops');
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(reportValidator()(report).errors).toEqual([]);
    const converted = ['mnist-ddp.yaml', 'llm-finetune.yaml', 'elastic-imagenet.yaml'].flatMap((file) =>
      convertedIn(report, `apps/training/${file}`),
    );
    expect(converted.length).toBeGreaterThan(0);

    const app = appsOf(report)['training-prod'];
    expect(app).toMatchObject({
      controller: 'argocd',
      kind: 'Application',
      path: 'argocd/training-app.yaml',
      sources: ['clusters/prod'],
      syncPolicy: { automated: true, prune: true },
      effect: 'deletes-and-restarts',
    });
    expect(app?.approximate).toBeUndefined();
    expect(app?.jobs.map((job) => job.name).sort()).toEqual([...converted].sort());
    expect(app?.changedFiles.every((file) => file.startsWith('apps/training/'))).toBe(true);
    // Not listed in apps/training/kustomization.yaml, so no app deploys it.
    expect(app?.changedFiles).not.toContain('apps/training/quick-check.json');
    expect(app?.message).toContain('a training that is still running is stopped');

    const markdown = renderMarkdown(report);
    expect(markdown).not.toContain('No Argo CD or Flux object in the repository deploys the changed files');
    expect(markdown).toContain('Argo CD Application **training-prod**');
  });
});

const fluxKustomization = (name: string, path: string, prune: boolean): string => `---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: ${name}
  namespace: flux-system
spec:
  interval: 10m
  path: ${path}
  prune: ${prune}
  sourceRef:
    kind: GitRepository
    name: platform
`;

describe('Flux Kustomizations over the kustomize-overlays repository', () => {
  it('an overlay path deploys the base job and the overlay patch files, not the other overlays', async () => {
    const root = await copyOf('repos/kustomize-overlays', {
      'clusters/prod/training.yaml': fluxKustomization('training-prod', './overlays/prod', true),
      'clusters/staging/training.yaml': fluxKustomization('training-staging', './overlays/staging', false),
    });
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(reportValidator()(report).errors).toEqual([]);
    expect(convertedIn(report, 'base/pytorchjob.yaml')).toEqual(['mnist-ddp']);
    const changed = new Set(report.files.filter((file) => file.diff !== undefined).map((file) => file.path));

    const apps = appsOf(report);
    const prod = apps['training-prod'];
    expect(prod).toMatchObject({
      controller: 'flux',
      kind: 'Kustomization',
      sources: ['overlays/prod'],
      effect: 'deletes-and-restarts',
      jobs: [{ name: 'mnist-ddp', namespace: 'ml', path: 'base/pytorchjob.yaml' }],
    });
    expect(prod?.approximate).toBeUndefined();
    expect(prod?.changedFiles).toContain('base/pytorchjob.yaml');
    expect(prod?.changedFiles.every((file) => changed.has(file))).toBe(true);
    expect(prod?.changedFiles.filter((file) => file.startsWith('overlays/')).sort()).toEqual(
      [...changed].filter((file) => file.startsWith('overlays/prod/')).sort(),
    );
    expect(apps['training-staging']).toMatchObject({
      effect: 'old-job-stays',
      jobs: [{ name: 'mnist-ddp', path: 'base/pytorchjob.yaml' }],
    });
    expect(apps['training-staging']?.changedFiles.some((file) => file.startsWith('overlays/prod/'))).toBe(
      false,
    );
  });

  it('a path without a kustomization builds each overlay below it, which reaches the base', async () => {
    const root = await copyOf('repos/kustomize-overlays', {
      'clusters/all/training.yaml': fluxKustomization('every-overlay', './overlays', true),
    });
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    const app = appsOf(report)['every-overlay'];
    expect(app?.effect).toBe('deletes-and-restarts');
    expect(app?.changedFiles).toContain('base/pytorchjob.yaml');
    expect(app?.jobs.map((job) => job.name)).toEqual(['mnist-ddp']);
  });
});

const changedBase = [{ path: 'base/job.yaml', jobs: [{ name: 'train', path: 'base/job.yaml' }] }];

/** A layout where `clusters/prod` is a kustomization including `base/job.yaml`. */
function layout(unfollowed: string[] = [], withResolver = true): RepoLayout {
  const kustomize = new Set(['clusters/prod', 'clusters/dev', 'base']);
  return {
    folderKind: (folder) => (kustomize.has(folder) ? 'kustomize' : 'directory'),
    ...(withResolver && {
      kustomizationFiles: (folder: string) =>
        folder === 'clusters/prod'
          ? { files: ['clusters/prod/kustomization.yaml', 'base/job.yaml'], unfollowed }
          : folder === 'clusters/dev'
            ? { files: ['clusters/dev/kustomization.yaml'], unfollowed: [] }
            : undefined,
    }),
    kustomizationFolders: ['base', 'clusters/dev', 'clusters/prod'],
  };
}

const argoApp = (path: string): string => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: jobs}
spec:
  source: {repoURL: https://example.com/r.git, path: ${path}}
  syncPolicy: {automated: {prune: true}}
`;

describe('impactOf with kustomization sources', () => {
  it('covers exactly what the kustomization includes, and is approximate only without a resolver', () => {
    const [app] = parseGitOpsText('app.yaml', argoApp('clusters/prod')).apps;
    const [dev] = parseGitOpsText('app.yaml', argoApp('clusters/dev')).apps;
    if (!app || !dev) throw new Error('no app');
    const resolved = impactOf(app, changedBase, layout(), 'replace');
    expect(resolved).toMatchObject({ effect: 'deletes-and-restarts', changedFiles: ['base/job.yaml'] });
    expect(resolved.approximate).toBeUndefined();
    expect(impactOf(dev, changedBase, layout(), 'replace').effect).toBe('unaffected');
    // Without a resolver the folder is taken as a whole: the base is outside it, and the app is approximate.
    const byFolder = impactOf(app, changedBase, layout([], false), 'replace');
    expect(byFolder.effect).toBe('unaffected');
    const inside = [
      { path: 'clusters/prod/job.yaml', jobs: [{ name: 'j', path: 'clusters/prod/job.yaml' }] },
    ];
    expect(impactOf(app, inside, layout([], false), 'replace').approximate).toBe(true);
  });

  it('names the references its kustomization has that were not followed', () => {
    const [app] = parseGitOpsText('app.yaml', argoApp('clusters/prod')).apps;
    if (!app) throw new Error('no app');
    const note =
      'clusters/prod/kustomization.yaml line 4: remote resources entry github.com/x/y (not fetched)';
    const impact = impactOf(app, changedBase, layout([note]), 'replace');
    expect(impact.effect).toBe('deletes-and-restarts');
    expect(impact.unfollowed).toEqual([note]);
    expect(impact.message).toContain(note);
  });

  it('an ApplicationSet folder pattern reaches a base through the kustomization of a matching folder', () => {
    const { apps } = parseGitOpsText(
      'set.yaml',
      `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: clusters}
spec:
  generators:
    - git:
        repoURL: https://example.com/r.git
        directories: [{path: 'clusters/*'}]
  template:
    metadata: {name: '{{path.basename}}-jobs'}
    spec:
      source: {repoURL: https://example.com/r.git, path: '{{path}}'}
      syncPolicy: {automated: {prune: true}}
`,
    );
    const [set] = apps;
    if (!set) throw new Error('no app');
    const impact = impactOf(set, changedBase, layout(), 'replace');
    expect(impact).toMatchObject({
      name: 'prod-jobs',
      effect: 'deletes-and-restarts',
      changedFiles: ['base/job.yaml'],
    });
  });
});
