import { execFile } from 'node:child_process';
import { chmod, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fs/atomic-write.js';
import { projectRoot } from '../helpers/shared.js';
import { makeTempDir, removeDir, writeTree } from '../scan/temp-tree.js';

const run = promisify(execFile);
const ORIGINAL = 'kind: PyTorchJob # original\n';
const UPDATED = 'kind: TrainJob # updated\n';

let root: string;
let outside: string;

beforeEach(async () => {
  root = await makeTempDir('atomic-root');
  outside = await makeTempDir('atomic-outside');
});

afterEach(async () => {
  await removeDir(root);
  await removeDir(outside);
});

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and leaves no temp file', async () => {
    await writeTree(root, {
      'apps/job.yaml': ORIGINAL,
      'apps/run.yaml': ORIGINAL,
      'apps/other.yaml': 'x: 1\n',
    });
    await chmod(join(root, 'apps/job.yaml'), 0o640);
    await chmod(join(root, 'apps/run.yaml'), 0o755);
    await writeFileAtomic(root, 'apps/job.yaml', UPDATED);
    await writeFileAtomic(root, 'apps/run.yaml', UPDATED);
    expect(await readFile(join(root, 'apps/job.yaml'), 'utf8')).toBe(UPDATED);
    expect((await stat(join(root, 'apps/job.yaml'))).mode & 0o7777).toBe(0o640);
    expect((await stat(join(root, 'apps/run.yaml'))).mode & 0o7777).toBe(0o755);
    expect((await readdir(join(root, 'apps'))).sort()).toEqual(['job.yaml', 'other.yaml', 'run.yaml']);
  });

  it('creates a new file in an existing folder and writes UTF-8 with a byte order mark as given', async () => {
    await mkdir(join(root, 'apps'));
    await writeFileAtomic(root, 'apps/new.yaml', `\uFEFF${UPDATED}`);
    expect(await readFile(join(root, 'apps/new.yaml'))).toEqual(Buffer.from(`\uFEFF${UPDATED}`, 'utf8'));
  });

  it('refuses to write through a symlinked file, even one inside the root', async () => {
    await writeTree(root, { 'real.yaml': ORIGINAL });
    await symlink('real.yaml', join(root, 'alias.yaml'));
    await expect(writeFileAtomic(root, 'alias.yaml', UPDATED)).rejects.toThrow(/alias\.yaml.*symlink/);
    expect(await readFile(join(root, 'real.yaml'), 'utf8')).toBe(ORIGINAL);
    expect(await readlink(join(root, 'alias.yaml'))).toBe('real.yaml');
  });

  it('refuses to write below a symlinked folder that leaves the root', async () => {
    await writeTree(outside, { 'job.yaml': ORIGINAL });
    await symlink(outside, join(root, 'shared'));
    await expect(writeFileAtomic(root, 'shared/job.yaml', UPDATED)).rejects.toThrow(
      /shared\/job\.yaml.*symlink/,
    );
    expect(await readFile(join(outside, 'job.yaml'), 'utf8')).toBe(ORIGINAL);
    expect(await readdir(outside)).toEqual(['job.yaml']);
  });

  it.each([
    ['../escape.yaml', /leaves the root/],
    ['apps/../../escape.yaml', /leaves the root/],
    ['/etc/escape.yaml', /relative to the root/],
    ['', /relative to the root/],
  ])('refuses the path %j', async (relPath, why) => {
    await mkdir(join(root, 'apps'));
    await expect(writeFileAtomic(join(root, 'apps'), relPath, UPDATED)).rejects.toThrow(why);
    expect(await readdir(root)).toEqual(['apps']);
  });

  it('leaves the target and its folder as they were when the rename fails', async () => {
    // A folder where the file should be: the temp file is written, then the rename over it fails.
    await writeTree(root, { 'job.yaml/keep.txt': ORIGINAL });
    await expect(writeFileAtomic(root, 'job.yaml', UPDATED)).rejects.toThrow(
      /job\.yaml.*original file is unchanged/,
    );
    expect(await readdir(root)).toEqual(['job.yaml']);
    expect(await readFile(join(root, 'job.yaml/keep.txt'), 'utf8')).toBe(ORIGINAL);
  });

  it('keeps the original intact and removes the temp file when writing the content fails', async () => {
    // A file-size limit makes the write itself fail (EFBIG) in a child process; root cannot bypass it.
    const bundle = join(outside, 'atomic-write.mjs');
    await build({
      entryPoints: [join(projectRoot, 'src/fs/atomic-write.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'silent',
    });
    const script = join(outside, 'write.mjs');
    await writeFile(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(bundle)};
try { await writeFileAtomic(process.argv[2], 'job.yaml', 'x'.repeat(1 << 20)); console.log('written'); }
catch (error) { console.log(error.message); }`,
    );
    await writeTree(root, { 'job.yaml': ORIGINAL });
    // Ignoring SIGXFSZ makes the oversized write return EFBIG instead of killing the process.
    const { stdout } = await run('sh', [
      '-c',
      `trap '' XFSZ; ulimit -f 64; exec "${process.execPath}" "$@"`,
      'sh',
      script,
      root,
    ]);
    expect(stdout).toMatch(/Could not write job\.yaml.*EFBIG.*original file is unchanged/);
    expect(await readFile(join(root, 'job.yaml'), 'utf8')).toBe(ORIGINAL);
    expect(await readdir(root)).toEqual(['job.yaml']);
    expect((await lstat(join(root, 'job.yaml'))).isFile()).toBe(true);
  });
});
