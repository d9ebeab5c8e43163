/**
 * Rewriting on worker threads (the bundled CLI, `TRAINJOB_MIGRATE_THREADS`): the same report and the
 * same written bytes as on one thread, with the work really shared.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requireShared, sharedPath } from '../helpers/shared.js';
import { snapshotTree } from '../run/trees.js';
import { runCli } from './run-cli.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The real-world corpus, `times` over in folders of its own: work enough for workers to start. */
async function corpusCopy(times = 1): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tjm-threads-'));
  dirs.push(dir);
  for (let copy = 0; copy < times; copy++) {
    await cp(sharedPath('corpus', 'real-world'), times === 1 ? dir : join(dir, `copy-${copy}`), {
      recursive: true,
    });
  }
  return dir;
}

const threads = (count: number) => ({ TRAINJOB_MIGRATE_THREADS: String(count) });
const sharing = (stderr: string) =>
  /rewrote (\d+) file\(s\): (\d+) on the main thread, (\d+) on (\d+) worker/.exec(stderr);

describe('rewriting on several threads', () => {
  it('scans the real-world corpus to the same report on one thread, with a reader thread, and with rewrite workers too', async () => {
    if (!requireShared()) return;
    const corpus = await corpusCopy(4);
    const args = ['scan', corpus, '--format', 'json', '--generate-runtimes', '--debug'];
    const one = await runCli(args, { cwd: tmpdir(), env: threads(1) });
    const two = await runCli(args, { cwd: tmpdir(), env: threads(2) });
    const four = await runCli(args, { cwd: tmpdir(), env: threads(4) });
    for (const other of [two, four]) {
      expect(other.code).toBe(one.code);
      expect(other.stdout).toBe(one.stdout);
    }
    expect(one.stderr).toContain('read the tree on the main thread');
    expect(two.stderr).toContain('read the tree on a reader thread');
    const [, total, , onWorkersOfOne, workersOfOne] = sharing(one.stderr) ?? [];
    expect([onWorkersOfOne, workersOfOne]).toEqual(['0', '0']);
    const [, totalOfTwo, , onWorkersOfTwo] = sharing(two.stderr) ?? [];
    expect([totalOfTwo, onWorkersOfTwo]).toEqual([total, '0']);
    const [, totalOfFour, , onWorkers, workers] = sharing(four.stderr) ?? [];
    expect(totalOfFour).toBe(total);
    expect(Number(total)).toBeGreaterThan(500);
    expect(workers).toBe('2');
    expect(Number(onWorkers)).toBeGreaterThan(0);
  });

  it('writes the same bytes with workers as without', async () => {
    if (!requireShared()) return;
    const [alone, shared] = [await corpusCopy(), await corpusCopy()];
    const args = ['convert', '.', '--write', '--format', 'json', '--generate-runtimes'];
    const one = await runCli(args, { cwd: alone, env: threads(1) });
    const three = await runCli(args, { cwd: shared, env: threads(3) });
    expect(three.code).toBe(one.code);
    expect(three.stdout.replaceAll(shared, '<root>')).toBe(one.stdout.replaceAll(alone, '<root>'));
    const [before, afterAlone, afterShared] = [
      await snapshotTree(sharedPath('corpus', 'real-world')),
      await snapshotTree(alone),
      await snapshotTree(shared),
    ];
    expect(afterShared).toEqual(afterAlone);
    expect(afterAlone).not.toEqual(before);
  });

  it('refuses a thread count that is not a whole number of 1 or more, before any work', async () => {
    const result = await runCli(['scan', '.'], { cwd: tmpdir(), env: { TRAINJOB_MIGRATE_THREADS: 'many' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "trainjob-migrate: TRAINJOB_MIGRATE_THREADS is 'many': give a whole number of threads, 1 or more (1 rewrites on the main thread only).\n",
    );
  });
});
