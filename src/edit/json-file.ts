/**
 * JSON manifests stay JSON, in their own indentation. The TrainJob replaces the PyTorchJob object
 * (or follows it in a List); values carried over keep their original text (`["a", "b"]` stays on one
 * line), and everything outside the job is untouched.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Document, isNode, type Node, parseDocument } from 'yaml';
import { convertPyTorchJob } from '../convert/convert.js';
import { pathKey } from '../convert/paths.js';
import { isPyTorchJob } from '../convert/recognise.js';
import type { ConversionResult, Finding, Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import { BOM, detectLineEnding, indentOf, LineIndex, shiftLines } from './text.js';
import type { FileRewrite, JobRewrite, RewriteOptions } from './types.js';
import { sideBySideExists, trainJobNames } from './yaml-file.js';

/** The file's indent unit: the first indented line's leading white space. */
function detectIndent(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '';
}

function jsonError(text: string, error: Error): FileRewrite {
  const position = /position (\d+)/.exec(error.message);
  const message = `${error.message.replace(/ in JSON at position \d+.*/, '')}; fix the JSON and run again`;
  if (!position) return { kind: 'json', jobs: [], error: { message } };
  const before = text.slice(0, Number(position[1])).split('\n');
  return {
    kind: 'json',
    jobs: [],
    error: { message, line: before.length, column: (before[before.length - 1] as string).length + 1 },
  };
}

interface JsonContext {
  lines: LineIndex;
  unit: string;
  carried: Map<string, Node>;
}

/** Renders a value at nesting `level`; carried values are copied from the source. */
function emitJson(value: unknown, path: Path, level: number, ctx: JsonContext): string {
  const carried = ctx.carried.get(pathKey(path));
  if (carried?.range) {
    const [start, end] = carried.range;
    const [first, ...rest] = ctx.lines.text.slice(start, end).split('\n');
    if (rest.length === 0) return first as string;
    const oldIndent = indentOf(ctx.lines.line(ctx.lines.lineOf(start)));
    const newIndent = ctx.unit.length * level;
    return [first, ...shiftLines(rest, newIndent - oldIndent, newIndent)].join('\n');
  }
  const inner = ctx.unit.repeat(level + 1);
  const close = ctx.unit.repeat(level);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item, i) => inner + emitJson(item, [...path, i], level + 1, ctx));
    return `[\n${items.join(',\n')}\n${close}]`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const items = entries.map(
      ([k, v]) => `${inner}${JSON.stringify(k)}: ${emitJson(v, [...path, k], level + 1, ctx)}`,
    );
    return `{\n${items.join(',\n')}\n${close}}`;
  }
  return JSON.stringify(value);
}

function carriedNodes(doc: Document, prefix: Path, result: ConversionResult): Map<string, Node> {
  const carried = new Map<string, Node>();
  for (const { from, to } of result.carried) {
    const node = doc.getIn([...prefix, ...from], true);
    if (isNode(node)) carried.set(pathKey(to), node);
  }
  return carried;
}

interface JsonJob {
  report: JobRewrite;
  start: number;
  end: number;
  text?: string;
  trainJob?: Record<string, unknown>;
}

