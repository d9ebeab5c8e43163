/**
 * A local stand-in for the GitHub REST API on 127.0.0.1: the endpoints publishing uses (pull
 * requests, issues and milestones, forks, and the git data API done by real git in the bare
 * repositories of the git remote: see github-git-data.ts), with in-memory state and responses built
 * from GitHub's own examples. Every request is checked against
 * GitHub's OpenAPI description (@octokit/openapi): the operation must exist for the method and path,
 * path and query parameters must fit their schemas, and the JSON body must validate against the
 * operation's request schema. Anything else gets a 404/422 and is recorded as a problem. Every response
 * is checked too: its body must fit the operation's schema for its status code, and is recorded as a
 * problem of its request when it does not.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import { type GitIdentity, gitDataHandlers } from './github-git-data.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Reply = { status: number; body: Json; headers?: Record<string, string> };

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

interface Operation {
  method: string;
  template: string;
  operationId: string;
  pattern: RegExp;
  pathParams: string[];
  literalSegments: number;
  raw: JsonObject;
}

interface Spec {
  raw: JsonObject;
  operations: Operation[];
}

let specCache: Spec | undefined;

/** Loads GitHub's description once per process (it is large) and indexes its operations. */
function loadSpec(): Spec {
  if (specCache) return specCache;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(raw.paths as Record<string, JsonObject>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      const pathParams: string[] = [];
      const segments = template.split('/');
      const source = segments
        .map((segment) => {
          const param = /^\{(.+)\}$/.exec(segment);
          if (param?.[1]) {
            pathParams.push(param[1]);
            return '([^/]+)';
          }
          return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/');
      operations.push({
        method: method.toUpperCase(),
        template,
        operationId: String((operation as JsonObject).operationId),
        pattern: new RegExp(`^${source}$`),
        pathParams,
        literalSegments: segments.filter((s) => s && !s.startsWith('{')).length,
        raw: operation as JsonObject,
      });
    }
  }
  // A literal segment beats a parameter when both match (`/pulls/comments` vs `/pulls/{number}`).
  operations.sort((a, b) => b.literalSegments - a.literalSegments);
  specCache = { raw, operations };
  return specCache;
}

/** Inlines `$ref`s (`#/components/...`); a reference cycle is cut with an empty schema. */
function deref(value: Json, root: JsonObject, seen: string[] = []): Json {
  if (Array.isArray(value)) return value.map((item) => deref(item, root, seen));
  if (value === null || typeof value !== 'object') return value;
  const ref = value.$ref;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) return {};
    let target: Json = root;
    for (const part of ref.replace(/^#\//, '').split('/')) {
      target = (target as JsonObject)[part.replace(/~1/g, '/').replace(/~0/g, '~')] ?? null;
    }
    return deref(target, root, [...seen, ref]);
  }
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    // Examples are data, not schemas.
    out[key] = key === 'examples' || key === 'example' ? child : deref(child, root, seen);
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(key: string, schema: () => Json): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema() as JsonObject);
    compiled.set(key, validate);
  }
  return validate;
}

export interface RecordedApiRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: Json;
  operationId?: string;
  status: number;
  /** Where the request broke GitHub's description; empty when it fits. */
  problems: string[];
}

export interface StandInPull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  head: string;
  /** Owner of the repository the head branch is in (a fork's owner for a pull request from a fork). */
  headOwner: string;
  base: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  assignees: string[];
  milestone: number | null;
}

export interface StandInIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
}

/** Another repository the token can see (a fork), with the URL git clones it from. */
export interface StandInFork {
  owner: string;
  repo: string;
  cloneUrl: string;
}

export interface GitHubStandInOptions {
  token: string;
  owner: string;
  repo: string;
  defaultBranch?: string;
  /** Serve under a prefix, as GitHub Enterprise Server does with `/api/v3`. */
  pathPrefix?: string;
  /**
   * Whether a branch exists on the git remote of `owner` (the repository's, or a fork's): creating a
   * PR from a missing head fails as on GitHub.
   */
  branchExists?: (branch: string, owner: string) => Promise<boolean>;
  /** The URL git clones the repository from (`clone_url`). */
  cloneUrl?: string;
  /** Forks of the repository, each its own repository for `GET /repos/{owner}/{repo}`. */
  forks?: StandInFork[];
  /** Bare repositories by `owner/repo`: the git data API (blobs, trees, commits, refs) works in them. */
  gitRepositories?: Record<string, string>;
  /** Environment for the git data API's git commands. */
  gitEnv?: Record<string, string>;
  /** Who the token is (author of API commits); default github-actions[bot]. */
  tokenIdentity?: GitIdentity;
  /** Milestone numbers that exist; setting another answers 422. */
  milestones?: number[];
  /** An organisation with repositories and files, for discovery (list repos, code search, trees, blobs). */
  organization?: StandInOrganization;
}

