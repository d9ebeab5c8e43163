/**
 * Turns one converted PyTorchJob into text edits of its own document: apiVersion and kind replaced in
 * place, metadata kept byte for byte (or edited in place), `spec` re-rendered from the TrainJob with
 * carried values copied as source text, and every comment of removed structure moved next to the
 * field it described.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Document, isMap, isScalar, type Node } from 'yaml';
import { pathKey } from '../convert/paths.js';
import type { AccountingEntry, ConversionResult, Finding, Path } from '../model/conversion.js';
import { type CarryState, carriedRange, defineAnchors, restyledFinding } from './carry.js';
import { emitBlockComments, emitMapBody, type RelocatedComments } from './emit.js';
import { findSpan, type SourceComment, type SpanNode, walkSpans } from './layout.js';
import { replaceScalarSource } from './scalar.js';
import type { DocumentStyle } from './style.js';
import { isCommentLine, type LineIndex } from './text.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The document cannot be edited as text; the job is reported with this reason. */
export class EditError extends Error {}

export interface JobRegion {
  /** Offset of the first line of the job (its first entry, or the `-` of a List item). */
  start: number;
  /** Offset just past its last line, before the line break. */
  end: number;
  firstLine: number;
  lastLine: number;
}

export interface JobEditInput {
  /** The parsed document the job is in (aliases resolve in it). */
  doc: Document;
  lines: LineIndex;
  roots: SpanNode[];
  style: DocumentStyle;
  /** Where the job sits in the document: `[]`, or `['items', i]` in a List. */
  prefix: Path;
  input: Record<string, unknown>;
  result: ConversionResult;
}

const isPrefix = (prefix: Path, path: Path): boolean =>
  prefix.length <= path.length && prefix.every((p, i) => path[i] === p);

