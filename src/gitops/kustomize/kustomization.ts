/**
 * A kustomization file read for what matters to converted jobs: the resources, bases and components
 * it includes, and its overrides (patches in every style, replacements, images) with the YAML
 * nodes they sit in, so they can be edited in place. Pure: text in, model out.
 */
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import type { KustomizeOverrideStyle } from '../../model/report.js';
import type { Json } from './merge.js';

/** A file (kustomization, patch...) named in a kustomization, as written there. */
export interface Reference {
  field: 'resources' | 'bases' | 'components' | 'configurations';
  value: string;
  line: number;
}

/** kustomize target selector (`patches[].target`, `patchesJson6902[].target`, replacement `select`). */
export interface TargetSelector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

/** Where a patch's text lives: inline in the kustomization, or in a file next to it. */
export type PatchSource = { type: 'inline'; node: Scalar; text: string } | { type: 'file'; value: string };

export interface PatchOverride {
  kind: 'patch';
  style: Exclude<KustomizeOverrideStyle, 'replacements' | 'images'>;
  line: number;
  source: PatchSource;
  target?: TargetSelector;
  /** The `target` map, to retarget it at TrainJobs. */
  targetNode?: YAMLMap;
  /** The entry's map in `patches`/`patchesJson6902` (absent for `patchesStrategicMerge`). */
  entryNode?: YAMLMap;
}

export interface ReplacementOverride {
  kind: 'replacement';
  style: 'replacements';
  line: number;
  /** The replacement's value, or undefined when it is kept in a file (`path:`). */
  value?: Json;
  /** The file it is kept in, as written. */
  path?: string;
  node: YAMLMap;
}

export interface ImageOverride {
  kind: 'image';
  style: 'images';
  line: number;
  name: string;
}

export type Override = PatchOverride | ReplacementOverride | ImageOverride;

export interface Kustomization {
  /** The file, relative to the root. */
  relPath: string;
  /** Its folder, relative to the root ('' for the root). */
  dir: string;
  text: string;
  /** Set when the file is not a YAML map; nothing else is then filled in. */
  parseError?: string;
  references: Reference[];
  /** In the order kustomize applies them. */
  overrides: Override[];
  /** `kind: Component`: its transformers apply to the resources of the kustomization listing it. */
  isComponent: boolean;
  namespace?: string;
  namePrefix?: string;
  nameSuffix?: string;
  /** The `configurations` sequence (to add a field spec to), when present. */
  configurationsNode?: Node;
  /** The `transformers` sequence, when present. */
  transformersNode?: Node;
  /** Offset where the document's content ends, to append a key. */
  contentEnd: number;
  lineOf(offset: number): number;
}

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function isKustomizationPath(relPath: string): boolean {
  const name = relPath.split('/').pop() ?? '';
  return KUSTOMIZATION_NAMES.includes(name);
}

export { KUSTOMIZATION_NAMES };

const REMOTE = /^(?:[a-z][\w+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\/\/.*\?/i;

/** A reference kustomize would fetch (a Git repository or URL) rather than read from the folder. */
export function isRemoteReference(value: string): boolean {
  return REMOTE.test(value);
}

export function parseKustomization(relPath: string, text: string): Kustomization {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, keepSourceTokens: true });
  const slash = relPath.lastIndexOf('/');
  const kustomization: Kustomization = {
    relPath,
    dir: slash === -1 ? '' : relPath.slice(0, slash),
    text,
    references: [],
    overrides: [],
    isComponent: false,
    contentEnd: document.contents?.range?.[2] ?? text.length,
    lineOf: (offset) => lines.linePos(offset).line,
  };
  const root = document.contents;
  if (document.errors.length > 0 || !isMap(root)) {
    kustomization.parseError = document.errors[0]?.message ?? 'not a YAML map';
    return kustomization;
  }
  const lineOf = (node: Node | null | undefined): number => kustomization.lineOf(node?.range?.[0] ?? 0);
  for (const field of ['resources', 'bases', 'components', 'configurations'] as const) {
    for (const item of seqItems(root.get(field, true))) {
      if (isScalar(item) && typeof item.value === 'string') {
        kustomization.references.push({ field, value: item.value, line: lineOf(item) });
      }
    }
  }
  const kind: unknown = root.get('kind');
  kustomization.isComponent = kind === 'Component';
  const configurations = root.get('configurations', true);
  if (configurations && isSeq(configurations)) kustomization.configurationsNode = configurations;
  const transformers = root.get('transformers', true);
  if (transformers && isSeq(transformers)) kustomization.transformersNode = transformers;
  for (const key of ['namespace', 'namePrefix', 'nameSuffix'] as const) {
    const value = root.get(key);
    if (typeof value === 'string') kustomization[key] = value;
  }
  // The order of kustomize's built-in transformers.
  for (const item of seqItems(root.get('patchesStrategicMerge', true))) {
    if (!isScalar(item) || typeof item.value !== 'string') continue;
    const source: PatchSource = item.value.includes('\n')
      ? { type: 'inline', node: item, text: item.value }
      : { type: 'file', value: item.value };
    kustomization.overrides.push({
      kind: 'patch',
      style: 'patchesStrategicMerge',
      line: lineOf(item),
      source,
    });
  }
  for (const item of seqItems(root.get('patches', true))) {
    const override = patchEntry(item, 'patches-smp', lineOf(item));
    if (override) kustomization.overrides.push(override);
  }
  for (const item of seqItems(root.get('patchesJson6902', true))) {
    const override = patchEntry(item, 'patchesJson6902', lineOf(item));
    if (override) kustomization.overrides.push(override);
  }
  for (const item of seqItems(root.get('images', true))) {
    const name = isMap(item) ? item.get('name') : undefined;
    if (typeof name === 'string')
      kustomization.overrides.push({ kind: 'image', style: 'images', line: lineOf(item), name });
  }
  for (const item of seqItems(root.get('replacements', true))) {
    if (!isMap(item)) continue;
    const override: ReplacementOverride = {
      kind: 'replacement',
      style: 'replacements',
      line: lineOf(item),
      node: item,
    };
    const path = item.get('path');
    if (typeof path === 'string') override.path = path;
    else override.value = item.toJSON() as Json;
    kustomization.overrides.push(override);
  }
  return kustomization;
}

function seqItems(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

function patchEntry(item: unknown, style: PatchOverride['style'], line: number): PatchOverride | undefined {
  if (!isMap(item)) return undefined;
  const patch = item.get('patch', true);
  const path = item.get('path');
  let source: PatchSource;
  if (isScalar(patch) && typeof patch.value === 'string')
    source = { type: 'inline', node: patch, text: patch.value };
  else if (typeof path === 'string') source = { type: 'file', value: path };
  else return undefined;
  const override: PatchOverride = { kind: 'patch', style, line, source, entryNode: item };
  const target = item.get('target', true);
  if (isMap(target)) {
    override.targetNode = target;
    override.target = target.toJSON() as TargetSelector;
  }
  return override;
}
