/**
 * Renders the new structure of a TrainJob as text in the document's own style. Values carried over
 * from the PyTorchJob are copied as their source text (see carry.ts), so their quotes, flow
 * collections, block scalars, anchors and comments travel unchanged.
 */

import { pathKey } from '../convert/paths.js';
import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import {
  type CarryState,
  carriedCommentTexts,
  carriedFlowText,
  carriedItemLines,
  carriedPairLines,
  inlineValue,
} from './carry.js';
import type { SourceComment, SpanNode } from './layout.js';
import { renderScalar } from './scalar.js';
import type { DocumentStyle } from './style.js';
import { indentOf, type LineIndex } from './text.js';

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
  /** Every comment of the spec (carried text may show comments other entries own). */
  sourceComments: SourceComment[];
  carry: CarryState;
}

const pad = (n: number): string => ' '.repeat(n);

/** Comments relocated to the path of `key`, minus those the carried text already shows. */
function relocatedFor(key: string, ctx: EmitContext, carriedSpan?: SpanNode): RelocatedComments {
  const found = ctx.comments.get(key);
  if (!found) return { ownLine: [], inline: [] };
  const shown = carriedSpan ? carriedCommentTexts(carriedSpan, ctx.lines, ctx.sourceComments) : new Set();
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

function withInline(line: string, inline: SourceComment[]): string {
  const [only] = inline;
  return inline.length === 1 && only ? `${line}${only.gap}${only.text.trim()}` : line;
}

/** Lines of `key: value` at column `col`. */
export function emitPair(key: string, value: unknown, path: Path, col: number, ctx: EmitContext): string[] {
  const outputKey = pathKey(path);
  const carried = ctx.carried.get(outputKey);
  const moved = relocatedFor(outputKey, ctx, carried);
  const above = commentLines(moved.ownLine, col);
  if (carried)
    return [
      ...above,
      ...commentLines(moved.inline, col),
      ...carriedPairLines(carried, renderScalar(key), col, ctx.carry),
    ];
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
  const outputKey = pathKey(path);
  const carried = ctx.carried.get(outputKey);
  const moved = relocatedFor(outputKey, ctx, carried);
  const above = commentLines([...moved.ownLine, ...moved.inline], dashCol);
  if (carried) return [...above, ...carriedItemLines(carried, dashCol, ctx.carry)];
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    const body = emitMapBody(value, path, dashCol + 2, ctx);
    const first = body.findIndex((line) => !line.trimStart().startsWith('#'));
    const firstLine = body[first] as string;
    body[first] = `${pad(dashCol)}- ${firstLine.slice(indentOf(firstLine))}`;
    // Comments the first key carried above itself go above the dash.
    return [...above, ...body.slice(0, first).map((l) => pad(dashCol) + l.trimStart()), ...body.slice(first)];
  }
  if (Array.isArray(value) || isPlainObject(value)) {
    const comments: string[] = [];
    const text = flowValue(value, path, ctx, comments);
    return [...above, ...comments.map((c) => pad(dashCol) + c), `${pad(dashCol)}- ${text}`];
  }
  return [...above, `${pad(dashCol)}- ${renderScalar(value)}`];
}

/** A value written inside a flow collection: carried values keep their text where it can stand there. */
function flowValue(value: unknown, path: Path, ctx: EmitContext, comments: string[]): string {
  const carried = ctx.carried.get(pathKey(path));
  if (carried) {
    const found = carriedFlowText(carried, value, ctx.carry);
    comments.push(...found.comments);
    return found.text;
  }
  if (Array.isArray(value))
    return `[${value.map((v, i) => flowValue(v, [...path, i], ctx, comments)).join(', ')}]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(
      ([k, v]) => `${JSON.stringify(k)}: ${flowValue(v, [...path, k], ctx, comments)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return inlineValue(value);
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
  const moved = relocatedFor(pathKey(path), ctx);
  return commentLines([...moved.ownLine, ...moved.inline], col);
}
