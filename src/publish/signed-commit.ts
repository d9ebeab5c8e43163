/**
 * Writes a local commit to a branch through GitHub's git data API instead of `git push`, so GitHub
 * signs it: the changed files go inline in tree requests where they are UTF-8 text of moderate size
 * (one content-creating request for many files), as blobs otherwise; modes and deletions are kept.
 * The tree GitHub builds must be the local commit's tree, byte for byte, before a commit is made.
 */
import { PublishError, PushRejectedError } from './errors.js';
import type { FileChange, GitPort } from './git.js';
import { type CreatedCommit, type GitDataPort, isTreeMode, type TreeEntry } from './git-data.js';

/** A file larger than this goes as a blob, not inline. */
export const MAX_INLINE_FILE_BYTES = 256 * 1024;
/** One tree request carries at most this much inline content... */
export const MAX_INLINE_BYTES_PER_TREE = 1024 * 1024;
/** ...and at most this many entries; larger changes chain tree requests through `base_tree`. */
export const MAX_ENTRIES_PER_TREE = 500;

export interface LocalCommit {
  sha: string;
  parent: string;
  message: string;
}

/** Text that survives a UTF-8 round trip can travel inline in a tree request's `content`. */
function inlineText(content: Buffer): string | undefined {
  if (content.length > MAX_INLINE_FILE_BYTES) return undefined;
  const text = content.toString('utf8');
  return Buffer.from(text, 'utf8').equals(content) ? text : undefined;
}

async function treeEntry(change: FileChange, git: GitPort, api: GitDataPort): Promise<TreeEntry> {
  const mode = change.mode;
  if (!isTreeMode(mode)) throw new PublishError(`${change.path}: git mode ${mode} cannot be sent to GitHub.`);
  if (change.status === 'deleted') return { path: change.path, mode, type: 'blob', sha: null };
  if (!change.sha) throw new PublishError(`${change.path}: the local commit has no object for this file.`);
  if (change.mode === '160000') return { path: change.path, mode, type: 'commit', sha: change.sha };
  const content = await git.readBlob(change.sha);
  const text = inlineText(content);
  if (text !== undefined) return { path: change.path, mode, type: 'blob', content: text };
  return { path: change.path, mode, type: 'blob', sha: await api.createBlob(content.toString('base64')) };
}

/** Entries in request-sized groups, in order. */
export function groupTreeEntries(entries: readonly TreeEntry[]): TreeEntry[][] {
  const groups: TreeEntry[][] = [];
  let current: TreeEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = 'content' in entry ? Buffer.byteLength(entry.content) : 0;
    if (
      current.length > 0 &&
      (current.length >= MAX_ENTRIES_PER_TREE || bytes + size > MAX_INLINE_BYTES_PER_TREE)
    ) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Recreates `local` (one commit on `local.parent`) through the API and points `branch` at it. The
 * branch must still be at `expectedTip` (absent when undefined), else PushRejectedError, as a push
 * with a lease would. Returns the commit GitHub made.
 */
export async function writeSignedCommit(
  git: GitPort,
  api: GitDataPort,
  branch: string,
  local: LocalCommit,
  expectedTip: string | undefined,
): Promise<CreatedCommit> {
  const current = await api.branchTip(branch);
  if (current !== expectedTip) {
    throw new PushRejectedError(
      `Branch ${branch} is at ${current ?? 'nothing'}, not at ${expectedTip ?? 'nothing'} as fetched: it moved.`,
      `update ref heads/${branch}`,
      '',
    );
  }
  const changes = await git.changesBetween(local.parent, local.sha);
  const entries: TreeEntry[] = [];
  // One at a time: blob creation is content-creating and GitHub limits how fast it may come.
  for (const change of changes) entries.push(await treeEntry(change, git, api));
  let tree = await git.treeOf(local.parent);
  for (const group of groupTreeEntries(entries)) tree = await api.createTree(tree, group);
  const expectedTree = await git.treeOf(local.sha);
  if (tree !== expectedTree) {
    throw new PublishError(
      `GitHub built tree ${tree} for the change, but the local commit has tree ${expectedTree}; nothing was committed. ` +
        'Run again without sign-commits, or report the files involved.',
    );
  }
  const commit = await api.createCommit(local.message, tree, [local.parent]);
  if (current === undefined) await api.createBranch(branch, commit.sha);
  else await api.moveBranch(branch, commit.sha);
  return commit;
}
