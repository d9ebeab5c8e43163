/** Values the CLI flags and the Action inputs share, parsed once; each front end words its own error. */
import type { Identity } from './git.js';

/** `Name <email@example.com>`; undefined when the text is not one. */
export function parseIdentityText(text: string): Identity | undefined {
  const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  return match?.[1] && match[2] ? { name: match[1], email: match[2] } : undefined;
}

/** A milestone number, as in its URL (`.../milestone/3`); undefined when the text is not one. */
export function parseMilestoneText(text: string): number | undefined {
  return /^\s*[1-9]\d*\s*$/.test(text) ? Number(text) : undefined;
}

/** GitHub signs a commit made through its API only when it picks the author and committer itself. */
export const SIGNED_IDENTITY_MESSAGE =
  'GitHub signs a commit made through its API only when no author or committer is given, so they ' +
  "cannot be set together with sign-commits: the commit is authored by the token's identity " +
  "(github-actions[bot] for GITHUB_TOKEN, the app's bot for a GitHub App token).";

/**
 * create-pull-request's default author: the workflow's actor, at the noreply address of the GitHub
 * host (`users.noreply.github.com`, or `users.noreply.HOST` on GitHub Enterprise Server).
 */
export function actorIdentity(actor: string, actorId: string | undefined, serverUrl: string): Identity {
  let host = 'github.com';
  try {
    host = new URL(serverUrl).hostname || host;
  } catch {
    // keep github.com
  }
  const local = actorId ? `${actorId}+${actor}` : actor;
  return { name: actor, email: `${local}@users.noreply.${host}` };
}
