/**
 * A job and the kustomize edits that follow it are written together or not at all: a real run over a
 * real kustomize tree, with the job edited between its plan and its write.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATION_OPTIONS } from '../../src/options.js';
import { migrateInputs } from '../../src/run.js';
import { fixturesDir } from '../helpers/shared.js';
import { snapshotTree } from '../run/trees.js';
import { PAUSE_VARIABLE, resume } from './processes.js';

const temps: string[] = [];
afterEach(async () => {
  delete process.env[PAUSE_VARIABLE];
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('files that change together', () => {
  it('leaves the overlays as they were when the base job changed during the run', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tjm-groups-'));
    temps.push(root);
    await cp(join(fixturesDir, 'repos', 'kustomize-overlays'), root, { recursive: true });
    const pauseDir = await mkdtemp(join(tmpdir(), 'tjm-pause-'));
    temps.push(pauseDir);
    const pause = join(pauseDir, 'pause');
    process.env[PAUSE_VARIABLE] = pause;
    const running = migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, {
      write: true,
      withDiffs: false,
      notify: () => undefined,
    });
    while (!existsSync(pause)) await sleep(10);
    const job = join(root, 'base/pytorchjob.yaml');
    const edited = `${await readFile(job, 'utf8')}# edited during the run\n`;
    await writeFile(job, edited);
    const before = await snapshotTree(root);
    await resume(pause);
    const report = await running;

    const planned = report.files.filter((file) => file.error !== undefined);
    expect(planned.map((file) => file.path)).toContain('base/pytorchjob.yaml');
    expect(planned.find((file) => file.path === 'base/pytorchjob.yaml')?.error?.message).toMatch(
      /^changed during the run: base\/pytorchjob\.yaml was edited/,
    );
    const partners = planned.filter((file) => file.path !== 'base/pytorchjob.yaml');
    expect(partners.length).toBeGreaterThan(0);
    for (const file of partners) {
      expect(file.error?.message).toMatch(
        /^not written: it must change together with base\/pytorchjob\.yaml/,
      );
    }
    expect(await snapshotTree(root)).toEqual(before);
    expect(report.summary.converted).toBe(0);
  }, 120_000);
});
