/**
 * The report as GitHub-flavoured markdown: `--format markdown`, the pull request body and the
 * Action's job summary. Pure: a Report in, a string out, kept under a length budget.
 */

import type { FileReport, Finding, JobReport, Report } from '../model/report.js';
import { behaviourMarkdown } from './behaviour.js';
import { ruleHelp } from './rule-help.js';
import { FINDINGS_SHOWN_ONCE } from './summarize.js';
import { validationSentence } from './validation-words.js';

export interface MarkdownOptions {
  /** First line, as a level-2 heading. */
  title?: string;
  /** The files were written (`--write`, or committed to the pull request's branch). Default false: a dry run. */
  written?: boolean;
  /** Per-file diffs in collapsible blocks (when the report carries them). Default true. */
  diffs?: boolean;
  /** A link to a file's line on the branch; undefined leaves the file unlinked. */
  fileLink?: (path: string, line: number) => string | undefined;
  /** Appended verbatim as the last line (the hidden content-hash marker). */
  marker?: string;
  /** Notes on what merging does under Argo CD / Flux. Default true. */
  gitops?: boolean;
  /**
   * Budget in characters; per-job finding details go first, then diffs, then the job table. Default
   * GitHub's 65,536-character limit on pull request and issue bodies.
   */
  maxLength?: number;
}

/** GitHub rejects a pull request or issue body longer than this. */
export const GITHUB_BODY_LIMIT = 65_536;

export const DEFAULT_MARKDOWN_TITLE = 'PyTorchJob → TrainJob migration';

/** What is left out to stay under the budget. */
interface Budget {
  findingDetails: boolean;
  /** Files whose diff is left out. */
  omittedDiffs: Set<string>;
  jobTable: boolean;
}

/** One section of the report: a pure function of the report, the options and the budget; '' for none. */
export type MarkdownSection = (report: Report, opts: MarkdownOptions, budget: Budget) => string;

const gitopsOnly =
  (section: (report: Report, opts: MarkdownOptions) => string): MarkdownSection =>
  (report, opts) =>
    opts.gitops === false ? '' : section(report, opts);

/** The report's sections in order. A new section is one entry here. */
const SECTIONS: readonly MarkdownSection[] = [
  (_report, opts) => `## ${escapeText(opts.title ?? DEFAULT_MARKDOWN_TITLE)}`,
  (report, opts) => intro(report, opts),
  (report, opts, budget) => (budget.jobTable ? jobTable(report, opts) : ''),
  (report, opts, budget) => findingsByCause(report, opts, budget),
  (report) => validationSentence(report) ?? '',
  gitopsOnly((report) => behaviourMarkdown(report, { code: codeSpan, escape: escapeText, cell: escapeCell })),
  gitopsOnly(gitopsSection),
  gitopsOnly(kustomizeSection),
  gitopsOnly(appsSection),
  gitopsOnly(runtimesSection),
  (report, opts, budget) => (opts.diffs === false ? '' : diffsSection(report, budget)),
  (report, opts, budget) => trimmedNote(report, budget, opts),
  (_report, opts) => opts.marker ?? '',
];

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const maxLength = opts.maxLength ?? GITHUB_BODY_LIMIT;
  const budget: Budget = { findingDetails: true, omittedDiffs: new Set(), jobTable: true };
  let text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  budget.findingDetails = false;
  text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;

  const withDiffs = report.files
    .filter((file): file is FileReport & { diff: string } => Boolean(file.diff))
    .sort((a, b) => b.diff.length - a.diff.length);
  // Drop the largest diffs until the estimate fits, render once, and drop more only if the note's
  // own length tipped it over: a few renders instead of one per file.
  let excess = text.length - maxLength;
  for (const file of withDiffs) {
    if (excess <= 0) {
      text = renderWith(report, opts, budget);
      if (text.length <= maxLength) return text;
      excess = text.length - maxLength;
    }
    budget.omittedDiffs.add(file.path);
    excess -= diffBlock(file).length - file.path.length - 4;
  }
  text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  budget.jobTable = false;
  text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  return truncate(text, maxLength, opts.marker);
}