export interface StandInRepository {
  name: string;
  defaultBranch?: string;
  archived?: boolean;
  fork?: boolean;
  topics?: string[];
  /** Path → content on the default branch. */
  files: Record<string, string>;
}

export interface StandInOrganization {
  login: string;
  repositories: StandInRepository[];
  /** When set, `GET /search/code` answers with this status, as a server without code search does. */
  codeSearchStatus?: number;
  /** Largest page the list endpoints return (GitHub's is 100); a small one makes clients paginate. */
  maxPageSize?: number;
}

interface Fault {
  status: number;
  headers: Record<string, string>;
  body: JsonObject;
}

export interface GitHubStandIn {
  /** What `--api-url` should be. */
  apiUrl: string;
  pulls: StandInPull[];
  issues: StandInIssue[];
  requests: RecordedApiRequest[];
  /** Every problem of every request, prefixed with the request. */
  problems(): string[];
  /** Requests that change state (anything but GET). */
  writes(): RecordedApiRequest[];
  /** The next `count` calls of the operation answer with `status` (default 500). */
  failNext(operationId: string, count?: number, status?: number): void;
  /** The next call of the operation hits a secondary rate limit (403 with `retry-after`). */
  rateLimitNext(operationId: string, retryAfterSeconds?: number): void;
  /** A person closes (or merges) a pull request. */
  closePull(number: number, how: { merged: boolean }): void;
  close(): Promise<void>;
}

const clone = <T>(value: T): T => structuredClone(value);

