import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderText
} from "./chunk-P2PAARVW.js";
import {
  parseFlags
} from "./chunk-VDBDIJP5.js";
import {
  SHARED_OPTIONS_HELP
} from "./chunk-754APWLN.js";
import {
  DEFAULT_BRANCH,
  DEFAULT_TITLE,
  SIGNED_IDENTITY_MESSAGE,
  createPublishPorts,
  outcomeLine,
  parseIdentityText,
  parseMilestoneText,
  parseRepositorySlug,
  publishPullRequest,
  pullRequestReport,
  repositoryFromRemoteUrl
} from "./chunk-GVN42DDY.js";
import {
  GITHUB_ACTIONS_BOT,
  createGitPort
} from "./chunk-UGR4CVUC.js";
import {
  findConfigAt,
  loadConfigFile,
  migrateDirectory,
  needsAttention,
  removeTempLeftoversLocked,
  renderJson,
  renderMarkdown,
  resolveFormat,
  resolveMigrationOptions,
  sharedOptionSpec
} from "./chunk-Y5RYKR6S.js";
import {
  DEFAULT_API_URL
} from "./chunk-I7ZEWSVZ.js";
import {
  PublishError,
  createMasker,
  resolveToken
} from "./chunk-RRGNVCX2.js";
import "./chunk-Y36FO3AG.js";
import {
  TOOL_NAME,
  UsageError
} from "./chunk-2P5ZRRHB.js";
import "./chunk-RTFKYOXW.js";
import "./chunk-J2YF2I4I.js";
import "./chunk-ZNCF7DAT.js";
import "./chunk-UNMC5S7T.js";
import "./chunk-PDLSCPSN.js";
import "./chunk-NYAYZUTE.js";
import "./chunk-LCNQD2CP.js";
import "./chunk-E3NB2CZL.js";
import "./chunk-KNWRQIQV.js";
import "./chunk-GFBUO7Q4.js";
import {
  wantsColor
} from "./chunk-SDULEHPB.js";
import "./chunk-SLKUXGTL.js";
import "./chunk-PY5VAGIZ.js";

