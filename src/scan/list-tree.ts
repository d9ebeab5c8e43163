import type { Dirent } from 'node:fs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNamedLikeTempFile } from '../fs/temp-file.js';
import { UserError } from '../util/user-error.js';
import { LayeredGitIgnore } from './git-ignore.js';
import { compileGlobs, type PathFilter, pruneGlobs } from './path-filter.js';

export interface TreeEntry {
  relPath: string;
  /**
   * Symlinks are listed as such and never followed by the walk. `temp`: a file named like the temp
   * files of a write (`.<hex>.tjm-tmp`), listed whatever the globs and `.gitignore` say, so that a
   * writing run finds what an interrupted one left without walking the tree again.
   */
  type: 'file' | 'symlink' | 'temp';
}

/**
 * Lists the regular files and symlinks under `rootAbs` that the scan should consider, in path order,
 * as the walk reaches them: nothing but the folders on the way down is held, however large the tree.
 * Symlinks are listed whatever their name: one may point to a folder, which include globs written
 * for files would not match. Excluded and ignored folders are not descended into.
 */
export function* listTree(
  rootAbs: string,
  exclude: readonly string[],
  filter: PathFilter,
): Generator<TreeEntry> {
  const isPruned = compileGlobs(pruneGlobs(exclude));
  const gitignore = new LayeredGitIgnore();
  const infoExclude = readOptional(join(rootAbs, '.git', 'info', 'exclude'));
  if (infoExclude !== undefined) gitignore.push('', infoExclude);
  yield* walkFolder(rootAbs, '', { isPruned, gitignore, filter });
}

interface WalkContext {
  isPruned: (relPath: string) => boolean;
  gitignore: LayeredGitIgnore;
  filter: PathFilter;
}

/**
 * One folder's entries in path order: siblings sorted by name, a folder's name with its `/`, so that
 * everything below `a` (`a/b`) comes after `a-b` and before `a0`, as a sort of whole paths puts it.
 */
function* walkFolder(rootAbs: string, folderRel: string, context: WalkContext): Generator<TreeEntry> {
  const dirents = readFolder(rootAbs, folderRel);
  const ignoreFile = dirents.find((dirent) => dirent.name === '.gitignore' && dirent.isFile());
  const ignoreText = ignoreFile ? readOptional(join(rootAbs, folderRel, '.gitignore')) : undefined;
  if (ignoreText !== undefined) context.gitignore.push(folderRel, ignoreText);
  const children = dirents
    .map((dirent) => ({ dirent, key: dirent.isDirectory() ? `${dirent.name}/` : dirent.name }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { dirent } of children) {
    const relPath = folderRel === '' ? dirent.name : `${folderRel}/${dirent.name}`;
    if (dirent.isFile() && isNamedLikeTempFile(dirent.name)) {
      yield { relPath, type: 'temp' };
    } else if (dirent.isSymbolicLink() || dirent.isFile()) {
      const entry: TreeEntry = { relPath, type: dirent.isFile() ? 'file' : 'symlink' };
      if (isConsidered(entry, context.filter, context.gitignore)) yield entry;
    } else if (
      dirent.isDirectory() &&
      !context.isPruned(relPath) &&
      !context.gitignore.isIgnored(relPath, true)
    ) {
      yield* walkFolder(rootAbs, relPath, context);
    }
  }
  if (ignoreText !== undefined) context.gitignore.pop();
}

function readFolder(rootAbs: string, folderRel: string): Dirent[] {
  try {
    return readdirSync(folderRel === '' ? rootAbs : join(rootAbs, folderRel), { withFileTypes: true });
  } catch (error) {
    // A folder removed while listing is not an error (git does not stop on it either).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && folderRel !== '') return [];
    throw new UserError(
      `Cannot list the files under ${rootAbs}: ${messageOf(error)}. Check that the folder is readable.`,
      { exitCode: 1 },
    );
  }
}

function readOptional(absPath: string): string | undefined {
  try {
    return readFileSync(absPath, 'utf8');
  } catch {
    return undefined;
  }
}

function isConsidered(entry: TreeEntry, filter: PathFilter, gitignore: LayeredGitIgnore): boolean {
  if (filter.isExcluded(entry.relPath)) return false;
  if (entry.type === 'file' && !filter.isIncluded(entry.relPath)) return false;
  // A symlink's target type is unknown here; test it as a file, as git does for the link itself.
  return !gitignore.isIgnored(entry.relPath, false);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
