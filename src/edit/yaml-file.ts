/**
 * Rewrites the PyTorchJobs of a YAML file (one or many documents, `kind: List` items) by splicing
 * the original text. Bytes outside the converted documents never change.
 */
import type { Document } from 'yaml';
import { convertPyTorchJob } from '../convert/convert.js';
import { isPyTorchJob } from '../convert/recognise.js';
import type { ConversionResult, Finding, Path } from '../model/conversion.js';
import type { FileError, FileKind } from '../model/report.js';
import { isPlainObject } from '../util/objects.js';
import {
  applyEdits,
  buildJobEdits,
  EditError,
  type JobRegion,
  jobRegion,
  type TextEdit,
} from './job-edit.js';
import { layoutDocument, type SpanNode } from './layout.js';
import { detectStyle } from './style.js';
import { BOM, detectLineEnding, LineIndex } from './text.js';
import type { FileRewrite, JobRewrite, RewriteOptions } from './types.js';
import { documentValue, type ExpectedDocument, verifyRewrite } from './verify.js';
import { type ParsedYaml, parseYaml, type TextDocument } from './yaml-documents.js';

const TRAINJOB_API_GROUP = 'trainer.kubeflow.org/';

interface FoundJob {
  docIndex: number;
  prefix: Path;
  input: Record<string, unknown>;
}

/** A hook for callers that pre-process text (Helm templates): may turn a result into a skip. */
export type JobGate = (job: JobRewrite, region: JobRegion, lines: LineIndex) => JobRewrite;

function findJobs(values: unknown[]): FoundJob[] {
  const jobs: FoundJob[] = [];
  values.forEach((value, docIndex) => {
    if (isPyTorchJob(value)) jobs.push({ docIndex, prefix: [], input: value as Record<string, unknown> });
    else if (isPlainObject(value) && value.kind === 'List' && Array.isArray(value.items)) {
      value.items.forEach((item, i) => {
        if (isPyTorchJob(item))
          jobs.push({ docIndex, prefix: ['items', i], input: item as Record<string, unknown> });
      });
    }
  });
  return jobs;
}

/** `namespace/name` of every TrainJob in the documents (List items included). */
export function trainJobNames(values: unknown[]): Set<string> {
  const names = new Set<string>();
  const visit = (v: unknown): void => {
    if (!isPlainObject(v)) return;
    if (v.kind === 'TrainJob' && String(v.apiVersion ?? '').startsWith(TRAINJOB_API_GROUP)) {
      const meta = v.metadata;
      if (isPlainObject(meta) && typeof meta.name === 'string')
        names.add(`${typeof meta.namespace === 'string' ? meta.namespace : ''}/${meta.name}`);
    }
    if (v.kind === 'List' && Array.isArray(v.items)) v.items.forEach(visit);
  };
  values.forEach(visit);
  return names;
}

export function sideBySideExists(name: string): Finding {
  return {
    severity: 'info',
    code: 'SIDE_BY_SIDE_EXISTS',
    message: `A TrainJob named ${name} already stands beside this PyTorchJob; nothing to add.`,
    path: 'metadata.name',
  };
}

/** The library's message without its position suffix and excerpt (the report gives line and column). */
export function yamlErrorMessage(message: string): string {
  return (message.split('\n')[0] as string).replace(/ at line \d+, column \d+:?$/, '');
}

const countLines = (text: string): number => (text === '' ? 0 : text.split('\n').length);

function finding(code: Finding['code'], message: string, path = ''): Finding {
  return { severity: 'error', code, message, path };
}

function baseJob(input: Record<string, unknown>, line: number, lines: number): JobRewrite {
  const meta = isPlainObject(input.metadata) ? input.metadata : {};
  return {
    name: typeof meta.name === 'string' ? meta.name : '(unnamed)',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    line,
    status: 'skipped',
    findings: [],
    linesBefore: lines,
    linesAfter: lines,
  };
}

interface Planned {
  job: FoundJob;
  report: JobRewrite;
  result?: ConversionResult;
  edits?: TextEdit[];
  region?: JobRegion;
}

