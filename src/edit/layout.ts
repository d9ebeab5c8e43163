/**
 * The line layout of a parsed YAML document: for every map entry and sequence item, the lines it
 * spans and the comments it owns. The editor moves whole spans as text and relocates the comments
 * of the structure it removes.
 */
import { type CST, type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Path } from '../model/conversion.js';
import { commentTokens, type LeafToken } from './cst-tokens.js';
import type { LineIndex } from './text.js';

export interface SourceComment {
  /** The comment as written, `#` included. */
  text: string;
  offset: number;
  line: number;
  column: number;
  /** Alone on its line (otherwise it trails content). */
  ownLine: boolean;
  /** The spaces between the content and a trailing comment, kept when the comment moves (linters count them). */
  gap: string;
}

export interface SpanNode {
  path: Path;
  kind: 'pair' | 'item';
  /** Column of the key, or of the `-` of an item. */
  col: number;
  /** Offset of the key, or of the `-` of an item. */
  startOffset: number;
  /** For pairs: offset just past the key. */
  keyEnd: number;
  startLine: number;
  /** Last line holding content of this entry. */
  contentEndLine: number;
  value: Node | null;
  /** The entry sits in a flow collection, so it has no lines of its own. */
  inFlow: boolean;
  children: SpanNode[];
  leading: SourceComment[];
  inline: SourceComment[];
  trailing: SourceComment[];
  /** First and last line including the comments it owns (and those of its descendants). */
  firstLine: number;
  lastLine: number;
}

interface CstLike {
  type?: string;
  offset?: number;
  source?: string;
}

/** Comment tokens as source comments, in offset order. */
function sourceComments(tokens: readonly LeafToken[], lines: LineIndex): SourceComment[] {
  return tokens.map((tok) => sourceComment(tok, lines)).sort((a, b) => a.offset - b.offset);
}

export function sourceComment(tok: LeafToken, lines: LineIndex): SourceComment {
  const line = lines.lineOf(tok.offset);
  const lineStart = lines.lineStart(line);
  const before = lines.text.slice(lineStart, tok.offset);
  const gap = /[ \t]*$/.exec(before)?.[0] || ' ';
  return {
    text: tok.source,
    offset: tok.offset,
    line,
    column: tok.offset - lineStart,
    ownLine: before.trim() === '',
    gap,
  };
}

const KEEP_CHOMPING = /^[|>][1-9-]*\+/;

const isBlockScalarHeader = (text: string, offset: number): boolean =>
  text[offset] === '|' || text[offset] === '>';

/** The last line holding content of a value node (trailing blanks and line breaks excluded). */
function contentEnd(node: Node | null, fallbackLine: number, lines: LineIndex, children: SpanNode[]): number {
  if (!node) return fallbackLine;
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    return children.reduce((max, child) => Math.max(max, child.contentEndLine), fallbackLine);
  }
  const range = node.range;
  if (!range) return fallbackLine;
  let last = range[1] - 1;
  // A keep-chomped block scalar (`|+`) owns its trailing blank lines: they are part of its value.
  const keep =
    isScalar(node) &&
    isBlockScalarHeader(lines.text, range[0]) &&
    KEEP_CHOMPING.test(lines.text.slice(range[0], range[0] + 4));
  while (!keep && last > range[0] && /\s/.test(lines.text[last] ?? '')) last--;
  return Math.max(fallbackLine, lines.lineOf(Math.max(last, range[0])));
}

function seqItemOffsets(seq: Node): number[] | undefined {
  const token = (seq as { srcToken?: { type?: string; items?: { start?: CstLike[] }[] } }).srcToken;
  if (token?.type !== 'block-seq' || !token.items) return undefined;
  return token.items.map((item) => item.start?.find((t) => t.type === 'seq-item-ind')?.offset ?? -1);
}

function keyName(pair: Pair): string | number {
  const key = pair.key;
  if (isScalar(key)) return typeof key.value === 'number' ? key.value : String(key.value);
  return String(key);
}

