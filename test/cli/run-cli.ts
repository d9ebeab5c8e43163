/** Runs the bundled CLI (built once for the whole run by test/global-setup.ts) as a user would: a child process with pipes. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../helpers/shared.js';

export const cliPath = join(projectRoot, 'dist', 'cli.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** CI and NO_COLOR are cleared unless given, so each test states the environment it depends on. */
export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliResult> {
  const { CI: _ci, NO_COLOR: _noColor, FORCE_COLOR: _force, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      { cwd: options.cwd, env: { ...inherited, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
