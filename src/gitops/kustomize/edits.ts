/**
 * The text edits that carry overrides over: splices into the kustomization (inline patches,
 * targets, a `configurations` entry) so the rest of the file keeps its bytes, and new text for
 * patch files. Pure.
 */
import { isMap, isScalar, isSeq, type Scalar, stringify, type YAMLMap } from 'yaml';
import type {
  OverrideEvaluation,
  PatchDocument,
  PatchGroup,
  TranslatedReplacement,
} from './evaluation-types.js';
import type { Kustomization } from './kustomization.js';
import type { Json } from './merge.js';

export interface Splice {
  start: number;
  end: number;
  text: string;
}

export function applySplices(text: string, splices: readonly Splice[]): string {
  let result = text;
  // From the end; insertions at one offset keep the order they were listed in.
  const ordered = splices.map((splice, index) => ({ splice, index }));
  ordered.sort((a, b) => b.splice.start - a.splice.start || b.index - a.index);
  for (const { splice } of ordered) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  }
  return result;
}

type Document = PatchDocument | { type: 'other'; value: Json };

/** The patch text: YAML documents, or JSON when the original was JSON. */
export function patchText(documents: readonly Document[], asJson: boolean): string {
  if (asJson && documents.length === 1)
    return `${JSON.stringify((documents[0] as Document).value, null, 2)}\n`;
  return documents.map((document) => stringify(document.value, { lineWidth: 0 })).join('---\n');
}

function looksLikeJson(text: string): boolean {
  const start = text.trimStart();
  return start.startsWith('[') || start.startsWith('{');
}

const RETARGET: Record<string, [string, string]> = {
  kind: ['PyTorchJob', 'TrainJob'],
  group: ['kubeflow.org', 'trainer.kubeflow.org'],
  version: ['v1', 'v1alpha1'],
};

/** Retargets a selector map (`target:`, `select:`, `source:`...) from the PyTorchJob to the TrainJob. */
function selectorSplices(selector: YAMLMap | undefined): Splice[] {
  const splices: Splice[] = [];
  const names = selector?.get('kind') === 'PyTorchJob' || selector?.get('group') === 'kubeflow.org';
  for (const pair of selector?.items ?? []) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const rule = RETARGET[String(pair.key.value)];
    const node = pair.value as Scalar;
    if (!rule || node.value !== rule[0] || !node.range) continue;
    // `v1` alone says nothing about the kind: only with PyTorchJob's kind or group beside it.
    if (pair.key.value === 'version' && !names) continue;
    splices.push({ start: node.range[0], end: node.range[1], text: rule[1] });
  }
  return splices;
}

/** A plain string scalar's new value, quoted as it was. */
function scalarSplice(node: Scalar, value: string): Splice {
  const [start, end] = node.range ?? [0, 0];
  const text =
    node.type === 'QUOTE_DOUBLE'
      ? JSON.stringify(value)
      : node.type === 'QUOTE_SINGLE'
        ? `'${value}'`
        : value;
  return { start, end, text };
}

/** Splices that make a sequence of plain strings hold `values`, item by item, in its own style. */
function sequenceSplices(text: string, sequence: unknown, values: readonly string[]): Splice[] {
  if (!isSeq(sequence) || !sequence.range) return [];
  const items = sequence.items.filter(isScalar) as Scalar[];
  if (sequence.flow || items.length === 0) {
    const [start, end] = sequence.range;
    return [{ start, end, text: `[${values.join(', ')}]` }];
  }
  const splices: Splice[] = [];
  items.forEach((item, index) => {
    const value = values[index];
    if (value !== undefined) {
      if (value !== item.value) splices.push(scalarSplice(item, value));
      return;
    }
    // A surplus item goes with its whole line.
    const [start, end] = item.range ?? [0, 0];
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    splices.push({ start: lineStart, end: lineEnd === -1 ? text.length : lineEnd + 1, text: '' });
  });
  const last = items[items.length - 1] as Scalar;
  const [lastStart, lastEnd] = last.range ?? [0, 0];
  const prefix = text.slice(text.lastIndexOf('\n', lastStart - 1) + 1, lastStart);
  const added = values.slice(items.length).map((value) => `\n${prefix}${value}`);
  if (added.length > 0) splices.push({ start: lastEnd, end: lastEnd, text: added.join('') });
  return splices;
}

function replacementSplices(text: string, translation: TranslatedReplacement): Splice[] {
  const splices: Splice[] = [];
  const source = translation.node.get('source', true);
  if (isMap(source)) {
    if (translation.retargetSource) splices.push(...selectorSplices(source));
    const fieldPath = source.get('fieldPath', true);
    if (translation.sourceFieldPath !== undefined && isScalar(fieldPath)) {
      splices.push(scalarSplice(fieldPath, translation.sourceFieldPath));
    }
  }
  const targets = translation.node.get('targets', true);
  for (const { index, fieldPaths } of translation.targets) {
    const target = isSeq(targets) ? targets.items[index] : undefined;
    if (!isMap(target)) continue;
    const select = target.get('select', true);
    if (isMap(select)) splices.push(...selectorSplices(select));
    const rejects = target.get('reject', true);
    for (const reject of isSeq(rejects) ? rejects.items : [])
      if (isMap(reject)) splices.push(...selectorSplices(reject));
    splices.push(...sequenceSplices(text, target.get('fieldPaths', true), fieldPaths));
  }
  return splices;
}