function buildChildren(node: Node | null, path: Path, lines: LineIndex, inFlow: boolean): SpanNode[] {
  if (!node || isAlias(node)) return [];
  const flow = inFlow || ((isMap(node) || isSeq(node)) && Boolean(node.flow));
  if (isMap(node)) {
    return node.items.filter(isPair).map((pair) => {
      const key = pair.key as Node | null;
      const start = key?.range?.[0] ?? 0;
      const keyEnd = key?.range?.[1] ?? start;
      const value = (pair.value as Node | null) ?? null;
      const childPath = [...path, keyName(pair)];
      const children = buildChildren(value, childPath, lines, flow);
      return makeSpan('pair', childPath, start, keyEnd, value, children, lines, flow);
    });
  }
  if (isSeq(node)) {
    const dashes = flow ? undefined : seqItemOffsets(node);
    return node.items.map((item, index) => {
      const value = (item as Node | null) ?? null;
      const start = dashes?.[index] ?? value?.range?.[0] ?? 0;
      const childPath = [...path, index];
      const children = buildChildren(value, childPath, lines, flow);
      return makeSpan('item', childPath, start, start, value, children, lines, flow);
    });
  }
  return [];
}

function makeSpan(
  kind: 'pair' | 'item',
  path: Path,
  startOffset: number,
  keyEnd: number,
  value: Node | null,
  children: SpanNode[],
  lines: LineIndex,
  inFlow: boolean,
): SpanNode {
  const startLine = lines.lineOf(startOffset);
  const contentEndLine = contentEnd(value, startLine, lines, children);
  return {
    path,
    kind,
    col: lines.columnOf(startOffset),
    startOffset,
    keyEnd,
    startLine,
    contentEndLine,
    value,
    inFlow,
    children,
    leading: [],
    inline: [],
    trailing: [],
    firstLine: startLine,
    lastLine: contentEndLine,
  };
}

function innermostOn(nodes: SpanNode[], line: number, starting: boolean): SpanNode | undefined {
  for (const node of nodes) {
    const hit = starting ? node.startLine === line : node.startLine <= line && line <= node.contentEndLine;
    const within = node.startLine <= line && line <= node.contentEndLine;
    if (!within) continue;
    const deeper = innermostOn(node.children, line, starting);
    if (deeper) return deeper;
    if (hit) return node;
  }
  return undefined;
}

/** The deepest last descendant of `node` that a comment indented past it trails. */
function trailingOwner(node: SpanNode, comment: SourceComment): SpanNode {
  const last = [...node.children].reverse().find((child) => child.contentEndLine < comment.line);
  if (last && comment.column > last.col) return trailingOwner(last, comment);
  return node;
}

function place(siblings: SpanNode[], parent: SpanNode | undefined, comment: SourceComment): void {
  const inside = siblings.find((s) => s.startLine < comment.line && comment.line <= s.contentEndLine);
  if (inside) {
    if (inside.children.length === 0) inside.trailing.push(comment);
    else place(inside.children, inside, comment);
    return;
  }
  const prev = [...siblings].reverse().find((s) => s.contentEndLine < comment.line);
  const next = siblings.find((s) => s.startLine > comment.line);
  if (prev && comment.column > prev.col) trailingOwner(prev, comment).trailing.push(comment);
  else if (next) next.leading.push(comment);
  else if (prev && parent) trailingOwner(prev, comment).trailing.push(comment);
  else parent?.trailing.push(comment);
}

function finishSpans(nodes: SpanNode[]): void {
  for (const node of nodes) {
    finishSpans(node.children);
    let firstLine = node.startLine;
    let lastLine = node.contentEndLine;
    for (const comment of node.leading) {
      firstLine = Math.min(firstLine, comment.line);
      lastLine = Math.max(lastLine, comment.line);
    }
    for (const comment of node.trailing) lastLine = Math.max(lastLine, comment.line);
    for (const child of node.children) lastLine = Math.max(lastLine, child.lastLine);
    node.firstLine = firstLine;
    node.lastLine = lastLine;
  }
}

