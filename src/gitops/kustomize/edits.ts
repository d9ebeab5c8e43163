/**
 * The text edits that carry overrides over: splices into the kustomization (inline patches,
 * targets, a `configurations` entry) so the rest of the file keeps its bytes, and new text for
 * patch files. Pure.
 */
import { isScalar, type Scalar, stringify } from 'yaml';
import type { OverrideEvaluation, PatchDocument } from './evaluate.js';
import type { Kustomization, PatchOverride } from './kustomization.js';
import type { Json } from './merge.js';

export interface Splice {
  start: number;
  end: number;
  text: string;
}

export function applySplices(text: string, splices: readonly Splice[]): string {
  let result = text;
  for (const splice of [...splices].sort((a, b) => b.start - a.start)) {
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

/** Retargets a `target:` selector from the PyTorchJob to the TrainJob. */
function targetSplices(override: PatchOverride): Splice[] {
  const splices: Splice[] = [];
  const replacements: Record<string, [string, string]> = {
    kind: ['PyTorchJob', 'TrainJob'],
    group: ['kubeflow.org', 'trainer.kubeflow.org'],
    version: ['v1', 'v1alpha1'],
  };
  for (const pair of override.targetNode?.items ?? []) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const rule = replacements[String(pair.key.value)];
    const node = pair.value as Scalar;
    if (!rule || node.value !== rule[0] || !node.range) continue;
    splices.push({ start: node.range[0], end: node.range[1], text: rule[1] });
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

/** The edits for one carried-over patch. `fileText` reads a patch file's current text. */
export function patchEdits(
  kustomization: Kustomization,
  result: OverrideEvaluation,
  fileText: (relPath: string) => string | undefined,
): PatchEdits {
  const edits: PatchEdits = { splices: [], files: new Map() };
  if (result.outcome.type !== 'rewrite' || result.override.kind !== 'patch') return edits;
  const override = result.override;
  edits.splices.push(...targetSplices(override));
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
  const node = kustomization.configurationsNode;
  const text = kustomization.text;
  if (node?.range) {
    const [start, end] = node.range;
    const source = text.slice(start, end);
    if (source.trimStart().startsWith('[')) {
      const close = start + source.lastIndexOf(']');
      const empty = /\[\s*\]$/.test(source.trimEnd());
      return { start: close, end: close, text: empty ? IMAGE_CONFIG_FILE : `, ${IMAGE_CONFIG_FILE}` };
    }
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const indent = text.slice(lineStart, start);
    const itemIndent = /^\s*$/.test(indent) ? indent : '';
    if (text[end - 1] === '\n') return { start: end, end, text: `${itemIndent}- ${IMAGE_CONFIG_FILE}\n` };
    return { start: end, end, text: `\n${itemIndent}- ${IMAGE_CONFIG_FILE}` };
  }
  const prefix = text.length === 0 || text.endsWith('\n') ? '' : '\n';
  return {
    start: text.length,
    end: text.length,
    text: `${prefix}configurations:\n  - ${IMAGE_CONFIG_FILE}\n`,
  };
}