function renderWith(report: Report, opts: MarkdownOptions, budget: Budget): string {
  const sections = SECTIONS.map((section) => section(report, opts, budget));
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function intro(report: Report, opts: MarkdownOptions): string {
  const s = report.summary;
  if (s.jobs === 0 && s.errors === 0) return 'No PyTorchJob (`kubeflow.org/v1`) was found.';
  const counts =
    `${s.files} ${plural(s.files, 'file')}, ${s.jobs} ${plural(s.jobs, 'PyTorchJob')}: ${s.converted} converted, ` +
    `${s.needsReview} need review, ${s.skipped} skipped, ${s.errors} ${plural(s.errors, 'error')}.`;
  if (s.converted === 0) return `${counts} Nothing was converted.`;
  const what = opts.written
    ? `${s.converted === 1 ? 'The converted PyTorchJob was' : 'The converted PyTorchJobs were'} rewritten in place`
    : `Dry run, nothing was written: ${s.converted === 1 ? 'the converted PyTorchJob would be' : 'the converted PyTorchJobs would be'} rewritten in place`;
  return `${counts} ${what} as Kubeflow Trainer v2 \`TrainJob\`s (\`trainer.kubeflow.org/v1alpha1\`), keeping comments and formatting.`;
}

const STATUS_WORDS: Record<JobReport['status'] | 'file-error' | 'file-skipped', string> = {
  converted: 'converted',
  'needs-review': 'needs review',
  skipped: 'skipped',
  error: 'error',
  'file-error': 'error',
  'file-skipped': 'skipped',
};

const short = (text: string, length = 120): string =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;

function whatWasDone(job: JobReport, opts: MarkdownOptions): string {
  const blockers = [...new Set(job.findings.filter((f) => f.severity === 'error').map((f) => f.code))];
  switch (job.status) {
    case 'converted': {
      const done = opts.written ? 'rewritten as a TrainJob' : 'would be rewritten as a TrainJob';
      const nodes = job.numNodes === undefined ? '' : `, ${job.numNodes} ${plural(job.numNodes, 'node')}`;
      const runtime = job.runtime ? `, runtime \`${escapeCell(job.runtime)}\`` : '';
      return `${done}${nodes}${runtime}; ${lineChange(job.linesBefore, job.linesAfter)}`;
    }
    case 'needs-review':
      return `left as it is: ${blockers.map((code) => `\`${code}\``).join(', ') || 'see the findings'}`;
    default: {
      const first = job.findings.find((f) => f.severity === 'error') ?? job.findings[0];
      return `left as it is${first ? `: ${escapeCell(short(first.message))}` : ''}`;
    }
  }
}

/** One row per job, and one per file that failed or was passed over. */
function jobTable(report: Report, opts: MarkdownOptions): string {
  const rows: string[] = [];
  for (const file of report.files) {
    for (const job of file.jobs) {
      rows.push(
        `| ${fileRef(file.path, job.line, opts)} | ${escapeCell(job.name)} | ${STATUS_WORDS[job.status]} | ${whatWasDone(job, opts)} |`,
      );
    }
    if (file.error) {
      const line = file.error.line ?? 1;
      rows.push(
        `| ${fileRef(file.path, line, opts)} | | ${STATUS_WORDS['file-error']} | could not be read: ${escapeCell(short(file.error.message))} |`,
      );
    } else if (file.skipReason && file.jobs.length === 0) {
      rows.push(
        `| ${fileRef(file.path, 1, opts)} | | ${STATUS_WORDS['file-skipped']} | ${escapeCell(short(file.skipReason))} |`,
      );
    }
  }
  if (rows.length === 0) return '';
  return [
    '### Jobs',
    '',
    '| File | Job | Status | What was done |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

interface Cause {
  code: string;
  severity: Finding['severity'];
  items: { file: FileReport; job: JobReport; finding: Finding }[];
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

function causesOf(report: Report): Cause[] {
  const causes = new Map<string, Cause>();
  for (const file of report.files) {
    for (const job of file.jobs) {
      for (const finding of job.findings) {
        if (FINDINGS_SHOWN_ONCE.has(finding.code)) continue;
        const cause = causes.get(finding.code) ?? {
          code: finding.code,
          severity: finding.severity,
          items: [],
        };
        if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[cause.severity])
          cause.severity = finding.severity;
        cause.items.push({ file, job, finding });
        causes.set(finding.code, cause);
      }
    }
  }
  const jobCount = (cause: Cause) =>
    new Set(cause.items.map(({ file, job }) => `${file.path}:${job.line}`)).size;
  return [...causes.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      jobCount(b) - jobCount(a) ||
      (a.code < b.code ? -1 : 1),
  );
}

const NAMES_SHOWN = 8;

/** What to do about a cause: the rule's action, and `--generate-runtimes` when a runtime can carry it. */
function actionFor(cause: Cause, report: Report): string {
  const action = ruleHelp(cause.code);
  const runtimeCarries = cause.items.some(({ finding }) => finding.runtimeSetting !== undefined);
  if (!runtimeCarries || report.options.generateRuntimes === true) return escapeText(action);
  return `${escapeText(action)} When this is all that holds a job back, \`--generate-runtimes\` converts it against a ClusterTrainingRuntime generated beside it.`;
}

