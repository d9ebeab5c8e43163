/**
 * Renders the new structure of a TrainJob as text in the document's own style. Values carried over
 * from the PyTorchJob are copied as their original source lines (re-indented), so their quotes,
 * flow collections, block scalars, anchors and comments travel unchanged.
 */

import type { Path } from '../convert/types.js';
import { isPlainObject } from '../util/objects.js';
import type { SourceComment, SpanNode } from './layout.js';
import { renderScalar } from './scalar.js';
import type { DocumentStyle } from './style.js';
import { indentOf, type LineIndex, shiftLines } from './text.js';

export const pathKey = (path: Path): string => JSON.stringify(path);

export interface RelocatedComments {
  ownLine: SourceComment[];
  inline: SourceComment[];
}

export interface EmitContext {
  lines: LineIndex;
  style: DocumentStyle;
  /** Output path → the input entry whose source lines render it. */
  carried: Map<string, SpanNode>;
  /** Output path → comments that move there from removed structure. */
  comments: Map<string, RelocatedComments>;
}

const pad = (n: number): string => ' '.repeat(n);

function commentTextsOf(span: SpanNode, lines: LineIndex): Set<string> {
  const texts = new Set<string>();
  for (let l = span.firstLine; l <= span.lastLine; l++) {
    const at = lines.line(l).indexOf('#');
    if (at !== -1) texts.add(lines.line(l).slice(at).trim());
  }
  return texts;
}

/** Comments relocated to `path`, minus those the carried text already shows. */
function relocatedFor(path: Path, ctx: EmitContext, carriedSpan?: SpanNode): RelocatedComments {
  const found = ctx.comments.get(pathKey(path));
  if (!found) return { ownLine: [], inline: [] };
  const shown = carriedSpan ? commentTextsOf(carriedSpan, ctx.lines) : new Set<string>();
  const seen = new Set<string>();
  const keep = (c: SourceComment): boolean => {
    const text = c.text.trim();
    if (shown.has(text) || seen.has(text)) return false;
    seen.add(text);
    return true;
  };
  return { ownLine: found.ownLine.filter(keep), inline: found.inline.filter(keep) };
}

function commentLines(comments: SourceComment[], col: number): string[] {
  return comments.map((c) => pad(col) + c.text.trim());
}

function carriedPairLines(span: SpanNode, key: string, col: number, lines: LineIndex): string[] {
  const out: string[] = [];
  for (let l = span.firstLine; l < span.startLine; l++) {
    const text = lines.line(l);
    out.push(text.trim() === '' ? '' : pad(col) + text.trimStart());
  }
  const keyLine = span.startLine;
  const rest = lines.text.slice(span.keyEnd, lines.lineEnd(keyLine));
  out.push(pad(col) + renderScalar(key) + rest);
  const body: string[] = [];
  for (let l = keyLine + 1; l <= span.lastLine; l++) body.push(lines.line(l));
  out.push(...shiftLines(body, col - span.col, col));
  return out;
}

function carriedItemLines(span: SpanNode, dashCol: number, lines: LineIndex): string[] {
  const out: string[] = [];
  for (let l = span.firstLine; l < span.startLine; l++) {
    const text = lines.line(l);
    out.push(text.trim() === '' ? '' : pad(dashCol) + text.trimStart());
  }
  out.push(pad(dashCol) + lines.text.slice(span.startOffset, lines.lineEnd(span.startLine)));
  const body: string[] = [];
  for (let l = span.startLine + 1; l <= span.lastLine; l++) body.push(lines.line(l));
  out.push(...shiftLines(body, dashCol - span.col, dashCol));
  return out;
}

function withInline(line: string, inline: SourceComment[]): string {
  const [only] = inline;
  return inline.length === 1 && only ? `${line}${only.gap}${only.text.trim()}` : line;
}

/** Lines of `key: value` at column `col`. */
export function emitPair(key: string, value: unknown, path: Path, col: number, ctx: EmitContext): string[] {
  const carried = ctx.carried.get(pathKey(path));
  const moved = relocatedFor(path, ctx, carried);
  const above = commentLines(moved.ownLine, col);
  if (carried)
    return [...above, ...commentLines(moved.inline, col), ...carriedPairLines(carried, key, col, ctx.lines)];
  const keyText = pad(col) + renderScalar(key);
  const extraInline = moved.inline.length === 1 ? [] : moved.inline;
  const head = [...above, ...commentLines(extraInline, col)];
  if (Array.isArray(value)) {
    if (value.length === 0) return [...head, withInline(`${keyText}: []`, moved.inline)];
    const dashCol = col + ctx.style.seqIndent;
    return [
      ...head,
      withInline(`${keyText}:`, moved.inline),
      ...value.flatMap((item, i) => emitItem(item, [...path, i], dashCol, ctx)),
    ];
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [...head, withInline(`${keyText}: {}`, moved.inline)];
    const childCol = col + ctx.style.indentUnit;
    return [
      ...head,
      withInline(`${keyText}:`, moved.inline),
      ...entries.flatMap(([k, v]) => emitPair(k, v, [...path, k], childCol, ctx)),
    ];
  }
  return [...head, withInline(`${keyText}: ${renderScalar(value)}`, moved.inline)];
}

/** Lines of one sequence item whose `-` stands at `dashCol`. */
export function emitItem(value: unknown, path: Path, dashCol: number, ctx: EmitContext): string[] {
  const carried = ctx.carried.get(pathKey(path));
  const moved = relocatedFor(path, ctx, carried);
  const above = commentLines([...moved.ownLine, ...moved.inline], dashCol);
  if (carried) return [...above, ...carriedItemLines(carried, dashCol, ctx.lines)];
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    const body = emitMapBody(value, path, dashCol + 2, ctx);
    const first = body.findIndex((line) => !line.trimStart().startsWith('#'));
    const firstLine = body[first] as string;
    body[first] = `${pad(dashCol)}- ${firstLine.slice(indentOf(firstLine))}`;
    // Comments the first key carried above itself go above the dash.
    return [...above, ...body.slice(0, first).map((l) => pad(dashCol) + l.trimStart()), ...body.slice(first)];
  }
  if (Array.isArray(value) || isPlainObject(value))
    return [...above, `${pad(dashCol)}- ${JSON.stringify(value)}`];
  return [...above, `${pad(dashCol)}- ${renderScalar(value)}`];
}

/** The entries of a map at column `col`, with the comments relocated to the map itself first. */
export function emitMapBody(
  value: Record<string, unknown>,
  path: Path,
  col: number,
  ctx: EmitContext,
): string[] {
  return Object.entries(value).flatMap(([k, v]) => emitPair(k, v, [...path, k], col, ctx));
}

/** Comments relocated to a block's own path, shown as the block's first lines. */
export function emitBlockComments(path: Path, col: number, ctx: EmitContext): string[] {
  const moved = relocatedFor(path, ctx);
  return commentLines([...moved.ownLine, ...moved.inline], col);
}
