/**
 * The bundle loads ajv's schema compiler (dist/ajv.cjs) only when a schema is compiled at run time:
 * `--crd` and a configuration file. Run from an installed copy whose path holds a space, both work,
 * and a run that compiles nothing never loads it.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, projectRoot, requireShared, sharedPath } from '../helpers/shared.js';

let work: string;
let cli: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tjm schema compiler '));
  const installed = join(work, 'installed copy');
  await mkdir(installed);
  for (const part of ['dist', 'schemas', 'package.json']) {
    await cp(join(projectRoot, part), join(installed, part), { recursive: true });
  }
  cli = join(installed, 'dist', 'cli.js');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The installed CLI; NODE_DEBUG=module makes Node name every CommonJS file it loads on stderr. */
function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd, env: { ...process.env, NODE_DEBUG: 'module' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const loadsCompiler = (stderr: string): boolean =>
  /load "[^"]*\/installed copy\/dist\/ajv\.cjs"/.test(stderr);

describe('the schema compiler, loaded on demand', () => {
  it('validates with --crd from an installed path holding a space', async () => {
    if (!requireShared()) return;
    const crd = sharedPath('kubeflow', 'v2', 'crds', 'trainer.kubeflow.org_trainjobs.yaml');
    const result = await run(
      ['scan', join(fixturesDir, 'demo-gitops'), '--crd', crd, '--format', 'json'],
      work,
    );
    expect(loadsCompiler(result.stderr)).toBe(true);
    const report = JSON.parse(result.stdout);
    expect(report.inputs[0].validation).toEqual([{ source: 'crd', schema: crd }]);
    expect(report.summary.converted).toBeGreaterThan(0);
  });

  it('checks a configuration file with it, and a run with neither never loads it', async () => {
    const repo = join(work, 'repo');
    await cp(join(fixturesDir, 'demo-gitops'), repo, { recursive: true });
    await writeFile(join(repo, '.trainjob-migrate.yaml'), 'strategy: sideways\n');
    const bad = await run(['scan', '.', '--format', 'json'], repo);
    expect(bad.code).toBe(2);
    expect(loadsCompiler(bad.stderr)).toBe(true);
    expect(bad.stderr).toMatch(/\.trainjob-migrate\.yaml:1: .*strategy/);
    await rm(join(repo, '.trainjob-migrate.yaml'));
    const plain = await run(['scan', '.', '--format', 'json'], repo);
    expect(loadsCompiler(plain.stderr)).toBe(false);
    expect(JSON.parse(plain.stdout).inputs[0].validation[0].source).toBe('release');
  });
});
