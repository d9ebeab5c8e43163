import fg from 'fast-glob';
import { type GitIgnoreMatcher, loadGitIgnore } from './git-ignore.js';
import { type PathFilter, pruneGlobs } from './path-filter.js';

export interface TreeEntry {
  relPath: string;
  /** Symlinks are listed as such and never followed by the walk. */
  type: 'file' | 'symlink';
}

/**
 * Lists the regular files and symlinks under `rootAbs` that the scan should consider, sorted by
 * path. Symlinks are listed whatever their name: one may point to a folder, which include globs
 * written for files would not match.
 */
export async function listTree(
  rootAbs: string,
  exclude: readonly string[],
  filter: PathFilter,
): Promise<TreeEntry[]> {
  const walked = walk(rootAbs, exclude);
  const gitignore = await loadGitIgnore(
    rootAbs,
    walked
      .filter((entry) => entry.type === 'file' && isGitignore(entry.relPath))
      .map((entry) => entry.relPath),
  );
  return walked
    .filter((entry) => isConsidered(entry, filter, gitignore))
    .sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
}

function walk(rootAbs: string, exclude: readonly string[]): TreeEntry[] {
  let found: fg.Entry[];
  try {
    // The synchronous walk measured about twice as fast as the promise-based one on 20,000 files.
    found = fg.sync('**/*', {
      cwd: rootAbs,
      dot: true,
      onlyFiles: false,
      followSymbolicLinks: false,
      objectMode: true,
      ignore: pruneGlobs(exclude),
    });
  } catch (error) {
    throw new Error(
      `Cannot list the files under ${rootAbs}: ${messageOf(error)}. Check that the folder is readable.`,
    );
  }
  const entries: TreeEntry[] = [];
  for (const { path, dirent } of found) {
    if (dirent.isSymbolicLink()) entries.push({ relPath: path, type: 'symlink' });
    else if (dirent.isFile()) entries.push({ relPath: path, type: 'file' });
  }
  return entries;
}

function isConsidered(entry: TreeEntry, filter: PathFilter, gitignore: GitIgnoreMatcher): boolean {
  if (filter.isExcluded(entry.relPath)) return false;
  if (entry.type === 'file' && !filter.isIncluded(entry.relPath)) return false;
  // A symlink's target type is unknown here; test it as a file, as git does for the link itself.
  return !gitignore.isIgnored(entry.relPath, false);
}

function isGitignore(relPath: string): boolean {
  return relPath === '.gitignore' || relPath.endsWith('/.gitignore');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
