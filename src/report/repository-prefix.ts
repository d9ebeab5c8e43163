/**
 * Where each local input's root sits inside its git repository, so SARIF locations are relative to
 * the repository root (what code scanning resolves `%SRCROOT%` to), not to where the tool ran.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Report } from '../model/report.js';
import { isUrl } from './sarif.js';

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file in a worktree). */
function gitRootOf(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

export function repositoryPrefixes(report: Report, cwd: string): (input: string) => string | undefined {
  const prefixes = new Map<string, string | undefined>();
  for (const { input } of report.inputs) {
    if (isUrl(input)) continue;
    const absolute = resolve(cwd, input);
    const root = statSync(absolute, { throwIfNoEntry: false })?.isFile() ? dirname(absolute) : absolute;
    const repository = gitRootOf(root);
    if (repository !== undefined) prefixes.set(input, relative(repository, root).split(sep).join('/'));
  }
  return (input) => prefixes.get(input);
}
