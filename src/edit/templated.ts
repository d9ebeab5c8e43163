/**
 * Helm (Go template) and Jinja files: template expressions are masked with placeholders so the text
 * parses as YAML, the file is rewritten like any other, and every expression is put back verbatim.
 * A job whose structure is templated (a whole template line inside it) is left alone and reported.
 */
import type { Finding } from '../model/conversion.js';
import type { FileRewrite, JobRewrite, RewriteOptions } from './types.js';
import type { JobGate } from './yaml-file.js';
import { rewriteYaml } from './yaml-file.js';

const TEMPLATE = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g;
const OPENERS = /\{\{|\{%|\{#/g;
/**
 * Placeholders are lower-case letters and digits so that a templated name (`{{ .Release.Name }}-train`)
 * still reads as a valid Kubernetes name while masked.
 */
const TOKEN = /zqtpl(\d+)zq/g;
const HAS_TOKEN = /zqtpl\d+zq/;
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
      // The same expression gets the same placeholder, so identical Master and Worker stay identical.
      let index = expressions.indexOf(expression);
      if (index === -1) index = expressions.push(expression) - 1;
      return `zqtpl${index}zq`;
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

export function rewriteTemplated(text: string, options: RewriteOptions): FileRewrite {
  const masked = mask(text);
  if ('error' in masked) {
    return {
      kind: 'helm',
      jobs: [],
      skipReason: `line ${masked.line}: ${masked.error}; the template cannot be rewritten as YAML`,
    };
  }
  const gate: JobGate = (job, region, lines) => {
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
      const token = /zqtpl(\d+)zq/.exec(`${templatedValue.message} ${templatedValue.path}`)?.[0] ?? '';
      const expression = masked.expressions[Number(token.slice('zqtpl'.length, -2))] ?? '';
      let line = region.firstLine;
      while (line < region.lastLine && !lines.line(line).includes(token)) line++;
      return {
        ...job,
        status: 'skipped',
        findings: [...job.findings, templatedFinding(line + 1, `${templatedValue.path}: ${expression}`)],
      };
    }
    return job;
  };
  const result = rewriteYaml(masked.text, options, 'helm', gate);
  const jobs = result.jobs.map((job) => restoreJob(job, masked));
  if (result.error) {
    const where = result.error.line ? `line ${result.error.line}: ` : '';
    const reason = `${where}the template's structure is not YAML until it is rendered (${result.error.message.replace(/; fix the YAML.*$/, '')})`;
    return { kind: 'helm', jobs: unparsedJobs(text, reason), skipReason: reason };
  }
  if (result.newText === undefined) return { ...result, jobs };
  const newText = unmask(result.newText, masked);
  // Master and Worker collapse into one trainer, so an expression may appear fewer times, never not at all.
  const after = new Set(newText.match(TEMPLATE) ?? []);
  const lost = (text.match(TEMPLATE) ?? []).find((expression) => !after.has(expression));
  if (lost) {
    return {
      kind: 'helm',
      jobs: jobs.map((job) =>
        job.status === 'converted'
          ? {
              ...job,
              status: 'skipped',
              linesAfter: job.linesBefore,
              findings: [...job.findings, templatedFinding(job.line, `${lost} would be dropped`)],
            }
          : job,
      ),
    };
  }
  return { ...result, jobs, newText };
}

/** Jobs of a template that does not parse: found by their `kind:` line, reported as skipped. */
function unparsedJobs(text: string, reason: string): JobRewrite[] {
  const jobs: JobRewrite[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (!/^\s*-?\s*kind:\s*["']?PyTorchJob\b/.test(line)) return;
    const nameLine = lines.slice(index + 1, index + 20).find((l) => /^\s+name:/.test(l));
    jobs.push({
      name: nameLine ? nameLine.replace(/^\s+name:\s*/, '').trim() : '(templated)',
      line: index + 1,
      status: 'skipped',
      findings: [templatedFinding(index + 1, reason)],
      linesBefore: 0,
      linesAfter: 0,
    });
  });
  return jobs;
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
