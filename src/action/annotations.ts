/**
 * The report as workflow annotations: a warning at the file and line of every PyTorchJob left for
 * review, an error for every file that failed to parse, every job that failed and every failed input.
 */
import type { FileReport, JobReport, Report } from '../model/report.js';

export interface Annotation {
  level: 'warning' | 'error';
  title: string;
  message: string;
  /** Relative to the repository root, with `/`. */
  file?: string;
  startLine?: number;
}

function findingLines(job: JobReport): string {
  const findings = job.findings.filter((finding) => finding.severity !== 'info');
  const shown = findings.length > 0 ? findings : job.findings;
  return shown.map((finding) => `[${finding.code}] ${finding.message}`).join('\n');
}

function jobAnnotation(file: FileReport, job: JobReport): Annotation | undefined {
  const where = { file: file.path, startLine: job.line };
  if (job.status === 'needs-review') {
    return {
      level: 'warning',
      title: `PyTorchJob ${job.name} needs review`,
      message: findingLines(job) || 'This PyTorchJob was not converted; see the job summary.',
      ...where,
    };
  }
  if (job.status === 'error') {
    return {
      level: 'error',
      title: `PyTorchJob ${job.name} could not be converted`,
      message: findingLines(job) || 'The conversion failed; see the job summary.',
      ...where,
    };
  }
  return undefined;
}

function fileAnnotation(file: FileReport): Annotation | undefined {
  if (file.status !== 'error' || !file.error) return undefined;
  return {
    level: 'error',
    title: 'File could not be read as YAML or JSON',
    message: `${file.error.message} Fix the file, or exclude it with the "exclude" input.`,
    file: file.path,
    ...(file.error.line === undefined ? {} : { startLine: file.error.line }),
  };
}

export function annotationsFor(report: Report): Annotation[] {
  const annotations: Annotation[] = [];
  for (const input of report.inputs) {
    if (input.status === 'error') {
      annotations.push({
        level: 'error',
        title: `Could not convert ${input.input}`,
        message: input.error ?? '',
      });
    }
  }
  for (const file of report.files) {
    const failed = fileAnnotation(file);
    if (failed) annotations.push(failed);
    for (const job of file.jobs) {
      const annotation = jobAnnotation(file, job);
      if (annotation) annotations.push(annotation);
    }
  }
  return annotations;
}
