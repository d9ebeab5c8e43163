import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseFlags
} from "./chunk-VDBDIJP5.js";
import {
  DEFAULT_API_URL,
  createRestClient
} from "./chunk-I7ZEWSVZ.js";
import {
  GitHubApiError,
  PublishError,
  createMasker,
  resolveToken
} from "./chunk-RRGNVCX2.js";
import {
  mapBounded
} from "./chunk-Y36FO3AG.js";
import {
  TOOL_NAME,
  UsageError
} from "./chunk-2P5ZRRHB.js";
import {
  DEFAULT_SCAN_OPTIONS
} from "./chunk-ZNCF7DAT.js";
import {
  DEFAULT_INCLUDE,
  compileNeedles,
  containsAnyNeedle
} from "./chunk-E3NB2CZL.js";
import {
  require_picomatch
} from "./chunk-KNWRQIQV.js";
import "./chunk-GFBUO7Q4.js";
import {
  __toESM
} from "./chunk-PY5VAGIZ.js";

// src/discover/discover.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/discover/org-port.ts
var CodeSearchUnavailableError = class extends GitHubApiError {
};
var statusOf = (error) => typeof error.status === "number" ? error.status : void 0;
function createOrgPort(options) {
  const mask = options.mask ?? ((text) => text);
  const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, "");
  const octokit = createRestClient({ ...options, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] });
  const fail = (what, error) => {
    const status = statusOf(error);
    const detail = mask(error instanceof Error ? error.message : String(error));
    const hint = status === 401 ? " The token was refused: check it has not expired." : status === 403 || status === 404 ? " Check the organisation name and that the token can read its repositories (Contents: read, Metadata: read)." : "";
    return new GitHubApiError(
      `Could not ${what} at ${apiUrl}: ${detail} (HTTP ${status ?? "error"}).${hint}`,
      status,
      {
        cause: error
      }
    );
  };
  return {
    async listRepositories(org) {
      try {
        const repos = await octokit.paginate(octokit.rest.repos.listForOrg, {
          org,
          type: "all",
          per_page: 100
        });
        return repos.map((repo) => ({
          owner: repo.owner.login,
          name: repo.name,
          defaultBranch: repo.default_branch ?? "main",
          archived: repo.archived === true,
          fork: repo.fork,
          topics: repo.topics ?? []
        }));
      } catch (error) {
        throw fail(`list the repositories of ${org}`, error);
      }
    },
    async searchCode(query) {
      try {
        const items = await octokit.paginate(octokit.rest.search.code, { q: query, per_page: 100 });
        return items.map((item) => ({ repository: item.repository.full_name, path: item.path }));
      } catch (error) {
        const status = statusOf(error);
        if (status !== void 0 && status !== 401) {
          throw new CodeSearchUnavailableError(
            `Code search answered HTTP ${status}: ${mask(error instanceof Error ? error.message : String(error))}`,
            status,
            { cause: error }
          );
        }
        throw fail("search code", error);
      }
    },
    async listFiles(owner, repo, ref) {
      try {
        const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: ref, recursive: "1" });
        const files = data.tree.filter((entry) => entry.type === "blob" && entry.path && entry.sha).map((entry) => ({ path: entry.path, sha: entry.sha, size: entry.size ?? 0 }));
        return { files, truncated: data.truncated };
      } catch (error) {
        if (statusOf(error) === 409) return { files: [], truncated: false };
        throw fail(`list the files of ${owner}/${repo} at ${ref}`, error);
      }
    },
    async readBlob(owner, repo, sha) {
      try {
        const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
        return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8");
      } catch (error) {
        throw fail(`read blob ${sha} of ${owner}/${repo}`, error);
      }
    }
  };
}

