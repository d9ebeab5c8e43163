/**
 * Values carried from the PyTorchJob into the TrainJob, as their source text: scalar style (plain,
 * quoted, block scalars with their indicators), flow or block collections, the comments inside and
 * beside them, anchors and tags. Text is re-indented only as far as its new depth requires: block
 * text moves with its key, multi-line flow text and quoted scalars are indented past their new parent
 * so they stay valid, one-line text never changes.
 *
 * Where the text cannot stand in its new place the value is written instead, and a VALUE_RESTYLED
 * finding says which value and why: an alias whose anchor the TrainJob drops or writes after it
 * (the alias alone is replaced by the value it stood for), a block scalar or block collection that
 * would sit inside a flow collection, an entry that becomes a list item or the other way round.
 */
import { type Alias, type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { formatPath } from '../convert/paths.js';
import type { Finding, Path } from '../model/conversion.js';
import { type SourceComment, type SpanNode, walkSpans } from './layout.js';
import { indentOf, isBlank, isCommentLine, type LineIndex } from './text.js';

export interface CarryState {
  doc: Document;
  lines: LineIndex;
  /** Length of the job's own path inside its document (`['items', i]` in a List). */
  prefixLength: number;
  /** The anchors the output defines so far, in output order: name → the source node it labels. */
  defined: Map<string, Node>;
  /** Source ranges of every carried value, to tell a dropped anchor from one written later. */
  carriedRanges: [number, number][];
  /** VALUE_RESTYLED findings, one per value written instead of carried. */
  findings: Finding[];
}

const pad = (n: number): string => ' '.repeat(n);

/** A value as one line of YAML that reads back the same in block and flow context alike. */
export function inlineValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(inlineValue).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineValue(v)}`).join(', ')}}`;
  }
  return JSON.stringify(String(value));
}

/** Input path of a span, relative to the job. */
export const inputPath = (span: SpanNode, state: CarryState): Path => span.path.slice(state.prefixLength);

/** A value written as its value, not its source text, and why. */
export function restyledFinding(path: Path, why: string): Finding {
  return {
    severity: 'info',
    code: 'VALUE_RESTYLED',
    message: `${formatPath(path)} is written out as its value instead of its source text: ${why}`,
    path: formatPath(path),
  };
}

function restyled(state: CarryState, path: Path, why: string): void {
  state.findings.push(restyledFinding(path, why));
}

/** Aliases and anchored nodes of a value in source order, with their paths below it. */
function propsOf(value: unknown): { node: Node; path: Path }[] {
  const found: { node: Node; path: Path }[] = [];
  const path: (string | number)[] = [];
  const visit = (node: unknown): void => {
    if (isAlias(node)) {
      found.push({ node, path: [...path] });
      return;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
    if (node.anchor) found.push({ node, path: [...path] });
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        path.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
        visit(pair.key);
        visit(pair.value);
        path.pop();
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        path.push(i);
        visit(node.items[i]);
        path.pop();
      }
    }
  };
  visit(value);
  return found;
}

/** Records the anchors of text the output keeps before the carried values (metadata, say). */
export function defineAnchors(node: unknown, state: CarryState): void {
  for (const { node: found } of propsOf(node)) {
    if (!isAlias(found) && found.anchor) state.defined.set(found.anchor, found);
  }
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * Walks a carried value in output order: its anchors become defined, and each alias that would
 * not find its own anchor in the output is replaced by the value it stands for (and reported).
 */
function aliasReplacements(value: unknown, from: Path, state: CarryState): Replacement[] {
  const out: Replacement[] = [];
  for (const { node, path } of propsOf(value)) {
    if (!isAlias(node)) {
      state.defined.set(node.anchor as string, node);
      continue;
    }
    const target = (node as Alias).resolve(state.doc);
    if (target !== undefined && state.defined.get(node.source) === target) continue;
    const [start, end] = node.range ?? [0, 0];
    const targetStart = target?.range?.[0] ?? -1;
    const later = state.carriedRanges.some(([s, e]) => s <= targetStart && targetStart < e);
    const json = target ? target.toJS(state.doc, { maxAliasCount: 1000 }) : null;
    out.push({ start, end, text: inlineValue(json) });
    restyled(
      state,
      [...from, ...path],
      later
        ? `its alias *${node.source} would come before the anchor &${node.source} in the TrainJob`
        : `its alias *${node.source} points at the anchor &${node.source}, which the TrainJob does not keep`,
    );
  }
  return out;
}

function sliceWith(text: string, start: number, end: number, replacements: Replacement[]): string {
  let out = '';
  let at = start;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > end) continue;
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at, end);
}

