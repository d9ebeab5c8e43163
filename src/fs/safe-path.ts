import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';

export interface ResolvedTarget {
  /** The target's absolute path under the root's realpath. */
  absPath: string;
  /** The target's mode when it exists. */
  existingMode?: number;
}

/**
 * Resolves `relPath` under `root` for writing, refusing anything that could land outside the root:
 * an absolute path, a `..` that climbs out, or a symlink as the target or as any folder on the way.
 */
export async function resolveWriteTarget(root: string, relPath: string): Promise<ResolvedTarget> {
  return resolveWriteTargetSync(root, relPath);
}

/**
 * As `resolveWriteTarget`, with synchronous calls: a write phase checks every target twice, and a
 * handful of lstat calls cost less than as many hand-offs to the I/O threads.
 */
export function resolveWriteTargetSync(root: string, relPath: string): ResolvedTarget {
  const refuse = (why: string): Error =>
    new Error(`Refusing to write ${relPath} under ${root}: ${why}. Write the file through its real path.`);
  if (relPath === '' || isAbsolute(relPath)) throw refuse('the path must be relative to the root');
  const parts = normalize(relPath).split(sep);
  if (parts.includes('..')) throw refuse('the path leaves the root');
  const rootReal = realpathSync.native(root);
  let current = rootReal;
  for (const [index, part] of parts.entries()) {
    current = join(current, part);
    const isTarget = index === parts.length - 1;
    let stat: Stats | undefined;
    try {
      stat = lstatSync(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || !isTarget)
        throw refuse(`${current} cannot be read (${code ?? (error as Error).message})`);
    }
    if (stat === undefined) return { absPath: current };
    if (stat.isSymbolicLink()) throw refuse(`${current} is a symlink`);
    if (!isTarget && !stat.isDirectory()) throw refuse(`${current} is not a folder`);
    if (isTarget) return { absPath: current, existingMode: stat.mode & 0o7777 };
  }
  throw refuse('the path names the root itself');
}