// src/discover/discover.ts
var isManifestPath = (0, import_picomatch.default)([...DEFAULT_INCLUDE], { dot: true });
var NEEDLES = compileNeedles(DEFAULT_SCAN_OPTIONS.needles);
var fullName = (repository) => `${repository.owner}/${repository.name}`;
function selectRepositories(repositories, options) {
  const wanted = options.topics.map((topic) => topic.toLowerCase());
  return repositories.filter((repository) => options.includeArchived || !repository.archived).filter((repository) => options.includeForks || !repository.fork).filter(
    (repository) => wanted.every((topic) => repository.topics.map((t) => t.toLowerCase()).includes(topic))
  ).sort((a, b) => fullName(a).localeCompare(fullName(b)));
}
async function byCodeSearch(repositories, options, port) {
  const hits = await port.searchCode(`PyTorchJob org:${options.org}`);
  const files = /* @__PURE__ */ new Map();
  for (const hit of hits) {
    if (!isManifestPath(hit.path)) continue;
    const key = hit.repository.toLowerCase();
    files.set(key, (files.get(key) ?? /* @__PURE__ */ new Set()).add(hit.path));
  }
  return repositories.flatMap((repository) => {
    const found = files.get(fullName(repository).toLowerCase());
    return found ? [
      {
        repository: fullName(repository),
        defaultBranch: repository.defaultBranch,
        files: [...found].sort()
      }
    ] : [];
  });
}
async function scanTree(repository, options, port, notes) {
  const tree = await port.listFiles(repository.owner, repository.name, repository.defaultBranch);
  if (tree.truncated) {
    notes.push(
      `${fullName(repository)}: GitHub listed only part of the tree (too many files); run \`trainjob-migrate scan\` on a clone to be sure.`
    );
  }
  const candidates = tree.files.filter(
    (file) => isManifestPath(file.path) && file.size <= options.maxFileSize
  );
  const matches = await mapBounded(
    candidates,
    options.concurrency,
    async (file) => containsAnyNeedle(await port.readBlob(repository.owner, repository.name, file.sha), NEEDLES) ? file.path : void 0
  );
  const files = matches.filter((path) => path !== void 0).sort();
  return files.length > 0 ? { repository: fullName(repository), defaultBranch: repository.defaultBranch, files } : void 0;
}
async function byTreeScan(repositories, options, port, notes) {
  const found = await mapBounded(
    repositories,
    options.concurrency,
    (repository) => scanTree(repository, options, port, notes)
  );
  return found.filter((repository) => repository !== void 0);
}
async function discoverRepositories(options, port) {
  const repositories = selectRepositories(await port.listRepositories(options.org), options);
  const notes = [];
  const result = (method, found) => ({
    org: options.org,
    method,
    repositoriesChecked: repositories.length,
    repositories: found,
    notes
  });
  if (options.method !== "tree") {
    try {
      return result("code-search", await byCodeSearch(repositories, options, port));
    } catch (error) {
      if (!(error instanceof CodeSearchUnavailableError) || options.method === "code-search") throw error;
      notes.push(`${error.message}; read each repository's tree instead.`);
    }
  }
  return result("tree", await byTreeScan(repositories, options, port, notes));
}

// src/discover/render.ts
var DISCOVERY_FORMATS = ["matrix", "json", "text"];
function renderMatrix(discovery) {
  return `${JSON.stringify({ include: discovery.repositories.map(({ repository }) => ({ repository })) })}
`;
}
function renderDiscoveryText(discovery) {
  const lines = discovery.repositories.map(
    ({ repository, files }) => `${repository}  ${files.length} file${files.length === 1 ? "" : "s"}: ${files.join(", ")}`
  );
  const count = discovery.repositories.length;
  lines.push(
    `${count} of ${discovery.repositoriesChecked} repositor${discovery.repositoriesChecked === 1 ? "y" : "ies"} in ${discovery.org} ${count === 1 ? "holds" : "hold"} PyTorchJobs (found by ${discovery.method === "tree" ? "reading repository trees" : "code search"}).`
  );
  for (const note of discovery.notes) lines.push(`Note: ${note}`);
  return `${lines.join("\n")}
`;
}
function renderDiscovery(discovery, format) {
  if (format === "matrix") return renderMatrix(discovery);
  if (format === "json") return `${JSON.stringify(discovery, null, 2)}
`;
  return renderDiscoveryText(discovery);
}

// src/discover/types.ts
var DISCOVERY_METHODS = ["auto", "code-search", "tree"];

