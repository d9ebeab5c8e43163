/**
 * Helm (Go template) and Jinja files: template expressions are masked with placeholders so the text
 * parses as YAML, the file is rewritten like any other, and every expression is put back verbatim.
 * A job whose structure is templated (a whole template line inside it) is left alone and reported.
 */
import type { Finding } from '../convert/types.js';
import type { FileRewrite, JobRewrite, RewriteOptions } from './types.js';
import type { JobGate } from './yaml-file.js';
import { rewriteYaml } from './yaml-file.js';

const TEMPLATE = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g;
const OPENERS = /\{\{|\{%|\{#/g;
const TOKEN = /__TJM_TPL_(\d+)__/g;
const HAS_TOKEN = /__TJM_TPL_\d+__/;
const LINE_TOKEN = /#__TJM_LINE_(\d+)__/g;

interface Masked {
  text: string;
  expressions: string[];
  templateLines: Map<number, string>;
}

function mask(text: string): Masked | { error: string; line: number } {
  const expressions: string[] = [];
  const templateLines = new Map<number, string>();
  const lines = text.split('\n');
  const masked = lines.map((line, index) => {
    const matches = line.match(TEMPLATE) ?? [];
    if ((line.match(OPENERS) ?? []).length !== matches.length) {
      return { error: 'a template expression spans several lines', line: index + 1 };
    }
    if (matches.length === 0) return line;
    const rest = line.replace(TEMPLATE, '').trim();
    if (rest === '') {
      templateLines.set(index, line);
      const indent = line.length - line.trimStart().length;
      return `${' '.repeat(indent)}#__TJM_LINE_${index}__${line.endsWith('\r') ? '\r' : ''}`;
    }
    return line.replace(TEMPLATE, (expression) => {
      expressions.push(expression);
      return `__TJM_TPL_${expressions.length - 1}__`;
    });
  });
  const failed = masked.find((l): l is { error: string; line: number } => typeof l !== 'string');
  if (failed) return failed;
  return { text: (masked as string[]).join('\n'), expressions, templateLines };
}

function unmask(text: string, masked: Masked): string {
  return text
    .replace(LINE_TOKEN, (_, n: string) => (masked.templateLines.get(Number(n)) as string).trim())
    .replace(TOKEN, (_, n: string) => masked.expressions[Number(n)] as string);
}

function templatedFinding(line: number, template: string): Finding {
  return {
    severity: 'warning',
    code: 'TEMPLATED_FIELD',
    message: `Line ${line} (${template.trim()}) shapes the job with a template, so it cannot be rewritten without rendering the chart: convert this template by hand (the values it renders stay the same).`,
    path: '',
  };
}

function count(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

export function rewriteTemplated(text: string, options: RewriteOptions): FileRewrite {
  const masked = mask(text);
  if ('error' in masked) {
    return {
      kind: 'helm',
      jobs: [],
      skipReason: `line ${masked.line}: ${masked.error}; the template cannot be rewritten as YAML`,
    };
  }
  const gate: JobGate = (job, region) => {
    for (let line = region.firstLine; line <= region.lastLine; line++) {
      const template = masked.templateLines.get(line);
      if (template !== undefined) {
        return {
          ...job,
          status: 'skipped',
          findings: [...job.findings, templatedFinding(line + 1, template)],
        };
      }
    }
    const templatedValue = job.findings.find((f) => HAS_TOKEN.test(f.message) || HAS_TOKEN.test(f.path));
    if (job.status === 'needs-review' && templatedValue) {
      const firstToken = /__TJM_TPL_(\d+)__/.exec(`${templatedValue.message} ${templatedValue.path}`);
      const expression = masked.expressions[Number(firstToken?.[1])] ?? '';
      return {
        ...job,
        status: 'skipped',
        findings: [...job.findings, templatedFinding(job.line, `${templatedValue.path}: ${expression}`)],
      };
    }
    return job;
  };
  const result = rewriteYaml(masked.text, options, 'helm', gate);
  const jobs = result.jobs.map((job) => restoreJob(job, masked));
  if (result.error)
    return {
      ...result,
      jobs,
      skipReason: 'the template does not parse as YAML once its expressions are set aside',
    };
  if (result.newText === undefined) return { ...result, jobs };
  const newText = unmask(result.newText, masked);
  const before = count(text.match(TEMPLATE) ?? []);
  const after = count(newText.match(TEMPLATE) ?? []);
  const lost = [...before].find(([expression, n]) => (after.get(expression) ?? 0) < n);
  if (lost) {
    return {
      kind: 'helm',
      jobs: jobs.map((job) =>
        job.status === 'converted'
          ? {
              ...job,
              status: 'skipped',
              linesAfter: job.linesBefore,
              findings: [...job.findings, templatedFinding(job.line, `${lost[0]} would be dropped`)],
            }
          : job,
      ),
    };
  }
  return { ...result, jobs, newText };
}

function restoreJob(job: JobRewrite, masked: Masked): JobRewrite {
  const restore = (s: string): string => unmask(s, masked);
  return {
    ...job,
    name: restore(job.name),
    namespace: job.namespace === undefined ? undefined : restore(job.namespace),
    findings: job.findings.map((f) => ({ ...f, message: restore(f.message), path: restore(f.path) })),
  };
}
