/**
 * The GitHub token: read from the environment only, handed to git through environment variables of
 * one process, and masked out of every message that leaves the tool.
 */
import { MissingTokenError } from './errors.js';

export const DEFAULT_TOKEN_ENV_NAMES = ['GITHUB_TOKEN', 'GH_TOKEN'] as const;

export interface ResolvedToken {
  token: string;
  /** The environment variable it came from. */
  source: string;
}

/**
 * `--token-env NAME` names the only variable to read; without it `GITHUB_TOKEN`, then `GH_TOKEN`.
 * Throws when none is set, naming the variables it looked at.
 */
export function resolveToken(env: NodeJS.ProcessEnv, tokenEnvName?: string): ResolvedToken {
  const names = tokenEnvName ? [tokenEnvName] : [...DEFAULT_TOKEN_ENV_NAMES];
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { token: value, source: name };
  }
  throw new MissingTokenError(names);
}

/** The value git sends as `Authorization` to GitHub for an installation or personal token. */
export function basicAuthorization(token: string): string {
  return `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}

export type Masker = (text: string) => string;

/** Replaces every secret, and the forms it travels in (base64 of the basic credentials), by `***`. */
export function createMasker(secrets: readonly (string | undefined)[]): Masker {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(Buffer.from(secret).toString('base64'));
    forms.add(Buffer.from(`x-access-token:${secret}`).toString('base64'));
  }
  // Longest first, so a form that contains another is replaced whole.
  const ordered = [...forms].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
  return (text) => {
    let masked = text;
    for (const form of ordered) masked = masked.split(form).join('***');
    return masked;
  };
}

/**
 * Environment for one git network command that authenticates to `remoteUrl` with the token.
 * Uses `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`, so the header is neither in argv
 * (visible to other processes) nor in `.git/config`. The key is scoped to the remote's URL because git
 * ignores a plain `http.extraheader` when a more specific `http.<url>.extraheader` exists (as
 * actions/checkout writes one); the empty value first clears any header inherited from that config.
 */
export function gitAuthEnvironment(
  token: string,
  remoteUrl: string,
  baseEnv: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const existing = Number.parseInt(baseEnv.GIT_CONFIG_COUNT ?? '0', 10);
  const first = Number.isFinite(existing) && existing > 0 ? existing : 0;
  const key = `http.${remoteUrl}.extraheader`;
  return {
    GIT_CONFIG_COUNT: String(first + 2),
    [`GIT_CONFIG_KEY_${first}`]: key,
    [`GIT_CONFIG_VALUE_${first}`]: '',
    [`GIT_CONFIG_KEY_${first + 1}`]: key,
    [`GIT_CONFIG_VALUE_${first + 1}`]: `AUTHORIZATION: ${basicAuthorization(token)}`,
  };
}
