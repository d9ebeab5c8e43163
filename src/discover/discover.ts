/**
 * Finds an organisation's repositories that hold PyTorchJobs: list the repositories (filtered by
 * archived, fork and topics), then code search when the server has it, else read each repository's
 * tree and the manifest files in it, keeping those whose bytes mention PyTorchJob.
 */
import picomatch from 'picomatch';
import { DEFAULT_SCAN_OPTIONS } from '../model/scan.js';
import { DEFAULT_INCLUDE } from '../scan/default-globs.js';
import { compileNeedles, containsAnyNeedle } from '../scan/prefilter.js';
import { mapBounded } from '../util/map-bounded.js';
import { CodeSearchUnavailableError, type OrgPort, type OrgRepository } from './org-port.js';
import type { DiscoveredRepository, DiscoverOptions, Discovery } from './types.js';

const isManifestPath = picomatch([...DEFAULT_INCLUDE], { dot: true });
const NEEDLES = compileNeedles(DEFAULT_SCAN_OPTIONS.needles);

const fullName = (repository: OrgRepository): string => `${repository.owner}/${repository.name}`;

export function selectRepositories(
  repositories: readonly OrgRepository[],
  options: DiscoverOptions,
): OrgRepository[] {
  const wanted = options.topics.map((topic) => topic.toLowerCase());
  return repositories
    .filter((repository) => options.includeArchived || !repository.archived)
    .filter((repository) => options.includeForks || !repository.fork)
    .filter((repository) =>
      wanted.every((topic) => repository.topics.map((t) => t.toLowerCase()).includes(topic)),
    )
    .sort((a, b) => fullName(a).localeCompare(fullName(b)));
}

async function byCodeSearch(
  repositories: readonly OrgRepository[],
  options: DiscoverOptions,
  port: OrgPort,
): Promise<DiscoveredRepository[]> {
  const hits = await port.searchCode(`PyTorchJob org:${options.org}`);
  const files = new Map<string, Set<string>>();
  for (const hit of hits) {
    if (!isManifestPath(hit.path)) continue;
    const key = hit.repository.toLowerCase();
    files.set(key, (files.get(key) ?? new Set()).add(hit.path));
  }
  return repositories.flatMap((repository) => {
    const found = files.get(fullName(repository).toLowerCase());
    return found
      ? [
          {
            repository: fullName(repository),
            defaultBranch: repository.defaultBranch,
            files: [...found].sort(),
          },
        ]
      : [];
  });
}

async function scanTree(
  repository: OrgRepository,
  options: DiscoverOptions,
  port: OrgPort,
  notes: string[],
): Promise<DiscoveredRepository | undefined> {
  const tree = await port.listFiles(repository.owner, repository.name, repository.defaultBranch);
  if (tree.truncated) {
    notes.push(
      `${fullName(repository)}: GitHub listed only part of the tree (too many files); run ` +
        '`trainjob-migrate scan` on a clone to be sure.',
    );
  }
  const candidates = tree.files.filter(
    (file) => isManifestPath(file.path) && file.size <= options.maxFileSize,
  );
  const matches = await mapBounded(candidates, options.concurrency, async (file) =>
    containsAnyNeedle(await port.readBlob(repository.owner, repository.name, file.sha), NEEDLES)
      ? file.path
      : undefined,
  );
  const files = matches.filter((path): path is string => path !== undefined).sort();
  return files.length > 0
    ? { repository: fullName(repository), defaultBranch: repository.defaultBranch, files }
    : undefined;
}

async function byTreeScan(
  repositories: readonly OrgRepository[],
  options: DiscoverOptions,
  port: OrgPort,
  notes: string[],
): Promise<DiscoveredRepository[]> {
  const found = await mapBounded(repositories, options.concurrency, (repository) =>
    scanTree(repository, options, port, notes),
  );
  return found.filter((repository): repository is DiscoveredRepository => repository !== undefined);
}

export async function discoverRepositories(options: DiscoverOptions, port: OrgPort): Promise<Discovery> {
  const repositories = selectRepositories(await port.listRepositories(options.org), options);
  const notes: string[] = [];
  const result = (method: Discovery['method'], found: DiscoveredRepository[]): Discovery => ({
    org: options.org,
    method,
    repositoriesChecked: repositories.length,
    repositories: found,
    notes,
  });
  if (options.method !== 'tree') {
    try {
      return result('code-search', await byCodeSearch(repositories, options, port));
    } catch (error) {
      if (!(error instanceof CodeSearchUnavailableError) || options.method === 'code-search') throw error;
      notes.push(`${error.message}; read each repository's tree instead.`);
    }
  }
  return result('tree', await byTreeScan(repositories, options, port, notes));
}
