/** Runs the built CLI as a child process that a test can pause before its write phase, or kill. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { cliPath } from '../cli/run-cli.js';

export const PAUSE_VARIABLE = 'TRAINJOB_MIGRATE_TEST_PAUSE_BEFORE_WRITE';

export interface RunningCli {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

export function startCli(args: string[], cwd: string, env: Record<string, string> = {}): RunningCli {
  const { CI: _ci, NO_COLOR: _noColor, FORCE_COLOR: _force, ...inherited } = process.env;
  const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: { ...inherited, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Waits until the paused run has created its pause file (it has planned everything and holds the lock). */
export async function waitForPause(pauseFile: string, run: RunningCli, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  let exited = false;
  void run.done.then(() => {
    exited = true;
  });
  while (!existsSync(pauseFile)) {
    if (exited)
      throw new Error(
        `the run ended before its write phase: ${(await run.done).stdout}${(await run.done).stderr}`,
      );
    if (Date.now() - start > timeoutMs) throw new Error('the run did not reach its write phase in time');
    await sleep(10);
  }
}

/** Lets a paused run go on to write. */
export const resume = (pauseFile: string): Promise<void> => rm(pauseFile, { force: true });
