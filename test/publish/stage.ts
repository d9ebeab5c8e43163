/**
 * One publish scenario's world: a bare repository behind the real git HTTP remote, the GitHub
 * stand-in, a work clone for the tool, and a second clone for the people who use the repository.
 */
import { chmod, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { type PrCommandTuning, runPrCommand } from '../../src/cli/pr-command.js';
import {
  type GitHttpServer,
  type RecordedGitRequest,
  startGitHttpServer,
} from '../helpers/git-http-server.js';
import {
  authEnv,
  commitFiles,
  type GitIdentity,
  git,
  makeTempFolder,
  type TempFolder,
} from '../helpers/git-repo.js';
import { type GitHubStandIn, startGitHubStandIn } from '../helpers/github-stand-in.js';
import { sharedPath } from '../helpers/shared.js';

export const TOKEN = 'ghs_scenarioToken_Zx81Qm2Lp0Rt7Vw3';
export const OWNER = 'acme';
export const REPO = 'gitops';
export const TOOL_BRANCH = 'trainjob-migrate/pytorchjob-to-trainjob';
/** The owner of the fork a `--push-to-fork` run pushes to. */
export const FORK_OWNER = 'platform-bot';
/** The people's git identifies itself so their pushes are told apart from the tool's. */
const PEOPLE_AGENT = 'people-git/1.0';

/** The PyTorchJob manifests of the seed report (its "v1 Configuration" blocks), read in place. */
export async function seedPyTorchJobs(): Promise<string[]> {
  const text = await readFile(sharedPath('seed', 'pytorchjob-migration-validation-report.md'), 'utf8');
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? '')
    .filter((block) => /^kind: PyTorchJob$/m.test(block));
}

export interface RunOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Stage {
  tmp: TempFolder;
  remote: GitHttpServer;
  github: GitHubStandIn;
  /** The checkout the tool runs in. */
  work: string;
  /** Runs `pr` in the work clone against both servers. */
  runPr(
    args?: string[],
    options?: { env?: Record<string, string | undefined>; tuning?: PrCommandTuning },
  ): Promise<RunOutput>;
  /** Commits on the remote's main as the repository's people. */
  commitOnMain(files: Record<string, string>, message: string): Promise<string>;
  /** Commits on a remote branch as `who`. */
  commitOnBranch(
    branch: string,
    files: Record<string, string>,
    message: string,
    who: GitIdentity,
  ): Promise<string>;
  /** Runs git in the bare repository. */
  remoteGit(args: string[]): Promise<string>;
  /** Runs git in the fork's bare repository (stages made with `fork: true`). */
  forkGit(args: string[]): Promise<string>;
  tip(branch: string): Promise<string | undefined>;
  pushes(): RecordedGitRequest[];
  /** Runs before each authorized git request is served; undefined removes it. */
  setBeforeGitRequest(hook: ((request: RecordedGitRequest) => Promise<void>) | undefined): void;
  close(): Promise<void>;
}

export interface StageOptions {
  /** Paths of the initial files committed executable (mode 100755). */
  executable?: string[];
  /** Symlinks committed with the initial files: path → target. */
  symlinks?: Record<string, string>;
  /** A fork of the repository, owned by FORK_OWNER, with its own bare repository on the git remote. */
  fork?: boolean;
  milestones?: number[];
}

/** Ends a scenario: the stand-in saw no request or response outside GitHub's description. */
export async function closeStage(stage: Stage | undefined): Promise<void> {
  if (!stage) return;
  expect(stage.github.problems()).toEqual([]);
  await stage.close();
}

