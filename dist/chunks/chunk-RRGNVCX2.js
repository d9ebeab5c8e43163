import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/publish/errors.ts
var PublishError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var MissingTokenError = class extends PublishError {
  constructor(looked) {
    super(
      `No GitHub token: ${looked.join(" and ")} ${looked.length === 1 ? "is" : "are"} not set. Set GITHUB_TOKEN (in a workflow, from the \`secrets.GITHUB_TOKEN\` secret) or name another variable with --token-env. The token is never accepted as a flag value.`
    );
    this.looked = looked;
  }
  looked;
};
var GitCommandError = class extends PublishError {
  constructor(message, command, stderr) {
    super(message);
    this.command = command;
    this.stderr = stderr;
  }
  command;
  stderr;
};
var GitAuthenticationError = class extends GitCommandError {
};
var PushRejectedError = class extends GitCommandError {
};
var NotAGitRepositoryError = class extends PublishError {
};
var DirtyWorkingTreeError = class extends PublishError {
};
var ForeignCommitsError = class extends PublishError {
  constructor(branch, commits, toolIdentity) {
    const first = commits[0];
    const list = commits.slice(0, 5).map((c) => `${c.sha.slice(0, 12)} by ${c.committer} ("${c.subject}")`).join("; ");
    super(
      `Branch ${branch} has ${commits.length} commit${commits.length === 1 ? "" : "s"} not made by ${toolIdentity}: ${list}. Backing off so ${first ? first.committer : "their"} work is not overwritten. Merge or close the pull request, or delete the branch, then run again.`
    );
    this.branch = branch;
    this.commits = commits;
  }
  branch;
  commits;
};
var GitHubApiError = class extends PublishError {
  constructor(message, status, options) {
    super(message, options);
    this.status = status;
  }
  status;
};
var statusOf = (error) => typeof error === "object" && error !== null && "status" in error ? Number(error.status) : void 0;
function networkCause(error) {
  let cause = error;
  let found;
  while (typeof cause === "object" && cause !== null && "cause" in cause && cause.cause) {
    cause = cause.cause;
    const code = cause.code;
    found = typeof code === "string" ? code : cause instanceof Error ? cause.message : found;
  }
  return found;
}
function toGitHubApiError(what, repository, error, mask, hint) {
  const status = statusOf(error);
  const raw = error instanceof Error ? error.message : String(error);
  const answered = typeof error === "object" && error !== null && "response" in error && error.response;
  if (!answered) {
    return new GitHubApiError(
      mask(
        `Could not ${what} in ${repository}: the GitHub API could not be reached (${networkCause(error) ?? raw}). Check --api-url (or GITHUB_API_URL) and the network.`
      ),
      void 0,
      { cause: error }
    );
  }
  return new GitHubApiError(
    mask(`Could not ${what} in ${repository} (HTTP ${status ?? "error"}): ${raw}.${hint(status)}`),
    status,
    { cause: error }
  );
}
function githubCaller(repository, mask, hint) {
  return async (what, action) => {
    try {
      return await action();
    } catch (error) {
      throw toGitHubApiError(what, repository, error, mask, hint);
    }
  };
}

// src/publish/token.ts
var DEFAULT_TOKEN_ENV_NAMES = ["GITHUB_TOKEN", "GH_TOKEN"];
function resolveToken(env, tokenEnvName) {
  const names = tokenEnvName ? [tokenEnvName] : [...DEFAULT_TOKEN_ENV_NAMES];
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { token: value, source: name };
  }
  throw new MissingTokenError(names);
}
function basicAuthorization(token) {
  return `basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
}
function createMasker(secrets) {
  const forms = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (!secret) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(Buffer.from(secret).toString("base64"));
    forms.add(Buffer.from(`x-access-token:${secret}`).toString("base64"));
  }
  const ordered = [...forms].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
  return (text) => {
    let masked = text;
    for (const form of ordered) masked = masked.split(form).join("***");
    return masked;
  };
}
function gitAuthEnvironment(token, remoteUrl, baseEnv) {
  const existing = Number.parseInt(baseEnv.GIT_CONFIG_COUNT ?? "0", 10);
  const first = Number.isFinite(existing) && existing > 0 ? existing : 0;
  const key = `http.${remoteUrl}.extraheader`;
  return {
    GIT_CONFIG_COUNT: String(first + 2),
    [`GIT_CONFIG_KEY_${first}`]: key,
    [`GIT_CONFIG_VALUE_${first}`]: "",
    [`GIT_CONFIG_KEY_${first + 1}`]: key,
    [`GIT_CONFIG_VALUE_${first + 1}`]: `AUTHORIZATION: ${basicAuthorization(token)}`
  };
}

export {
  PublishError,
  GitCommandError,
  GitAuthenticationError,
  PushRejectedError,
  NotAGitRepositoryError,
  DirtyWorkingTreeError,
  ForeignCommitsError,
  GitHubApiError,
  toGitHubApiError,
  githubCaller,
  resolveToken,
  createMasker,
  gitAuthEnvironment
};
