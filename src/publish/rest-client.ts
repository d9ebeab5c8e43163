/**
 * The one Octokit the tool builds: @octokit/rest with the retry (5xx) and throttling (primary and
 * secondary rate limits, `retry-after`) plugins, warnings masked, user agent set.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Masker } from './token.js';

export const DEFAULT_API_URL = 'https://api.github.com';

const RATE_LIMIT_RETRIES = 2;
/** Longer primary rate-limit waits are reported instead of slept through. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

const RestClient = Octokit.plugin(retry, throttling);
export type RestClient = InstanceType<typeof RestClient>;

/** A limiter that runs each task at once: the throttling plugin's write pacing, switched off. */
const UNPACED_GROUP = {
  key: () => ({
    schedule: (_options: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) => task(...args),
  }),
};

export interface RestClientOptions {
  token: string;
  apiUrl?: string;
  mask?: Masker;
  /** Warnings (rate-limit waits). */
  warn?: (message: string) => void;
  /** Multiplies every wait in seconds (retry backoff, `retry-after`); default 1000 (ms). Tests shorten it. */
  retryAfterBaseMs?: number;
  /** Space writes as GitHub asks (1 s between writes, 3 s between notifying ones). Default true. */
  paceWrites?: boolean;
  /** Statuses never retried; default the plugin's own (client errors). */
  doNotRetry?: number[];
}

export function createRestClient(options: RestClientOptions): RestClient {
  const mask: Masker = options.mask ?? ((text) => text);
  const warn = options.warn ?? (() => undefined);
  const retryAfterBaseValue = options.retryAfterBaseMs ?? 1000;
  const unpaced = options.paceWrites === false ? { write: UNPACED_GROUP, notifications: UNPACED_GROUP } : {};
  return new RestClient({
    auth: options.token,
    baseUrl: (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: 'trainjob-migrate',
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (m: string) => warn(mask(m)),
      error: () => undefined,
    },
    retry: {
      retryAfterBaseValue,
      ...(options.doNotRetry === undefined ? {} : { doNotRetry: options.doNotRetry }),
    },
    throttle: {
      retryAfterBaseValue,
      ...(unpaced as Record<string, never>),
      onSecondaryRateLimit: (retryAfter, request, _client, retryCount) => {
        warn(`GitHub secondary rate limit on ${request.method} ${request.url}: waiting ${retryAfter}s.`);
        return retryCount < RATE_LIMIT_RETRIES;
      },
      onRateLimit: (retryAfter, request, _client, retryCount) => {
        if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) return false;
        warn(`GitHub rate limit on ${request.method} ${request.url}: waiting ${retryAfter}s.`);
        return retryCount < RATE_LIMIT_RETRIES;
      },
    },
  });
}