/** Findings grouped by cause: how many jobs, which, and the one thing to do. */
function findingsByCause(report: Report, opts: MarkdownOptions, budget: Budget): string {
  const causes = causesOf(report);
  if (causes.length === 0) return '';
  const lines = ['### Findings by cause'];
  for (const cause of causes) {
    const jobs = [
      ...new Map(cause.items.map(({ file, job }) => [`${file.path}:${job.line}`, job.name])).values(),
    ];
    const names = [...new Set(jobs)];
    const shown = names.slice(0, NAMES_SHOWN).map(codeSpan).join(', ');
    const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : '';
    lines.push(
      '',
      `- **\`${cause.code}\`** (${SEVERITY_WORDS[cause.severity].toLowerCase()}), ${jobs.length} ${plural(jobs.length, 'job')}: ${shown}${more}.`,
      `  ${actionFor(cause, report)}`,
    );
    if (budget.findingDetails) {
      lines.push(
        '',
        '  <details><summary>Each finding</summary>',
        '',
        ...cause.items.map(
          ({ file, job, finding }) =>
            `  - ${fileRef(file.path, job.line, opts)} **${escapeText(job.name)}**: ${escapeText(finding.message)}${finding.path ? ` (${codeSpan(finding.path)})` : ''}`,
        ),
        '',
        '  </details>',
      );
    }
  }
  return lines.join('\n');
}

const jobsWith = (report: Report, statuses: readonly JobReport['status'][]) =>
  report.files.flatMap((file) =>
    file.jobs.filter((job) => statuses.includes(job.status)).map((job) => ({ file, job })),
  );

/** `46 → 25 lines (46% fewer)`, the seed report's way of counting. */
export function lineChange(before: number, after: number): string {
  const counts = `${before} → ${after} lines`;
  if (before <= 0 || before === after) return counts;
  const percent = Math.round((Math.abs(before - after) / before) * 100);
  return `${counts} (${percent}% ${after < before ? 'fewer' : 'more'})`;
}

const SEVERITY_WORDS: Record<Finding['severity'], string> = {
  error: 'Blocks conversion',
  warning: 'Check',
  info: 'Note',
};

function findingText(finding: Finding): string {
  const where = finding.path ? ` (${codeSpan(finding.path)})` : '';
  return `${SEVERITY_WORDS[finding.severity]}: ${escapeText(finding.message)}${where}`;
}

