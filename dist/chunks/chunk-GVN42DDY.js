import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createGitPort,
  formatIdentity
} from "./chunk-UGR4CVUC.js";
import {
  renderMarkdown
} from "./chunk-Y5RYKR6S.js";
import {
  createPullRequestPort,
  createRestClient
} from "./chunk-I7ZEWSVZ.js";
import {
  DirtyWorkingTreeError,
  ForeignCommitsError,
  PublishError,
  PushRejectedError,
  githubCaller
} from "./chunk-RRGNVCX2.js";

// src/publish/outcome.ts
function outcomeLine(result) {
  const prefix = result.dryRun ? "Dry run: would have " : "";
  const reference = result.number === void 0 ? "" : ` #${result.number}`;
  const url = result.url ? `: ${result.url}` : "";
  switch (result.operation) {
    case "created":
      return `${prefix}${result.dryRun ? "opened" : "Opened"} a pull request from ${result.branch} into ${result.base}${reference}${url}`;
    case "updated":
      return `${prefix}${result.dryRun ? "updated" : "Updated"} pull request${reference}${url}`;
    case "closed":
      return `${prefix}${result.dryRun ? "closed" : "Closed"} pull request${reference}${url}${result.reason ? ` (${result.reason})` : ""}`;
    case "none":
      return `No pull request change${url ? ` (${result.url})` : ""}: ${result.reason ?? "nothing to do."}`;
  }
}

// src/publish/git-data.ts
var TREE_MODES = ["100644", "100755", "040000", "160000", "120000"];
var isTreeMode = (mode) => TREE_MODES.includes(mode);
var statusOf = (error) => typeof error === "object" && error !== null && "status" in error ? Number(error.status) : void 0;
function createGitDataPort(options) {
  const { owner, repo } = options;
  const mask = options.mask ?? ((text) => text);
  const octokit = createRestClient(options);
  const call = githubCaller(
    `${owner}/${repo}`,
    mask,
    (status) => status === 403 || status === 404 ? " The token needs `contents: write` on the repository the branch is written to." : ""
  );
  return {
    async createBlob(contentBase64) {
      const { data } = await call(
        "create a blob",
        () => octokit.rest.git.createBlob({ owner, repo, content: contentBase64, encoding: "base64" })
      );
      return data.sha;
    },
    async createTree(baseTree, entries) {
      const { data } = await call(
        "create a tree",
        () => octokit.rest.git.createTree({
          owner,
          repo,
          base_tree: baseTree,
          tree: [...entries]
        })
      );
      return data.sha;
    },
    async createCommit(message, tree, parents) {
      const { data } = await call(
        "create the commit",
        () => octokit.rest.git.createCommit({ owner, repo, message, tree, parents: [...parents] })
      );
      return {
        sha: data.sha,
        tree: data.tree.sha,
        verified: data.verification.verified,
        verification: data.verification.reason
      };
    },
    async branchTip(branch) {
      try {
        const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
        return data.object.sha;
      } catch (error) {
        if (statusOf(error) === 404) return void 0;
        return call(`read branch ${branch}`, () => Promise.reject(error));
      }
    },
    async createBranch(branch, sha) {
      await call(
        `create branch ${branch}`,
        () => octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha })
      );
    },
    async moveBranch(branch, sha) {
      await call(
        `update branch ${branch}`,
        () => octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true })
      );
    }
  };
}

