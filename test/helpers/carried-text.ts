/**
 * Checks that the values a conversion carried keep their source text: for every carried value, the
 * node in the output has the node type and style of the node in the input (scalar style and block
 * scalar header, flow or block collection, anchor, tag, alias), all the way down, holds the same
 * value, and holds the same comments. A value the rewrite reported as restyled (VALUE_RESTYLED) is
 * held to its value only, and counted.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  Parser,
  parseAllDocuments,
} from 'yaml';
import { formatPath } from '../../src/convert/paths.js';
import type { JobRewrite } from '../../src/edit/types.js';
import type { Path } from '../../src/model/conversion.js';

export interface CarriedTally {
  /** Carried values compared. */
  values: number;
  /** Nodes compared inside them. */
  nodes: number;
  /** Values (or aliases inside them) written out instead, each with its VALUE_RESTYLED finding. */
  restyled: number;
  problems: string[];
}

export const emptyTally = (): CarriedTally => ({ values: 0, nodes: 0, restyled: 0, problems: [] });

interface Located {
  doc: Document;
  text: string;
  root: Node;
}

const keyText = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

function resolve(node: unknown, doc: Document): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** The node at `path` (aliases and merge keys followed on the way, not at the end). */
function nodeAt(at: Located, path: Path): Node | undefined {
  let node: unknown = at.root;
  for (const key of path) {
    node = resolve(node, at.doc);
    if (isMap(node)) node = mapValue(node.items as Pair[], String(key), at.doc);
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

function mapValue(pairs: Pair[], key: string, doc: Document): unknown {
  const own = pairs.find((p) => isPair(p) && keyText(p) === key);
  if (own) return own.value;
  for (const merge of pairs.filter((p) => isPair(p) && keyText(p) === '<<')) {
    const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
    for (const source of sources) {
      const map = resolve(source, doc);
      if (isMap(map)) {
        const found = mapValue(map.items as Pair[], key, doc);
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}

/** The comments inside a node's own text. */
function commentsIn(node: Node, text: string): string[] {
  const [start, end] = node.range ?? [0, 0];
  const found: string[] = [];
  for (const token of new Parser().parse(text.slice(start, end))) collect(token, found);
  return found;
}

function collect(token: unknown, out: string[]): void {
  if (Array.isArray(token)) {
    for (const t of token) collect(t, out);
    return;
  }
  if (token === null || typeof token !== 'object') return;
  const tok = token as { type?: string; source?: string };
  if (tok.type === 'comment' && typeof tok.source === 'string') {
    out.push(tok.source.trim());
    return;
  }
  for (const [key, child] of Object.entries(tok)) if (key !== 'source') collect(child, out);
}

function styleOf(node: unknown, text: string): string {
  if (isAlias(node)) return `alias *${node.source}`;
  const props = (n: Node): string => `${n.anchor ? ` &${n.anchor}` : ''}${n.tag ? ` ${n.tag}` : ''}`;
  if (isScalar(node)) {
    const header =
      node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
        ? ` ${text
            .slice(node.range?.[0] ?? 0)
            .split('\n')[0]
            ?.split('#')[0]
            ?.trim()}`
        : '';
    return `scalar ${node.type}${header}${props(node)}`;
  }
  if (isMap(node)) return `${node.flow ? 'flow' : 'block'} map${props(node)}`;
  if (isSeq(node)) return `${node.flow ? 'flow' : 'block'} seq${props(node)}`;
  return `null`;
}

function compareNodes(
  input: unknown,
  output: unknown,
  at: { input: Located; output: Located },
  path: Path,
  restyled: Set<string>,
  tally: CarriedTally,
): void {
  if (restyled.has(formatPath(path))) {
    tally.restyled++;
    return;
  }
  tally.nodes++;
  const before = styleOf(input, at.input.text);
  const after = styleOf(output, at.output.text);
  if (before !== after) {
    tally.problems.push(`${formatPath(path)}: ${before} became ${after}`);
    return;
  }
  if (isMap(input) && isMap(output)) {
    input.items.forEach((pair, i) => {
      const out = output.items[i];
      if (!isPair(pair) || !isPair(out) || keyText(pair) !== keyText(out)) {
        tally.problems.push(`${formatPath(path)}: entry ${i} differs`);
        return;
      }
      compareNodes(pair.value, out.value, at, [...path, keyText(pair)], restyled, tally);
    });
  } else if (isSeq(input) && isSeq(output)) {
    input.items.forEach((item, i) => {
      compareNodes(item, output.items[i], at, [...path, i], restyled, tally);
    });
  }
}

function jobsIn(text: string, kind: string): Located[] {
  const found: Located[] = [];
  for (const doc of parseAllDocuments(text, { keepSourceTokens: true, merge: true })) {
    const root = doc.contents as Node | null;
    const kindOf = (node: unknown) => (isMap(node) ? (node.get('kind') as unknown) : undefined);
    if (kindOf(root) === kind) found.push({ doc, text, root: root as Node });
    const items = isMap(root) ? root.get('items', true) : undefined;
    if (isSeq(items)) {
      for (const item of items.items)
        if (kindOf(item) === kind) found.push({ doc, text, root: item as Node });
    }
  }
  return found;
}

const nameOf = (at: Located): string => {
  const meta = isMap(at.root) ? at.root.get('metadata', true) : undefined;
  return isMap(meta) ? String(meta.get('name')) : '';
};

/**
 * Compares every carried value of the converted jobs of one file, input against output (jobs are
 * paired by name, in order). Adds to `tally`.
 */
export function checkCarriedText(
  file: string,
  inputText: string,
  outputText: string,
  jobs: JobRewrite[],
  tally: CarriedTally,
): void {
  const inputs = jobsIn(inputText, 'PyTorchJob');
  const outputs = jobsIn(outputText, 'TrainJob');
  const used = new Set<Located>();
  for (const job of jobs) {
    if (job.status !== 'converted' || !job.conversion) continue;
    const input = inputs.find((j) => nameOf(j) === job.name && !used.has(j));
    const newName = String((job.conversion.trainJob?.metadata as { name?: string } | undefined)?.name);
    const output = outputs.find((j) => nameOf(j) === newName && !used.has(j));
    if (!input || !output) {
      tally.problems.push(`${file} ${job.name}: job not found in the input or the output`);
      continue;
    }
    used.add(input);
    used.add(output);
    const restyled = new Set(job.findings.filter((f) => f.code === 'VALUE_RESTYLED').map((f) => f.path));
    for (const { from, to } of job.conversion.carried) {
      const before = nodeAt(input, from);
      const after = nodeAt(output, to);
      const where = `${file} ${job.name} ${formatPath(from)} → ${formatPath(to)}`;
      tally.values++;
      if (before === undefined || after === undefined) {
        tally.problems.push(`${where}: not found`);
        continue;
      }
      const valueBefore = before.toJS(input.doc, { maxAliasCount: 1000 });
      const valueAfter = after.toJS(output.doc, { maxAliasCount: 1000 });
      if (!isDeepStrictEqual(valueBefore, valueAfter)) tally.problems.push(`${where}: the value changed`);
      const count = tally.problems.length;
      compareNodes(before, after, { input, output }, from, restyled, tally);
      for (let i = count; i < tally.problems.length; i++)
        tally.problems[i] = `${file} ${job.name} ${tally.problems[i]}`;
      if (!restyled.has(formatPath(from)) && !hasRestyledBelow(restyled, from)) {
        const commentsBefore = commentsIn(before, input.text);
        const commentsAfter = commentsIn(after, output.text);
        if (!isDeepStrictEqual(commentsBefore, commentsAfter))
          tally.problems.push(`${where}: comments inside differ: ${commentsBefore} / ${commentsAfter}`);
      }
    }
  }
}

function hasRestyledBelow(restyled: Set<string>, from: Path): boolean {
  const prefix = formatPath(from);
  return [...restyled].some((p) => p.startsWith(prefix));
}