function gitopsSection(report: Report): string {
  const converted = jobsWith(report, ['converted']).map(({ job }) => job);
  if (converted.length === 0) return '';
  const runtimes = [...new Set(converted.map((job) => job.runtime).filter((r): r is string => Boolean(r)))];
  const runtimeKind = optionValue(report, 'runtimeKind') ?? 'ClusterTrainingRuntime';
  const strategy = optionValue(report, 'strategy') ?? 'replace';
  const names = runtimes.length > 0 ? runtimes.map(codeSpan).join(', ') : 'they reference';
  const notes = [
    `- **The runtime must exist first.** The TrainJobs use the ${runtimeKind} ${names}. The Trainer's ` +
      'validating webhook rejects a TrainJob whose runtime does not exist, and the Helm chart leaves the ' +
      'built-in runtimes off by default (`runtimes.defaultEnabled: false`): install or enable it before this syncs.',
  ];
  if (strategy === 'side-by-side') {
    notes.push(
      '- **Side by side.** The PyTorchJobs stay and each TrainJob is added under a new name. Creating a TrainJob ' +
        'starts a new training run; remove the PyTorchJobs in a later change once the TrainJobs are proven.',
    );
  } else {
    notes.push(
      '- **Merging deletes the PyTorchJobs.** A kind change is a delete and a create. With pruning on (Argo CD ' +
        '`syncPolicy.automated.prune: true`, Flux `spec.prune: true`) each PyTorchJob is deleted, which stops a ' +
        'training that is still running, and each TrainJob starts a new run. Consider `--strategy side-by-side`, ' +
        'or suspend or finish the running jobs before merging.',
    );
  }
  notes.push(
    '- **TrainJob specs are immutable.** Later edits to `spec.trainer` or `spec.runtimeRef` are rejected on apply; ' +
      'they need Argo CD `Replace=true` or Flux `kustomize.toolkit.fluxcd.io/force: enabled`.',
  );
  return ['### Before merging', '', ...notes].join('\n');
}

const KUSTOMIZE_BUILD_WORDS = {
  passed: 'builds to the same jobs before and after',
  failed: '**the build check failed**',
  'not-run': 'not built',
};

/** Kustomizations whose patches or image overrides reach converted jobs. */
function kustomizeSection(report: Report, opts: MarkdownOptions): string {
  const section = report.gitops?.kustomize;
  const affected = section?.kustomizations.filter((k) => k.status !== 'unaffected') ?? [];
  if (!section || affected.length === 0) return '';
  const lines = ['### Kustomize overlays', ''];
  const checker = section.binary
    ? `Each kustomization was built before and after the rewrite with \`${section.binary}\`${section.version ? ` (${escapeText(section.version)})` : ''}.`
    : '**No kustomize or kubectl binary was found, so no kustomization was built to check the rewrite.**';
  lines.push(checker, '');
  for (const k of affected) {
    const build = KUSTOMIZE_BUILD_WORDS[k.build];
    const why = k.buildMessage ? ` (${escapeText(k.buildMessage)})` : '';
    lines.push(`- ${fileRef(k.path, 1, opts)}: ${k.status}; ${build}${why}.`);
    for (const o of k.overrides.filter((o) => o.outcome !== 'unchanged')) {
      lines.push(
        `  - ${codeSpan(o.style)} ${fileRef(o.path, o.line ?? 1, opts)} ${o.outcome}: ${escapeText(o.message)}`,
      );
    }
    for (const finding of k.findings) lines.push(`  - ${findingText(finding)}`);
  }
  return lines.join('\n');
}

const EFFECT_WORDS: Record<string, string> = {
  'deletes-and-restarts': 'deletes the PyTorchJob, starts a new run',
  'old-job-stays': 'adds the TrainJob, the PyTorchJob stays',
  'manual-sync': 'syncs by hand',
  'runs-alongside': 'adds the TrainJob alongside',
  'no-jobs': 'applies the changed files',
};

/**
 * How the app syncs, in its controller's own terms: Argo CD has automated sync with self-heal as an
 * option; Flux reconciles on its interval unless suspended, with no separate self-heal switch.
 */