/**
 * Block text moved `delta` columns. Lines keep their relative indentation (block scalars with
 * indentation indicators and more-indented blank lines included); a comment that would fall left of
 * `floor` is placed at `floor`.
 */
function reindentBlock(lines: readonly string[], delta: number, floor: number): string[] {
  return lines.map((line) => {
    const indent = indentOf(line);
    const next = Math.max(0, indent + delta);
    if (line === '') return '';
    if (isCommentLine(line) && next < floor) return pad(floor) + line.slice(indent);
    return pad(next) + line.slice(indent);
  });
}

/**
 * The continuation lines of flow text (or a multi-line quoted or plain scalar) moved `delta`
 * columns, and further right when needed: each line must stand past `parentCol`; the value's own
 * closing bracket, alone on its line, may stand at it.
 */
function reindentFlow(
  lines: readonly string[],
  delta: number,
  parentCol: number,
  closingLine: number,
): string[] {
  let shift = delta;
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    const closes = i === closingLine && /^\s*[\]}]\s*$/.test(line);
    const need = closes ? parentCol : parentCol + 1;
    shift = Math.max(shift, need - indentOf(line));
  });
  return lines.map((line) => (isBlank(line) ? '' : pad(indentOf(line) + shift) + line.slice(indentOf(line))));
}

