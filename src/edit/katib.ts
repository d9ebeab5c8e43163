/**
 * Katib Experiments whose trials run PyTorchJobs, and ConfigMaps of trial templates. They are left
 * unchanged: the trial template, `primaryContainerName` and the success/failure conditions must
 * change together, and Katib must be set up for TrainJob trials. Each job is reported with what
 * the conversion would give.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import { convertPyTorchJob } from '../convert/convert.js';
import { isPyTorchJob } from '../convert/recognise.js';
import type { Finding } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import type { FileRewrite, JobRewrite, RewriteOptions } from './types.js';

interface TrialJob {
  owner: string;
  namespace?: string;
  line: number;
  job: Record<string, unknown>;
  primaryContainer?: string;
}

function trialJobs(text: string): TrialJob[] | { message: string; line: number; column: number } {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  const found: TrialJob[] = [];
  for (const doc of Array.isArray(docs) ? docs : []) {
    const [error] = doc.errors;
    if (error) {
      const pos = lineCounter.linePos(error.pos[0]);
      return { message: error.message.split('\n')[0] as string, line: pos.line, column: pos.col };
    }
    const value = doc.toJS({ maxAliasCount: 1000 }) as unknown;
    if (!isPlainObject(value)) continue;
    const meta = isPlainObject(value.metadata) ? value.metadata : {};
    const owner = String(meta.name ?? '(unnamed)');
    const namespace = typeof meta.namespace === 'string' ? meta.namespace : undefined;
    const line = lineCounter.linePos(doc.range[0]).line;
    const spec = isPlainObject(value.spec) ? value.spec : {};
    const template = isPlainObject(spec.trialTemplate) ? spec.trialTemplate : {};
    if (isPyTorchJob(template.trialSpec)) {
      found.push({
        owner,
        namespace,
        line,
        job: template.trialSpec as Record<string, unknown>,
        primaryContainer:
          typeof template.primaryContainerName === 'string' ? template.primaryContainerName : undefined,
      });
    }
    if (value.kind === 'ConfigMap' && isPlainObject(value.data)) {
      for (const [key, embedded] of Object.entries(value.data)) {
        if (typeof embedded !== 'string' || !embedded.includes('PyTorchJob')) continue;
        for (const inner of parseAllDocuments(embedded)) {
          const job = inner.errors.length === 0 ? (inner.toJS() as unknown) : undefined;
          if (isPyTorchJob(job))
            found.push({ owner: `${owner}/${key}`, namespace, line, job: job as Record<string, unknown> });
        }
      }
    }
  }
  return found;
}

function katibFinding(numNodes: number | undefined, runtime: string, primaryContainer?: string): Finding {
  const container = primaryContainer ? `primaryContainerName ${primaryContainer} → node, ` : '';
  const nodes = numNodes === undefined ? '' : ` with trainer.numNodes ${numNodes}`;
  return {
    severity: 'warning',
    code: 'KATIB_TRIAL_TEMPLATE',
    message: `Katib trial template left unchanged. To move it to Trainer v2, change together: trialSpec → a TrainJob on runtime ${runtime}${nodes}, ${container}successCondition/failureCondition → the TrainJob's Complete/Failed conditions, and the Katib controller's trial resources (add trainjobs.trainer.kubeflow.org).`,
    path: 'spec.trialTemplate.trialSpec',
  };
}

export function reportKatib(text: string, options: RewriteOptions): FileRewrite {
  const found = trialJobs(text);
  if (!Array.isArray(found)) return { kind: 'katib', jobs: [], error: found };
  const jobs: JobRewrite[] = found.map((trial) => {
    const named = {
      ...trial.job,
      metadata: { name: 'trial', ...(isPlainObject(trial.job.metadata) ? trial.job.metadata : {}) },
    };
    const result = convertPyTorchJob(named, { ...options, strategy: 'replace' });
    return {
      name: trial.owner,
      namespace: trial.namespace,
      line: trial.line,
      status: 'needs-review',
      findings: [
        katibFinding(result.summary?.numNodes, options.runtimeName, trial.primaryContainer),
        ...result.findings,
      ],
      numNodes: result.summary?.numNodes,
      runtime: options.runtimeName,
      linesBefore: 0,
      linesAfter: 0,
    };
  });
  return { kind: 'katib', jobs };
}
