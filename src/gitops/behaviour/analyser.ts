/**
 * The `behaviour` GitOps analyser: what changes under Trainer v2 for every job this run converts,
 * said once, and the objects of the root that still select the v1 pods.
 */

import type { Analyser, FileRequest, RootPlan } from '../../analysis/contract.js';
import type { BehaviourReport } from '../../model/behaviour-report.js';
import { isPlainObject } from '../../util/objects.js';
import { type ConvertedJob, everyJobChanges, groupedNotes } from './changes.js';
import { findOldPodSelectors, OLD_POD_NEEDLES } from './old-pod-selectors.js';

const OLD_POD_SELECTORS_REQUEST: FileRequest = { needles: OLD_POD_NEEDLES };

export function behaviourAnalyser(): Analyser {
  return {
    name: 'behaviour',
    requests: [OLD_POD_SELECTORS_REQUEST],
    async analyse(plan) {
      const jobs = convertedJobs(plan);
      if (jobs.length === 0) return {};
      const renamed = new Map(jobs.map((job) => [job.name, job.trainJobName]));
      const suffix = plan.options.convert.strategy === 'side-by-side' ? plan.options.convert.nameSuffix : '';
      const trainJobName = (job: string): string => renamed.get(job) ?? `${job}${suffix}`;
      const found = await plan.findFiles(OLD_POD_SELECTORS_REQUEST);
      const behaviour: BehaviourReport = {
        changes: everyJobChanges(jobs),
        notes: groupedNotes(jobs),
        oldPodSelectors: found.flatMap((file) => findOldPodSelectors(file.relPath, file.text, trainJobName)),
      };
      return { report: { behaviour } };
    },
  };
}

function convertedJobs(plan: RootPlan): ConvertedJob[] {
  const jobs: ConvertedJob[] = [];
  for (const file of plan.files.values()) {
    for (const job of file.rewrite.jobs) {
      const conversion = job.conversion;
      if (job.status !== 'converted' || !conversion?.trainJob) continue;
      const metadata = conversion.trainJob.metadata;
      const trainJobName =
        isPlainObject(metadata) && typeof metadata.name === 'string' ? metadata.name : job.name;
      jobs.push({
        name: job.name,
        ...(job.namespace !== undefined && { namespace: job.namespace }),
        path: file.relPath,
        conversion,
        trainJobName,
      });
    }
  }
  return jobs;
}
