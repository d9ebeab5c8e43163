/**
 * A real run against a real file system, interfered with between its plan and its writes: files edited
 * or deleted meanwhile, a second run, SIGKILL in the middle of writing a thousand files.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../cli/run-cli.js';
import { CLEAN_JOB, removeTree, writeTree } from '../run/trees.js';
import { PAUSE_VARIABLE, resume, startCli, waitForPause } from './processes.js';

const run = promisify(execFile);

const dirs: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeTree));
});

const job = (name: string): string => CLEAN_JOB.replace('name: pytorch-simple-cpu', `name: ${name}`);

function jobTree(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`jobs/job-${String(i).padStart(4, '0')}.yaml`] = job(`job-${i}`);
  return files;
}

async function tempFilesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.tjm-tmp'));
}

describe('a file changed between the plan and the write', () => {
  it('keeps an edit and a deletion made meanwhile, reports both, and writes the rest', async () => {
    const root = await writeTree(jobTree(4));
    dirs.push(root);
    const pause = join(await tempDir('tjm-pause-'), 'pause');
    const running = startCli(['convert', '--write', '--format', 'json', '.'], root, {
      [PAUSE_VARIABLE]: pause,
    });
    await waitForPause(pause, running);
    const edited = `${job('job-0')}# edited by a person during the run\n`;
    await writeFile(join(root, 'jobs/job-0000.yaml'), edited);
    await unlink(join(root, 'jobs/job-0001.yaml'));
    await resume(pause);
    const result = await running.done;

    expect(result.code).toBe(1);
    expect(await readFile(join(root, 'jobs/job-0000.yaml'), 'utf8')).toBe(edited);
    expect(await readdir(join(root, 'jobs'))).not.toContain('job-0001.yaml');
    for (const kept of ['job-0002.yaml', 'job-0003.yaml']) {
      expect(await readFile(join(root, 'jobs', kept), 'utf8')).toContain('kind: TrainJob');
    }
    const report = JSON.parse(result.stdout) as {
      files: { path: string; status: string; error?: { message: string } }[];
    };
    const byPath = new Map(report.files.map((file) => [file.path, file]));
    expect(byPath.get('jobs/job-0000.yaml')?.error?.message).toMatch(/^changed during the run: .*was edited/);
    expect(byPath.get('jobs/job-0001.yaml')?.error?.message).toMatch(
      /^changed during the run: .*was deleted/,
    );
    expect(byPath.get('jobs/job-0002.yaml')?.status).toBe('converted');
    expect(await tempFilesUnder(root)).toEqual([]);
    console.log(
      'lost-update run: 1 edit and 1 deletion made during the run, both kept; 2 other files converted',
    );
  }, 60_000);
});

describe('two runs at once', () => {
  it('one writes, the other stops on the lock and names the first', async () => {
    const root = await writeTree(jobTree(3));
    dirs.push(root);
    const pause = join(await tempDir('tjm-pause-'), 'pause');
    const first = startCli(['convert', '--write', '.'], root, { [PAUSE_VARIABLE]: pause });
    await waitForPause(pause, first);
    const second = await runCli(['convert', '--write', '.'], { cwd: root });
    expect(second.code).toBe(1);
    expect(second.stdout + second.stderr).toContain(`another run (pid ${first.child.pid}`);
    expect(second.stdout + second.stderr).toMatch(/is writing here; nothing was written/);
    expect(await readFile(join(root, 'jobs/job-0000.yaml'), 'utf8')).toBe(job('job-0'));
    await resume(pause);
    const done = await first.done;
    expect(done.code).toBe(0);
    expect(await readFile(join(root, 'jobs/job-0000.yaml'), 'utf8')).toContain('kind: TrainJob');
  }, 60_000);
});

describe('SIGKILL in the write phase', () => {
  it('leaves every file original or converted, and the next run finishes the job and leaves no temp file', async () => {
    const files = jobTree(1000);
    const root = await writeTree(files);
    dirs.push(root);
    const reference = await tempDir('tjm-reference-');
    await cp(root, reference, { recursive: true });
    // The reference run converts a copy and measures how long its write phase takes.
    const pauseDir = await tempDir('tjm-pause-');
    const referencePause = join(pauseDir, 'reference');
    const referenceRun = startCli(['convert', '--write', '-q', '.'], reference, {
      [PAUSE_VARIABLE]: referencePause,
    });
    await waitForPause(referencePause, referenceRun);
    const writeStart = performance.now();
    await resume(referencePause);
    expect((await referenceRun.done).code).toBe(0);
    const writePhaseMs = performance.now() - writeStart;
    const converted = new Map<string, string>();
    for (const relPath of Object.keys(files)) {
      converted.set(relPath, await readFile(join(reference, relPath), 'utf8'));
    }
    // Early (temp files being written), middle and late (renames under way) in the write phase.
    const delays = [0.2, 0.6, 0.9].map((share) => Math.round(share * writePhaseMs));
    const rows: string[] = [];
    const pristine = await tempDir('tjm-pristine-');
    await cp(root, pristine, { recursive: true });
    for (const [index, delay] of delays.entries()) {
      // Each kill starts from the original files (a late kill may come after the last rename): what
      // an earlier kill left is either original or converted, checked below, and its temp files stay.
      await cp(pristine, root, { recursive: true, force: true });
      const pause = join(pauseDir, `pause-${index}`);
      const running = startCli(['convert', '--write', '-q', '.'], root, { [PAUSE_VARIABLE]: pause });
      await waitForPause(pause, running);
      await resume(pause);
      await sleep(delay);
      running.child.kill('SIGKILL');
      const result = await running.done;
      let original = 0;
      let rewritten = 0;
      for (const [relPath, text] of Object.entries(files)) {
        const now = await readFile(join(root, relPath), 'utf8');
        if (now === text) original++;
        else if (now === converted.get(relPath)) rewritten++;
        else throw new Error(`${relPath} is neither the original nor the converted text after a kill`);
      }
      const temps = (await tempFilesUnder(root)).length;
      rows.push(
        `kill ${index + 1} (${delay} ms into the write phase, ${result.signal ?? `exit ${result.code}`}): ${rewritten} converted, ${original} original, ${temps} temp files left`,
      );
    }
    const last = await runCli(['convert', '--write', '-q', '.'], { cwd: root });
    expect(last.code).toBe(0);
    for (const [relPath, text] of converted) expect(await readFile(join(root, relPath), 'utf8')).toBe(text);
    expect(await tempFilesUnder(root)).toEqual([]);
    console.log(
      `${rows.join('\n')}\nnext run: exit 0, 1000 of 1000 converted, 0 temp files; ${last.stderr.trim()}`,
    );
  }, 180_000);

  it('takes over the lock of a killed run with a note', async () => {
    const root = await writeTree(jobTree(2));
    dirs.push(root);
    const pause = join(await tempDir('tjm-pause-'), 'pause');
    const running = startCli(['convert', '--write', '.'], root, { [PAUSE_VARIABLE]: pause });
    await waitForPause(pause, running);
    running.child.kill('SIGKILL');
    await running.done;
    await resume(pause);
    const next = await runCli(['convert', '--write', '.'], { cwd: root });
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(
      new RegExp(
        `took over the write lock .* of an interrupted run \\(pid ${running.child.pid},.*its process is gone`,
      ),
    );
  }, 60_000);
});

describe('temp files an interrupted run left', () => {
  it('are found by the pass, even listed in .gitignore, and removed before the writes; files merely named like them, or newer than the run, are kept and named', async () => {
    const root = await writeTree({
      '.gitignore': '*.tjm-tmp\n',
      'jobs/a.yaml': job('a'),
      'jobs/.0123456789ab.tjm-tmp': 'half-written',
      'deep/er/.abcdefabcdef.tjm-tmp': 'half-written',
      'notes/.keep-me.tjm-tmp': 'not ours',
      'jobs/.fedcba987654.tjm-tmp': 'newer than the run',
    });
    dirs.push(root);
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const relPath of ['jobs/.0123456789ab.tjm-tmp', 'deep/er/.abcdefabcdef.tjm-tmp']) {
      await utimes(join(root, relPath), hourAgo, hourAgo);
    }
    const inAnHour = new Date(Date.now() + 3_600_000);
    await utimes(join(root, 'jobs/.fedcba987654.tjm-tmp'), inAnHour, inAnHour);
    const result = await runCli(['convert', '--write', '-q', '.'], { cwd: root });
    expect(result.code).toBe(0);
    expect((await tempFilesUnder(root)).sort()).toEqual([
      'jobs/.fedcba987654.tjm-tmp',
      'notes/.keep-me.tjm-tmp',
    ]);
    expect(result.stderr).toContain(
      'removed 2 temp file(s) left by an interrupted run: deep/er/.abcdefabcdef.tjm-tmp, jobs/.0123456789ab.tjm-tmp.',
    );
    expect(result.stderr).toMatch(
      /2 file\(s\) named like temp files were left as they are: jobs\/\.fedcba987654\.tjm-tmp, notes\/\.keep-me\.tjm-tmp/,
    );
    expect(await readFile(join(root, 'jobs/a.yaml'), 'utf8')).toContain('kind: TrainJob');
  });

  it('beside a one-file input are removed too, and a dry run removes none', async () => {
    const root = await writeTree({ 'a.yaml': job('a'), '.0123456789ab.tjm-tmp': 'half-written' });
    dirs.push(root);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(join(root, '.0123456789ab.tjm-tmp'), hourAgo, hourAgo);
    expect((await runCli(['convert', '.'], { cwd: root })).code).toBe(0);
    expect(await tempFilesUnder(root)).toEqual(['.0123456789ab.tjm-tmp']);
    const result = await runCli(['convert', '--write', '-q', 'a.yaml'], { cwd: root });
    expect(result.code).toBe(0);
    expect(await tempFilesUnder(root)).toEqual([]);
    expect(result.stderr).toContain(
      'removed 1 temp file(s) left by an interrupted run: .0123456789ab.tjm-tmp.',
    );
  });
});

describe('a file that cannot be written', () => {
  it('is an error of its own; the other files are written and the report lists exactly those', async () => {
    // Over the file-size limit of the process, the big file's write fails (EFBIG), even for root.
    const big = `${job('big')}${'# padding\n'.repeat(20_000)}`;
    const root = await writeTree({ 'a/big.yaml': big, 'b/one.yaml': job('one'), 'c/two.yaml': job('two') });
    dirs.push(root);
    const result = await run(
      'sh',
      [
        '-c',
        `trap '' XFSZ; ulimit -f 128; exec "${process.execPath}" "$@"`,
        'sh',
        cliPath,
        'convert',
        '--write',
        '--format',
        'json',
        '.',
      ],
      { cwd: root },
    ).catch((error: { code: number; stdout: string }) => error);
    expect('code' in result ? result.code : 0).toBe(1);
    const report = JSON.parse(result.stdout) as {
      summary: { converted: number; errors: number };
      files: { path: string; status: string; error?: { message: string } }[];
    };
    const statuses = Object.fromEntries(report.files.map((file) => [file.path, file.status]));
    expect(statuses).toEqual({ 'a/big.yaml': 'error', 'b/one.yaml': 'converted', 'c/two.yaml': 'converted' });
    expect(report.files[0]?.error?.message).toMatch(
      /could not write a\/big\.yaml: .*EFBIG.*the file is unchanged/,
    );
    expect(await readFile(join(root, 'a/big.yaml'), 'utf8')).toBe(big);
    expect(await readFile(join(root, 'b/one.yaml'), 'utf8')).toContain('kind: TrainJob');
    expect(await tempFilesUnder(root)).toEqual([]);
    await rm(join(root, 'a'), { recursive: true });
  }, 60_000);
});