// src/publish/signed-commit.ts
var MAX_INLINE_FILE_BYTES = 256 * 1024;
var MAX_INLINE_BYTES_PER_TREE = 1024 * 1024;
var MAX_ENTRIES_PER_TREE = 500;
function inlineText(content) {
  if (content.length > MAX_INLINE_FILE_BYTES) return void 0;
  const text = content.toString("utf8");
  return Buffer.from(text, "utf8").equals(content) ? text : void 0;
}
async function treeEntry(change, git, api) {
  const mode = change.mode;
  if (!isTreeMode(mode)) throw new PublishError(`${change.path}: git mode ${mode} cannot be sent to GitHub.`);
  if (change.status === "deleted") return { path: change.path, mode, type: "blob", sha: null };
  if (!change.sha) throw new PublishError(`${change.path}: the local commit has no object for this file.`);
  if (change.mode === "160000") return { path: change.path, mode, type: "commit", sha: change.sha };
  const content = await git.readBlob(change.sha);
  const text = inlineText(content);
  if (text !== void 0) return { path: change.path, mode, type: "blob", content: text };
  return { path: change.path, mode, type: "blob", sha: await api.createBlob(content.toString("base64")) };
}
function groupTreeEntries(entries) {
  const groups = [];
  let current = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = "content" in entry ? Buffer.byteLength(entry.content) : 0;
    if (current.length > 0 && (current.length >= MAX_ENTRIES_PER_TREE || bytes + size > MAX_INLINE_BYTES_PER_TREE)) {
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
async function writeSignedCommit(git, api, branch, local, expectedTip) {
  const current = await api.branchTip(branch);
  if (current !== expectedTip) {
    throw new PushRejectedError(
      `Branch ${branch} is at ${current ?? "nothing"}, not at ${expectedTip ?? "nothing"} as fetched: it moved.`,
      `update ref heads/${branch}`,
      ""
    );
  }
  const changes = await git.changesBetween(local.parent, local.sha);
  const entries = [];
  for (const change of changes) entries.push(await treeEntry(change, git, api));
  let tree = await git.treeOf(local.parent);
  for (const group of groupTreeEntries(entries)) tree = await api.createTree(tree, group);
  const expectedTree = await git.treeOf(local.sha);
  if (tree !== expectedTree) {
    throw new PublishError(
      `GitHub built tree ${tree} for the change, but the local commit has tree ${expectedTree}; nothing was committed. Run again without sign-commits, or report the files involved.`
    );
  }
  const commit = await api.createCommit(local.message, tree, [local.parent]);
  if (current === void 0) await api.createBranch(branch, commit.sha);
  else await api.moveBranch(branch, commit.sha);
  return commit;
}

// src/publish/branch-target.ts
function pushedBranch(remote) {
  return {
    remote,
    write: async (branch, _local, expectedTip) => {
      await remote.push(branch, expectedTip);
      return void 0;
    }
  };
}
function signedBranch(remote, api) {
  return {
    remote,
    write: async (branch, local, expectedTip) => {
      const commit = await writeSignedCommit(remote, api, branch, local, expectedTip);
      return commit.verified ? void 0 : `GitHub did not sign commit ${commit.sha} (${commit.verification}); branch protection that requires signed commits will refuse it.`;
    }
  };
}

// src/publish/ports.ts
async function createPublishPorts(options) {
  const { token, mask, warn, apiUrl } = options;
  const client = { token, apiUrl, mask, warn, ...options.tuning };
  const git = createGitPort({ dir: options.dir, token, mask, env: options.env });
  const headRepository = options.pushToFork ?? options.repository;
  const pullRequests = createPullRequestPort({
    ...client,
    ...options.repository,
    headOwner: headRepository.owner
  });
  let branchGit = git;
  if (options.pushToFork) {
    const fork = await createPullRequestPort({ ...client, ...options.pushToFork }).getRepository();
    branchGit = createGitPort({ dir: options.dir, remote: fork.cloneUrl, token, mask, env: options.env });
  }
  const branch = options.signCommits ? signedBranch(branchGit, createGitDataPort({ ...client, ...headRepository })) : pushedBranch(branchGit);
  return { git, pullRequests, branch };
}

// src/publish/publish.ts
import { readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

// src/publish/marker.ts
import { createHash } from "node:crypto";
function contentHash(files) {
  const hash = createHash("sha256");
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const file of sorted) {
    const content = typeof file.content === "string" ? Buffer.from(file.content) : file.content;
    hash.update(`${Buffer.byteLength(file.path)}:${file.path}\0${content.length}:`);
    hash.update(content);
  }
  return hash.digest("hex");
}
var MARKER_PATTERN = /<!--\s*trainjob-migrate:content-hash=([0-9a-f]{64})\s*-->/;
var renderMarker = (hash) => `<!-- trainjob-migrate:content-hash=${hash} -->`;
function readMarker(body) {
  return body ? MARKER_PATTERN.exec(body)?.[1] : void 0;
}

// src/publish/publish.ts
var DEFAULT_BRANCH = "trainjob-migrate/pytorchjob-to-trainjob";
var DEFAULT_TITLE = "Migrate PyTorchJobs to Kubeflow Trainer v2 TrainJobs";
var MAX_PR_BODY_LENGTH = 65536;
function defaultCommitMessage(converted) {
  const jobs = converted === 1 ? "PyTorchJob" : "PyTorchJobs";
  return `Convert ${converted} ${jobs} to Kubeflow Trainer v2 TrainJob${converted === 1 ? "" : "s"}`;
}
var sameIdentity = (a, b) => a.name === b.name && a.email.toLowerCase() === b.email.toLowerCase();
var GITHUB_WEB_FLOW = { name: "GitHub", email: "noreply@github.com" };
var isToolCommit = (commit, committer) => sameIdentity(commit.committer, committer) || sameIdentity(commit.committer, GITHUB_WEB_FLOW) && commit.author.name.endsWith("[bot]");
async function publishPullRequest(params, ports) {
  const { git } = ports;
  const start = await git.head();
  const dirty = await git.uncommittedPaths();
  if (dirty.length > 0) {
    throw new DirtyWorkingTreeError(
      `${params.dir}: the checkout has uncommitted changes (${dirty.slice(0, 3).join(", ")}${dirty.length > 3 ? ", ..." : ""}). Commit or stash them first: the pull request is built on a fresh branch from the base.`
    );
  }
  const repository = await ports.pullRequests.getRepository();
  const base = params.base ?? repository.defaultBranch;
  const branch = params.branch ?? DEFAULT_BRANCH;
  if (branch === base) {
    throw new PublishError(
      `--branch ${branch} is the base branch: choose another branch for the pull request.`
    );
  }
  const target = ports.branch ?? pushedBranch(git);
  const context = { params, ports, target, base, branch, htmlUrl: repository.htmlUrl };
  try {
    try {
      return await publishOnce(context);
    } catch (error) {
      if (!(error instanceof PushRejectedError)) throw error;
      ports.log?.(
        `The push to ${branch} was rejected because the branch moved; fetching it and trying once more.`
      );
      await discardWork(git, start.branch ?? start.sha);
      return await publishOnce(context);
    }
  } finally {
    await discardWork(git, start.branch ?? start.sha);
  }
}
async function discardWork(git, ref) {
  await git.discardChanges();
  await git.switchTo(ref);
}
async function publishOnce(context) {
  const { params, ports, base, branch, target } = context;
  const { git, pullRequests } = ports;
  const dryRun = params.dryRun === true;
  const sameRemote = target.remote === git;
  const tips = await git.fetchBranches(sameRemote ? [base, branch] : [base]);
  const baseTip = tips.get(base);
  if (!baseTip) {
    throw new PublishError(
      `The base branch "${base}" does not exist on the remote. Pass an existing branch with --base.`
    );
  }
  const branchTip = sameRemote ? tips.get(branch) : (await target.remote.fetchBranches([branch])).get(branch);
  if (branchTip) {
    const foreign = (await git.commitsBetween(baseTip, branchTip)).filter(
      (commit2) => !isToolCommit(commit2, params.committer)
    );
    if (foreign.length > 0) {
      throw new ForeignCommitsError(
        branch,
        foreign.map((c) => ({
          sha: c.sha,
          author: formatIdentity(c.author),
          committer: formatIdentity(c.committer),
          subject: c.subject
        })),
        formatIdentity(params.committer)
      );
    }
  }
  await git.switchToNewBranch(branch, baseTip);
  const { report } = await ports.migrate(params.dir);
  const changedPaths = (await git.uncommittedPaths()).sort();
  const result = {
    operation: "none",
    dryRun,
    branch,
    base,
    pushed: false,
    changedFiles: changedPaths,
    report
  };
  const openPulls = await pullRequests.listByHead(branch, "open");
  const openPull = openPulls[0];
  if (changedPaths.length === 0) {
    const ours = openPulls.find((pull) => readMarker(pull.body) !== void 0);
    if (!ours) return { ...result, reason: "Nothing to migrate: no PyTorchJob changed." };
    if (!dryRun) await pullRequests.update(ours.number, { state: "closed" });
    return {
      ...result,
      operation: "closed",
      number: ours.number,
      url: ours.url,
      reason: `Nothing is left to migrate on ${base}, so pull request #${ours.number} was closed.`
    };
  }
  const topLevel = await git.topLevel();
  const files = await Promise.all(changedPaths.map((path) => readChangedFile(topLevel, path)));
  const hash = contentHash(files);
  const withHash = { ...result, contentHash: hash };
  if (!openPull) {
    const refused = (await pullRequests.listByHead(branch, "closed")).find(
      (pull) => !pull.merged && readMarker(pull.body) === hash
    );
    if (refused) {
      return {
        ...withHash,
        number: refused.number,
        url: refused.url,
        reason: `Pull request #${refused.number} proposed this same change and was closed without merging, so it is not opened again. A different change (new or edited PyTorchJobs, other options) opens a new one.`
      };
    }
  }
  const message = params.commitMessage ?? defaultCommitMessage(report.summary.converted);
  const commit = await git.commit(changedPaths, message, {
    author: params.author,
    committer: params.committer
  });
  const holdsSameContent = branchTip !== void 0 && await git.treeOf(branchTip) === await git.treeOf(commit);
  let pushed = false;
  if (!holdsSameContent && !dryRun) {
    const warning = await target.write(branch, { sha: commit, parent: baseTip, message }, branchTip);
    if (warning) ports.log?.(warning);
    pushed = true;
  }
  const title = params.title ?? DEFAULT_TITLE;
  const body = renderPullRequestBody(report, {
    ...context,
    title,
    hash,
    prefix: relative(topLevel, resolve(params.dir))
  });
  const published = { ...withHash, commit, pushed, body };
  const metadata = {
    labels: params.labels ?? [],
    reviewers: params.reviewers ?? [],
    assignees: params.assignees ?? [],
    ...params.milestone === void 0 ? {} : { milestone: params.milestone }
  };
  if (openPull) {
    if (openPull.title === title && openPull.body === body && openPull.baseRef === base && holdsSameContent) {
      return {
        ...published,
        number: openPull.number,
        url: openPull.url,
        reason: `Pull request #${openPull.number} is already up to date.`
      };
    }
    if (!dryRun) {
      await pullRequests.update(openPull.number, { title, body });
      await pullRequests.addMetadata(openPull.number, metadata);
    }
    return { ...published, operation: "updated", number: openPull.number, url: openPull.url };
  }
  if (dryRun)
    return { ...published, operation: "created", reason: "Dry run: the pull request was not opened." };
  const created = await pullRequests.create({
    head: branch,
    base,
    title,
    body,
    draft: params.draft === true
  });
  await pullRequests.addMetadata(created.number, metadata);
  return { ...published, operation: "created", number: created.number, url: created.url };
}
async function readChangedFile(topLevel, path) {
  const content = await readFile(join(topLevel, path)).catch((error) => {
    if (error.code === "ENOENT") return Buffer.alloc(0);
    throw error;
  });
  return { path, content };
}
function renderPullRequestBody(report, context) {
  const prefix = context.prefix && context.prefix !== "." ? `${context.prefix.split(sep).join("/")}/` : "";
  const branchPath = context.branch.split("/").map(encodeURIComponent).join("/");
  return renderMarkdown(report, {
    written: true,
    title: context.title,
    diffs: true,
    gitops: true,
    marker: renderMarker(context.hash),
    maxLength: MAX_PR_BODY_LENGTH,
    fileLink: (path, line) => `${context.htmlUrl.replace(/\/+$/, "")}/blob/${branchPath}/${`${prefix}${path}`.split("/").map(encodeURIComponent).join("/")}#L${line}`
  });
}

// src/publish/report.ts
function pullRequestReport(result) {
  return {
    operation: result.operation,
    ...result.number === void 0 ? {} : { number: result.number },
    ...result.url === void 0 ? {} : { url: result.url },
    ...result.reason === void 0 ? {} : { reason: result.reason },
    ...result.dryRun ? { dryRun: true } : {},
    branch: result.branch,
    base: result.base
  };
}

// src/publish/repository.ts
var SLUG = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;
function parseRepositorySlug(text) {
  const match = SLUG.exec(text.trim());
  if (!match?.[1] || !match[2] || match[2] === "." || match[2] === "..") return void 0;
  return { owner: match[1], repo: match[2].replace(/\.git$/, "") };
}
function repositoryFromRemoteUrl(url) {
  const trimmed = url.trim();
  let path;
  const scpLike = /^[\w.-]+@[\w.-]+:(?!\/\/)(.+)$/.exec(trimmed);
  if (scpLike?.[1]) path = scpLike[1];
  else {
    try {
      path = new URL(trimmed).pathname;
    } catch {
      return void 0;
    }
  }
  const parts = path.replace(/\/+$/, "").replace(/\.git$/, "").split("/").filter(Boolean);
  if (parts.length < 2) return void 0;
  return parseRepositorySlug(parts.slice(-2).join("/"));
}

// src/publish/values.ts
function parseIdentityText(text) {
  const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  return match?.[1] && match[2] ? { name: match[1], email: match[2] } : void 0;
}
function parseMilestoneText(text) {
  return /^\s*[1-9]\d*\s*$/.test(text) ? Number(text) : void 0;
}
var SIGNED_IDENTITY_MESSAGE = "GitHub signs a commit made through its API only when no author or committer is given, so they cannot be set together with sign-commits: the commit is authored by the token's identity (github-actions[bot] for GITHUB_TOKEN, the app's bot for a GitHub App token).";
function actorIdentity(actor, actorId, serverUrl) {
  let host = "github.com";
  try {
    host = new URL(serverUrl).hostname || host;
  } catch {
  }
  const local = actorId ? `${actorId}+${actor}` : actor;
  return { name: actor, email: `${local}@users.noreply.${host}` };
}

export {
  outcomeLine,
  createPublishPorts,
  DEFAULT_BRANCH,
  DEFAULT_TITLE,
  publishPullRequest,
  pullRequestReport,
  parseRepositorySlug,
  repositoryFromRemoteUrl,
  parseIdentityText,
  parseMilestoneText,
  SIGNED_IDENTITY_MESSAGE,
  actorIdentity
};