/** Rewrites a YAML text; `gate` lets a caller veto jobs (e.g. templated structure). */
export function rewriteYaml(
  text: string,
  options: RewriteOptions,
  kind: FileKind,
  gate?: JobGate,
): FileRewrite {
  const hasBom = text.startsWith(BOM);
  const withoutBom = hasBom ? text.slice(1) : text;
  const ending = detectLineEnding(withoutBom);
  const source = ending === '\r\n' ? withoutBom.replaceAll('\r\n', '\n') : withoutBom;
  const tooLarge = tooLargeJobDocument(source);
  if (tooLarge) return { kind, jobs: [], error: tooLarge };
  const sideBySide = options.strategy === 'side-by-side';
  const parsed = parseYaml(source, (_index, text) => holdsJob(text, sideBySide));
  for (const document of parsed.documents) {
    const [error] = document.errors;
    if (error) {
      const pos = parsed.lineCounter.linePos(error.pos[0]);
      return {
        kind,
        jobs: [],
        error: {
          message: `${yamlErrorMessage(error.message)}; fix the YAML and run again`,
          line: pos.line,
          column: pos.col,
        },
      };
    }
  }
  let values: unknown[];
  try {
    values = parsed.documents.map((document) => (document.doc ? documentValue(document.doc) : undefined));
  } catch (error) {
    return {
      kind,
      jobs: [],
      error: { message: `the file cannot be read as data: ${(error as Error).message}` },
    };
  }
  const found = findJobs(values);
  if (found.length === 0) return { kind, jobs: [] };

  const lines = new LineIndex(source);
  const layouts = new Map<number, { roots: SpanNode[]; doc: Document }>();
  const layoutOf = (docIndex: number) => {
    let layout = layouts.get(docIndex);
    if (!layout) {
      const document = parsed.documents[docIndex] as TextDocument;
      const doc = document.doc as Document;
      layout = { roots: layoutDocument(doc, lines, document.contentComments).roots, doc };
      layouts.set(docIndex, layout);
    }
    return layout;
  };
  const existing = trainJobNames(values);
  const planned = found.map((job) => planJob(job, layoutOf(job.docIndex), lines, options, existing, gate));

  const converted = planned.filter((p) => p.report.status === 'converted');
  const jobs = planned.map((p) => p.report);
  if (converted.length === 0) return { kind, jobs };

  const edits = converted.flatMap((p) => placeEdits(p, source, options));
  const after = applyEdits(source, edits);
  const problems = verifyRewrite({
    before: parsed,
    after,
    expected: expectedDocuments(parsed, values, converted, options),
    trainJobs: converted.map((p) => p.result?.trainJob as Record<string, unknown>),
    validate: options.validate,
  });
  if (problems.length > 0) {
    for (const p of converted) {
      p.report.status = 'error';
      p.report.linesAfter = p.report.linesBefore;
      p.report.findings.push(
        finding(
          'VERIFY_FAILED',
          `The file was not changed: ${problems.join('; ')}. Please report this file.`,
        ),
      );
    }
    return { kind, jobs };
  }
  let newText = ending === '\r\n' ? after.replaceAll('\n', '\r\n') : after;
  if (hasBom) newText = BOM + newText;
  return { kind, jobs, newText };
}

function planJob(
  job: FoundJob,
  { roots, doc }: { roots: SpanNode[]; doc: Document },
  lines: LineIndex,
  options: RewriteOptions,
  existing: Set<string>,
  gate?: JobGate,
): Planned {
  const result = convertPyTorchJob(job.input, options);
  const style = detectStyle(roots);
  const editInput = { doc, lines, roots, style, prefix: job.prefix, input: job.input, result };
  const region = jobRegion(editInput);
  const linesBefore = region.lastLine - region.firstLine + 1;
  let report: JobRewrite = { ...baseJob(job.input, region.firstLine + 1, linesBefore), conversion: result };
  report.findings.push(...result.findings);
  report.numNodes = result.summary?.numNodes;
  report.runtime = result.summary?.runtime;
  if (result.status === 'not-applicable') return { job, report: { ...report, status: 'skipped' } };
  const held = options.hold?.({ name: report.name, namespace: report.namespace });
  if (held && result.status === 'converted') {
    report.findings.push(...held);
    report.status = 'needs-review';
    return { job, report: gate ? gate(report, region, lines) : report, result };
  }
  if (result.status === 'needs-review' || !result.trainJob) {
    report.status = 'needs-review';
    return { job, report: gate ? gate(report, region, lines) : report, result };
  }
  const newName = (result.trainJob.metadata as Record<string, unknown> | undefined)?.name;
  if (options.strategy === 'side-by-side' && existing.has(`${report.namespace ?? ''}/${String(newName)}`)) {
    report.status = 'skipped';
    report.findings.push(sideBySideExists(String(newName)));
    return { job, report, result };
  }
  try {
    const { edits, findings } = buildJobEdits(editInput);
    report.findings.push(...findings);
    const regionText = lines.text.slice(region.start, region.end);
    const newRegion = applyEdits(regionText, edits, region.start);
    report = { ...report, status: 'converted', linesAfter: countLines(newRegion) };
    if (gate) report = gate(report, region, lines);
    return { job, report, result, edits, region };
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    report.status = 'needs-review';
    report.findings.push(
      finding(
        'EDIT_UNSUPPORTED',
        `${error.message}. The job converts, but its text cannot be rewritten safely: convert it by hand.`,
      ),
    );
    return { job, report, result };
  }
}