// src/cli/pr-command.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
var PR_HELP = `Usage: ${TOOL_NAME} pr [options] [DIR]

Convert the PyTorchJobs in DIR (default: the current folder, a git checkout) on a branch made fresh
from the base, commit once, push, and open or update the pull request. Nothing changed: the tool's
open pull request is closed. A pull request closed without merging is not opened again for the same
change. Commits by anyone else on the branch make the tool stop (exit 1) instead of overwriting them.

The token is read from GITHUB_TOKEN or GH_TOKEN (or the variable named by --token-env), never from a flag.

Pull request options:
  --repo OWNER/NAME          Repository (default: GITHUB_REPOSITORY, else the origin URL)
  --api-url URL              REST API (default: GITHUB_API_URL, else ${DEFAULT_API_URL};
                             GitHub Enterprise Server: https://HOST/api/v3)
  --token-env NAME           Read the token from the environment variable NAME
  --base BRANCH              Base branch (default: the repository's default branch)
  --branch BRANCH            The tool's branch (default: ${DEFAULT_BRANCH})
  --title TEXT               Title (default: ${DEFAULT_TITLE})
  --labels A,B               Labels to add (repeatable or comma-separated)
  --reviewers A,ORG/TEAM     Reviewers to request; ORG/TEAM requests a team
  --assignees A,B            Assignees to add
  --milestone NUMBER         Milestone to add the pull request to
  --draft                    Open the pull request as a draft
  --commit-message TEXT      Commit message (default: says how many PyTorchJobs were converted)
  --author "NAME <EMAIL>"    Commit author (default: ${GITHUB_ACTIONS_BOT.name})
  --committer "NAME <EMAIL>" Commit committer (default: ${GITHUB_ACTIONS_BOT.name}); commits by anyone
                             else on the branch make the tool back off
  --sign-commits             Commit through the GitHub API, which signs the commit (verified) for
                             GitHub App and GITHUB_TOKEN identities; not with --author/--committer
  --push-to-fork OWNER/NAME  Push the branch to this fork and open the pull request from it
  --dry-run                  Everything but the push and GitHub writes; prints the body it would send

${SHARED_OPTIONS_HELP}

Exit codes:
  0  done, nothing needs attention
  1  something needs attention (a job needing review, a failed file), the tool backed off, or GitHub/git failed
  2  usage or configuration error (including a missing token)
`;
var prSpec = {
  repo: { type: "string" },
  "api-url": { type: "string" },
  "token-env": { type: "string" },
  base: { type: "string" },
  branch: { type: "string" },
  title: { type: "string" },
  labels: { type: "string", multiple: true },
  reviewers: { type: "string", multiple: true },
  assignees: { type: "string", multiple: true },
  draft: { type: "boolean" },
  "commit-message": { type: "string" },
  author: { type: "string" },
  committer: { type: "string" },
  milestone: { type: "string" },
  "sign-commits": { type: "boolean" },
  "push-to-fork": { type: "string" },
  "dry-run": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" }
};
function parseIdentity(flag, value) {
  if (value === void 0) return void 0;
  const identity = parseIdentityText(value);
  if (!identity)
    throw new UsageError(`--${flag} must look like "Name <email@example.com>" (got "${value}").`);
  return identity;
}
var listFlag = (values) => (values ?? []).flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
function nonEmptyFlag(flag, value) {
  if (value !== void 0 && value.trim() === "") throw new UsageError(`--${flag} must not be empty.`);
  return value?.trim();
}
async function resolveRepository(flags, io, originUrl) {
  if (flags.repo !== void 0) {
    const slug2 = parseRepositorySlug(flags.repo);
    if (!slug2) throw new UsageError(`--repo must be OWNER/NAME (got "${flags.repo}").`);
    return slug2;
  }
  const fromEnv = io.env.GITHUB_REPOSITORY;
  if (fromEnv) {
    const slug2 = parseRepositorySlug(fromEnv);
    if (!slug2)
      throw new UsageError(`GITHUB_REPOSITORY must be OWNER/NAME (got "${fromEnv}"); or pass --repo.`);
    return slug2;
  }
  const url = await originUrl();
  const slug = repositoryFromRemoteUrl(url);
  if (!slug) {
    throw new UsageError(`cannot tell the repository from the origin URL (${url}); pass --repo OWNER/NAME.`);
  }
  return slug;
}
async function runPrCommand(argv, io, tuning = {}) {
  const { values, positionals } = parseFlags("pr", argv, { ...sharedOptionSpec, ...prSpec });
  const flags = values;
  if (flags.help) {
    io.stdout.write(PR_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`pr takes one folder (got ${positionals.join(", ")}).`);
  const dir = resolve(io.cwd, positionals[0] ?? ".");
  if (!(await stat(dir).catch(() => void 0))?.isDirectory()) {
    throw new UsageError(`${positionals[0] ?? dir}: no such folder. Give the checkout to convert.`);
  }
  let token;
  try {
    token = resolveToken(io.env, nonEmptyFlag("token-env", flags["token-env"])).token;
  } catch (error) {
    io.stderr.write(`${TOOL_NAME}: ${error.message}
`);
    return 2;
  }
  const mask = createMasker([token]);
  const config = flags.config === void 0 ? await findConfigAt(dir) : await loadConfigFile(resolve(io.cwd, flags.config));
  const format = resolveFormat(flags, config);
  if (format === "sarif")
    throw new UsageError("pr prints text, json or markdown; use `convert --format sarif` for SARIF.");
  const options = resolveMigrationOptions(flags, config, { cwd: io.cwd });
  const author = parseIdentity("author", flags.author) ?? GITHUB_ACTIONS_BOT;
  const committer = parseIdentity("committer", flags.committer) ?? GITHUB_ACTIONS_BOT;
  const signCommits = flags["sign-commits"] === true;
  if (signCommits && (flags.author !== void 0 || flags.committer !== void 0)) {
    throw new UsageError(`--author and --committer: ${SIGNED_IDENTITY_MESSAGE}`);
  }
  const milestone = flags.milestone === void 0 ? void 0 : parseMilestoneText(flags.milestone);
  if (flags.milestone !== void 0 && milestone === void 0) {
    throw new UsageError(
      `--milestone must be a milestone number, as in its URL .../milestone/NUMBER (got "${flags.milestone}").`
    );
  }
  const forkFlag = nonEmptyFlag("push-to-fork", flags["push-to-fork"]);
  const pushToFork = forkFlag === void 0 ? void 0 : parseRepositorySlug(forkFlag);
  if (forkFlag !== void 0 && !pushToFork) {
    throw new UsageError(`--push-to-fork must be OWNER/NAME of a fork (got "${forkFlag}").`);
  }
  const apiUrl = apiUrlOf(flags["api-url"], io.env.GITHUB_API_URL);
  await removeTempLeftoversLocked(dir, (message) => io.stderr.write(`${TOOL_NAME}: ${message}
`));
  try {
    const repository = await resolveRepository(
      flags,
      io,
      () => createGitPort({ dir, token, mask, env: io.env }).remoteUrl()
    );
    const ports = await createPublishPorts({
      dir,
      token,
      repository,
      apiUrl,
      mask,
      warn: (message) => io.stderr.write(`${TOOL_NAME}: ${message}
`),
      env: io.env,
      tuning,
      signCommits,
      ...pushToFork ? { pushToFork } : {}
    });
    const result = await publishPullRequest(
      {
        dir,
        branch: nonEmptyFlag("branch", flags.branch),
        base: nonEmptyFlag("base", flags.base),
        title: nonEmptyFlag("title", flags.title),
        commitMessage: nonEmptyFlag("commit-message", flags["commit-message"]),
        draft: flags.draft === true,
        labels: listFlag(flags.labels),
        reviewers: listFlag(flags.reviewers),
        assignees: listFlag(flags.assignees),
        ...milestone === void 0 ? {} : { milestone },
        author,
        committer,
        dryRun: flags["dry-run"] === true
      },
      {
        ...ports,
        migrate: (folder) => migrateDirectory(folder, options, { write: true, withDiffs: true }),
        log: flags.quiet ? void 0 : (message) => io.stderr.write(`${TOOL_NAME}: ${message}
`)
      }
    );
    io.stdout.write(mask(renderOutcome(result, format, flags, io)));
    const report = result.report;
    return report && needsAttention(report.summary) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(mask(error.message));
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${TOOL_NAME}: ${mask(message)}
`);
    if (!(error instanceof PublishError)) {
      const stack = error instanceof Error ? error.stack ?? "" : "";
      if (stack) io.stderr.write(`${mask(stack)}
`);
    }
    return 1;
  }
}
function apiUrlOf(flag, env) {
  const value = nonEmptyFlag("api-url", flag) ?? (env || void 0) ?? DEFAULT_API_URL;
  const source = flag !== void 0 ? "--api-url" : env ? "GITHUB_API_URL" : "the default API URL";
  const protocol = URL.canParse(value) ? new URL(value).protocol : void 0;
  if (protocol !== "https:" && protocol !== "http:") {
    throw new UsageError(`${source} must be an http(s) URL such as ${DEFAULT_API_URL} (got "${value}").`);
  }
  return value;
}
var emptyReport = (result) => ({
  tool: { name: TOOL_NAME, version: "" },
  options: {},
  summary: { files: 0, filesWithJobs: 0, jobs: 0, converted: 0, needsReview: 0, skipped: 0, errors: 0 },
  inputs: [],
  files: [],
  pullRequest: pullRequestReport(result)
});
function renderOutcome(result, format, flags, io) {
  const report = result.report ? { ...result.report, pullRequest: pullRequestReport(result) } : emptyReport(result);
  if (format === "json") return renderJson(report);
  if (format === "markdown") return result.body ?? renderMarkdown(report);
  const text = renderText(report, {
    color: wantsColor(io.stdout, io.env, flags),
    quiet: flags.quiet === true,
    showDiffs: false,
    dryRun: false
  });
  const lines = [text.replace(/\n+$/, "")];
  if (result.dryRun && result.body)
    lines.push("", "Pull request body that would be sent:", "", result.body.replace(/\n+$/, ""));
  lines.push("", outcomeLine(result));
  return `${lines.join("\n")}
`;
}
export {
  PR_HELP,
  parseIdentity,
  runPrCommand
};
