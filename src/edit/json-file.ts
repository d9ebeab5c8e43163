/**
 * JSON manifests stay JSON, in their own indentation. JSON holds no comments, so the whole value is
 * printed again; key order is kept because parsing keeps it.
 */
import { isDeepStrictEqual } from 'node:util';
import { convertPyTorchJob } from '../convert/convert.js';
import { isPyTorchJob } from '../convert/recognise.js';
import type { Finding } from '../convert/types.js';
import { BOM, detectLineEnding } from './text.js';
import type { FileRewrite, JobRewrite, RewriteOptions } from './types.js';

function detectIndent(text: string): string | number {
  const match = /\n([ \t]+)\S/.exec(text);
  return match ? (match[1] as string) : 0;
}

function jsonError(text: string, error: Error): FileRewrite {
  const position = /position (\d+)/.exec(error.message);
  if (!position)
    return { kind: 'json', jobs: [], error: { message: `${error.message}: fix the JSON and run again` } };
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  return {
    kind: 'json',
    jobs: [],
    error: {
      message: `${error.message.replace(/ in JSON at position \d+.*/, '')}: fix the JSON and run again`,
      line: before.length,
      column: (before[before.length - 1] as string).length + 1,
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function lineOfName(text: string, name: string): number {
  const at = text.indexOf(`"name": ${JSON.stringify(name)}`);
  const at2 = at === -1 ? text.indexOf(`"name":${JSON.stringify(name)}`) : at;
  return at2 === -1 ? 1 : text.slice(0, at2).split('\n').length;
}

export function rewriteJson(text: string, options: RewriteOptions): FileRewrite {
  const hasBom = text.startsWith(BOM);
  const source = hasBom ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return jsonError(source, error as Error);
  }
  const isList = isObject(value) && value.kind === 'List' && Array.isArray(value.items);
  const candidates: unknown[] = isList ? (value as { items: unknown[] }).items : [value];
  const jobs: JobRewrite[] = [];
  const indent = detectIndent(source);
  const replacements = new Map<number, unknown[]>();
  candidates.forEach((candidate, index) => {
    if (!isPyTorchJob(candidate)) return;
    const input = candidate as Record<string, unknown>;
    const meta = isObject(input.metadata) ? input.metadata : {};
    const name = typeof meta.name === 'string' ? meta.name : '(unnamed)';
    const before = JSON.stringify(input, null, indent).split('\n').length;
    const result = convertPyTorchJob(input, options);
    const job: JobRewrite = {
      name,
      namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
      line: lineOfName(source, name),
      status: 'needs-review',
      conversion: result,
      findings: [...result.findings],
      numNodes: result.summary?.numNodes,
      runtime: result.summary?.runtime,
      linesBefore: before,
      linesAfter: before,
    };
    jobs.push(job);
    if (result.status === 'not-applicable') job.status = 'skipped';
    if (result.status !== 'converted' || !result.trainJob) return;
    if (options.strategy === 'side-by-side' && !isList) {
      job.status = 'skipped';
      job.findings.push(sideBySideInSingleObject());
      return;
    }
    job.status = 'converted';
    job.linesAfter = JSON.stringify(result.trainJob, null, indent).split('\n').length;
    replacements.set(
      index,
      options.strategy === 'side-by-side' ? [input, result.trainJob] : [result.trainJob],
    );
  });
  if (replacements.size === 0) return { kind: 'json', jobs };
  const rewrittenItems = candidates.flatMap((c, i) => replacements.get(i) ?? [c]);
  const newValue = isList ? { ...(value as object), items: rewrittenItems } : rewrittenItems[0];
  let newText = JSON.stringify(newValue, null, indent);
  if (/\n$/.test(source)) newText += '\n';
  if (detectLineEnding(source) === '\r\n') newText = newText.replaceAll('\n', '\r\n');
  const problems = verifyJson(newText, newValue, options, [...replacements.values()].flat());
  if (problems.length > 0) {
    for (const job of jobs.filter((j) => j.status === 'converted')) {
      job.status = 'error';
      job.findings.push({
        severity: 'error',
        code: 'VERIFY_FAILED',
        message: `The file was not changed: ${problems.join('; ')}`,
        path: '',
      });
    }
    return { kind: 'json', jobs };
  }
  return { kind: 'json', jobs, newText: hasBom ? BOM + newText : newText };
}

function verifyJson(
  newText: string,
  expected: unknown,
  options: RewriteOptions,
  written: unknown[],
): string[] {
  const problems: string[] = [];
  if (!isDeepStrictEqual(JSON.parse(newText), expected))
    problems.push('the new JSON does not read back as intended');
  for (const value of written) {
    if (!isObject(value) || value.kind !== 'TrainJob' || !options.validate) continue;
    for (const f of options.validate(value)) problems.push(`${f.path}: ${f.message}`);
  }
  return problems;
}

function sideBySideInSingleObject(): Finding {
  return {
    severity: 'warning',
    code: 'EDIT_UNSUPPORTED',
    message:
      'A JSON file holds one object, so a TrainJob cannot stand beside the PyTorchJob in it: use --strategy replace, or add the TrainJob in a file of its own.',
    path: '',
  };
}
