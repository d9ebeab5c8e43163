/**
 * The publish flow: convert on a fresh branch from the base, commit once, push only what is new, and
 * create, update or close the one pull request for the branch. Takes its ports as arguments.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Report } from '../model/report.js';
import { renderMarkdown } from '../report/markdown.js';
import { type BranchTarget, pushedBranch } from './branch-target.js';
import { DirtyWorkingTreeError, ForeignCommitsError, PublishError, PushRejectedError } from './errors.js';
import { type CommitSummary, formatIdentity, type GitPort, type Identity } from './git.js';
import type { PullRequest, PullRequestPort } from './github.js';
import { type ChangedFile, contentHash, readMarker, renderMarker } from './marker.js';

export const DEFAULT_BRANCH = 'trainjob-migrate/pytorchjob-to-trainjob';
export const DEFAULT_TITLE = 'Migrate PyTorchJobs to Kubeflow Trainer v2 TrainJobs';
/** GitHub refuses PR bodies longer than this many characters. */
export const MAX_PR_BODY_LENGTH = 65_536;

export type PublishOperation = 'created' | 'updated' | 'closed' | 'none';

export interface PublishResult {
  operation: PublishOperation;
  number?: number;
  url?: string;
  /** Why nothing (or closing) was done, in plain words. */
  reason?: string;
  /** True when nothing was pushed or written to GitHub; `operation` says what would have happened. */
  dryRun: boolean;
  branch: string;
  base: string;
  pushed: boolean;
  commit?: string;
  contentHash?: string;
  /** Files changed by the migration, relative to the repository root. */
  changedFiles: string[];
  report?: Report;
  /** The PR body sent (or that would be sent). */
  body?: string;
}

export interface PublishParams {
  /** The folder to migrate: the work clone or a folder inside it. */
  dir: string;
  branch?: string;
  /** Default: the repository's default branch. */
  base?: string;
  title?: string;
  commitMessage?: string;
  draft?: boolean;
  labels?: readonly string[];
  reviewers?: readonly string[];
  assignees?: readonly string[];
  /** Milestone number the pull request is added to. */
  milestone?: number;
  author: Identity;
  /** Commits by any other committer on the branch make the flow back off. */
  committer: Identity;
  dryRun?: boolean;
}

export interface MigrationOutcome {
  report: Report;
  changedFiles: string[];
}

export interface PublishPorts {
  git: GitPort;
  pullRequests: PullRequestPort;
  /** Where the branch lives and how it is written; default a `git push` to the checkout's remote. */
  branch?: BranchTarget;
  /** Converts the PyTorchJobs under `dir` in place and reports what it did (with per-file diffs). */
  migrate: (dir: string) => Promise<MigrationOutcome>;
  log?: (message: string) => void;
}

export function defaultCommitMessage(converted: number): string {
  const jobs = converted === 1 ? 'PyTorchJob' : 'PyTorchJobs';
  return `Convert ${converted} ${jobs} to Kubeflow Trainer v2 TrainJob${converted === 1 ? '' : 's'}`;
}

const sameIdentity = (a: Identity, b: Identity): boolean =>
  a.name === b.name && a.email.toLowerCase() === b.email.toLowerCase();

/** The committer GitHub writes on commits it makes (and signs) through the API or the web. */
export const GITHUB_WEB_FLOW: Identity = { name: 'GitHub', email: 'noreply@github.com' };

/**
 * The tool's commits: committed as `committer`, or made through the API (signed) by a bot: GitHub's
 * own committer and an app's `name[bot]` author. A person's web edit has the person as author.
 */
const isToolCommit = (commit: CommitSummary, committer: Identity): boolean =>
  sameIdentity(commit.committer, committer) ||
  (sameIdentity(commit.committer, GITHUB_WEB_FLOW) && commit.author.name.endsWith('[bot]'));

export async function publishPullRequest(params: PublishParams, ports: PublishPorts): Promise<PublishResult> {
  const { git } = ports;
  const start = await git.head();
  const dirty = await git.uncommittedPaths();
  if (dirty.length > 0) {
    throw new DirtyWorkingTreeError(
      `${params.dir}: the checkout has uncommitted changes (${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', ...' : ''}). ` +
        'Commit or stash them first: the pull request is built on a fresh branch from the base.',
    );
  }
  const repository = await ports.pullRequests.getRepository();
  const base = params.base ?? repository.defaultBranch;
  const branch = params.branch ?? DEFAULT_BRANCH;
  if (branch === base) {
    throw new PublishError(
      `--branch ${branch} is the base branch: choose another branch for the pull request.`,
    );
  }
  const target = ports.branch ?? pushedBranch(git);
  const context: FlowContext = { params, ports, target, base, branch, htmlUrl: repository.htmlUrl };
  try {
    try {
      return await publishOnce(context);
    } catch (error) {
      if (!(error instanceof PushRejectedError)) throw error;
      ports.log?.(
        `The push to ${branch} was rejected because the branch moved; fetching it and trying once more.`,
      );
      await discardWork(git, start.branch ?? start.sha);
      return await publishOnce(context);
    }
  } finally {
    await discardWork(git, start.branch ?? start.sha);
  }
}

interface FlowContext {
  params: PublishParams;
  ports: PublishPorts;
  target: BranchTarget;
  base: string;
  branch: string;
  htmlUrl: string;
}

async function discardWork(git: GitPort, ref: string): Promise<void> {
  await git.discardChanges();
  await git.switchTo(ref);
}