/** An inline patch scalar rewritten as a literal block at its own indentation. */
function inlineSplice(kustomization: Kustomization, node: Scalar, newText: string): Splice {
  const [start, end] = node.range ?? [0, 0];
  const source = kustomization.text.slice(start, end);
  if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') {
    return { start, end, text: JSON.stringify(newText) };
  }
  const contentIndent = /\n([ \t]+)\S/.exec(source)?.[1] ?? '  ';
  const lines = newText.replace(/\n$/, '').split('\n');
  const body = lines.map((line) => (line === '' ? '' : `${contentIndent}${line}`)).join('\n');
  const chomp = /^[|>]-/.test(source) ? '-' : '';
  return { start, end, text: `|${chomp}\n${body}\n` };
}

export interface PatchEdits {
  splices: Splice[];
  /** New text for patch files, by relPath. */
  files: Map<string, string>;
}

/**
 * The edits for one carried-over replacement: in the kustomization, or in its replacement file
 * (whose nodes were read from `fileText`'s text).
 */
export function replacementEdits(
  kustomization: Kustomization,
  result: OverrideEvaluation,
  fileText: (relPath: string) => string | undefined,
): PatchEdits {
  const edits: PatchEdits = { splices: [], files: new Map() };
  if (result.outcome.type !== 'replacement') return edits;
  const file = result.patchFile;
  const text = file === undefined ? kustomization.text : fileText(file);
  if (text === undefined) return edits;
  const splices = result.outcome.replacements.flatMap((translation) => replacementSplices(text, translation));
  if (file === undefined) edits.splices.push(...splices);
  else if (splices.length > 0) edits.files.set(file, applySplices(text, splices));
  return edits;
}

/** The edits for one carried-over patch. `fileText` reads a patch file's current text. */
export function patchEdits(
  kustomization: Kustomization,
  result: OverrideEvaluation,
  fileText: (relPath: string) => string | undefined,
): PatchEdits {
  const edits: PatchEdits = { splices: [], files: new Map() };
  if (result.outcome.type !== 'rewrite' || result.override.kind !== 'patch') return edits;
  const override = result.override;
  edits.splices.push(...selectorSplices(override.targetNode));
  const documents = result.outcome.documents;
  if (override.source.type === 'inline') {
    const text = patchText(documents, looksLikeJson(override.source.text));
    edits.splices.push(inlineSplice(kustomization, override.source.node, text));
  } else if (result.patchFile !== undefined) {
    const original = fileText(result.patchFile) ?? '';
    const asJson = /\.json$/i.test(result.patchFile) || looksLikeJson(original);
    edits.files.set(result.patchFile, leadingComments(original) + patchText(documents, asJson));
  }
  return edits;
}

