/**
 * Every `core.getInput` of the Action lives here. The inputs become the same option objects the CLI
 * builds from its flags: MigrationOptions through `resolveMigrationOptions`, and the publish params.
 */
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { findConfigAt, loadConfigFile } from '../config/load-config.js';
import { resolveMigrationOptions, type SharedFlags } from '../config/resolve-options.js';
import type { LoadedConfig } from '../config/types.js';
import { DEFAULT_TITLE as DEFAULT_DASHBOARD_TITLE } from '../dashboard/render.js';
import { RUNTIME_KINDS, STRATEGIES, TRAINER_VERSIONS } from '../model/conversion.js';
import type { MigrationOptions } from '../options.js';
import { GITHUB_ACTIONS_BOT, type Identity } from '../publish/git.js';
import { DEFAULT_API_URL } from '../publish/github.js';
import type { PublishParams } from '../publish/publish.js';
import { parseRepositorySlug, type RepositorySlug } from '../publish/repository.js';
import {
  actorIdentity,
  parseIdentityText,
  parseMilestoneText,
  SIGNED_IDENTITY_MESSAGE,
} from '../publish/values.js';
import { ActionInputError } from './input-error.js';

export const DEFAULT_SERVER_URL = 'https://github.com';

export type ActionPublishParams = Omit<PublishParams, 'dir' | 'author' | 'committer'>;

export interface DashboardSettings {
  /** Write one dashboard issue in this repository after the pull request. */
  perRepository: boolean;
  /** Folder of the matrix jobs' entries: the step writes the fan-out dashboard from them, and only that. */
  from?: string;
  /** Where the fan-out dashboard issue goes. */
  repository: RepositorySlug;
  title: string;
}