/** Where a value's text begins: its anchor and tag come before its range. */
function propsStart(node: Node, text: string): number {
  let start = node.range?.[0] ?? 0;
  let props = (node.anchor ? 1 : 0) + (node.tag ? 1 : 0);
  while (props > 0) {
    let end = start;
    while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
    let begin = end;
    while (begin > 0 && !/[\s,[{]/.test(text[begin - 1] as string)) begin--;
    const token = text.slice(begin, end);
    if (!token.startsWith('&') && !token.startsWith('!')) break;
    start = begin;
    props--;
  }
  return start;
}

/** The source range a carried span's text covers (whole lines for block text). */
export function carriedRange(span: SpanNode, lines: LineIndex): [number, number] {
  if (!span.inFlow) return [lines.lineStart(span.firstLine), lines.lineEnd(span.lastLine)];
  const value = span.value;
  const start = span.kind === 'pair' ? span.keyEnd : value ? propsStart(value, lines.text) : span.startOffset;
  return [start, value?.range?.[1] ?? span.keyEnd];
}

function ownedComments(span: SpanNode): SourceComment[] {
  const all: SourceComment[] = [];
  for (const s of walkSpans([span])) all.push(...s.leading, ...s.inline, ...s.trailing);
  return all.sort((a, b) => a.offset - b.offset);
}

/** Comment texts the carried text shows, so relocated comments do not repeat them. */
export function carriedCommentTexts(span: SpanNode, lines: LineIndex, all: SourceComment[]): Set<string> {
  const [start, end] = carriedRange(span, lines);
  const shown = [...all.filter((c) => c.offset >= start && c.offset < end), ...ownedComments(span)];
  return new Set(shown.map((c) => c.text.trim()));
}

/** Leading lines (comments, blank lines) of block text, moved to `col`. */
function leadingLines(span: SpanNode, col: number, lines: LineIndex): string[] {
  const out: string[] = [];
  for (let l = span.firstLine; l < span.startLine; l++) {
    const text = lines.line(l);
    out.push(text.trim() === '' ? '' : pad(col) + text.trimStart());
  }
  return out;
}

/** Flow text placed after `head` (the key and colon, or the dash), with the comments it owns. */
function flowLines(
  span: SpanNode,
  head: string,
  text: string,
  oldCol: number,
  newCol: number,
  parentCol: number,
  lines: LineIndex,
): string[] {
  const [start, end] = carriedRange(span, lines);
  const value = span.value;
  const closing = isMap(value) || isSeq(value) ? lines.lineOf(end - 1) - lines.lineOf(start) : -1;
  const [first, ...rest] = text.split('\n');
  const body = [head + first, ...reindentFlow(rest, newCol - oldCol, parentCol, closing - 1)];
  const comments = ownedComments(span).filter((c) => c.offset < start || c.offset >= end);
  const lastLine = lines.lineOf(Math.max(start, end - 1));
  const beside = comments.find((c) => !c.ownLine && c.offset >= end && c.line === lastLine);
  if (beside) body[body.length - 1] += beside.gap + beside.text.trim();
  const above = comments.filter((c) => c.offset < start).map((c) => pad(parentCol) + c.text.trim());
  const below = comments
    .filter((c) => c.offset >= end && c !== beside)
    .map((c) => pad(parentCol) + c.text.trim());
  return [...above, ...body, ...below];
}

/** The lines of a carried map entry written as `key` at column `col`. */
export function carriedPairLines(span: SpanNode, key: string, col: number, state: CarryState): string[] {
  const { lines } = state;
  const replacements = aliasReplacements(span.value, inputPath(span, state), state);
  if (!span.inFlow) {
    const body = sliceWith(lines.text, span.keyEnd, lines.lineEnd(span.lastLine), replacements).split('\n');
    return [
      ...leadingLines(span, col, lines),
      pad(col) + key + body[0],
      ...reindentBlock(body.slice(1), col - span.col, col),
    ];
  }
  const [start, end] = carriedRange(span, lines);
  let text = sliceWith(lines.text, start, end, replacements);
  if (span.value === null && !text.includes(':')) text += ':';
  // `{"image":"x"}` is JSON-style flow; a block entry needs a space after its colon.
  text = text.replace(/^(\s*:)(?=[^\s])/, '$1 ');
  return flowLines(span, pad(col) + key, text, span.col, col, col, lines);
}

/** The lines of a carried list item whose `-` stands at `dashCol`. */
export function carriedItemLines(span: SpanNode, dashCol: number, state: CarryState): string[] {
  const { lines } = state;
  const replacements = aliasReplacements(span.value, inputPath(span, state), state);
  if (!span.inFlow) {
    const body = sliceWith(lines.text, span.startOffset, lines.lineEnd(span.lastLine), replacements).split(
      '\n',
    );
    return [
      ...leadingLines(span, dashCol, lines),
      pad(dashCol) + body[0],
      ...reindentBlock(body.slice(1), dashCol - span.col, dashCol),
    ];
  }
  const [start, end] = carriedRange(span, lines);
  const text = sliceWith(lines.text, start, end, replacements);
  return flowLines(span, `${pad(dashCol)}- `, text, lines.columnOf(start), dashCol + 2, dashCol, lines);
}

/** Why a carried value cannot stand inside a flow collection, if it cannot. */
function notFlowText(span: SpanNode, lines: LineIndex): string | undefined {
  const value = span.value;
  if (isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED'))
    return 'a block scalar cannot stand inside a flow collection';
  if ((isMap(value) || isSeq(value)) && !value.flow)
    return 'a block collection cannot stand inside a flow collection';
  if (valueText(span, lines).includes('\n')) return 'its text spans several lines inside a flow collection';
  return undefined;
}

/** The text of a span's value alone, its anchor and tag included. */
function valueRange(span: SpanNode, lines: LineIndex): [number, number] {
  const value = span.value;
  if (!value?.range) return [span.keyEnd, span.keyEnd];
  return [propsStart(value, lines.text), value.range[1]];
}

const valueText = (span: SpanNode, lines: LineIndex): string => lines.text.slice(...valueRange(span, lines));

/**
 * A carried value inside a flow collection the output writes: its one-line flow text, or (when it
 * cannot stand there) its value, reported. Comments it owns are returned to go above the item.
 */
export function carriedFlowText(
  span: SpanNode,
  value: unknown,
  state: CarryState,
): { text: string; comments: string[] } {
  const { lines } = state;
  const why = notFlowText(span, lines);
  if (why) {
    restyled(state, inputPath(span, state), why);
    return { text: inlineValue(value), comments: ownedComments(span).map((c) => c.text.trim()) };
  }
  const [start, end] = valueRange(span, lines);
  const replacements = aliasReplacements(span.value, inputPath(span, state), state);
  const text = start === end ? 'null' : sliceWith(lines.text, start, end, replacements);
  return { text, comments: ownedComments(span).map((c) => c.text.trim()) };
}