async function publishOnce(context: FlowContext): Promise<PublishResult> {
  const { params, ports, base, branch, target } = context;
  const { git, pullRequests } = ports;
  const dryRun = params.dryRun === true;
  // One fetch when the branch lives in the checkout's own remote; a fork's is fetched from the fork.
  const sameRemote = target.remote === git;
  const tips = await git.fetchBranches(sameRemote ? [base, branch] : [base]);
  const baseTip = tips.get(base);
  if (!baseTip) {
    throw new PublishError(
      `The base branch "${base}" does not exist on the remote. Pass an existing branch with --base.`,
    );
  }
  const branchTip = sameRemote ? tips.get(branch) : (await target.remote.fetchBranches([branch])).get(branch);
  if (branchTip) {
    const foreign = (await git.commitsBetween(baseTip, branchTip)).filter(
      (commit) => !isToolCommit(commit, params.committer),
    );
    if (foreign.length > 0) {
      throw new ForeignCommitsError(
        branch,
        foreign.map((c) => ({
          sha: c.sha,
          author: formatIdentity(c.author),
          committer: formatIdentity(c.committer),
          subject: c.subject,
        })),
        formatIdentity(params.committer),
      );
    }
  }

  await git.switchToNewBranch(branch, baseTip);
  const { report } = await ports.migrate(params.dir);
  const changedPaths = (await git.uncommittedPaths()).sort();
  const result: PublishResult = {
    operation: 'none',
    dryRun,
    branch,
    base,
    pushed: false,
    changedFiles: changedPaths,
    report,
  };
  const openPulls = await pullRequests.listByHead(branch, 'open');
  const openPull = openPulls[0];

  if (changedPaths.length === 0) {
    const ours = openPulls.find((pull) => readMarker(pull.body) !== undefined);
    if (!ours) return { ...result, reason: 'Nothing to migrate: no PyTorchJob changed.' };
    if (!dryRun) await pullRequests.update(ours.number, { state: 'closed' });
    return {
      ...result,
      operation: 'closed',
      number: ours.number,
      url: ours.url,
      reason: `Nothing is left to migrate on ${base}, so pull request #${ours.number} was closed.`,
    };
  }

  const topLevel = await git.topLevel();
  const files = await Promise.all(changedPaths.map((path) => readChangedFile(topLevel, path)));
  const hash = contentHash(files);
  const withHash = { ...result, contentHash: hash };

  if (!openPull) {
    const refused = (await pullRequests.listByHead(branch, 'closed')).find(
      (pull) => !pull.merged && readMarker(pull.body) === hash,
    );
    if (refused) {
      return {
        ...withHash,
        number: refused.number,
        url: refused.url,
        reason:
          `Pull request #${refused.number} proposed this same change and was closed without merging, ` +
          'so it is not opened again. A different change (new or edited PyTorchJobs, other options) opens a new one.',
      };
    }
  }

  const message = params.commitMessage ?? defaultCommitMessage(report.summary.converted);
  const commit = await git.commit(changedPaths, message, {
    author: params.author,
    committer: params.committer,
  });
  const holdsSameContent =
    branchTip !== undefined && (await git.treeOf(branchTip)) === (await git.treeOf(commit));
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
    prefix: relative(topLevel, resolve(params.dir)),
  });
  const published = { ...withHash, commit, pushed, body };
  const metadata = {
    labels: params.labels ?? [],
    reviewers: params.reviewers ?? [],
    assignees: params.assignees ?? [],
    ...(params.milestone === undefined ? {} : { milestone: params.milestone }),
  };

  if (openPull) {
    if (openPull.title === title && openPull.body === body && openPull.baseRef === base && holdsSameContent) {
      return {
        ...published,
        number: openPull.number,
        url: openPull.url,
        reason: `Pull request #${openPull.number} is already up to date.`,
      };
    }
    if (!dryRun) {
      await pullRequests.update(openPull.number, { title, body });
      await pullRequests.addMetadata(openPull.number, metadata);
    }
    return { ...published, operation: 'updated', number: openPull.number, url: openPull.url };
  }
  if (dryRun)
    return { ...published, operation: 'created', reason: 'Dry run: the pull request was not opened.' };
  const created: PullRequest = await pullRequests.create({
    head: branch,
    base,
    title,
    body,
    draft: params.draft === true,
  });
  await pullRequests.addMetadata(created.number, metadata);
  return { ...published, operation: 'created', number: created.number, url: created.url };
}

async function readChangedFile(topLevel: string, path: string): Promise<ChangedFile> {
  const content = await readFile(join(topLevel, path)).catch((error: NodeJS.ErrnoException) => {
    // A deleted file counts as empty content under its path.
    if (error.code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  });
  return { path, content };
}

function renderPullRequestBody(
  report: Report,
  context: FlowContext & { title: string; hash: string; prefix: string },
): string {
  const prefix = context.prefix && context.prefix !== '.' ? `${context.prefix.split(sep).join('/')}/` : '';
  const branchPath = context.branch.split('/').map(encodeURIComponent).join('/');
  // The body describes the branch's commit: the files as rewritten there.
  return renderMarkdown(report, {
    written: true,
    title: context.title,
    diffs: true,
    gitops: true,
    marker: renderMarker(context.hash),
    maxLength: MAX_PR_BODY_LENGTH,
    fileLink: (path, line) =>
      `${context.htmlUrl.replace(/\/+$/, '')}/blob/${branchPath}/${`${prefix}${path}`.split('/').map(encodeURIComponent).join('/')}#L${line}`,
  });
}
