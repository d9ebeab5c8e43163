/**
 * The package as a user gets it: `npm pack`, then `npm install -g` of the tarball into an empty
 * prefix with no network (`--offline`, an empty cache), then the installed bin on the demo repository.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, projectRoot } from '../helpers/shared.js';

const run = promisify(execFile);

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string }[];
}

let work: string;
let pack: PackResult;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tjm-package-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: projectRoot });
  pack = (JSON.parse(stdout) as PackResult[])[0]!;
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds only dist/, the schemas, the docs, the README and package.json', async () => {
    const pkg = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
    console.log(
      `${pack.filename}: ${pack.size} bytes packed, ${pack.unpackedSize} unpacked, ${pack.entryCount} files`,
    );
    const paths = pack.files.map((file) => file.path);
    const outside = paths.filter(
      (path) => !/^(dist|schemas|docs)\//.test(path) && !['README.md', 'package.json'].includes(path),
    );
    expect(outside).toEqual([]);
    expect(paths).toContain('dist/cli.js');
    expect(paths).toContain('schemas/trainer/2.3/trainjob.schema.json');
    expect(paths).toContain('dist/validators/2.0-trainjob.js');
    // Everything the bundle needs is in it: nothing to fetch at install time.
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('installs from the tarball offline into an empty prefix, and the bin converts the demo repository', async () => {
    const prefix = join(work, 'prefix');
    const cache = join(work, 'empty-npm-cache');
    await run(
      'npm',
      [
        'install',
        '-g',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--prefix',
        prefix,
        '--cache',
        cache,
        join(work, pack.filename),
      ],
      { cwd: work },
    );
    const bin = join(prefix, 'bin', 'trainjob-migrate');
    const pkg = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
    expect((await run(bin, ['--version'], { cwd: work })).stdout.trim()).toBe(
      `trainjob-migrate ${pkg.version}`,
    );

    const repo = join(work, 'demo-gitops');
    await cp(join(fixturesDir, 'demo-gitops'), repo, { recursive: true });
    // Exit 1: one demo job needs review (README).
    const result = await run(bin, ['convert', repo, '--format', 'json'], { cwd: work }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(result).toMatchObject({ code: 1 });
    const report = JSON.parse(result.stdout);
    expect(report.summary.converted).toBe(3);
    // Validated with no flag, by the precompiled validator of the release schema shipped in the tarball.
    expect(report.inputs[0].validation).toEqual([
      expect.objectContaining({
        source: 'release',
        release: '2.3',
        schema: 'schemas/trainer/2.3/trainjob.schema.json',
      }),
    ]);
  }, 180_000);
});