// src/cli/discover-command.ts
var DISCOVER_HELP = `Usage: ${TOOL_NAME} discover --org ORG [options]

List the repositories of a GitHub organisation that hold PyTorchJobs: code search when the server
has it, else each repository's file tree read through the API. Archived repositories and forks are
left out unless asked for. Prints nothing else on stdout, so the matrix can go straight into a
workflow output.

The token is read from GITHUB_TOKEN or GH_TOKEN (or the variable named by --token-env).

Options:
  --org ORG                  The organisation (required)
  --topic TOPIC              Only repositories with this topic (repeatable: all of them)
  -f, --format FORMAT        text (default), json, or matrix: {"include":[{"repository":"ORG/NAME"}]}
                             on one line, for strategy.matrix with fromJSON()
  --method METHOD            auto (default): code search, else the tree scan; code-search; tree
  --include-archived         Also archived repositories
  --include-forks            Also forks
  --concurrency N            Repositories and files read at once in a tree scan, 1 to 32 (default: 8)
  --api-url URL              REST API (default: GITHUB_API_URL, else ${DEFAULT_API_URL};
                             GitHub Enterprise Server: https://HOST/api/v3)
  --token-env NAME           Read the token from the environment variable NAME
  -h, --help                 Show this help

Example (in a workflow step):
  echo "matrix=$(${TOOL_NAME} discover --org acme --topic gitops --format matrix)" >> "$GITHUB_OUTPUT"

Exit codes:
  0  done (also when no repository holds a PyTorchJob)
  1  GitHub failed
  2  usage error (including a missing token)
`;
var discoverSpec = {
  org: { type: "string" },
  topic: { type: "string", multiple: true },
  format: { type: "string", short: "f" },
  method: { type: "string" },
  "include-archived": { type: "boolean" },
  "include-forks": { type: "boolean" },
  concurrency: { type: "string" },
  "api-url": { type: "string" },
  "token-env": { type: "string" },
  help: { type: "boolean", short: "h" }
};
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")} (got "${value}").`);
}
function parseConcurrency(value) {
  if (value === void 0) return 8;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 32) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 32 (got "${value}").`);
  }
  return parsed;
}
async function runDiscoverCommand(argv, io, tuning = {}) {
  const { values, positionals } = parseFlags("discover", argv, discoverSpec);
  if (values.help) {
    io.stdout.write(DISCOVER_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`discover takes no arguments (got ${positionals.join(", ")}).`);
  const org = values.org?.trim();
  if (!org) throw new UsageError("discover needs --org ORG, the organisation to look through.");
  const format = oneOf("format", values.format, DISCOVERY_FORMATS, "text");
  const method = oneOf("method", values.method, DISCOVERY_METHODS, "auto");
  const concurrency = parseConcurrency(values.concurrency);
  let token;
  try {
    token = resolveToken(io.env, values["token-env"]?.trim() || void 0).token;
  } catch (error) {
    io.stderr.write(`${TOOL_NAME}: ${error.message}
`);
    return 2;
  }
  const mask = createMasker([token]);
  const warn = (message) => io.stderr.write(`${TOOL_NAME}: ${mask(message)}
`);
  try {
    const port = createOrgPort({
      token,
      apiUrl: values["api-url"]?.trim() || io.env.GITHUB_API_URL || DEFAULT_API_URL,
      mask,
      warn,
      ...tuning
    });
    const discovery = await discoverRepositories(
      {
        org,
        topics: (values.topic ?? []).map((topic) => topic.trim()).filter(Boolean),
        includeArchived: values["include-archived"] === true,
        includeForks: values["include-forks"] === true,
        method,
        concurrency,
        maxFileSize: DEFAULT_SCAN_OPTIONS.maxFileSize
      },
      port
    );
    if (format !== "text") for (const note of discovery.notes) warn(note);
    io.stdout.write(renderDiscovery(discovery, format));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${TOOL_NAME}: ${mask(message)}
`);
    if (!(error instanceof PublishError) && error instanceof Error && error.stack) {
      io.stderr.write(`${mask(error.stack)}
`);
    }
    return 1;
  }
}
export {
  DISCOVER_HELP,
  runDiscoverCommand
};