export async function startGitHubStandIn(options: GitHubStandInOptions): Promise<GitHubStandIn> {
  const spec = loadSpec();
  const examples = spec.raw.components && (spec.raw.components as JsonObject).examples;
  const example = (name: string): JsonObject =>
    clone(((examples as JsonObject)[name] as JsonObject).value as JsonObject);
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
  const defaultBranch = options.defaultBranch ?? 'main';
  const fullName = `${options.owner}/${options.repo}`;
  const htmlRepo = `https://github.com/${fullName}`;
  const pulls: StandInPull[] = [];
  const issues: StandInIssue[] = [];
  /** Issues and pull requests share one sequence of numbers, as on GitHub. */
  const nextNumber = (): number => pulls.length + issues.length + 1;
  const requests: RecordedApiRequest[] = [];
  const faults = new Map<string, Fault[]>();
  let apiBase = '';
  let clock = Date.parse('2026-02-01T00:00:00Z');
  const now = (): string => {
    clock += 1000;
    return new Date(clock).toISOString();
  };
  const timestamps = new Map<
    number,
    { created: string; updated: string; closed: string | null; merged: string | null }
  >();

  const userJson = (login: string): JsonObject => {
    const user = (example('pull-request').user ?? {}) as JsonObject;
    return { ...user, login, url: `${apiBase}/users/${login}`, html_url: `https://github.com/${login}` };
  };

  const repoJson = (owner = options.owner, repo = options.repo): JsonObject => {
    const example_ = example('full-repository');
    const name = `${owner}/${repo}`;
    const fork = options.forks?.find((f) => f.owner === owner && f.repo === repo);
    return {
      ...example_,
      // Required by the full-repository schema, missing from GitHub's own example.
      has_discussions: example_.has_discussions ?? false,
      name: repo,
      full_name: name,
      owner: userJson(owner),
      html_url: `https://github.com/${name}`,
      url: `${apiBase}/repos/${name}`,
      clone_url: fork?.cloneUrl ?? options.cloneUrl ?? `https://github.com/${name}.git`,
      fork: fork !== undefined,
      default_branch: defaultBranch,
    };
  };
  const knownRepository = (owner: string, repo: string): boolean =>
    (owner === options.owner && repo === options.repo) ||
    (options.forks ?? []).some((f) => f.owner === owner && f.repo === repo);
  const milestoneJson = (number: number): JsonObject => ({
    ...example('milestone'),
    number,
    url: `${apiBase}/repos/${fullName}/milestones/${number}`,
    html_url: `${htmlRepo}/milestone/${number}`,
  });

  const teamJson = (slug: string, index: number): JsonObject => {
    const team = ((example('pull-request').requested_teams as Json[])[0] ?? {}) as JsonObject;
    return {
      ...team,
      id: index + 1,
      name: slug,
      slug,
      url: `${apiBase}/teams/${index + 1}`,
      html_url: `https://github.com/orgs/${options.owner}/teams/${slug}`,
      // Required by the team schemas, missing from GitHub's example.
      type: 'organization',
      parent: null,
    };
  };

  const pullJson = (pull: StandInPull): JsonObject => {
    const json = example('pull-request');
    const times = timestamps.get(pull.number);
    const labels = pull.labels.map((name, index) => ({ ...example('label'), id: index + 1, name }));
    const headJson = json.head as JsonObject;
    const baseJson = json.base as JsonObject;
    return {
      ...json,
      id: 1000 + pull.number,
      number: pull.number,
      url: `${apiBase}/repos/${fullName}/pulls/${pull.number}`,
      html_url: `${htmlRepo}/pull/${pull.number}`,
      state: pull.state,
      title: pull.title,
      body: pull.body,
      draft: pull.draft,
      merged: pull.merged,
      merged_at: times?.merged ?? null,
      closed_at: times?.closed ?? null,
      created_at: times?.created ?? now(),
      updated_at: times?.updated ?? now(),
      labels,
      milestone: pull.milestone === null ? null : milestoneJson(pull.milestone),
      assignees: pull.assignees.map(userJson),
      assignee: pull.assignees[0] ? userJson(pull.assignees[0]) : null,
      requested_reviewers: pull.reviewers.map(userJson),
      requested_teams: pull.teamReviewers.map(teamJson),
      head: {
        ...headJson,
        ref: pull.head,
        label: `${pull.headOwner}:${pull.head}`,
        repo: repoJson(
          pull.headOwner,
          pull.headOwner === options.owner ? options.repo : forkOf(pull.headOwner),
        ),
      },
      base: { ...baseJson, ref: pull.base, label: `${options.owner}:${pull.base}`, repo: repoJson() },
    };
  };

  const simplePullJson = (pull: StandInPull): JsonObject => {
    const full = pullJson(pull);
    const simpleKeys = Object.keys(example('pull-request-simple'));
    return Object.fromEntries(Object.entries(full).filter(([key]) => simpleKeys.includes(key)));
  };

  const forkOf = (owner: string): string =>
    options.forks?.find((f) => f.owner === owner)?.repo ?? options.repo;
  const issueJson = (issue: StandInIssue): JsonObject => {
    const json = example('issue');
    delete json.pull_request;
    const times = timestamps.get(issue.number);
    return {
      ...json,
      id: 2000 + issue.number,
      number: issue.number,
      url: `${apiBase}/repos/${fullName}/issues/${issue.number}`,
      html_url: `${htmlRepo}/issues/${issue.number}`,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: null,
      labels: issue.labels.map((name, index) => ({ ...example('label'), id: index + 1, name })),
      milestone: null,
      closed_at: times?.closed ?? null,
      closed_by: null,
      created_at: times?.created ?? now(),
      updated_at: times?.updated ?? now(),
    };
  };
  /** A pull request as the issues endpoints show it. */
  const pullAsIssueJson = (pull: StandInPull): JsonObject => ({
    ...issueJson({
      number: pull.number,
      title: pull.title,
      body: pull.body,
      state: pull.state,
      labels: pull.labels,
    }),
    pull_request: {
      url: `${apiBase}/repos/${fullName}/pulls/${pull.number}`,
      html_url: `${htmlRepo}/pull/${pull.number}`,
      diff_url: `${htmlRepo}/pull/${pull.number}.diff`,
      patch_url: `${htmlRepo}/pull/${pull.number}.patch`,
      merged_at: timestamps.get(pull.number)?.merged ?? null,
    },
    milestone: pull.milestone === null ? null : milestoneJson(pull.milestone),
  });
  const findIssue = (number: number): StandInIssue | undefined => issues.find((i) => i.number === number);
  const findPull = (number: number): StandInPull | undefined => pulls.find((p) => p.number === number);
  const touch = (pull: StandInPull): void => {
    const times = timestamps.get(pull.number);
    if (times) times.updated = now();
  };

  const notFound = (): Reply => ({
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  });
  const invalid = (message: string): Reply => ({
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'PullRequest', code: 'custom', message }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  });

  const handlers: Record<
    string,
    (
      params: Record<string, string>,
      query: Record<string, string>,
      body: JsonObject,
      path: string,
    ) => Promise<Reply>
  > = {
    ...organizationHandlers(options.organization, {
      example,
      userJson,
      notFound,
      apiBase: () => apiBase,
    }),
    ...gitDataHandlers({
      gitDir: (owner, repo) => options.gitRepositories?.[`${owner}/${repo}`],
      env: options.gitEnv ?? {},
      tokenIdentity: options.tokenIdentity ?? {
        name: 'github-actions[bot]',
        email: '41898282+github-actions[bot]@users.noreply.github.com',
      },
      example,
      apiBase: () => apiBase,
      notFound,
      invalid: (message) => invalid(message),
    }),
    'repos/get': async (params) =>
      knownRepository(params.owner ?? '', params.repo ?? '')
        ? { status: 200, body: repoJson(params.owner, params.repo) }
        : notFound(),

    'issues/list-for-repo': async (_params, query, _body, path) => {
      const state = query.state ?? 'open';
      const all = [
        ...issues.map((issue) => ({
          number: issue.number,
          state: issue.state,
          json: () => issueJson(issue),
        })),
        ...pulls.map((pull) => ({
          number: pull.number,
          state: pull.state,
          json: () => pullAsIssueJson(pull),
        })),
      ]
        .filter((item) => state === 'all' || item.state === state)
        .sort((a, b) => (query.direction === 'asc' ? a.number - b.number : b.number - a.number));
      const perPage = Math.min(Number(query.per_page ?? 30), 100);
      const page = Math.max(1, Number(query.page ?? 1));
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> =
        page < last
          ? {
              link: `<${apiBase}${path}?${new URLSearchParams({ ...query, page: String(page + 1), per_page: String(perPage) })}>; rel="next"`,
            }
          : {};
      return {
        status: 200,
        headers,
        body: all.slice((page - 1) * perPage, page * perPage).map((item) => item.json()),
      };
    },

    'issues/create': async (_params, _query, body) => {
      const issue: StandInIssue = {
        number: nextNumber(),
        title: String(body.title),
        body: String(body.body ?? ''),
        state: 'open',
        labels: ((body.labels as Json[] | undefined) ?? []).map((label) =>
          typeof label === 'string' ? label : String((label as JsonObject).name),
        ),
      };
      const created = now();
      timestamps.set(issue.number, { created, updated: created, closed: null, merged: null });
      issues.push(issue);
      return {
        status: 201,
        body: issueJson(issue),
        headers: { location: `${apiBase}/repos/${fullName}/issues/${issue.number}` },
      };
    },

    'issues/update': async (params, _query, body) => {
      const number = Number(params.issue_number);
      const pull = findPull(number);
      const issue = findIssue(number);
      if (!pull && !issue) return notFound();
      if (body.milestone !== undefined && body.milestone !== null) {
        const milestone = Number(body.milestone);
        if (!(options.milestones ?? []).includes(milestone))
          return invalid(`milestone ${body.milestone} does not exist`);
        if (pull) pull.milestone = milestone;
      }
      const target = pull ?? issue;
      if (!target) return notFound();
      if (typeof body.title === 'string') target.title = body.title;
      if (typeof body.body === 'string') target.body = body.body;
      const times = timestamps.get(number);
      if (body.state === 'closed' || body.state === 'open') {
        if (target.state !== body.state && times) times.closed = body.state === 'closed' ? now() : null;
        target.state = body.state;
      }
      if (times) times.updated = now();
      return { status: 200, body: pull ? pullAsIssueJson(pull) : issueJson(target as StandInIssue) };
    },

    'pulls/list': async (_params, query) => {
      const state = query.state ?? 'open';
      const head = query.head;
      const selected = pulls
        .filter((pull) => state === 'all' || pull.state === state)
        .filter((pull) => !head || `${pull.headOwner}:${pull.head}` === head)
        .filter((pull) => !query.base || pull.base === query.base)
        .sort((a, b) => (query.direction === 'asc' ? a.number - b.number : b.number - a.number));
      return { status: 200, body: selected.map(simplePullJson) };
    },

    'pulls/create': async (_params, _query, body) => {
      const given = String(body.head);
      const colon = given.indexOf(':');
      const headOwner = colon >= 0 ? given.slice(0, colon) : options.owner;
      const head = colon >= 0 ? given.slice(colon + 1) : given;
      const base = String(body.base);
      if (headOwner !== options.owner && !(options.forks ?? []).some((f) => f.owner === headOwner))
        return invalid(`head ${given}: ${headOwner} has no fork of ${fullName}`);
      if (options.branchExists && !(await options.branchExists(head, headOwner)))
        return invalid(`head ${given} does not exist`);
      if (options.branchExists && !(await options.branchExists(base, options.owner)))
        return invalid(`base ${base} does not exist`);
      if (
        pulls.some(
          (p) => p.state === 'open' && p.head === head && p.headOwner === headOwner && p.base === base,
        )
      ) {
        return invalid(`A pull request already exists for ${headOwner}:${head}.`);
      }
      const pull: StandInPull = {
        number: nextNumber(),
        title: String(body.title ?? ''),
        body: String(body.body ?? ''),
        state: 'open',
        merged: false,
        draft: body.draft === true,
        head,
        headOwner,
        base,
        labels: [],
        reviewers: [],
        teamReviewers: [],
        assignees: [],
        milestone: null,
      };
      const created = now();
      timestamps.set(pull.number, { created, updated: created, closed: null, merged: null });
      pulls.push(pull);
      return {
        status: 201,
        body: pullJson(pull),
        headers: { location: `${apiBase}/repos/${fullName}/pulls/${pull.number}` },
      };
    },

    'pulls/update': async (params, _query, body) => {
      const pull = findPull(Number(params.pull_number));
      if (!pull) return notFound();
      if (typeof body.title === 'string') pull.title = body.title;
      if (typeof body.body === 'string') pull.body = body.body;
      if (typeof body.base === 'string') pull.base = body.base;
      if (body.state === 'closed' && pull.state === 'open') {
        pull.state = 'closed';
        const times = timestamps.get(pull.number);
        if (times) times.closed = now();
      } else if (body.state === 'open' && pull.state === 'closed' && !pull.merged) {
        pull.state = 'open';
        const times = timestamps.get(pull.number);
        if (times) times.closed = null;
      }
      touch(pull);
      return { status: 200, body: pullJson(pull) };
    },

    'issues/add-labels': async (params, _query, body) => {
      const pull = findPull(Number(params.issue_number));
      if (!pull) return notFound();
      const given = (Array.isArray(body) ? body : (body.labels as Json[] | undefined)) ?? [];
      for (const label of given) {
        const name = typeof label === 'string' ? label : String((label as JsonObject).name);
        if (!pull.labels.includes(name)) pull.labels.push(name);
      }
      touch(pull);
      return {
        status: 200,
        body: pull.labels.map((name, index) => ({ ...example('label'), id: index + 1, name })),
      };
    },

    'pulls/request-reviewers': async (params, _query, body) => {
      const pull = findPull(Number(params.pull_number));
      if (!pull) return notFound();
      for (const login of (body.reviewers as string[] | undefined) ?? []) {
        if (!pull.reviewers.includes(login)) pull.reviewers.push(login);
      }
      for (const slug of (body.team_reviewers as string[] | undefined) ?? []) {
        if (!pull.teamReviewers.includes(slug)) pull.teamReviewers.push(slug);
      }
      touch(pull);
      return { status: 201, body: simplePullJson(pull) };
    },

    'issues/add-assignees': async (params, _query, body) => {
      const pull = findPull(Number(params.issue_number));
      if (!pull) return notFound();
      for (const entry of (body.assignees as Json[] | undefined) ?? []) {
        const login = typeof entry === 'string' ? entry : String((entry as JsonObject).login);
        if (!pull.assignees.includes(login)) pull.assignees.push(login);
      }
      touch(pull);
      const issue = example('issue');
      return {
        status: 201,
        body: { ...issue, number: pull.number, title: pull.title, assignees: pull.assignees.map(userJson) },
      };
    },
  };

  const readBody = async (request: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  const send = (response: ServerResponse, reply: Reply): void => {
    response.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...reply.headers,
    });
    response.end(reply.status === 204 ? undefined : JSON.stringify(reply.body));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const query = Object.fromEntries(url.searchParams.entries());
    const text = await readBody(request);
    const record: RecordedApiRequest = { method, path: url.pathname, query, status: 0, problems: [] };
    requests.push(record);
    let operation: Operation | undefined;
    const reply = (answer: Reply): void => {
      record.status = answer.status;
      record.problems.push(...checkResponse(operation, spec.raw, answer));
      send(response, answer);
    };

    const authorization = request.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization)?.[1];
    if (token !== options.token) {
      reply({
        status: 401,
        body: {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
        },
      });
      return;
    }
    if (prefix && !url.pathname.startsWith(`${prefix}/`)) {
      record.problems.push(`path ${url.pathname} is outside ${prefix}`);
      reply(notFound());
      return;
    }
    const path = url.pathname.slice(prefix.length);
    operation = spec.operations.find((op) => op.method === method && op.pattern.test(path));
    if (!operation) {
      record.problems.push(`no GitHub operation for ${method} ${path}`);
      reply(notFound());
      return;
    }
    record.operationId = operation.operationId;
    const match = operation.pattern.exec(path);
    const params: Record<string, string> = {};
    operation.pathParams.forEach((name, index) => {
      params[name] = decodeURIComponent(match?.[index + 1] ?? '');
    });

    let body: Json | undefined;
    if (text) {
      try {
        body = JSON.parse(text) as Json;
        record.body = body;
      } catch {
        record.problems.push('body is not JSON');
      }
    }
    record.problems.push(...checkRequest(operation, spec.raw, params, query, body));
    if (record.problems.length > 0) {
      reply(invalid(record.problems.join('; ')));
      return;
    }

    const queued = faults.get(operation.operationId);
    const fault = queued?.shift();
    if (fault) {
      reply({ status: fault.status, body: fault.body, headers: fault.headers });
      return;
    }
    const handler = handlers[operation.operationId];
    if (!handler) {
      record.problems.push(`the stand-in does not implement ${operation.operationId}`);
      reply(notFound());
      return;
    }
    reply(await handler(params, query, (body ?? {}) as JsonObject, path));
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  apiBase = `http://127.0.0.1:${port}${prefix}`;

  return {
    apiUrl: apiBase,
    pulls,
    issues,
    requests,
    problems: () => requests.flatMap((r) => r.problems.map((problem) => `${r.method} ${r.path}: ${problem}`)),
    writes: () => requests.filter((r) => r.method !== 'GET'),
    failNext(operationId, count = 1, status = 500) {
      const queue = faults.get(operationId) ?? [];
      for (let i = 0; i < count; i++) {
        queue.push({ status, headers: {}, body: { message: 'Server Error', status: String(status) } });
      }
      faults.set(operationId, queue);
    },
    rateLimitNext(operationId, retryAfterSeconds = 1) {
      const queue = faults.get(operationId) ?? [];
      queue.push({
        status: 403,
        headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4000' },
        body: {
          message:
            'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
      });
      faults.set(operationId, queue);
    },
    closePull(number, how) {
      const pull = findPull(number);
      if (!pull) throw new Error(`no pull request #${number}`);
      pull.state = 'closed';
      pull.merged = how.merged;
      const times = timestamps.get(number);
      if (times) {
        times.closed = now();
        times.merged = how.merged ? times.closed : null;
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Where a request breaks the operation's description: parameters and body. */
function checkRequest(
  operation: Operation,
  root: JsonObject,
  params: Record<string, string>,
  query: Record<string, string>,
  body: Json | undefined,
): string[] {
  const problems: string[] = [];
  const declared = ((operation.raw.parameters as Json[] | undefined) ?? []).map(
    (parameter) => deref(parameter, root) as unknown as OpenApiParameter,
  );
  for (const parameter of declared) {
    const given =
      parameter.in === 'path'
        ? params[parameter.name]
        : parameter.in === 'query'
          ? query[parameter.name]
          : undefined;
    if (given === undefined) {
      if (parameter.required && (parameter.in === 'path' || parameter.in === 'query')) {
        problems.push(`missing ${parameter.in} parameter ${parameter.name}`);
      }
      continue;
    }
    const schema = parameter.schema ?? {};
    const value = coerce(given, schema);
    const validate = validatorFor(`${operation.operationId}:${parameter.in}:${parameter.name}`, () => schema);
    if (!validate(value)) {
      problems.push(
        `${parameter.in} parameter ${parameter.name}=${given}: ${ajv.errorsText(validate.errors)}`,
      );
    }
  }
  for (const name of Object.keys(query)) {
    if (!declared.some((p) => p.in === 'query' && p.name === name))
      problems.push(`unknown query parameter ${name}`);
  }

  const requestBody = operation.raw.requestBody as JsonObject | undefined;
  const bodySchema = (
    (requestBody?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined
  )?.schema;
  if (!requestBody) {
    if (body !== undefined && operation.method !== 'GET') problems.push('the operation takes no body');
    return problems;
  }
  if (body === undefined) {
    if (requestBody.required === true) problems.push('missing required JSON body');
    return problems;
  }
  if (bodySchema !== undefined) {
    const validate = validatorFor(`${operation.operationId}:body`, () =>
      nullableAsJsonSchema(deref(bodySchema, root)),
    );
    if (!validate(body)) problems.push(`body: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`);
  }
  return problems;
}

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema: Ajv only understands it next to `type`, and GitHub's
 * description also puts it beside `allOf`/`anyOf`/`oneOf` (a nullable user, milestone, app...).
 */
function nullableAsJsonSchema(value: Json): Json {
  if (Array.isArray(value)) return value.map(nullableAsJsonSchema);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] =
      key === 'examples' || key === 'example' || key === 'enum' ? child : nullableAsJsonSchema(child);
  }
  if (out.nullable !== true) return out;
  delete out.nullable;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/** GitHub's shape of an error body, for error statuses its description leaves out (404 on most writes, 401, 5xx). */
const BASIC_ERROR: Json = { $ref: '#/components/schemas/basic-error' };

/** A `$ref` at the top of a response object (`#/components/responses/...`), followed. */
function resolveTop(value: Json, root: JsonObject): JsonObject {
  let current = value;
  const seen: string[] = [];
  while (current !== null && typeof current === 'object' && !Array.isArray(current)) {
    const ref = current.$ref;
    if (typeof ref !== 'string' || seen.includes(ref)) return current;
    seen.push(ref);
    current = deref({ $ref: ref }, root, []);
  }
  return {};
}

/**
 * Where a response breaks the operation's description: its body must fit the schema declared for its
 * status code (or `default`). A success status the description does not list is a problem; an
 * undeclared error status (GitHub sends 401, 404 and 5xx on more operations than it documents) is held
 * to GitHub's basic error shape.
 */
function checkResponse(operation: Operation | undefined, root: JsonObject, reply: Reply): string[] {
  const where = `response ${reply.status}${operation ? ` of ${operation.operationId}` : ''}`;
  const responses = (operation?.raw.responses ?? {}) as JsonObject;
  const declared = responses[String(reply.status)] ?? responses.default;
  let schemaKey: string;
  let schema: () => Json;
  if (declared === undefined) {
    if (reply.status < 400) return [`${where}: GitHub's description lists no such status`];
    schemaKey = 'basic-error';
    schema = () => deref(BASIC_ERROR, root);
  } else {
    const content = resolveTop(declared, root).content as JsonObject | undefined;
    const json = content?.['application/json'] as JsonObject | undefined;
    if (json?.schema === undefined) {
      const hasBody = reply.status !== 204 && reply.body !== null;
      return hasBody ? [`${where}: has a body where GitHub's description has none`] : [];
    }
    const declaredSchema = json.schema;
    schemaKey = `${operation?.operationId}:response:${reply.status}`;
    schema = () => nullableAsJsonSchema(deref(declaredSchema, root));
  }
  let validate: ValidateFunction;
  try {
    validate = validatorFor(schemaKey, schema);
  } catch (error) {
    return [`${where}: its schema in GitHub's description does not compile (${String(error)})`];
  }
  if (validate(reply.body)) return [];
  return [`${where}: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`];
}

function coerce(value: string, schema: JsonObject): Json {
  if ((schema.type === 'integer' || schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(value))
    return Number(value);
  if (schema.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

interface OrganizationHelpers {
  example: (name: string) => JsonObject;
  userJson: (login: string) => JsonObject;
  notFound: () => Reply;
  apiBase: () => string;
}

/** Git's object id of a blob: sha1 of `blob <size>\0<content>`. */
function blobSha(content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]))
    .digest('hex');
}

/** One page of `items`, with GitHub's `link` header pointing at the others. */
function paginate<T>(
  items: readonly T[],
  query: Record<string, string>,
  path: string,
  helpers: OrganizationHelpers,
  maxPageSize: number,
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(query.per_page ?? 30), maxPageSize);
  const page = Math.max(1, Number(query.page ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (target: number, rel: string): string => {
    const params = new URLSearchParams({ ...query, page: String(target), per_page: String(perPage) });
    return `<${helpers.apiBase()}${path}?${params.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** Endpoints that discovery reads: an organisation's repositories, code search, trees and blobs. */
function organizationHandlers(
  organization: StandInOrganization | undefined,
  helpers: OrganizationHelpers,
): Record<
  string,
  (
    params: Record<string, string>,
    query: Record<string, string>,
    body: JsonObject,
    path: string,
  ) => Promise<Reply>
> {
  if (!organization) return {};
  const maxPageSize = Math.min(organization.maxPageSize ?? 100, 100);
  const find = (owner: string, repo: string): StandInRepository | undefined =>
    owner.toLowerCase() === organization.login.toLowerCase()
      ? organization.repositories.find((r) => r.name === repo)
      : undefined;
  const repoJson = (repository: StandInRepository): JsonObject => {
    const fullName = `${organization.login}/${repository.name}`;
    return {
      ...helpers.example('minimal-repository'),
      name: repository.name,
      full_name: fullName,
      owner: helpers.userJson(organization.login),
      html_url: `https://github.com/${fullName}`,
      url: `${helpers.apiBase()}/repos/${fullName}`,
      default_branch: repository.defaultBranch ?? 'main',
      archived: repository.archived === true,
      fork: repository.fork === true,
      topics: repository.topics ?? [],
    };
  };
  const blobsOf = (repository: StandInRepository) =>
    Object.entries(repository.files).map(([path, text]) => {
      const content = Buffer.from(text);
      return { path, content, sha: blobSha(content) };
    });

  return {
    'repos/list-for-org': async (params, query, _body, path): Promise<Reply> => {
      if (params.org?.toLowerCase() !== organization.login.toLowerCase()) return helpers.notFound();
      const type = query.type ?? 'all';
      const listed = organization.repositories.filter(
        (r) => (type !== 'forks' || r.fork === true) && (type !== 'sources' || r.fork !== true),
      );
      const { page, headers } = paginate(listed, query, path, helpers, maxPageSize);
      return { status: 200, body: page.map(repoJson), headers };
    },

    'search/code': async (_params, query, _body, path): Promise<Reply> => {
      if (organization.codeSearchStatus !== undefined) {
        return {
          status: organization.codeSearchStatus,
          body: {
            message: 'Code search is not available on this server.',
            documentation_url: 'https://docs.github.com/rest/search/search#search-code',
            status: String(organization.codeSearchStatus),
          },
        };
      }
      const terms = (query.q ?? '').split(/\s+/).filter(Boolean);
      const org = terms.find((term) => term.startsWith('org:'))?.slice(4);
      const words = terms.filter((term) => !term.includes(':')).map((word) => word.toLowerCase());
      const hits = organization.repositories
        .filter(() => org === undefined || org.toLowerCase() === organization.login.toLowerCase())
        .flatMap((repository) =>
          blobsOf(repository)
            .filter((blob) =>
              words.every((word) => blob.content.toString('utf8').toLowerCase().includes(word)),
            )
            .map((blob) => ({ repository, blob })),
        );
      const { page, headers } = paginate(hits, query, path, helpers, maxPageSize);
      const example = helpers.example('code-search-result-item-paginated');
      const template = ((example.items as Json[])[0] ?? {}) as JsonObject;
      return {
        status: 200,
        headers,
        body: {
          total_count: hits.length,
          incomplete_results: false,
          items: page.map(({ repository, blob }) => ({
            ...template,
            name: blob.path.split('/').pop() ?? blob.path,
            path: blob.path,
            sha: blob.sha,
            repository: repoJson(repository),
          })),
        },
      };
    },

    'git/get-tree': async (params, query): Promise<Reply> => {
      const repository = find(params.owner ?? '', params.repo ?? '');
      if (!repository) return helpers.notFound();
      if (params.tree_sha !== (repository.defaultBranch ?? 'main')) return helpers.notFound();
      const blobs = blobsOf(repository);
      if (blobs.length === 0) {
        return { status: 409, body: { message: 'Git Repository is empty.', status: '409' } };
      }
      const recursive = query.recursive !== undefined;
      const folders = new Set<string>();
      for (const blob of blobs) {
        const parts = blob.path.split('/');
        for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
      }
      const base = `${helpers.apiBase()}/repos/${organization.login}/${repository.name}/git`;
      const entries: JsonObject[] = [
        ...[...folders].map((path) => ({
          path,
          mode: '040000',
          type: 'tree',
          sha: blobSha(Buffer.from(path)),
          url: `${base}/trees/x`,
        })),
        ...blobs.map((blob) => ({
          path: blob.path,
          mode: '100644',
          type: 'blob',
          sha: blob.sha,
          size: blob.content.length,
          url: `${base}/blobs/${blob.sha}`,
        })),
      ].filter((entry) => recursive || !String(entry.path).includes('/'));
      return {
        status: 200,
        body: {
          sha: blobSha(Buffer.from(repository.name)),
          url: `${base}/trees/${params.tree_sha}`,
          tree: entries,
          truncated: false,
        },
      };
    },

    'git/get-blob': async (params): Promise<Reply> => {
      const repository = find(params.owner ?? '', params.repo ?? '');
      const blob = repository && blobsOf(repository).find((b) => b.sha === params.file_sha);
      if (!repository || !blob) return helpers.notFound();
      return {
        status: 200,
        body: {
          ...helpers.example('blob'),
          sha: blob.sha,
          size: blob.content.length,
          url: `${helpers.apiBase()}/repos/${organization.login}/${repository.name}/git/blobs/${blob.sha}`,
          content: blob.content.toString('base64'),
          encoding: 'base64',
        },
      };
    },
  };
}
