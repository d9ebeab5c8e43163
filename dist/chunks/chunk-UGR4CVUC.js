import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitAuthenticationError,
  GitCommandError,
  NotAGitRepositoryError,
  PushRejectedError,
  gitAuthEnvironment
} from "./chunk-RRGNVCX2.js";
import {
  simpleGit
} from "./chunk-SLKUXGTL.js";

// src/publish/git.ts
import { resolve } from "node:path";
var GITHUB_ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
var formatIdentity = (identity) => `${identity.name} <${identity.email}>`;
var INTERACTIVE_VARIABLES = [
  "GIT_ASKPASS",
  "SSH_ASKPASS",
  "GIT_EDITOR",
  "GIT_SEQUENCE_EDITOR",
  "EDITOR",
  "VISUAL",
  "GIT_PAGER",
  "PAGER",
  "GIT_EXTERNAL_DIFF",
  "GIT_SSH",
  "GIT_SSH_COMMAND",
  "GIT_PROXY_COMMAND",
  "GIT_TEMPLATE_DIR"
];
function hermeticGitEnvironment(base) {
  const env = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== void 0 && !INTERACTIVE_VARIABLES.includes(key)) env[key] = value;
  }
  return { ...env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8", GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never" };
}
var FIELD = "";
var RECORD = "";
function createGitPort(options) {
  const remote = options.remote ?? "origin";
  const remoteIsUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(remote);
  const tracking = remoteIsUrl ? "trainjob-migrate-push" : remote;
  const mask = options.mask ?? ((text) => text);
  const baseEnv = hermeticGitEnvironment(options.env ?? process.env);
  const git = (extraEnv = {}) => simpleGit({
    baseDir: options.dir,
    config: ["core.quotePath=false"],
    // The caller's own GIT_CONFIG_GLOBAL/NOSYSTEM (a pinned test env) and our GIT_CONFIG_COUNT
    // header are deliberate; simple-git refuses both unless allowed.
    unsafe: { allowUnsafeConfigPaths: true, allowUnsafeConfigEnvCount: true }
  }).env({ ...baseEnv, ...extraEnv });
  const run = async (args, extraEnv) => {
    try {
      return await git(extraEnv).raw(args);
    } catch (error) {
      throw translateGitError(args, error, mask, options.dir);
    }
  };
  let remoteUrlCache;
  const remoteUrl = async () => {
    if (remoteUrlCache !== void 0) return remoteUrlCache;
    if (remoteIsUrl) return remote;
    const url = (await run(["remote", "get-url", remote]).catch(() => "")).trim();
    if (!url) {
      throw new GitCommandError(
        `${options.dir}: the checkout has no remote "${remote}". Clone the repository, or add the remote with \`git remote add ${remote} URL\`.`,
        `git remote get-url ${remote}`,
        ""
      );
    }
    remoteUrlCache = url;
    return url;
  };
  const networkEnv = async () => options.token ? gitAuthEnvironment(options.token, await remoteUrl(), baseEnv) : {};
  return {
    remoteUrl,
    async topLevel() {
      return resolve((await run(["rev-parse", "--show-toplevel"])).trim());
    },
    async head() {
      const sha = (await run(["rev-parse", "HEAD"])).trim();
      const branch = (await run(["branch", "--show-current"])).trim();
      return branch ? { branch, sha } : { sha };
    },
    async uncommittedPaths() {
      const out = await run(["status", "--porcelain=v1", "-z", "--untracked-files=all"]);
      const paths = [];
      const entries = out.split("\0");
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (!entry) continue;
        paths.push(entry.slice(3));
        if (entry[0] === "R" || entry[0] === "C") i++;
      }
      return paths;
    },
    async fetchBranches(branches) {
      const env = await networkEnv();
      const refs = branches.map((branch) => `refs/heads/${branch}`);
      const listing = await run(["ls-remote", "--heads", remote, ...refs], env);
      const tips = /* @__PURE__ */ new Map();
      for (const line of listing.split("\n")) {
        const [sha, ref] = line.trim().split(/\s+/);
        if (sha && ref?.startsWith("refs/heads/")) tips.set(ref.slice("refs/heads/".length), sha);
      }
      const present = branches.filter((branch) => tips.has(branch));
      if (present.length > 0) {
        await run(
          [
            "fetch",
            "--no-tags",
            "--no-write-fetch-head",
            remote,
            ...present.map((b) => `+refs/heads/${b}:refs/remotes/${tracking}/${b}`)
          ],
          env
        );
      }
      return tips;
    },
    async switchToNewBranch(branch, startPoint) {
      await run(["checkout", "--quiet", "--no-track", "-B", branch, startPoint]);
    },
    async discardChanges() {
      await run(["reset", "--hard", "--quiet"]);
      await run(["clean", "-fdq"]);
    },
    async switchTo(ref) {
      await run(["checkout", "--quiet", ref]);
    },
    async commitsBetween(base, head) {
      const format = ["%H", "%an", "%ae", "%cn", "%ce", "%s"].join(FIELD) + RECORD;
      const out = await run(["log", `--format=${format}`, `${base}..${head}`]);
      return out.split(RECORD).map((record) => record.trim()).filter(Boolean).map((record) => {
        const [
          sha = "",
          authorName = "",
          authorEmail = "",
          committerName = "",
          committerEmail = "",
          subject = ""
        ] = record.split(FIELD);
        return {
          sha,
          author: { name: authorName, email: authorEmail },
          committer: { name: committerName, email: committerEmail },
          subject
        };
      });
    },
    async commit(paths, message, who) {
      await run(["add", "--all", "--", ...paths]);
      await run(["commit", "--quiet", "--no-verify", "--no-gpg-sign", "-m", message], {
        GIT_AUTHOR_NAME: who.author.name,
        GIT_AUTHOR_EMAIL: who.author.email,
        GIT_COMMITTER_NAME: who.committer.name,
        GIT_COMMITTER_EMAIL: who.committer.email
      });
      return (await run(["rev-parse", "HEAD"])).trim();
    },
    async treeOf(commit) {
      return (await run(["rev-parse", `${commit}^{tree}`])).trim();
    },
    async push(branch, expectedRemoteSha) {
      const lease = `--force-with-lease=refs/heads/${branch}:${expectedRemoteSha ?? ""}`;
      await run(["push", "--porcelain", lease, remote, `HEAD:refs/heads/${branch}`], await networkEnv());
    },
    async changesBetween(parent, commit) {
      const out = await run(["diff-tree", "-r", "-z", "--raw", "--no-renames", parent, commit]);
      return parseRawDiff(out);
    },
    async readBlob(sha) {
      try {
        return await git().binaryCatFile(["blob", sha]);
      } catch (error) {
        throw translateGitError(["cat-file", "blob", sha], error, mask, options.dir);
      }
    }
  };
}
var ZERO_SHA = /^0+$/;
function parseRawDiff(out) {
  const fields = out.split("\0");
  const changes = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const header = fields[i] ?? "";
    const path = fields[i + 1] ?? "";
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([AMDT])/.exec(header);
    if (!match) continue;
    const [, oldMode = "", newMode = "", , newSha = "", status] = match;
    if (status === "D") changes.push({ path, status: "deleted", mode: oldMode });
    else
      changes.push({
        path,
        status: status === "A" ? "added" : "modified",
        mode: newMode,
        ...ZERO_SHA.test(newSha) ? {} : { sha: newSha }
      });
  }
  return changes;
}
function translateGitError(args, error, mask, dir) {
  const stderr = mask(error instanceof Error ? error.message : String(error)).trim();
  const command = mask(`git ${args.join(" ")}`);
  const detail = stderr.split("\n").slice(0, 8).join("\n");
  if (/ambiguous argument 'HEAD'|unknown revision.*HEAD|does not have any commits yet/i.test(stderr)) {
    return new GitCommandError(
      `${dir}: the repository has no commits yet; commit the manifests first, then run again.`,
      command,
      stderr
    );
  }
  if (/not a git repository/i.test(stderr)) {
    return new NotAGitRepositoryError(
      `${dir} is not inside a git checkout. Run the command in a clone of the repository, or pass its folder.`
    );
  }
  if (/terminal prompts disabled|could not read (Username|Password)|Authentication failed|returned error: 40[13]|HTTP 40[13]|Invalid username or password/i.test(
    stderr
  )) {
    return new GitAuthenticationError(
      `\`${command}\` was refused by the remote: the token is missing, invalid or lacks write access to the repository (a workflow needs \`permissions: contents: write\`).
${detail}`,
      command,
      stderr
    );
  }
  if (args[0] === "push" && /\[rejected\]|stale info|non-fast-forward|fetch first|\(rejected\)|failed to push/i.test(stderr)) {
    return new PushRejectedError(
      `\`${command}\` was rejected: the remote branch moved since it was fetched.
${detail}`,
      command,
      stderr
    );
  }
  return new GitCommandError(`\`${command}\` failed in ${dir}:
${detail}`, command, stderr);
}

export {
  GITHUB_ACTIONS_BOT,
  formatIdentity,
  hermeticGitEnvironment,
  createGitPort,
  parseRawDiff
};