function syncWords(app: {
  controller: string;
  syncPolicy: { automated: boolean; prune: boolean; selfHeal: boolean };
}): string {
  const { syncPolicy: policy } = app;
  const prune = `prune ${policy.prune ? 'on' : 'off'}`;
  if (app.controller !== 'argocd')
    return policy.automated ? `reconciles on its interval, ${prune}` : 'suspended';
  if (!policy.automated) return 'manual sync';
  return ['automated', prune, ...(policy.selfHeal ? ['self-heal'] : [])].join(', ');
}

/** Argo CD and Flux apps that deploy the changed files, and settings keyed to PyTorchJob. */
function appsSection(report: Report, opts: MarkdownOptions): string {
  const section = report.gitops?.apps;
  if (!section) return '';
  const affected = section.apps.filter((app) => app.effect !== 'unaffected' && app.effect !== 'unresolved');
  const unresolved = section.apps.filter((app) => app.effect === 'unresolved');
  const lines: string[] = ['### Argo CD and Flux', ''];
  if (affected.length === 0)
    lines.push('No Argo CD or Flux object in the repository deploys the changed files.');
  for (const app of affected) {
    const title = `${app.controller === 'argocd' ? 'Argo CD' : 'Flux'} ${app.kind} **${escapeText(app.name)}**`;
    lines.push(
      `- ${title} (${fileRef(app.path, app.line, opts)}; ${syncWords(app)}): ${EFFECT_WORDS[app.effect] ?? app.effect}. ${escapeText(app.message)}`,
    );
    if (app.recommendation) lines.push(`  - Recommended: ${escapeText(app.recommendation)}`);
    if (app.approximate) {
      lines.push('  - Mapped by folder: what its kustomization includes from elsewhere was not followed.');
    }
  }
  for (const app of unresolved) {
    lines.push(
      `- ${app.kind} **${escapeText(app.name)}** (${fileRef(app.path, app.line, opts)}): ${escapeText(app.message)}`,
    );
  }
  const deployed = new Set(affected.flatMap((app) => app.changedFiles));
  const orphans = jobsWith(report, ['converted']).filter(({ file }) => !deployed.has(file.path));
  if (affected.length > 0 && orphans.length > 0) {
    const paths = [...new Set(orphans.map(({ file }) => codeSpan(file.path)))];
    lines.push(`- No app found for ${paths.join(', ')}: check how they are deployed.`);
  }
  if (section.customisations.length > 0) {
    lines.push('', '#### Settings keyed to `kubeflow.org/PyTorchJob`', '');
    for (const item of section.customisations) {
      lines.push(
        `- ${fileRef(item.path, item.line, opts)} ${codeSpan(item.field)}: ${escapeText(item.message)}`,
      );
      if (item.equivalent) {
        const fence = fenceFor(item.equivalent);
        lines.push(
          '',
          '  <details><summary>TrainJob equivalent</summary>',
          '',
          `  ${fence}yaml`,
          ...item.equivalent
            .replace(/\n$/, '')
            .split('\n')
            .map((line) => `  ${line}`),
          `  ${fence}`,
          '',
          '  </details>',
        );
      }
    }
  }
  return lines.join('\n');
}

const RUNTIME_STATUS_WORDS: Record<string, string> = {
  defined: 'defined in',
  installed: 'listed as installed',
  generated: 'generated in',
  missing: 'not found',
};

/** The runtimes the TrainJobs reference and whether each will be there. */
function runtimesSection(report: Report): string {
  const section = report.gitops?.runtimes;
  if (!section || (section.runtimes.length === 0 && !section.notes?.length)) return '';
  const lines = ['### Runtimes', ''];
  for (const runtime of section.runtimes) {
    const jobs = `${runtime.jobs.length} ${plural(runtime.jobs.length, 'TrainJob')}`;
    const where = runtime.path
      ? ` ${codeSpan(runtime.line ? `${runtime.path}:${runtime.line}` : runtime.path)}`
      : '';
    lines.push(
      `- ${runtime.kind} ${codeSpan(runtime.name)} (${jobs}): ${RUNTIME_STATUS_WORDS[runtime.status] ?? runtime.status}${where}.`,
    );
    if (runtime.settings)
      lines.push(`  - Carries, beyond torch-distributed: ${codeSpan(JSON.stringify(runtime.settings))}.`);
    for (const finding of runtime.findings) lines.push(`  - ${findingText(finding)}`);
  }
  for (const note of section.notes ?? []) lines.push(`- ${escapeText(note)}`);
  return lines.join('\n');
}

