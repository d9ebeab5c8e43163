/** One sentence saying what validated the emitted TrainJobs, for the text and markdown reports. */
import type { Report, ValidationReport } from '../model/report.js';

function describe(entry: ValidationReport): string {
  if (entry.source === 'crd') return `the TrainJob CRD ${entry.schema} (--crd)`;
  if (entry.source === 'repository') return `the TrainJob CRD in the repository, ${entry.schema}`;
  const rules = entry.celRules === undefined ? '' : `, ${entry.celRules} CEL rules`;
  return `the Trainer ${entry.release} schema ${entry.schema} (from ${entry.upstream ?? 'the upstream CRD'}${rules})`;
}

export function validationSentence(report: Report): string | undefined {
  const entries = report.inputs.flatMap((input) => input.validation ?? []);
  const unique = [...new Map(entries.map((entry) => [describe(entry), entry])).keys()];
  if (unique.length === 0) return undefined;
  return `TrainJobs validated against ${unique.join('; ')}, and the Trainer webhook's own rules.`;
}
