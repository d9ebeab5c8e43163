/** Which GitHub repository to talk to: `--repo`, `GITHUB_REPOSITORY`, or the `origin` URL. */

export interface RepositorySlug {
  owner: string;
  repo: string;
}

const SLUG = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;

/** `owner/name`; undefined when the text is not one. */
export function parseRepositorySlug(text: string): RepositorySlug | undefined {
  const match = SLUG.exec(text.trim());
  if (!match?.[1] || !match[2] || match[2] === '.' || match[2] === '..') return undefined;
  return { owner: match[1], repo: match[2].replace(/\.git$/, '') };
}

/**
 * The owner and name in a remote URL: `https://host/owner/name(.git)`, `ssh://git@host/owner/name`,
 * `git@host:owner/name.git`. Undefined when the URL does not end in exactly owner/name.
 */
export function repositoryFromRemoteUrl(url: string): RepositorySlug | undefined {
  const trimmed = url.trim();
  let path: string | undefined;
  const scpLike = /^[\w.-]+@[\w.-]+:(?!\/\/)(.+)$/.exec(trimmed);
  if (scpLike?.[1]) path = scpLike[1];
  else {
    try {
      path = new URL(trimmed).pathname;
    } catch {
      return undefined;
    }
  }
  const parts = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  return parseRepositorySlug(parts.slice(-2).join('/'));
}
