/** The "behaviour that changes for every job" section, as text and markdown (one section, said once). */
import type { BehaviourReport, JobRef } from '../model/behaviour-report.js';
import type { Report } from '../model/report.js';

const MAX_JOBS_LISTED = 10;

function jobName(job: JobRef): string {
  const name = job.namespace ? `${job.namespace}/${job.name}` : job.name;
  return job.detail ? `${name} (${job.detail})` : name;
}

function jobList(jobs: readonly JobRef[], quote: (text: string) => string): string {
  const shown = jobs.slice(0, MAX_JOBS_LISTED).map((job) => quote(jobName(job)));
  const more = jobs.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

function sectionOf(report: Report): BehaviourReport | undefined {
  const behaviour = report.gitops?.behaviour;
  if (!behaviour || Object.keys(behaviour.changes ?? {}).length === 0) return undefined;
  return behaviour;
}

export function behaviourText(report: Report): string {
  const behaviour = sectionOf(report);
  if (!behaviour) return '';
  const lines = ['Behaviour that changes for every job under Trainer v2:'];
  for (const change of Object.values(behaviour.changes)) {
    lines.push(`  - ${change.change} To do: ${change.todo}`);
    if (change.jobs && change.topic !== 'pod-names')
      lines.push(`    Applies to ${change.jobs.length} job(s): ${jobList(change.jobs, String)}`);
  }
  for (const note of Object.values(behaviour.notes ?? {})) {
    lines.push(
      `  - [${note.code}] ${note.text}`,
      `    ${note.jobs.length} job(s): ${jobList(note.jobs, String)}`,
    );
  }
  if (behaviour.oldPodSelectors.length > 0) lines.push('  Objects that still select the v1 pods:');
  for (const item of behaviour.oldPodSelectors) {
    const where = item.line ? `${item.path}:${item.line}` : item.path;
    lines.push(`  - ${where} ${item.kind} ${item.name}: matches ${item.matches}; use ${item.useInstead}`);
  }
  return lines.join('\n');
}

/** The markdown renderer's quoting helpers (code spans, prose, table cells). */
export interface MarkdownQuoting {
  code: (text: string) => string;
  escape: (text: string) => string;
  cell: (text: string) => string;
}

export function behaviourMarkdown(report: Report, { code, escape: prose, cell }: MarkdownQuoting): string {
  const behaviour = sectionOf(report);
  if (!behaviour) return '';
  const lines = ['### Behaviour that changes for every job', ''];
  for (const change of Object.values(behaviour.changes)) {
    lines.push(
      `- ${escapeKeepingCode(change.change, prose)} **To do:** ${escapeKeepingCode(change.todo, prose)}`,
    );
    if (change.jobs && change.topic !== 'pod-names')
      lines.push(`  - Applies to ${change.jobs.length} job(s): ${jobList(change.jobs, code)}.`);
  }
  for (const note of Object.values(behaviour.notes ?? {})) {
    lines.push(`- ${prose(note.text)}`, `  - ${note.jobs.length} job(s): ${jobList(note.jobs, code)}.`);
  }
  if (behaviour.oldPodSelectors.length > 0) {
    lines.push(
      '',
      '#### Objects that still select the v1 pods',
      '',
      '| Object | Matches | Use instead |',
      '| --- | --- | --- |',
    );
    for (const item of behaviour.oldPodSelectors) {
      const where = item.line ? `${item.path}:${item.line}` : item.path;
      lines.push(
        `| ${cell(`${item.kind} ${item.name}`)} (${code(where)}) | ${code(item.matches)} | ${cell(item.useInstead)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** Escapes the prose between `code spans`, leaving the spans as written. */
function escapeKeepingCode(text: string, prose: (text: string) => string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : prose(part)))
    .join('');
}
