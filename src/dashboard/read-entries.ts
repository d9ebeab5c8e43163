/**
 * Reads the entries the matrix jobs published (their `dashboard-entry` files, downloaded as artifacts)
 * from a folder, at any depth. One entry per repository: a later run's file for the same repository
 * (say, a re-run job) replaces the earlier one, by file name order.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { UserError } from '../util/user-error.js';
import { type DashboardEntry, entryProblem } from './entry.js';

export const ENTRY_FILE_NAME = 'trainjob-migrate-dashboard-entry.json';

async function entryFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(
    (error: NodeJS.ErrnoException) => {
      throw new UserError(
        `${folder}: cannot read the results folder (${error.code ?? error.message}). Download the matrix jobs' artifacts into it first.`,
      );
    },
  );
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface ReadEntries {
  entries: DashboardEntry[];
  /** Files that are not entries, with why (reported, not fatal). */
  skipped: string[];
}

export async function readDashboardEntries(folder: string): Promise<ReadEntries> {
  const byRepository = new Map<string, DashboardEntry>();
  const skipped: string[] = [];
  for (const file of await entryFiles(folder)) {
    const name = relative(folder, file);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      skipped.push(`${name}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const problem = entryProblem(value);
    if (problem) {
      skipped.push(`${name}: not a dashboard entry: ${problem}`);
      continue;
    }
    const entry = value as DashboardEntry;
    byRepository.set(entry.repository.toLowerCase(), entry);
  }
  if (byRepository.size === 0) {
    throw new UserError(
      `${folder}: no dashboard entries (${ENTRY_FILE_NAME} files from the matrix jobs) found${skipped.length > 0 ? `; ${skipped.join('; ')}` : ''}.`,
    );
  }
  return { entries: [...byRepository.values()], skipped };
}
