/** The human-readable report printed by `scan` and `convert` in text format. */

import type { FileReport, JobReport, Report, ReportSummary } from '../model/report.js';
import { colorizeDiff, type Palette, paletteFor } from './ansi.js';
import { behaviourText } from './behaviour.js';
import { FINDINGS_SHOWN_ONCE } from './summarize.js';
import { validationSentence } from './validation-words.js';

export interface TextOptions {
  /** ANSI colours (a TTY without NO_COLOR or --no-color). */
  color: boolean;
  /** Only failures and the closing summary line. */
  quiet: boolean;
  /** Print each file's diff (dry runs). */
  showDiffs: boolean;
  /** A dry run adds a hint that nothing was written. */
  dryRun: boolean;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export function summaryLine(summary: ReportSummary): string {
  return (
    `${plural(summary.files, 'file', 'files')}, ${plural(summary.jobs, 'PyTorchJob', 'PyTorchJobs')}: ` +
    `${summary.converted} converted, ${summary.needsReview} need review, ${summary.skipped} skipped, ` +
    `${plural(summary.errors, 'error', 'errors')}`
  );
}

function describeReplicas(replicas: Record<string, number> | undefined): string {
  if (!replicas) return '';
  const parts = Object.entries(replicas).map(([type, count]) => `${type} ${count}`);
  return parts.length > 0 ? `, replicas ${parts.join(' + ')}` : '';
}

function jobHeading(job: JobReport): string {
  const namespace = job.namespace ? ` (${job.namespace})` : '';
  return `${job.name}${namespace} at line ${job.line}${describeReplicas(job.replicas)}`;
}

function renderJob(job: JobReport, palette: Palette): string[] {
  const lines: string[] = [];
  switch (job.status) {
    case 'converted': {
      const numNodes = job.numNodes === undefined ? '' : `, numNodes ${job.numNodes}`;
      const runtime = job.runtime === undefined ? '' : `, runtime ${job.runtime}`;
      lines.push(`  ${palette.green('✔')} ${jobHeading(job)} → TrainJob${numNodes}${runtime}`);
      break;
    }
    case 'needs-review':
      lines.push(`  ${palette.yellow('!')} ${jobHeading(job)} needs review`);
      break;
    case 'skipped':
      lines.push(`  - ${jobHeading(job)} skipped`);
      break;
    case 'error':
      lines.push(`  ${palette.red('✖')} ${jobHeading(job)} failed`);
      break;
  }
  for (const finding of job.findings) {
    if (FINDINGS_SHOWN_ONCE.has(finding.code)) continue;
    lines.push(`    - [${finding.code}] ${finding.message}`);
  }
  return lines;
}

function describeError(file: FileReport): string {
  const error = file.error;
  if (!error) return '';
  const where =
    error.line === undefined
      ? ''
      : ` (line ${error.line}${error.column === undefined ? '' : `, column ${error.column}`})`;
  return `${error.message}${where}`;
}

function fileTitle(file: FileReport): string {
  return file.input ? `${file.input}: ${file.path}` : file.path;
}

function renderFile(file: FileReport, options: TextOptions, palette: Palette): string[] {
  const failed = file.status === 'error';
  if (options.quiet && !failed && file.status !== 'needs-review') return [];
  // Files without jobs (kustomizations, patch files, generated runtimes) show when they change.
  const showsDiff = options.showDiffs === true && !options.quiet && file.diff !== undefined;
  if (file.jobs.length === 0 && !failed && !file.skipReason && !showsDiff) return [];
  const lines = [palette.bold(fileTitle(file))];
  if (file.error) lines.push(`  ${palette.red('✖')} could not process the file: ${describeError(file)}`);
  if (file.skipReason) lines.push(`  - skipped: ${file.skipReason}`);
  for (const job of file.jobs) lines.push(...renderJob(job, palette));
  if (options.showDiffs && !options.quiet && file.diff) {
    lines.push('', colorizeDiff(file.diff.trimEnd(), palette));
  }
  return lines;
}

const BUILD_WORDS = {
  passed: 'builds to the same jobs',
  failed: 'build check FAILED',
  'not-run': 'not built',
};

/** Kustomizations over converted jobs: rewritten or held, and the before/after build check. */
function renderKustomize(report: Report): string[] {
  const section = report.gitops?.kustomize;
  const affected = section?.kustomizations.filter((k) => k.status !== 'unaffected') ?? [];
  if (!section || affected.length === 0) return [];
  const lines = affected.map((k) => {
    const build = k.buildMessage ? `${BUILD_WORDS[k.build]}: ${k.buildMessage}` : BUILD_WORDS[k.build];
    return `  kustomization ${k.path}: ${k.status}, ${build}`;
  });
  for (const k of affected) {
    for (const o of k.overrides.filter((o) => o.outcome !== 'unchanged')) {
      lines.push(`    - ${o.style} ${o.path}${o.line ? `:${o.line}` : ''} ${o.outcome}: ${o.message}`);
    }
  }
  if (!section.binary)
    lines.push(
      '  No kustomize or kubectl binary was found: no kustomization was built to check the rewrite.',
    );
  return lines;
}

/** Apps that deploy the changed files and the runtimes the TrainJobs need, one line each. */
function renderGitOps(report: Report): string {
  const lines: string[] = [...renderKustomize(report)];
  for (const app of report.gitops?.apps?.apps ?? []) {
    if (app.effect === 'unaffected') continue;
    const who = `${app.controller === 'argocd' ? 'Argo CD' : 'Flux'} ${app.kind} ${app.name} (${app.path}:${app.line})`;
    lines.push(`  ${who}: ${app.message}`);
    if (app.recommendation) lines.push(`    Recommended: ${app.recommendation}`);
  }
  for (const item of report.gitops?.apps?.customisations ?? []) {
    lines.push(`  [${item.code}] ${item.path}:${item.line} ${item.field}: ${item.message}`);
  }
  for (const runtime of report.gitops?.runtimes?.runtimes ?? []) {
    const where = runtime.path ? ` ${runtime.path}` : '';
    lines.push(
      `  ${runtime.kind} ${runtime.name}: ${runtime.status}${where} (${runtime.jobs.length} TrainJob(s))`,
    );
    for (const finding of runtime.findings) lines.push(`    - [${finding.code}] ${finding.message}`);
  }
  for (const note of report.gitops?.runtimes?.notes ?? []) lines.push(`  ${note}`);
  return lines.length === 0 ? '' : ['GitOps:', ...lines].join('\n');
}

export function renderText(report: Report, options: TextOptions): string {
  const palette = paletteFor(options.color);
  const blocks: string[] = [];
  for (const input of report.inputs) {
    if (input.status === 'error')
      blocks.push(`${palette.red('✖')} ${input.input}: ${input.error ?? 'failed'}`);
  }
  for (const file of report.files) {
    const lines = renderFile(file, options, palette);
    if (lines.length > 0) blocks.push(lines.join('\n'));
  }
  const gitops = renderGitOps(report);
  if (gitops !== '' && !options.quiet) blocks.push(gitops);
  const behaviour = behaviourText(report);
  if (behaviour !== '' && !options.quiet) blocks.push(behaviour);
  // What the TrainJobs were validated against, so a reader knows what "valid" means.
  const validated = validationSentence(report);
  if (!options.quiet && report.summary.converted > 0 && validated) blocks.push(validated);
  blocks.push(summaryLine(report.summary));
  if (options.dryRun && !options.quiet && report.summary.converted > 0) {
    blocks.push('Dry run: nothing was written. Run again with --write to apply the changes.');
  }
  return `${blocks.join('\n\n')}\n`;
}
