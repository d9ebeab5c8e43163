/** Report objects shaped like real runs (jobs from the seed report), for the renderer tests. */

import type { FileReport, InputReport, Report } from '../../src/model/report.js';
import { summarize } from '../../src/report/summarize.js';
import { TOOL_NAME, TOOL_VERSION } from '../../src/report/tool.js';

export function sampleFiles(): FileReport[] {
  return [
    {
      path: 'clusters/cpu/pytorch-simple-cpu.yaml',
      kind: 'yaml',
      status: 'converted',
      jobs: [
        {
          name: 'pytorch-simple-cpu',
          namespace: 'ml',
          line: 1,
          status: 'converted',
          numNodes: 3,
          runtime: 'torch-distributed',
          replicas: { Master: 1, Worker: 2 },
          linesBefore: 32,
          linesAfter: 22,
          findings: [],
        },
      ],
      diff: '--- a/clusters/cpu/pytorch-simple-cpu.yaml\n+++ b/clusters/cpu/pytorch-simple-cpu.yaml\n@@ -1,2 +1,2 @@\n-apiVersion: kubeflow.org/v1\n-kind: PyTorchJob\n+apiVersion: trainer.kubeflow.org/v1alpha1\n+kind: TrainJob\n',
    },
    {
      path: 'clusters/gpu/elastic.yaml',
      kind: 'yaml',
      status: 'needs-review',
      jobs: [
        {
          name: 'elastic-train',
          line: 5,
          status: 'needs-review',
          replicas: { Worker: 4 },
          linesBefore: 40,
          linesAfter: 40,
          findings: [
            {
              severity: 'error',
              code: 'ELASTIC_POLICY',
              message: 'elasticPolicy has no TrainJob equivalent; set a fixed number of nodes.',
              path: 'spec.elasticPolicy',
            },
            {
              severity: 'info',
              code: 'STATUS_DROPPED',
              message: 'The status block is not carried over.',
              path: 'status',
            },
          ],
        },
      ],
    },
    {
      path: 'broken.yaml',
      kind: 'yaml',
      status: 'error',
      jobs: [],
      error: { message: 'Nested mappings are not allowed in compact mappings', line: 3, column: 7 },
    },
    {
      path: 'charts/train/templates/job.yaml',
      kind: 'helm',
      status: 'skipped',
      jobs: [],
      skipReason: 'Helm template',
    },
  ];
}

export function sampleReport(
  files: FileReport[] = sampleFiles(),
  inputs: InputReport[] = [{ input: '.', status: 'ok' }],
): Report {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    options: { runtime: 'torch-distributed', trainerVersion: '2.3' },
    summary: summarize(files, inputs),
    inputs,
    files,
  };
}