function optionValue(report: Report, key: string): string | undefined {
  const options = report.options;
  const direct = options[key];
  if (typeof direct === 'string') return direct;
  const convert = options.convert;
  if (convert && typeof convert === 'object') {
    const nested = (convert as Record<string, unknown>)[key];
    if (typeof nested === 'string') return nested;
  }
  return undefined;
}

function diffsSection(report: Report, budget: Budget): string {
  const blocks = report.files
    .filter((file): file is FileReport & { diff: string } => Boolean(file.diff))
    .filter((file) => !budget.omittedDiffs.has(file.path))
    .map(diffBlock);
  if (blocks.length === 0) return '';
  return ['### Changes', '', blocks.join('\n\n')].join('\n');
}

function diffBlock(file: FileReport & { diff: string }): string {
  const { added, removed } = diffStat(file.diff);
  const fence = fenceFor(file.diff);
  return [
    `<details><summary><code>${escapeHtml(file.path)}</code> (+${added} −${removed})</summary>`,
    '',
    `${fence}diff`,
    file.diff.replace(/\n$/, ''),
    fence,
    '',
    '</details>',
  ].join('\n');
}

function trimmedNote(report: Report, budget: Budget, opts: MarkdownOptions): string {
  const left: string[] = [];
  if (budget.omittedDiffs.size > 0) {
    const paths = report.files.filter((f) => budget.omittedDiffs.has(f.path)).map((f) => codeSpan(f.path));
    left.push(`the diffs of ${paths.join(', ')}`);
  }
  if (!budget.findingDetails) left.push('each finding of each job (the causes above stay)');
  if (!budget.jobTable) left.push('the table of jobs');
  if (left.length === 0) return '';
  const limit = Number.isFinite(opts.maxLength)
    ? ` ${opts.maxLength?.toLocaleString('en-US')}-character`
    : '';
  return `> [!NOTE]\n> Left out to stay under the${limit} limit: ${left.join('; ')}. The pull request's file view has every diff, and \`--format text\` or \`json\` every finding.`;
}

function truncate(text: string, maxLength: number, marker: string | undefined): string {
  const tail = `\n\n> [!NOTE]\n> Cut short to stay under the limit; the commit on the branch has the full change.\n${marker ? `\n${marker}\n` : ''}`;
  return `${text.slice(0, Math.max(0, maxLength - tail.length))}${tail}`;
}

export function diffStat(diff: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+') && !line.startsWith('+++')) added++;
    else if (line.startsWith('-') && !line.startsWith('---')) removed++;
  }
  return { added, removed };
}

/** A backtick fence longer than any backtick run in the content, so the content cannot close it. */
export function fenceFor(content: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function fileRef(path: string, line: number, opts: MarkdownOptions): string {
  const label = `${escapeCell(path)}:${line}`;
  const link = opts.fileLink?.(path, line);
  return link
    ? `[${label.replace(/[[\]]/g, '\\$&')}](${link.replace(/[()\s]/g, encodeURIComponent)})`
    : label;
}

/** An inline code span that the text's own backticks cannot end (for lists, not table cells). */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${ticks}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text that markdown must not interpret as HTML or a table break. */
function escapeText(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a table cell: pipes and backticks escaped, on one line. */
export function escapeCell(text: string): string {
  return escapeText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, '\\`');
}

const plural = (count: number, word: string): string => (count === 1 ? word : `${word}s`);
