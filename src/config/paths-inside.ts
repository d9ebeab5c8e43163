/** Paths and globs that must stay inside a root: a glob relative to the scanned folder, a file of the repository. */
import { isAbsolute, normalize, relative, sep } from 'node:path';

/** True when a root-relative glob or path climbs out of the root (`../x`, `a/../../x`) or is absolute. */
export function climbsOutOfRoot(pattern: string): boolean {
  if (isAbsolute(pattern) || pattern.startsWith('/')) return true;
  const normalized = normalize(pattern.replaceAll('\\', '/'));
  return normalized === '..' || normalized.startsWith(`..${sep}`) || normalized.startsWith('../');
}

/** True when `absPath` is `root` or below it. */
export function isInside(root: string, absPath: string): boolean {
  const rel = relative(root, absPath);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
