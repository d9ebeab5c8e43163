/**
 * The hidden marker in the PR body: the hash of the change it proposes. A PR closed without merging
 * with the same hash means "no" to that change.
 */
import { createHash } from 'node:crypto';

export interface ChangedFile {
  /** Relative to the repository root, with `/`. */
  path: string;
  content: string | Buffer;
}

/** sha256 over the sorted paths and their new contents, each length-prefixed so no two sets collide. */
export function contentHash(files: readonly ChangedFile[]): string {
  const hash = createHash('sha256');
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const content = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
    hash.update(`${Buffer.byteLength(file.path)}:${file.path}\0${content.length}:`);
    hash.update(content);
  }
  return hash.digest('hex');
}

const MARKER_PATTERN = /<!--\s*trainjob-migrate:content-hash=([0-9a-f]{64})\s*-->/;

export const renderMarker = (hash: string): string => `<!-- trainjob-migrate:content-hash=${hash} -->`;

/** The hash stored in a PR body, or undefined when the body has no marker (not this tool's PR). */
export function readMarker(body: string | null | undefined): string | undefined {
  return body ? MARKER_PATTERN.exec(body)?.[1] : undefined;
}
