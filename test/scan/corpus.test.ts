import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { requireShared, sharedPath } from '../helpers/shared.js';
import { candidatePaths, collect } from './temp-tree.js';

const corpus = sharedPath('corpus', 'real-world');

/** Files under `corpus` that grep finds the needle in, relative, sorted. */
function grepFiles(extraArgs: string[] = []): string[] {
  const output = execFileSync('grep', ['-rlF', ...extraArgs, 'PyTorchJob', '.'], { cwd: corpus }).toString();
  return output
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^\.\//, ''))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('scanning the real-world corpus', () => {
  it('finds exactly the files grep finds when every file is included', async (context) => {
    if (!requireShared()) return context.skip();
    const expected = grepFiles();
    expect(expected.length).toBeGreaterThan(100);
    expect(candidatePaths(await collect(corpus, { include: ['**/*'] }))).toEqual(expected);
  });

  it('finds exactly the manifests and YAML templates grep finds with the default include', async (context) => {
    if (!requireShared()) return context.skip();
    const manifestNames = ['yaml', 'yml', 'json', 'yaml.tmpl', 'yml.tmpl', 'yaml.template', 'yml.template'];
    const expected = grepFiles(
      [...manifestNames, 'yaml.j2', 'yml.j2'].map((extension) => `--include=*.${extension}`),
    );
    const scanned = candidatePaths(await collect(corpus));
    expect(scanned).toEqual(expected);
    // The corpus holds templates the default must reach, and non-manifests it must not.
    expect(scanned.some((path) => path.endsWith('.yaml.j2'))).toBe(true);
    expect(scanned.some((path) => path.endsWith('.yaml.template'))).toBe(true);
    expect(scanned.some((path) => path.endsWith('.jsonnet'))).toBe(false);
  });
});