export interface DocumentLayout {
  roots: SpanNode[];
  /** Comments outside every entry (before the first or after the last). */
  loose: SourceComment[];
}

/**
 * Builds the layout of a document and gives each comment an owner. `contentComments`, the comment
 * tokens of `doc.contents.srcToken` when the caller has them already, saves walking its tokens again.
 */
export function layoutDocument(
  doc: Document,
  lines: LineIndex,
  contentComments?: readonly LeafToken[],
): DocumentLayout {
  const roots = buildChildren(doc.contents as Node | null, [], lines, false);
  const srcToken = (doc.contents as { srcToken?: CST.Token } | null)?.srcToken;
  const comments = sourceComments(contentComments ?? commentTokens(srcToken), lines);
  const loose: SourceComment[] = [];
  const first = roots[0]?.startLine ?? Number.POSITIVE_INFINITY;
  const last = roots.reduce((max, r) => Math.max(max, r.contentEndLine), -1);
  for (const comment of comments) {
    if (!comment.ownLine) {
      let owner = innermostOn(roots, comment.line, true) ?? innermostOn(roots, comment.line, false);
      if (owner?.inFlow) owner = lastFlowLeafBefore(roots, owner, comment, lines) ?? owner;
      if (owner) owner.inline.push(comment);
      else loose.push(comment);
      continue;
    }
    if (comment.line < first) {
      loose.push(comment);
      continue;
    }
    const before = loose.length;
    place(roots, undefined, comment);
    if (comment.line > last && loose.length === before && comment.column === 0) {
      // A column-0 comment after the last entry trails the document, not its last entry.
      removeComment(roots, comment);
      loose.push(comment);
    }
  }
  finishSpans(roots);
  return { roots, loose };
}

/**
 * In flow text a comment closes its line, so it stands beside the last value that ends there
 * (`image: "x",  # {"$imagepolicy": ...}` belongs to the image). Only the flow collection the
 * comment is in is searched.
 */
function lastFlowLeafBefore(roots: SpanNode[], owner: SpanNode, comment: SourceComment, lines: LineIndex) {
  let flowRoot: SpanNode[] = roots;
  for (let depth = 1; depth <= owner.path.length; depth++) {
    const span = findSpan(roots, owner.path.slice(0, depth));
    if (span?.inFlow) {
      flowRoot = depth === 1 ? roots : (findSpan(roots, owner.path.slice(0, depth - 1))?.children ?? roots);
      break;
    }
  }
  let best: SpanNode | undefined;
  let bestEnd = -1;
  for (const span of walkSpans(flowRoot)) {
    const end = span.value?.range?.[1];
    if (!span.inFlow || span.children.length > 0 || end === undefined || end > comment.offset) continue;
    if (end > bestEnd && lines.lineOf(Math.max(0, end - 1)) === comment.line) {
      best = span;
      bestEnd = end;
    }
  }
  return best;
}

function removeComment(nodes: SpanNode[], comment: SourceComment): void {
  for (const node of nodes) {
    for (const list of [node.leading, node.trailing]) {
      const at = list.indexOf(comment);
      if (at !== -1) list.splice(at, 1);
    }
    removeComment(node.children, comment);
  }
}

export function findSpan(nodes: SpanNode[], path: Path): SpanNode | undefined {
  let level = nodes;
  let found: SpanNode | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    found = level.find((n) => n.path[depth] === path[depth]);
    if (!found) return undefined;
    level = found.children;
  }
  return found;
}

/** Every span of `nodes` and their descendants, parents before children, in source order. */
export function walkSpans(nodes: SpanNode[]): SpanNode[] {
  const out: SpanNode[] = [];
  const visit = (level: SpanNode[]): void => {
    for (const node of level) {
      out.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return out;
}