export interface ActionSettings {
  token: string;
  repository: RepositorySlug;
  author: Identity;
  committer: Identity;
  signCommits: boolean;
  pushToFork?: RepositorySlug;
  dashboard: DashboardSettings;
  /** The checkout: GITHUB_WORKSPACE. */
  workspace: string;
  /** Folders to convert, relative to the workspace, with `/`; `.` is the whole checkout. */
  paths: string[];
  migration: MigrationOptions;
  publish: ActionPublishParams;
  failOnReview: boolean;
  apiUrl: string;
  serverUrl: string;
  /** Where the JSON report goes: RUNNER_TEMP. */
  reportDir: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** An input's value, trimmed; undefined when empty (the runner passes unset inputs as ''). */
function optionalInput(name: string): string | undefined {
  const value = core.getInput(name, { trimWhitespace: true });
  return value === '' ? undefined : value;
}

function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Globs may hold commas (`*.{yaml,yml}`), so they are one per line only. */
function lineListInput(name: string): string[] | undefined {
  const lines = core
    .getInput(name)
    .split('\n')
    .map((item) => item.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines : undefined;
}

const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

function booleanInput(name: string): boolean | undefined {
  const value = optionalInput(name);
  if (value === undefined) return undefined;
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  throw new ActionInputError(`Input "${name}" must be true or false (got "${value}").`);
}

function oneOfInput(name: string, allowed: readonly string[]): string | undefined {
  const value = optionalInput(name);
  if (value === undefined || allowed.includes(value)) return value;
  throw new ActionInputError(`Input "${name}" must be one of ${allowed.join(', ')} (got "${value}").`);
}

/** A path input inside the workspace, as a relative path with `/` (`.` for the workspace itself). */
function workspacePath(name: string, value: string, workspace: string): string {
  const inside = relative(workspace, resolve(workspace, value));
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new ActionInputError(
      `Input "${name}": ${value} is outside the workspace ${workspace}; give a path inside the checkout.`,
    );
  }
  return inside === '' ? '.' : inside.split(sep).join('/');
}

function readToken(): string {
  const token = optionalInput('token');
  if (!token) {
    throw new ActionInputError(
      'Input "token" is empty: pass secrets.GITHUB_TOKEN, or a GitHub App token from ' +
        'actions/create-github-app-token, with contents: write and pull-requests: write.',
    );
  }
  return token;
}

function slugInput(name: string, value: string): RepositorySlug {
  const slug = parseRepositorySlug(value);
  if (!slug) throw new ActionInputError(`Input "${name}" must be OWNER/NAME (got "${value}").`);
  return slug;
}

function readRepository(): RepositorySlug {
  const value = optionalInput('repository');
  if (!value) throw new ActionInputError('Input "repository" is empty: give OWNER/NAME.');
  return slugInput('repository', value);
}

function identityInput(name: string): Identity | undefined {
  const value = optionalInput(name);
  if (value === undefined) return undefined;
  const identity = parseIdentityText(value);
  if (!identity)
    throw new ActionInputError(`Input "${name}" must look like "Name <email@example.com>" (got "${value}").`);
  return identity;
}

/** create-pull-request's defaults: the actor as author, github-actions[bot] as committer. */
function readIdentities(
  env: Env,
  serverUrl: string,
  signCommits: boolean,
): { author: Identity; committer: Identity } {
  const author = identityInput('author');
  const committer = identityInput('committer');
  if (signCommits && (author || committer)) {
    throw new ActionInputError(
      `Inputs "author" and "committer" must be empty with sign-commits: ${SIGNED_IDENTITY_MESSAGE}`,
    );
  }
  const actor = env.GITHUB_ACTOR;
  return {
    author: author ?? (actor ? actorIdentity(actor, env.GITHUB_ACTOR_ID, serverUrl) : GITHUB_ACTIONS_BOT),
    committer: committer ?? GITHUB_ACTIONS_BOT,
  };
}

function readDashboard(workspace: string, repository: RepositorySlug): DashboardSettings {
  const from = optionalInput('dashboard-from');
  const target = optionalInput('dashboard-repository');
  return {
    perRepository: booleanInput('dashboard') ?? false,
    ...(from === undefined ? {} : { from: resolve(workspace, from) }),
    repository: target === undefined ? repository : slugInput('dashboard-repository', target),
    title: optionalInput('dashboard-title') ?? DEFAULT_DASHBOARD_TITLE,
  };
}

async function readConfig(workspace: string): Promise<LoadedConfig | undefined> {
  const file = optionalInput('config');
  if (file === undefined) return findConfigAt(workspace);
  return loadConfigFile(join(workspace, workspacePath('config', file, workspace)));
}

function conversionFlags(): SharedFlags {
  return {
    runtime: optionalInput('runtime'),
    'runtime-kind': oneOfInput('runtime-kind', RUNTIME_KINDS),
    'trainer-version': oneOfInput('trainer-version', TRAINER_VERSIONS),
    strategy: oneOfInput('strategy', STRATEGIES),
    'name-suffix': optionalInput('name-suffix'),
    'allow-lossy': booleanInput('allow-lossy'),
    include: lineListInput('include'),
    exclude: lineListInput('exclude'),
    'installed-runtimes': lineListInput('installed-runtimes'),
    'generate-runtimes': booleanInput('generate-runtimes'),
  };
}

function readPublishParams(): ActionPublishParams {
  return {
    base: optionalInput('base'),
    branch: optionalInput('branch'),
    title: optionalInput('title'),
    commitMessage: optionalInput('commit-message'),
    draft: booleanInput('draft') ?? false,
    labels: listInput('labels'),
    reviewers: listInput('reviewers'),
    assignees: listInput('assignees'),
    ...milestoneInput(),
    dryRun: booleanInput('dry-run') ?? false,
  };
}

function milestoneInput(): { milestone?: number } {
  const value = optionalInput('milestone');
  if (value === undefined) return {};
  const milestone = parseMilestoneText(value);
  if (milestone === undefined)
    throw new ActionInputError(
      `Input "milestone" must be a milestone number, as in its URL .../milestone/NUMBER (got "${value}").`,
    );
  return { milestone };
}

/** Reads and checks every input once; throws ActionInputError naming the input and what it accepts. */
export async function readActionSettings(env: Env): Promise<ActionSettings> {
  const workspace = env.GITHUB_WORKSPACE;
  if (!workspace) {
    throw new ActionInputError(
      'GITHUB_WORKSPACE is not set: run the action in a GitHub Actions job, after actions/checkout.',
    );
  }
  const token = readToken();
  const repository = readRepository();
  const serverUrl = env.GITHUB_SERVER_URL || DEFAULT_SERVER_URL;
  const signCommits = booleanInput('sign-commits') ?? false;
  const fork = optionalInput('push-to-fork');
  const paths = listInput('paths').map((path) => workspacePath('paths', path, workspace));
  const flags = conversionFlags();
  const publish = readPublishParams();
  const failOnReview = booleanInput('fail-on-review') ?? false;
  const config = await readConfig(workspace);
  return {
    token,
    repository,
    ...readIdentities(env, serverUrl, signCommits),
    signCommits,
    ...(fork === undefined ? {} : { pushToFork: slugInput('push-to-fork', fork) }),
    dashboard: readDashboard(workspace, repository),
    workspace,
    paths: paths.length > 0 ? [...new Set(paths)] : ['.'],
    migration: resolveMigrationOptions(flags, config, { cwd: workspace }),
    publish,
    failOnReview,
    apiUrl: optionalInput('api-url') ?? (env.GITHUB_API_URL || DEFAULT_API_URL),
    serverUrl,
    reportDir: env.RUNNER_TEMP || tmpdir(),
  };
}