export async function createStage(
  initialFiles: Record<string, string>,
  stageOptions: StageOptions = {},
): Promise<Stage> {
  const tmp = await makeTempFolder();
  let beforeGitRequest: ((request: RecordedGitRequest) => Promise<void>) | undefined;
  const remote = await startGitHttpServer({
    root: tmp.path,
    token: TOKEN,
    env: tmp.env,
    beforeRequest: async (request) => beforeGitRequest?.(request),
  });
  const url = await remote.createRepository(REPO);
  const remoteGit = (args: string[]) => git(remote.repositoryPath(REPO), args, tmp.env);
  const FORK_NAME = `${REPO}-fork`;
  const forkGit = (args: string[]) => git(remote.repositoryPath(FORK_NAME), args, tmp.env);
  const hasBranch = (run: (args: string[]) => Promise<string>, branch: string) =>
    run(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).then(
      () => true,
      () => false,
    );
  const github = await startGitHubStandIn({
    token: TOKEN,
    owner: OWNER,
    repo: REPO,
    cloneUrl: url,
    branchExists: async (branch, owner) => hasBranch(owner === FORK_OWNER ? forkGit : remoteGit, branch),
    forks: stageOptions.fork
      ? [{ owner: FORK_OWNER, repo: REPO, cloneUrl: `${remote.baseUrl}/${FORK_NAME}.git` }]
      : [],
    gitRepositories: {
      [`${OWNER}/${REPO}`]: remote.repositoryPath(REPO),
      ...(stageOptions.fork ? { [`${FORK_OWNER}/${REPO}`]: remote.repositoryPath(FORK_NAME) } : {}),
    },
    gitEnv: tmp.env,
    ...(stageOptions.milestones ? { milestones: stageOptions.milestones } : {}),
  });

  const people = join(tmp.path, 'people');
  const peopleAuth = { ...authEnv(TOKEN), GIT_HTTP_USER_AGENT: PEOPLE_AGENT };
  await git(tmp.path, ['init', '--quiet', people], tmp.env);
  await commitFiles(people, tmp.env, { 'README.md': '# GitOps\n', ...initialFiles }, 'Add training jobs');
  const executable = stageOptions.executable ?? [];
  const symlinks = Object.entries(stageOptions.symlinks ?? {});
  if (executable.length > 0 || symlinks.length > 0) {
    for (const path of executable) await chmod(join(people, path), 0o755);
    for (const [path, target] of symlinks) await symlink(target, join(people, path));
    await git(people, ['add', '--all'], tmp.env);
    await git(people, ['commit', '--quiet', '-m', 'Modes and links'], tmp.env);
  }
  await git(people, ['remote', 'add', 'origin', url], tmp.env);
  await git(people, ['push', '--quiet', 'origin', 'main'], tmp.env, peopleAuth);
  if (stageOptions.fork) {
    // A fork starts as a copy of the repository, as GitHub makes it.
    await git(
      tmp.path,
      ['clone', '--quiet', '--bare', remote.repositoryPath(REPO), remote.repositoryPath(FORK_NAME)],
      tmp.env,
    );
  }
  const work = join(tmp.path, 'work');
  await git(tmp.path, ['clone', '--quiet', url, work], tmp.env, authEnv(TOKEN));
  // Only what happens after the setup counts.
  remote.requests.length = 0;

  const stage: Stage = {
    tmp,
    remote,
    github,
    work,
    async runPr(args = [], options = {}) {
      let stdout = '';
      let stderr = '';
      const io: CliIo = {
        stdout: {
          write: (text) => {
            stdout += text;
          },
          isTTY: false,
        },
        stderr: {
          write: (text) => {
            stderr += text;
          },
          isTTY: false,
        },
        env: { ...tmp.env, GITHUB_TOKEN: TOKEN, ...options.env },
        cwd: work,
      };
      const code = await runPrCommand(
        ['--repo', `${OWNER}/${REPO}`, '--api-url', github.apiUrl, ...args],
        io,
        options.tuning ?? { retryAfterBaseMs: 20, paceWrites: false },
      );
      return { code, stdout, stderr };
    },
    async commitOnMain(files, message) {
      await git(people, ['checkout', '--quiet', 'main'], tmp.env);
      await git(people, ['pull', '--quiet', '--ff-only', 'origin', 'main'], tmp.env, peopleAuth);
      const sha = await commitFiles(people, tmp.env, files, message);
      await git(people, ['push', '--quiet', 'origin', 'main'], tmp.env, peopleAuth);
      return sha;
    },
    async commitOnBranch(branch, files, message, who) {
      await git(people, ['fetch', '--quiet', 'origin', branch], tmp.env, peopleAuth);
      await git(people, ['checkout', '--quiet', '-B', branch, 'FETCH_HEAD'], tmp.env);
      const sha = await commitFiles(people, tmp.env, files, message, who);
      await git(people, ['push', '--quiet', 'origin', `${branch}:${branch}`], tmp.env, peopleAuth);
      await git(people, ['checkout', '--quiet', 'main'], tmp.env);
      return sha;
    },
    remoteGit,
    forkGit,
    async tip(branch) {
      return remoteGit(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).then(
        (out) => out.trim(),
        () => undefined,
      );
    },
    /** Pushes to the tool's branch, not the setup's or the people's. */
    pushes: () =>
      remote.requests.filter(
        (r) => r.url.includes('git-receive-pack') && r.method === 'POST' && r.userAgent !== PEOPLE_AGENT,
      ),
    setBeforeGitRequest(hook) {
      beforeGitRequest = hook;
    },
    async close() {
      beforeGitRequest = undefined;
      await github.close();
      await remote.close();
      await tmp.remove();
    },
  };
  return stage;
}