function leadingComments(text: string): string {
  return /^(?:[ \t]*#[^\n]*\n)*/.exec(text)?.[0] ?? '';
}

export const IMAGE_CONFIG_FILE = 'trainjob-images.yaml';

export const IMAGE_CONFIG_TEXT = `# kustomize's images: transformer only rewrites image fields in containers lists; this field spec
# lets the images: overrides of this kustomization reach TrainJobs (spec.trainer.image) as well.
images:
  - kind: TrainJob
    path: spec/trainer/image
`;

/** Adds `IMAGE_CONFIG_FILE` to the kustomization's `configurations`. */
export function configurationSplice(kustomization: Kustomization): Splice {
  return listEntrySplice(kustomization, 'configurations', IMAGE_CONFIG_FILE);
}

/** Adds `entry` to the kustomization's list `field` (`configurations`, `transformers`), or the list. */
export function listEntrySplice(
  kustomization: Kustomization,
  field: 'configurations' | 'transformers',
  entry: string,
): Splice {
  const node = field === 'configurations' ? kustomization.configurationsNode : kustomization.transformersNode;
  const text = kustomization.text;
  if (node?.range) {
    const [start, end] = node.range;
    const source = text.slice(start, end);
    if (source.trimStart().startsWith('[')) {
      const close = start + source.lastIndexOf(']');
      const empty = /\[\s*\]$/.test(source.trimEnd());
      return { start: close, end: close, text: empty ? entry : `, ${entry}` };
    }
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const indent = text.slice(lineStart, start);
    const itemIndent = /^\s*$/.test(indent) ? indent : '';
    if (text[end - 1] === '\n') return { start: end, end, text: `${itemIndent}- ${entry}\n` };
    return { start: end, end, text: `\n${itemIndent}- ${entry}` };
  }
  const prefix = text.length === 0 || text.endsWith('\n') ? '' : '\n';
  return { start: text.length, end: text.length, text: `${prefix}${field}:\n  - ${entry}\n` };
}

export const CLUSTER_SCOPED_FILE = 'trainjob-cluster-scoped.yaml';

export const CLUSTER_SCOPED_TEXT = `# ClusterTrainingRuntimes are cluster-scoped, but kustomize does not know it: the namespace:
# transformer of this kustomization stamps its namespace on them. This transformer, which runs
# after it, removes the namespace again.
apiVersion: builtin
kind: PatchTransformer
metadata:
  name: trainjob-cluster-scoped-runtimes
target:
  group: trainer.kubeflow.org
  kind: ClusterTrainingRuntime
patch: |-
  - op: remove
    path: /metadata/namespace
`;

const TRAINJOB_TARGET = 'group: trainer.kubeflow.org, version: v1alpha1, kind: TrainJob';

/** kustomize reads a target name as an anchored regular expression: names joined, dots escaped. */
export function namesPattern(names: readonly string[]): string {
  return names.map((name) => name.replace(/[.]/g, '\\.')).join('|');
}

/** Sets (or adds) the target's `name`. */
function targetNameSplice(text: string, target: YAMLMap, pattern: string): Splice {
  const quoted = JSON.stringify(pattern);
  const name = target.get('name', true);
  if (isScalar(name) && name.range) return { start: name.range[0], end: name.range[1], text: quoted };
  const [start, end] = target.range ?? [0, 0];
  if (target.flow) {
    const close = start + text.slice(start, end).lastIndexOf('}');
    return { start: close, end: close, text: `, name: ${quoted}` };
  }
  const first = target.items[0]?.key as Scalar | undefined;
  const keyStart = first?.range?.[0] ?? start;
  const indent = text.slice(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
  const lineEnd = text.indexOf('\n', Math.max(start, end - 1));
  const at = lineEnd === -1 ? text.length : lineEnd + 1;
  return { start: at, end: at, text: `${/^\s*$/.test(indent) ? indent : '  '}name: ${quoted}\n` };
}

/** One `patches` entry for a group of converted jobs, at the indentation of the entry it follows. */
function groupEntryText(
  itemIndent: string,
  pattern: string,
  documents: readonly PatchDocument[],
  line: number,
): string {
  const body = patchText(documents, false).replace(/\n$/, '').split('\n');
  const inner = `${itemIndent}    `;
  return [
    `${itemIndent}# The entry at line ${line} in TrainJob form, for the converted jobs it reaches.`,
    `${itemIndent}- target: {${TRAINJOB_TARGET}, name: ${JSON.stringify(pattern)}}`,
    `${itemIndent}  patch: |-`,
    ...body.map((bodyLine) => (bodyLine === '' ? '' : `${inner}${bodyLine}`)),
    '',
  ].join('\n');
}

/**
 * The edits for a targeted patch whose jobs end up in different forms: the original entry stays for
 * the jobs that remain PyTorchJobs (or becomes the first group's, narrowed to its names), and an entry
 * per group of converted jobs follows it.
 */
export function splitEdits(
  kustomization: Kustomization,
  result: OverrideEvaluation,
  fileText: (relPath: string) => string | undefined,
): PatchEdits {
  const edits: PatchEdits = { splices: [], files: new Map() };
  const { override, outcome } = result;
  if (outcome.type !== 'split' || override.kind !== 'patch' || !override.entryNode?.range) return edits;
  const text = kustomization.text;
  const groups = [...outcome.groups];
  if (!outcome.keepOriginal) {
    const first = groups.shift() as PatchGroup;
    const inPlace = patchEdits(
      kustomization,
      { ...result, outcome: { type: 'rewrite', documents: first.documents } },
      fileText,
    );
    edits.splices.push(...inPlace.splices);
    for (const [relPath, fileNew] of inPlace.files) edits.files.set(relPath, fileNew);
    if (override.targetNode)
      edits.splices.push(targetNameSplice(text, override.targetNode, namesPattern(first.names)));
  }
  if (groups.length === 0) return edits;
  const entry = override.entryNode;
  const entryStart = entry.range?.[0] ?? 0;
  const lineStart = text.lastIndexOf('\n', entryStart - 1) + 1;
  const dash = text.lastIndexOf('-', entryStart);
  const itemIndent = text.slice(lineStart, dash >= lineStart ? dash : entryStart).replace(/\S.*$/, '');
  const entryEnd = entry.range?.[1] ?? text.length;
  const at = text[entryEnd - 1] === '\n' ? entryEnd : nextLine(text, entryEnd);
  const added = groups
    .map((group) => groupEntryText(itemIndent, namesPattern(group.names), group.documents, override.line))
    .join('');
  edits.splices.push({ start: at, end: at, text: added });
  return edits;
}

function nextLine(text: string, offset: number): number {
  const lineEnd = text.indexOf('\n', offset);
  return lineEnd === -1 ? text.length : lineEnd + 1;
}
