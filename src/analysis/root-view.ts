/**
 * One way to read an input root as the run will leave it: a file's planned text when the plan holds
 * it, else its text on disk. Analysers use it instead of mixing the plan and the file system by hand.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannedFile, RootPlan } from './contract.js';

export interface RootView {
  /** The file's text after the run; undefined when there is no such file. */
  read(relPath: string): string | undefined;
  /** The file's text before the run (on disk, or as the plan read it); undefined when it does not exist yet. */
  readBefore(relPath: string): string | undefined;
  /** A file exists after the run (on disk or created by the plan). */
  exists(relPath: string): boolean;
  /** A folder exists after the run (on disk, or holding a file the plan creates). */
  isFolder(relPath: string): boolean;
}

export function plannedText(file: PlannedFile): string | undefined {
  return file.rewrite.newText ?? file.original;
}

export function rootViewOf(plan: Pick<RootPlan, 'root' | 'files'>): RootView {
  const onDisk = new Map<string, string | undefined>();
  const readDisk = (relPath: string): string | undefined => {
    if (!onDisk.has(relPath)) onDisk.set(relPath, readIfFile(join(plan.root, relPath)));
    return onDisk.get(relPath);
  };
  return {
    read(relPath) {
      const planned = plan.files.get(relPath);
      return planned ? plannedText(planned) : readDisk(relPath);
    },
    readBefore(relPath) {
      const planned = plan.files.get(relPath);
      return planned ? planned.original : readDisk(relPath);
    },
    exists(relPath) {
      return plan.files.has(relPath) || readDisk(relPath) !== undefined;
    },
    isFolder(relPath) {
      if (relPath === '') return true;
      try {
        if (statSync(join(plan.root, relPath)).isDirectory()) return true;
      } catch {
        // Not on disk: it may be a folder the plan creates.
      }
      return [...plan.files.keys()].some((path) => path.startsWith(`${relPath}/`));
    },
  };
}

function readIfFile(absolute: string): string | undefined {
  try {
    return statSync(absolute).isFile() ? readFileSync(absolute, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
