import { realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import type { ScanEntry } from '../model/scan.js';
import type { PathFilter } from './path-filter.js';

export const SYMLINK_OUTSIDE_ROOT = 'symlink points outside the repository';
export const SYMLINK_INSIDE_ROOT = 'symlink; the target is scanned on its own path';
export const SYMLINK_BROKEN = 'broken symlink; its target does not exist';

/**
 * Reports a symlink without reading through it: a rewrite must never write through a link, and a
 * target inside the root is reached on its own path anyway. Symlinked files whose name the include
 * globs do not match are not reported; symlinked folders always are.
 */
export async function inspectSymlink(
  relPath: string,
  absPath: string,
  rootReal: string,
  filter: PathFilter,
): Promise<ScanEntry | undefined> {
  const skipped = (reason: string): ScanEntry => ({ type: 'skipped', relPath, absPath, reason });
  let target: string;
  let isFolder: boolean;
  try {
    target = await realpath(absPath);
    isFolder = (await stat(target)).isDirectory();
  } catch {
    return filter.isIncluded(relPath) ? skipped(SYMLINK_BROKEN) : undefined;
  }
  if (!isFolder && !filter.isIncluded(relPath)) return undefined;
  return skipped(isInside(target, rootReal) ? SYMLINK_INSIDE_ROOT : SYMLINK_OUTSIDE_ROOT);
}

export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}
