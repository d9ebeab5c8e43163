/**
 * `pr [DIR]`: convert the checkout on the tool's branch, push it, and create, update or close the
 * pull request. Parses the command line, builds the ports, runs the publish flow, prints the outcome.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findConfigAt, loadConfigFile } from '../config/load-config.js';
import {
  resolveFormat,
  resolveMigrationOptions,
  type SharedFlags,
  sharedOptionSpec,
} from '../config/resolve-options.js';
import type { Report } from '../model/report.js';
import { PublishError } from '../publish/errors.js';
import { createGitPort, GITHUB_ACTIONS_BOT, type Identity } from '../publish/git.js';
import { DEFAULT_API_URL, type PullRequestPortOptions } from '../publish/github.js';
import { outcomeLine } from '../publish/outcome.js';
import { createPublishPorts } from '../publish/ports.js';
import { DEFAULT_BRANCH, DEFAULT_TITLE, type PublishResult, publishPullRequest } from '../publish/publish.js';
import { pullRequestReport } from '../publish/report.js';
import { parseRepositorySlug, type RepositorySlug, repositoryFromRemoteUrl } from '../publish/repository.js';
import { createMasker, resolveToken } from '../publish/token.js';
import { parseIdentityText, parseMilestoneText, SIGNED_IDENTITY_MESSAGE } from '../publish/values.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { needsAttention } from '../report/summarize.js';
import { renderText } from '../report/text.js';
import { TOOL_NAME } from '../report/tool.js';
import { migrateDirectory, removeTempLeftoversLocked } from '../run.js';
import { UsageError } from '../util/usage-error.js';
import { SHARED_OPTIONS_HELP } from './help.js';
import { type CliIo, wantsColor } from './io.js';
import { parseFlags } from './parse-flags.js';

export const PR_HELP = `Usage: ${TOOL_NAME} pr [options] [DIR]

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

const prSpec = {
  repo: { type: 'string' },
  'api-url': { type: 'string' },
  'token-env': { type: 'string' },
  base: { type: 'string' },
  branch: { type: 'string' },
  title: { type: 'string' },
  labels: { type: 'string', multiple: true },
  reviewers: { type: 'string', multiple: true },
  assignees: { type: 'string', multiple: true },
  draft: { type: 'boolean' },
  'commit-message': { type: 'string' },
  author: { type: 'string' },
  committer: { type: 'string' },
  milestone: { type: 'string' },
  'sign-commits': { type: 'boolean' },
  'push-to-fork': { type: 'string' },
  'dry-run': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

interface PrFlags extends SharedFlags {
  repo?: string;
  'api-url'?: string;
  'token-env'?: string;
  base?: string;
  branch?: string;
  title?: string;
  labels?: string[];
  reviewers?: string[];
  assignees?: string[];
  draft?: boolean;
  'commit-message'?: string;
  author?: string;
  committer?: string;
  milestone?: string;
  'sign-commits'?: boolean;
  'push-to-fork'?: string;
  'dry-run'?: boolean;
  color?: boolean;
  'no-color'?: boolean;
}

/** For tests and embedding: how the GitHub client waits (the defaults follow GitHub's guidance). */
export type PrCommandTuning = Pick<PullRequestPortOptions, 'retryAfterBaseMs' | 'paceWrites'>;

export function parseIdentity(flag: string, value: string | undefined): Identity | undefined {
  if (value === undefined) return undefined;
  const identity = parseIdentityText(value);
  if (!identity)
    throw new UsageError(`--${flag} must look like "Name <email@example.com>" (got "${value}").`);
  return identity;
}

const listFlag = (values: string[] | undefined): string[] =>
  (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

function nonEmptyFlag(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`--${flag} must not be empty.`);
  return value?.trim();
}

async function resolveRepository(
  flags: PrFlags,
  io: CliIo,
  originUrl: () => Promise<string>,
): Promise<RepositorySlug> {
  if (flags.repo !== undefined) {
    const slug = parseRepositorySlug(flags.repo);
    if (!slug) throw new UsageError(`--repo must be OWNER/NAME (got "${flags.repo}").`);
    return slug;
  }
  const fromEnv = io.env.GITHUB_REPOSITORY;
  if (fromEnv) {
    const slug = parseRepositorySlug(fromEnv);
    if (!slug)
      throw new UsageError(`GITHUB_REPOSITORY must be OWNER/NAME (got "${fromEnv}"); or pass --repo.`);
    return slug;
  }
  const url = await originUrl();
  const slug = repositoryFromRemoteUrl(url);
  if (!slug) {
    throw new UsageError(`cannot tell the repository from the origin URL (${url}); pass --repo OWNER/NAME.`);
  }
  return slug;
}

