/** Org-wide discovery: which repositories of an organisation hold PyTorchJobs. */

export type DiscoveryMethod = 'auto' | 'code-search' | 'tree';
export const DISCOVERY_METHODS: readonly DiscoveryMethod[] = ['auto', 'code-search', 'tree'];

export interface DiscoverOptions {
  org: string;
  /** A repository must carry every one of these topics. */
  topics: readonly string[];
  includeArchived: boolean;
  includeForks: boolean;
  /** auto: code search, and the tree scan when the server has no code search. */
  method: DiscoveryMethod;
  /** Repositories (and, within one, files) read at once in a tree scan. */
  concurrency: number;
  /** Larger files are not read in a tree scan. */
  maxFileSize: number;
}

export interface DiscoveredRepository {
  /** `owner/name` */
  repository: string;
  defaultBranch: string;
  /** Manifest files that mention PyTorchJob, sorted. */
  files: string[];
}

export interface Discovery {
  org: string;
  /** How the files were found. */
  method: 'code-search' | 'tree';
  /** Repositories that passed the filters (archived, forks, topics). */
  repositoriesChecked: number;
  repositories: DiscoveredRepository[];
  /** Things a person should know: a fallback taken, a tree too large to list whole. */
  notes: string[];
}
