/**
 * SARIF 2.1.0 for GitHub code scanning: one result per PyTorchJob (and per file that failed), a rule
 * per finding code.
 */
import { posix } from 'node:path';
import type { Severity } from '../model/conversion.js';
import type { FileReport, JobReport, Report } from '../model/report.js';
import { DOCS_URL, ruleHelp, ruleHelpUri, ruleTitle } from './rule-help.js';
import { TOOL_NAME } from './tool.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn?: number };
    };
  }[];
}

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A git URL input (cloned at its root), not a local path. */
export const isUrl = (input: string): boolean =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^[^/\s]+@[^/\s]+:/.test(input);

/** The base code scanning resolves artifact URIs against: the repository's root. */
export const SARIF_ROOT_BASE = '%SRCROOT%';

/**
 * The file's path relative to the repository root: `prefix` is where the input's root sits inside its
 * repository ('' at the top); without one, relative to the input itself (git URLs are cloned at
 * their root), or to where the tool ran for a local input outside any repository.
 */
export function artifactUri(file: FileReport, input: string | undefined, prefix?: string): string {
  if (prefix !== undefined)
    return posix.join(prefix.replaceAll('\\', '/') || '.', file.path).replace(/^\.\//, '');
  if (input === undefined || isUrl(input)) return file.path;
  const base = posix.normalize(input.replaceAll('\\', '/'));
  if (base === file.path || base.endsWith(`/${file.path}`)) return base.replace(/^\.\//, '');
  return posix.join(base, file.path).replace(/^\.\//, '');
}

function ruleForJob(job: JobReport, written: boolean): { id: string; level: SarifLevel } {
  const worst = [...job.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
  if (worst) return { id: worst.code, level: LEVELS[worst.severity] };
  if (job.status === 'converted' && written) return { id: 'PYTORCHJOB_CONVERTED', level: 'note' };
  return { id: 'PYTORCHJOB_CONVERTIBLE', level: 'warning' };
}

function jobMessage(job: JobReport, written: boolean): string {
  const namespace = job.namespace ? ` in namespace ${job.namespace}` : '';
  const outcome =
    job.status === 'converted'
      ? written
        ? 'was rewritten as a TrainJob'
        : 'can be converted to a TrainJob'
      : job.status === 'needs-review'
        ? 'needs review before it can be converted'
        : job.status === 'skipped'
          ? 'was skipped'
          : 'could not be processed';
  const findings = job.findings.map((finding) => `[${finding.code}] ${finding.message}`);
  return [`PyTorchJob ${job.name}${namespace} ${outcome}.`, ...findings].join('\n');
}

export interface SarifOptions {
  /** The run wrote files (`convert --write`): converted jobs are reported as done, not pending. */
  written: boolean;
  /** Where each local input's root sits inside its git repository (`''` at the top). */
  repositoryPrefix?: (input: string) => string | undefined;
}

export function renderSarif(report: Report, options: SarifOptions): string {
  const ruleIds: string[] = [];
  const ruleIndex = (id: string): number => {
    const found = ruleIds.indexOf(id);
    if (found >= 0) return found;
    ruleIds.push(id);
    return ruleIds.length - 1;
  };
  const singleInput = report.inputs.length === 1 ? report.inputs[0]?.input : undefined;
  const results: SarifResult[] = [];
  for (const file of report.files) {
    const input = file.input ?? singleInput;
    const uri = artifactUri(file, input, input === undefined ? undefined : options.repositoryPrefix?.(input));
    const at = (line: number, column?: number): SarifResult['locations'] => [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: SARIF_ROOT_BASE },
          region: column === undefined ? { startLine: line } : { startLine: line, startColumn: column },
        },
      },
    ];
    if (file.error) {
      results.push({
        ruleId: 'FILE_ERROR',
        ruleIndex: ruleIndex('FILE_ERROR'),
        level: 'error',
        message: { text: file.error.message },
        locations: at(Math.max(1, file.error.line ?? 1), file.error.column),
      });
    }
    for (const job of file.jobs) {
      const rule = ruleForJob(job, options.written);
      results.push({
        ruleId: rule.id,
        ruleIndex: ruleIndex(rule.id),
        level: rule.level,
        message: { text: jobMessage(job, options.written) },
        locations: at(Math.max(1, job.line)),
      });
    }
  }
  const rules = ruleIds.map((id) => {
    const help = ruleHelp(id);
    return {
      id,
      name: id
        .toLowerCase()
        .split('_')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join(''),
      shortDescription: { text: ruleTitle(id) },
      fullDescription: { text: help },
      help: { text: help, markdown: `${help}\n\nSee [${id}](${ruleHelpUri(id)}).` },
      helpUri: ruleHelpUri(id),
    };
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name || TOOL_NAME,
            version: report.tool.version,
            informationUri: DOCS_URL,
            rules,
          },
        },
        originalUriBaseIds: {
          [SARIF_ROOT_BASE]: { description: { text: 'The root of the scanned repository' } },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