export function rewriteJson(text: string, options: RewriteOptions): FileRewrite {
  const hasBom = text.startsWith(BOM);
  const withoutBom = hasBom ? text.slice(1) : text;
  const crlf = detectLineEnding(withoutBom) === '\r\n';
  const source = crlf ? withoutBom.replaceAll('\r\n', '\n') : withoutBom;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return jsonError(source, error as Error);
  }
  const doc = parseDocument(source, { keepSourceTokens: true });
  const lines = new LineIndex(source);
  const unit = detectIndent(source);
  const isList = isPlainObject(value) && value.kind === 'List' && Array.isArray(value.items);
  const candidates: unknown[] = isList ? (value as { items: unknown[] }).items : [value];
  const jobs: JsonJob[] = [];
  candidates.forEach((candidate, index) => {
    if (!isPyTorchJob(candidate)) return;
    const prefix: Path = isList ? ['items', index] : [];
    const node = (prefix.length ? doc.getIn(prefix, true) : doc.contents) as Node;
    const [start, end] = node.range ?? [0, source.length];
    jobs.push(
      convertJob(candidate as Record<string, unknown>, {
        doc,
        prefix,
        start,
        end,
        lines,
        unit,
        options,
        isList,
        existing: trainJobNames(candidates),
      }),
    );
  });
  const converted = jobs.filter((j) => j.text !== undefined);
  const reports = jobs.map((j) => j.report);
  if (converted.length === 0) return { kind: 'json', jobs: reports };

  let out = source;
  for (const job of [...converted].reverse()) {
    const replacement =
      options.strategy === 'side-by-side'
        ? `${source.slice(job.start, job.end)},\n${' '.repeat(lines.columnOf(job.start))}${job.text}`
        : (job.text as string);
    out = out.slice(0, job.start) + replacement + out.slice(job.end);
  }
  const expectedItems = candidates.flatMap((c, i) => {
    const job = jobs.find(
      (j) => j.start === ((isList ? doc.getIn(['items', i], true) : doc.contents) as Node).range?.[0],
    );
    if (!job?.trainJob) return [c];
    return options.strategy === 'side-by-side' ? [c, job.trainJob] : [job.trainJob];
  });
  const expected = isList ? { ...(value as object), items: expectedItems } : expectedItems[0];
  const problems = verifyJson(
    out,
    expected,
    options,
    converted.map((j) => j.trainJob as Record<string, unknown>),
  );
  if (problems.length > 0) {
    for (const job of converted) {
      job.report.status = 'error';
      job.report.linesAfter = job.report.linesBefore;
      job.report.findings.push({
        severity: 'error',
        code: 'VERIFY_FAILED',
        message: `The file was not changed: ${problems.join('; ')}. Please report this file.`,
        path: '',
      });
    }
    return { kind: 'json', jobs: reports };
  }
  if (crlf) out = out.replaceAll('\n', '\r\n');
  return { kind: 'json', jobs: reports, newText: hasBom ? BOM + out : out };
}

interface JobPlace {
  doc: Document;
  prefix: Path;
  start: number;
  end: number;
  lines: LineIndex;
  unit: string;
  options: RewriteOptions;
  isList: boolean;
  existing: Set<string>;
}

function convertJob(input: Record<string, unknown>, place: JobPlace): JsonJob {
  const { lines, options } = place;
  const meta = isPlainObject(input.metadata) ? input.metadata : {};
  const result = convertPyTorchJob(input, options);
  const linesBefore = lines.lineOf(place.end) - lines.lineOf(place.start) + 1;
  const report: JobRewrite = {
    name: typeof meta.name === 'string' ? meta.name : '(unnamed)',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    line: lines.lineOf(place.start) + 1,
    status: result.status === 'not-applicable' ? 'skipped' : 'needs-review',
    conversion: result,
    findings: [...result.findings],
    numNodes: result.summary?.numNodes,
    runtime: result.summary?.runtime,
    linesBefore,
    linesAfter: linesBefore,
  };
  const job: JsonJob = { report, start: place.start, end: place.end };
  if (result.status !== 'converted' || !result.trainJob) return job;
  const held = options.hold?.({ name: report.name, namespace: report.namespace });
  if (held) {
    report.findings.push(...held);
    return job;
  }
  if (options.strategy === 'side-by-side' && !place.isList) {
    report.status = 'skipped';
    report.findings.push(sideBySideInSingleObject());
    return job;
  }
  const newName = (result.trainJob.metadata as Record<string, unknown> | undefined)?.name;
  if (
    options.strategy === 'side-by-side' &&
    place.existing.has(`${report.namespace ?? ''}/${String(newName)}`)
  ) {
    report.status = 'skipped';
    report.findings.push(sideBySideExists(String(newName)));
    return job;
  }
  const level = Math.round(indentOf(lines.line(lines.lineOf(place.start))) / Math.max(place.unit.length, 1));
  const ctx = { lines, unit: place.unit, carried: carriedNodes(place.doc, place.prefix, result) };
  job.text = place.unit === '' ? JSON.stringify(result.trainJob) : emitJson(result.trainJob, [], level, ctx);
  job.trainJob = result.trainJob;
  report.status = 'converted';
  report.linesAfter = job.text.split('\n').length;
  return job;
}

function verifyJson(
  newText: string,
  expected: unknown,
  options: RewriteOptions,
  written: Record<string, unknown>[],
): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(newText);
  } catch (error) {
    return [`the new JSON does not parse: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (!isDeepStrictEqual(parsed, expected)) problems.push('the new JSON does not read back as intended');
  for (const trainJob of written) {
    for (const f of options.validate?.(trainJob) ?? []) problems.push(`${f.path}: ${f.message}`);
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