export async function runPrCommand(argv: string[], io: CliIo, tuning: PrCommandTuning = {}): Promise<number> {
  const { values, positionals } = parseFlags('pr', argv, { ...sharedOptionSpec, ...prSpec });
  const flags = values as PrFlags;
  if (flags.help) {
    io.stdout.write(PR_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`pr takes one folder (got ${positionals.join(', ')}).`);
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(`${positionals[0] ?? dir}: no such folder. Give the checkout to convert.`);
  }

  let token: string;
  try {
    token = resolveToken(io.env, nonEmptyFlag('token-env', flags['token-env'])).token;
  } catch (error) {
    io.stderr.write(`${TOOL_NAME}: ${(error as Error).message}\n`);
    return 2;
  }
  const mask = createMasker([token]);

  const config =
    flags.config === undefined
      ? await findConfigAt(dir)
      : await loadConfigFile(resolve(io.cwd, flags.config));
  const format = resolveFormat(flags, config);
  if (format === 'sarif')
    throw new UsageError('pr prints text, json or markdown; use `convert --format sarif` for SARIF.');
  const options = resolveMigrationOptions(flags, config, { cwd: io.cwd });
  const author = parseIdentity('author', flags.author) ?? GITHUB_ACTIONS_BOT;
  const committer = parseIdentity('committer', flags.committer) ?? GITHUB_ACTIONS_BOT;
  const signCommits = flags['sign-commits'] === true;
  if (signCommits && (flags.author !== undefined || flags.committer !== undefined)) {
    throw new UsageError(`--author and --committer: ${SIGNED_IDENTITY_MESSAGE}`);
  }
  const milestone = flags.milestone === undefined ? undefined : parseMilestoneText(flags.milestone);
  if (flags.milestone !== undefined && milestone === undefined) {
    throw new UsageError(
      `--milestone must be a milestone number, as in its URL .../milestone/NUMBER (got "${flags.milestone}").`,
    );
  }
  const forkFlag = nonEmptyFlag('push-to-fork', flags['push-to-fork']);
  const pushToFork = forkFlag === undefined ? undefined : parseRepositorySlug(forkFlag);
  if (forkFlag !== undefined && !pushToFork) {
    throw new UsageError(`--push-to-fork must be OWNER/NAME of a fork (got "${forkFlag}").`);
  }
  const apiUrl = apiUrlOf(flags['api-url'], io.env.GITHUB_API_URL);
  // Temp files of an interrupted run would count as uncommitted changes and stop the pull request.
  await removeTempLeftoversLocked(dir, (message) => io.stderr.write(`${TOOL_NAME}: ${message}\n`));

  try {
    const repository = await resolveRepository(flags, io, () =>
      createGitPort({ dir, token, mask, env: io.env }).remoteUrl(),
    );
    const ports = await createPublishPorts({
      dir,
      token,
      repository,
      apiUrl,
      mask,
      warn: (message) => io.stderr.write(`${TOOL_NAME}: ${message}\n`),
      env: io.env,
      tuning,
      signCommits,
      ...(pushToFork ? { pushToFork } : {}),
    });
    const result = await publishPullRequest(
      {
        dir,
        branch: nonEmptyFlag('branch', flags.branch),
        base: nonEmptyFlag('base', flags.base),
        title: nonEmptyFlag('title', flags.title),
        commitMessage: nonEmptyFlag('commit-message', flags['commit-message']),
        draft: flags.draft === true,
        labels: listFlag(flags.labels),
        reviewers: listFlag(flags.reviewers),
        assignees: listFlag(flags.assignees),
        ...(milestone === undefined ? {} : { milestone }),
        author,
        committer,
        dryRun: flags['dry-run'] === true,
      },
      {
        ...ports,
        migrate: (folder) => migrateDirectory(folder, options, { write: true, withDiffs: true }),
        log: flags.quiet ? undefined : (message) => io.stderr.write(`${TOOL_NAME}: ${message}\n`),
      },
    );
    io.stdout.write(mask(renderOutcome(result, format, flags, io)));
    const report = result.report;
    return report && needsAttention(report.summary) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(mask(error.message));
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${TOOL_NAME}: ${mask(message)}\n`);
    if (!(error instanceof PublishError)) {
      const stack = error instanceof Error ? (error.stack ?? '') : '';
      if (stack) io.stderr.write(`${mask(stack)}\n`);
    }
    return 1;
  }
}

/** The REST API base URL: an http(s) URL, else a usage error before any request is made. */
function apiUrlOf(flag: string | undefined, env: string | undefined): string {
  const value = nonEmptyFlag('api-url', flag) ?? (env || undefined) ?? DEFAULT_API_URL;
  const source = flag !== undefined ? '--api-url' : env ? 'GITHUB_API_URL' : 'the default API URL';
  const protocol = URL.canParse(value) ? new URL(value).protocol : undefined;
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new UsageError(`${source} must be an http(s) URL such as ${DEFAULT_API_URL} (got "${value}").`);
  }
  return value;
}

const emptyReport = (result: PublishResult): Report => ({
  tool: { name: TOOL_NAME, version: '' },
  options: {},
  summary: { files: 0, filesWithJobs: 0, jobs: 0, converted: 0, needsReview: 0, skipped: 0, errors: 0 },
  inputs: [],
  files: [],
  pullRequest: pullRequestReport(result),
});

function renderOutcome(
  result: PublishResult,
  format: 'text' | 'json' | 'markdown',
  flags: PrFlags,
  io: CliIo,
): string {
  const report: Report = result.report
    ? { ...result.report, pullRequest: pullRequestReport(result) }
    : emptyReport(result);
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return result.body ?? renderMarkdown(report);
  const text = renderText(report, {
    color: wantsColor(io.stdout, io.env, flags),
    quiet: flags.quiet === true,
    showDiffs: false,
    dryRun: false,
  });
  const lines = [text.replace(/\n+$/, '')];
  if (result.dryRun && result.body)
    lines.push('', 'Pull request body that would be sent:', '', result.body.replace(/\n+$/, ''));
  lines.push('', outcomeLine(result));
  return `${lines.join('\n')}\n`;
}