/** Replace: the edits in place. Side by side: the job stays, its TrainJob follows it. */
function placeEdits(p: Planned, source: string, options: RewriteOptions): TextEdit[] {
  const edits = p.edits ?? [];
  const region = p.region as JobRegion;
  if (options.strategy !== 'side-by-side') return edits;
  const newRegion = applyEdits(source.slice(region.start, region.end), edits, region.start);
  const lineStart = source.lastIndexOf('\n', region.start - 1) + 1;
  const indent = source.slice(lineStart, region.start);
  const separator = p.job.prefix.length === 0 ? '\n---\n' : `\n${indent}`;
  return [{ start: region.end, end: region.end, text: separator + newRegion }];
}

function expectedDocuments(
  parsed: ParsedYaml,
  values: unknown[],
  converted: Planned[],
  options: RewriteOptions,
): ExpectedDocument[] {
  const sideBySide = options.strategy === 'side-by-side';
  const out: ExpectedDocument[] = [];
  values.forEach((value, docIndex) => {
    const jobs = converted.filter((p) => p.job.docIndex === docIndex);
    if (jobs.length === 0) {
      const document = parsed.documents[docIndex] as TextDocument;
      out.push(document.doc ? { value } : { text: parsed.text.slice(document.start, document.end) });
      return;
    }
    const root = jobs.find((p) => p.job.prefix.length === 0);
    if (root) {
      if (sideBySide) out.push({ value });
      out.push({ value: root.result?.trainJob });
      return;
    }
    const list = value as { items: unknown[] };
    const items = list.items.flatMap((item, i) => {
      const job = jobs.find((p) => p.job.prefix[1] === i);
      if (!job) return [item];
      return sideBySide ? [item, job.result?.trainJob] : [job.result?.trainJob];
    });
    out.push({ value: { ...list, items } });
  });
  return out;
}

/** Larger job documents are reported, not rewritten: their node trees would not fit in memory. */
export const MAX_JOB_DOCUMENT_BYTES = 1024 * 1024;
const JOB_KIND_LINE = /^[ \t-]*kind:[ \t]*["']?PyTorchJob\b/m;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/**
 * A document over the limit that names a PyTorchJob, as an error. Documents are split at their
 * `---` and `...` lines, which YAML forbids inside any scalar; only texts over the limit are split.
 */
function tooLargeJobDocument(source: string): FileError | undefined {
  if (Buffer.byteLength(source) <= MAX_JOB_DOCUMENT_BYTES) return undefined;
  let start = 0;
  const ends = [...source.matchAll(DOCUMENT_MARKER)].map((match) => match.index);
  for (const end of [...ends, source.length]) {
    const text = source.slice(start, end);
    const kind = Buffer.byteLength(text) > MAX_JOB_DOCUMENT_BYTES ? JOB_KIND_LINE.exec(text) : null;
    if (kind) {
      const line = source.slice(0, start + kind.index).split('\n').length;
      return {
        message: `the PyTorchJob at line ${line} is in a document of ${Buffer.byteLength(text)} bytes, over the ${MAX_JOB_DOCUMENT_BYTES}-byte limit for a rewrite; it was not attempted: convert it by hand or split the document`,
        line,
      };
    }
    start = end;
  }
  return undefined;
}

const JOB_NEEDLE = 'PyTorchJob';
const TRAINJOB_NEEDLE = 'TrainJob';

/** Documents that can hold a job (or, side by side, a TrainJob already written) are composed. */
function holdsJob(text: string, sideBySide: boolean): boolean {
  return text.includes(JOB_NEEDLE) || (sideBySide && text.includes(TRAINJOB_NEEDLE));
}