function commonPrefix(paths: Path[]): Path {
  const [first, ...rest] = paths;
  if (!first) return [];
  let length = first.length;
  for (const p of rest) {
    let i = 0;
    while (i < length && i < p.length && p[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length);
}

function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function jobEntries(input: JobEditInput): SpanNode[] {
  if (input.prefix.length === 0) return input.roots;
  const item = findSpan(input.roots, input.prefix);
  if (!item) throw new EditError('the job was not found in the document layout');
  return item.children;
}

export function jobRegion(input: JobEditInput): JobRegion {
  const { lines } = input;
  const span = input.prefix.length === 0 ? undefined : findSpan(input.roots, input.prefix);
  const entries = jobEntries(input);
  const firstLine = span ? span.startLine : Math.min(...entries.map((e) => e.startLine));
  const lastLine = span ? span.lastLine : Math.max(...entries.map((e) => e.lastLine));
  const start = span ? span.startOffset : lines.lineStart(firstLine) + (entries[0]?.col ?? 0);
  return { start, end: lines.lineEnd(lastLine), firstLine, lastLine };
}

/**
 * Output path → the input entry whose source text renders it. An entry that becomes a list item (or
 * the other way round) cannot keep its text; it is written from its value and reported.
 */
function carriedSpans(input: JobEditInput, findings: Finding[]): Map<string, SpanNode> {
  const carried = new Map<string, SpanNode>();
  for (const { from, to } of input.result.carried) {
    if (to[0] !== 'spec') continue;
    const span = findSpan(input.roots, [...input.prefix, ...from]);
    if (!span) continue;
    const toItem = typeof to[to.length - 1] === 'number';
    if ((span.kind === 'item') !== toItem) {
      findings.push(restyledFinding(from, 'it moves between a list item and a mapping entry'));
      continue;
    }
    carried.set(pathKey(to), span);
  }
  return carried;
}

function relocationTarget(
  path: Path,
  accounting: AccountingEntry[],
  output: Record<string, unknown>,
  carried: Map<string, SpanNode>,
): Path {
  let target: Path = ['spec'];
  for (let p = path; p.length > 1; p = p.slice(0, -1)) {
    const tos = accounting
      .filter((e) => e.disposition === 'mapped' && e.to && isPrefix(p, e.path))
      .map((e) => e.to as Path);
    if (tos.length > 0) {
      target = commonPrefix(tos);
      break;
    }
  }
  if (target[0] !== 'spec') return ['spec'];
  for (let i = 2; i <= target.length; i++) {
    const prefix = target.slice(0, i);
    if (getIn(output, prefix) === undefined) return target.slice(0, i - 1);
    if (carried.has(pathKey(prefix))) return prefix;
  }
  return target;
}

const ownsComments = (span: SpanNode): boolean =>
  span.leading.length > 0 || span.inline.length > 0 || span.trailing.length > 0;

function relocatedComments(
  input: JobEditInput,
  specSpan: SpanNode,
  carried: Map<string, SpanNode>,
  output: Record<string, unknown>,
): Map<string, RelocatedComments> {
  const carriedFrom = [...carried.values()].map((s) => s.path);
  const ranges = [...carried.values()].map((s) => carriedRange(s, input.lines));
  const inCarriedText = (c: SourceComment): boolean => ranges.some(([s, e]) => s <= c.offset && c.offset < e);
  const byTarget = new Map<string, RelocatedComments>();
  const add = (target: Path, allOwnLine: SourceComment[], allInline: SourceComment[]): void => {
    const ownLine = allOwnLine.filter((c) => !inCarriedText(c));
    const inline = allInline.filter((c) => !inCarriedText(c));
    if (ownLine.length === 0 && inline.length === 0) return;
    const key = pathKey(target);
    const entry = byTarget.get(key) ?? { ownLine: [], inline: [] };
    entry.ownLine.push(...ownLine);
    entry.inline.push(...inline);
    byTarget.set(key, entry);
  };
  const prefixLength = input.prefix.length;
  for (const span of walkSpans(specSpan.children)) {
    if (!ownsComments(span) || carriedFrom.some((from) => isPrefix(from, span.path))) continue;
    const relative = span.path.slice(prefixLength);
    const target = relocationTarget(relative, input.result.accounting, output, carried);
    add(target, [...span.leading, ...span.trailing], span.inline);
  }
  return byTarget;
}

function scalarEdit(node: Node | null, value: string, lines: LineIndex): TextEdit {
  if (!isScalar(node) || !node.range) throw new EditError('expected a scalar value');
  const [start, end] = node.range;
  return { start, end, text: replaceScalarSource(lines.text.slice(start, end), value) };
}

/** Removes an entry's lines but keeps the comments among them. */
function removeEntry(span: SpanNode, lines: LineIndex): TextEdit {
  const kept: string[] = [];
  for (let l = span.startLine + 1; l <= span.contentEndLine; l++) {
    const text = lines.line(l);
    if (isCommentLine(text) && !isScalar(span.value)) kept.push(' '.repeat(span.col) + text.trimStart());
  }
  const start = lines.lineStart(span.startLine);
  const endLine = span.contentEndLine;
  const nextStart = lines.starts[endLine + 1];
  const commentsOnLine = span.inline.map((c) => ' '.repeat(span.col) + c.text.trim());
  const replacement = [...commentsOnLine, ...kept];
  if (replacement.length > 0) return { start, end: lines.lineEnd(endLine), text: replacement.join('\n') };
  // Take the line break too, so no blank line is left behind.
  if (nextStart !== undefined) return { start, end: nextStart, text: '' };
  return { start: Math.max(0, start - 1), end: lines.lineEnd(endLine), text: '' };
}

function metadataEdits(span: SpanNode, input: unknown, output: unknown, lines: LineIndex): TextEdit[] {
  if (isDeepStrictEqual(input, output)) return [];
  if (!isMap(span.value) || span.value.flow) throw new EditError('metadata is not a block mapping');
  const before = input as Record<string, unknown>;
  const after = output as Record<string, unknown>;
  const edits: TextEdit[] = [];
  for (const child of span.children) {
    const key = String(child.path[child.path.length - 1]);
    if (!(key in after)) edits.push(removeEntry(child, lines));
    else if (!isDeepStrictEqual(before[key], after[key])) {
      if (typeof after[key] !== 'string') throw new EditError(`metadata.${key} changed shape`);
      edits.push(scalarEdit(child.value, after[key] as string, lines));
    }
  }
  if (Object.keys(after).some((k) => !(k in before))) throw new EditError('metadata gained a field');
  return edits;
}

export interface JobEdits {
  edits: TextEdit[];
  region: JobRegion;
  /** Values written out instead of carried as text (VALUE_RESTYLED). */
  findings: Finding[];
}

/** The edits that turn the job's text into its TrainJob. */
export function buildJobEdits(input: JobEditInput): JobEdits {
  const { lines, result } = input;
  const output = result.trainJob;
  if (!output) throw new EditError('no TrainJob to write');
  const entries = jobEntries(input);
  const region = jobRegion(input);
  const edits: TextEdit[] = [];
  const findings: Finding[] = [];
  const outputKeys = new Set(Object.keys(output));
  for (const entry of entries) {
    const key = String(entry.path[entry.path.length - 1]);
    if (key === 'apiVersion' || key === 'kind') {
      edits.push(scalarEdit(entry.value, String(output[key]), lines));
    } else if (key === 'metadata') {
      edits.push(...metadataEdits(entry, input.input.metadata, output.metadata, lines));
    } else if (key === 'spec') {
      edits.push(specEdit(input, entry, output, findings));
    } else if (!outputKeys.has(key)) {
      edits.push(removeEntry(entry, lines));
    } else {
      throw new EditError(`unexpected top-level field ${key}`);
    }
  }
  return { edits, region, findings };
}

/** Anchors of the job's text that stays before its spec (apiVersion, kind, kept metadata). */
function anchorsBeforeSpec(input: JobEditInput, specSpan: SpanNode, state: CarryState): void {
  const keptMetadata = (input.result.trainJob?.metadata ?? {}) as Record<string, unknown>;
  for (const entry of jobEntries(input)) {
    if (entry.startOffset >= specSpan.startOffset) continue;
    const key = entry.path[entry.path.length - 1];
    if (key === 'apiVersion' || key === 'kind') defineAnchors(entry.value, state);
    if (key !== 'metadata' || !entry.value) continue;
    if (entry.value.anchor) state.defined.set(entry.value.anchor, entry.value);
    for (const child of entry.children) {
      if (String(child.path[child.path.length - 1]) in keptMetadata) defineAnchors(child.value, state);
    }
  }
}

function specEdit(
  input: JobEditInput,
  specSpan: SpanNode,
  output: Record<string, unknown>,
  findings: Finding[],
): TextEdit {
  const { lines, style } = input;
  if (
    !isMap(specSpan.value) ||
    specSpan.value.flow ||
    specSpan.children[0]?.startLine === specSpan.startLine
  ) {
    throw new EditError('spec is not a block mapping; flow-style specs are left for a person to convert');
  }
  const carried = carriedSpans(input, findings);
  const comments = relocatedComments(input, specSpan, carried, output);
  const carry: CarryState = {
    doc: input.doc,
    lines,
    prefixLength: input.prefix.length,
    defined: new Map(),
    carriedRanges: [...carried.values()].map((s) => carriedRange(s, lines)),
    findings,
  };
  anchorsBeforeSpec(input, specSpan, carry);
  const sourceComments: SourceComment[] = [];
  for (const s of walkSpans([specSpan])) sourceComments.push(...s.leading, ...s.inline, ...s.trailing);
  const ctx = { lines, style, carried, comments, sourceComments, carry };
  const childCol = specSpan.col + style.indentUnit;
  const spec = output.spec as Record<string, unknown>;
  const closing = specSpan.trailing.map((c) => ' '.repeat(childCol) + c.text.trim());
  const body = [
    ...emitBlockComments(['spec'], childCol, ctx),
    ...emitMapBody(spec, ['spec'], childCol, ctx),
    ...closing,
  ];
  const start = lines.lineEnd(specSpan.startLine);
  const end = lines.lineEnd(Math.max(specSpan.lastLine, specSpan.startLine));
  return { start, end, text: `\n${body.join('\n')}` };
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: TextEdit[], base = 0): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.end > limit) throw new EditError('overlapping edits');
    out = out.slice(0, edit.start - base) + edit.text + out.slice(edit.end - base);
    limit = edit.start;
  }
  return out;
}
