/**
 * What differs under Trainer v2 for every converted job (v1-v2-runtime-semantics.md §1a/§1b), and the
 * notes the engine gives per job but that are said once for all of them.
 */

import type {
  BehaviourChange,
  GROUPED_FINDING_CODES,
  GroupedNote,
  JobRef,
} from '../../model/behaviour-report.js';
import type { ConversionResult } from '../../model/conversion.js';

export interface ConvertedJob extends JobRef {
  conversion: ConversionResult;
  /** The TrainJob's name. */
  trainJobName: string;
}

const BACKOFF_LIMIT_PATHS = ['spec.runPolicy.backoffLimit', 'spec.backoffLimit'];

function setInJob(job: ConvertedJob, paths: readonly string[]): boolean {
  return job.conversion.accounting.some((entry) => paths.includes(entry.path.join('.')));
}

const ref = (job: ConvertedJob, detail?: string): JobRef => ({
  name: job.name,
  ...(job.namespace !== undefined && { namespace: job.namespace }),
  path: job.path,
  ...(detail !== undefined && { detail }),
});

/** Keyed by topic, so reports of several inputs merge into one entry per topic. */
export function everyJobChanges(jobs: readonly ConvertedJob[]): Record<string, BehaviourChange> {
  if (jobs.length === 0) return {};
  const unlimited = jobs.filter((job) => !setInJob(job, BACKOFF_LIMIT_PATHS));
  const changes: BehaviourChange[] = [
    {
      topic: 'backoff-limit',
      change:
        'An unset runPolicy.backoffLimit meant no limit under v1 (OnFailure pods restarted forever); under v2 the node Job gets the Kubernetes default of 6 retries, after which the TrainJob fails.',
      todo: 'Set runPolicy.backoffLimit in the PyTorchJob and convert with --generate-runtimes (the generated runtime carries it) where more retries are needed.',
      ...(unlimited.length < jobs.length && { jobs: unlimited.map((job) => ref(job)) }),
    },
    {
      topic: 'pod-names',
      change:
        'Pod, Service and DNS names change: `<job>-master-0` and `<job>-worker-<i>` become the pods `<trainjob>-node-0-<rank>`, reached as `<trainjob>-node-0-<rank>.<trainjob>` through one headless Service `<trainjob>`.',
      todo: 'Update what addresses the pods or Services by name (scripts, dashboards, `kubectl logs <job>-master-0`); objects in the repository that do are listed below.',
      jobs: jobs.map((job) =>
        ref(job, `${job.name}-master-0 → ${job.trainJobName}-node-0-0.${job.trainJobName}`),
      ),
    },
    {
      topic: 'pod-labels',
      change:
        'The `training.kubeflow.org/*` pod labels (job-name, replica-type, replica-index, job-role) are gone; pods carry `jobset.sigs.k8s.io/jobset-name: <trainjob>` and `batch.kubernetes.io/job-completion-index: <rank>` (a label from Kubernetes 1.28, PodIndexLabel; always an annotation).',
      todo: 'Change selectors that match the old labels (NetworkPolicies, monitors, PodDisruptionBudgets, Services, admission policies); those found in the repository are listed below with what to match instead.',
    },
    {
      topic: 'init-container',
      change:
        "The `init-pytorch` container that held each Worker until the Master's name resolved is gone: every node starts at once.",
      todo: 'Nothing for torchrun and init_process_group (their rendezvous waits for the master); a program that connects to the master itself must retry until it answers.',
    },
    {
      topic: 'clean-pod-policy',
      change:
        "cleanPodPolicy has no v2 field: finished pods stay until the TrainJob is deleted, as with v1's default None; Running and All no longer delete pods when the job ends.",
      todo: 'Delete finished TrainJobs (or let a TTL controller do it) where pods must not linger.',
    },
    {
      topic: 'restart-policy',
      change:
        "restartPolicy ExitCode (v1 restarted only on exit codes 128-255 and failed the job on 1-127) has no TrainJob field: v2 pods restart OnFailure within the Job's backoffLimit. Jobs that used ExitCode or Never are held for review, or converted against a generated runtime that carries them.",
      todo: 'For ExitCode, use a runtime whose node Job has a podFailurePolicy that fails on exit codes 1-127.',
    },
  ];
  return Object.fromEntries(changes.map((change) => [change.topic, change]));
}

const GROUPED_NOTES: Record<(typeof GROUPED_FINDING_CODES)[number], string> = {
  V1_ENV_ADDED:
    "v1 put PYTHONUNBUFFERED, MASTER_PORT, MASTER_ADDR, WORLD_SIZE and RANK into every container of a job with a Master; Trainer v2 sets only PET_*, which only torchrun reads. These jobs' programs may read the v1 variables (they are not started by torchrun, have no command, or read them in the command), so their TrainJobs set them in trainer.env with v1's values: RANK from the completion index, WORLD_SIZE as a number, MASTER_ADDR from the pod's jobset.sigs.k8s.io/jobset-name label so it follows renames. An overlay that changes numNodes must set WORLD_SIZE to match.",
  ENTRYPOINT_NPROC:
    "These jobs have no command, so whether the image's entrypoint starts torchrun is not visible. If it does on nodes without GPUs, v1 started one process per CPU of the node and v2 starts one per CPU the pod requests: set numProcPerNode to the CPU count of your nodes.",
};

/** The per-job part of a grouped finding's message (why this job got the note). */
const NOTE_DETAIL: Record<string, RegExp> = { V1_ENV_ADDED: /\): (.*?)\. If an overlay/ };

/** The per-job findings that are said once, grouped: code → note with the jobs. */
export function groupedNotes(jobs: readonly ConvertedJob[]): Record<string, GroupedNote> {
  const notes: Record<string, GroupedNote> = {};
  for (const job of jobs) {
    for (const finding of job.conversion.findings) {
      const text = (GROUPED_NOTES as Record<string, string>)[finding.code];
      if (text === undefined) continue;
      const note = notes[finding.code] ?? { code: finding.code, text, jobs: [] };
      notes[finding.code] = note;
      if (!note.jobs.some((other) => other.name === job.name && other.path === job.path))
        note.jobs.push(ref(job, NOTE_DETAIL[finding.code]?.exec(finding.message)?.[1]));
    }
  }
  return notes;
}
