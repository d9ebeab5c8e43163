/** The `behaviour` part of the report's `gitops` section: what differs under v2, said once. */

export interface JobRef {
  name: string;
  namespace?: string;
  /** The file, relative to its input root. */
  path: string;
  input?: string;
  /** What the change means for this job (e.g. its old and new master address). */
  detail?: string;
}

/** A difference every converted job has under Trainer v2, with what to do about it. */
export interface BehaviourChange {
  /** Stable key: `backoff-limit`, `pod-names`, `pod-labels`, `init-container`, `clean-pod-policy`, `restart-policy`. */
  topic: string;
  change: string;
  todo: string;
  /** The converted jobs it applies to when it does not apply to all of them. */
  jobs?: JobRef[];
}

/** A note about several jobs, given once with the jobs it concerns (e.g. v1's variables added). */
export interface GroupedNote {
  /** The finding code the jobs carry. */
  code: string;
  text: string;
  jobs: JobRef[];
}

/** An object in the scanned repository that still selects or names the v1 pods. */
export interface OldPodSelector {
  /** The file, relative to its input root. */
  path: string;
  input?: string;
  line?: number;
  kind: string;
  name: string;
  /** What it matches: a `training.kubeflow.org/*` label or a `<job>-master-0` name, as written. */
  matches: string;
  /** What to match instead under Trainer v2. */
  useInstead: string;
}

/** Changes and notes are keyed (by topic, by code) so the reports of several inputs merge into one entry. */
export interface BehaviourReport {
  changes: Record<string, BehaviourChange>;
  notes: Record<string, GroupedNote>;
  oldPodSelectors: OldPodSelector[];
}

/** Finding codes the report gives once, in the behaviour section, instead of per job. */
export const GROUPED_FINDING_CODES = ['V1_ENV_ADDED', 'ENTRYPOINT_NPROC'] as const;
