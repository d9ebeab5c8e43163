/**
 * `discover --org ORG`: list the organisation's repositories that hold PyTorchJobs, as text, JSON or
 * a one-line `strategy.matrix` for a workflow that runs the Action once per repository.
 */
import { discoverRepositories } from '../discover/discover.js';
import { createOrgPort, type OrgPortOptions } from '../discover/org-port.js';
import { DISCOVERY_FORMATS, type DiscoveryFormat, renderDiscovery } from '../discover/render.js';
import { DISCOVERY_METHODS, type DiscoveryMethod } from '../discover/types.js';
import { DEFAULT_SCAN_OPTIONS } from '../model/scan.js';
import { PublishError } from '../publish/errors.js';
import { DEFAULT_API_URL } from '../publish/github.js';
import { createMasker, resolveToken } from '../publish/token.js';
import { TOOL_NAME } from '../report/tool.js';
import { UsageError } from '../util/usage-error.js';
import type { CliIo } from './io.js';
import { parseFlags } from './parse-flags.js';

export const DISCOVER_HELP = `Usage: ${TOOL_NAME} discover --org ORG [options]

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

const discoverSpec = {
  org: { type: 'string' },
  topic: { type: 'string', multiple: true },
  format: { type: 'string', short: 'f' },
  method: { type: 'string' },
  'include-archived': { type: 'boolean' },
  'include-forks': { type: 'boolean' },
  concurrency: { type: 'string' },
  'api-url': { type: 'string' },
  'token-env': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}").`);
}

function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return 8;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 32) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 32 (got "${value}").`);
  }
  return parsed;
}

/** For tests and embedding: how long the GitHub client waits between retries. */
export type DiscoverTuning = Pick<OrgPortOptions, 'retryAfterBaseMs'>;

export async function runDiscoverCommand(
  argv: string[],
  io: CliIo,
  tuning: DiscoverTuning = {},
): Promise<number> {
  const { values, positionals } = parseFlags('discover', argv, discoverSpec);
  if (values.help) {
    io.stdout.write(DISCOVER_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`discover takes no arguments (got ${positionals.join(', ')}).`);
  const org = values.org?.trim();
  if (!org) throw new UsageError('discover needs --org ORG, the organisation to look through.');
  const format = oneOf<DiscoveryFormat>('format', values.format, DISCOVERY_FORMATS, 'text');
  const method = oneOf<DiscoveryMethod>('method', values.method, DISCOVERY_METHODS, 'auto');
  const concurrency = parseConcurrency(values.concurrency);

  let token: string;
  try {
    token = resolveToken(io.env, values['token-env']?.trim() || undefined).token;
  } catch (error) {
    io.stderr.write(`${TOOL_NAME}: ${(error as Error).message}\n`);
    return 2;
  }
  const mask = createMasker([token]);
  const warn = (message: string) => io.stderr.write(`${TOOL_NAME}: ${mask(message)}\n`);
  try {
    const port = createOrgPort({
      token,
      apiUrl: values['api-url']?.trim() || io.env.GITHUB_API_URL || DEFAULT_API_URL,
      mask,
      warn,
      ...tuning,
    });
    const discovery = await discoverRepositories(
      {
        org,
        topics: (values.topic ?? []).map((topic) => topic.trim()).filter(Boolean),
        includeArchived: values['include-archived'] === true,
        includeForks: values['include-forks'] === true,
        method,
        concurrency,
        maxFileSize: DEFAULT_SCAN_OPTIONS.maxFileSize,
      },
      port,
    );
    // In matrix and json output the notes would break the JSON; they go to stderr.
    if (format !== 'text') for (const note of discovery.notes) warn(note);
    io.stdout.write(renderDiscovery(discovery, format));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${TOOL_NAME}: ${mask(message)}\n`);
    if (!(error instanceof PublishError) && error instanceof Error && error.stack) {
      io.stderr.write(`${mask(error.stack)}\n`);
    }
    return 1;
  }
}
