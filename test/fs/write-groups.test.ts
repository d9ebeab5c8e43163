import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileGroups } from '../../src/fs/write-groups.js';
import { makeTempDir, removeDir, writeTree } from '../scan/temp-tree.js';

let root: string;
beforeEach(async () => {
  root = await makeTempDir('write-groups');
});
afterEach(async () => {
  await removeDir(root);
});

const allFiles = async (): Promise<string[]> => (await readdir(root, { recursive: true })).sort();

describe('writeFileGroups', () => {
  it('writes every group, creates new files, and leaves no temp file', async () => {
    await writeTree(root, { 'a/job.yaml': 'old a\n', 'b/job.yaml': 'old b\n' });
    const outcomes = await writeFileGroups(root, [
      [{ relPath: 'a/job.yaml', text: 'new a\n', expected: 'old a\n' }],
      [
        { relPath: 'b/job.yaml', text: 'new b\n', expected: 'old b\n' },
        { relPath: 'b/runtimes.yaml', text: 'runtime\n', expected: undefined },
      ],
    ]);
    expect(outcomes.every((outcome) => outcome.written)).toBe(true);
    expect(await readFile(join(root, 'b/runtimes.yaml'), 'utf8')).toBe('runtime\n');
    expect(await allFiles()).toEqual(['a', 'a/job.yaml', 'b', 'b/job.yaml', 'b/runtimes.yaml']);
  });

  it('leaves a whole group as it was when one of its files cannot be written; other groups go on', async () => {
    await writeTree(root, {
      'job.yaml': 'old job\n',
      'other.yaml': 'old other\n',
      blocked: 'a file, not a folder\n',
    });
    const outcomes = await writeFileGroups(root, [
      [
        { relPath: 'job.yaml', text: 'new job\n', expected: 'old job\n' },
        { relPath: 'blocked/patch.yaml', text: 'patch\n', expected: undefined },
      ],
      [{ relPath: 'other.yaml', text: 'new other\n', expected: 'old other\n' }],
    ]);
    expect(outcomes.map((outcome) => [outcome.relPath, outcome.written])).toEqual([
      ['job.yaml', false],
      ['blocked/patch.yaml', false],
      ['other.yaml', true],
    ]);
    expect(outcomes[0]).toMatchObject({
      error: expect.stringMatching(/must change together with blocked\/patch\.yaml/),
    });
    expect(await readFile(join(root, 'job.yaml'), 'utf8')).toBe('old job\n');
    expect(await readFile(join(root, 'other.yaml'), 'utf8')).toBe('new other\n');
    expect(await allFiles()).toEqual(['blocked', 'job.yaml', 'other.yaml']);
  });

  it('refuses a file whose content differs from what was read, and its group with it', async () => {
    await writeTree(root, { 'job.yaml': 'edited meanwhile\n', 'kustomization.yaml': 'old\n' });
    await mkdir(join(root, 'new'));
    await writeFile(join(root, 'new/created.yaml'), 'someone else\n');
    const outcomes = await writeFileGroups(root, [
      [
        { relPath: 'kustomization.yaml', text: 'new\n', expected: 'old\n' },
        { relPath: 'job.yaml', text: 'new job\n', expected: 'as read\n' },
      ],
      [{ relPath: 'new/created.yaml', text: 'ours\n', expected: undefined }],
    ]);
    expect(outcomes.map((outcome) => (outcome.written ? 'written' : outcome.error))).toEqual([
      expect.stringMatching(/^not written: it must change together with job\.yaml/),
      expect.stringMatching(/^changed during the run: job\.yaml was edited after it was read/),
      expect.stringMatching(/^changed during the run: new\/created\.yaml was created by someone else/),
    ]);
    expect(await readFile(join(root, 'kustomization.yaml'), 'utf8')).toBe('old\n');
    expect(await readFile(join(root, 'new/created.yaml'), 'utf8')).toBe('someone else\n');
    expect(await allFiles()).toEqual(['job.yaml', 'kustomization.yaml', 'new', 'new/created.yaml']);
  });
});
