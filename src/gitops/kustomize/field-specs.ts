/**
 * Transformer configurations (`configurations:` files: nameReference, images, commonLabels,
 * namePrefix, varReference...) whose field specs name PyTorchJob paths: the TrainJob paths the same
 * values land on, by the engine's own mapping, added beside them. Pure: text and jobs in, text out.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import type { ConvertOptions } from '../../model/conversion.js';
import { applySplices, type Splice } from './edits.js';
import { isObject, type Json, type JsonObject } from './merge.js';
import { convertJob, locationsOf } from './translate.js';

const PROBE = 'trainjob-migrate-field-spec-probe';

/** The concrete places a kustomize field spec path reaches in `value` (lists are walked through). */
function placesOf(
  value: Json,
  segments: readonly string[],
  at: (string | number)[] = [],
): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => placesOf(item, segments, [...at, index]));
  if (segments.length === 0) return typeof value === 'string' ? [at] : [];
  if (!isObject(value)) return [];
  const [head, ...rest] = segments as [string, ...string[]];
  return head in value ? placesOf(value[head] as Json, rest, [...at, head]) : [];
}

function setAt(object: JsonObject, place: readonly (string | number)[], value: string): void {
  let node: Json = object;
  for (const key of place.slice(0, -1)) node = (node as Record<string | number, Json>)[key] as Json;
  (node as Record<string | number, Json>)[place.at(-1) as string | number] = value;
}

/**
 * The TrainJob field spec paths holding what `path` holds in these PyTorchJobs: each value is
 * replaced by a probe, the job converted, and the probe looked up (list indexes dropped, as field
 * specs walk lists).
 */
export function trainJobFieldSpecPaths(
  jobs: readonly JsonObject[],
  path: string,
  optionsFor: (job: JsonObject) => ConvertOptions,
): string[] {
  const segments = path.split('/').filter((segment) => segment !== '');
  const found = new Set<string>();
  for (const job of jobs) {
    for (const place of placesOf(job, segments)) {
      const probed = structuredClone(job);
      setAt(probed, place, PROBE);
      const converted = convertJob(probed, optionsFor(job));
      if (!converted.ok) continue;
      for (const pointer of locationsOf(converted.trainJob, PROBE)) {
        const parts = pointer
          .split('/')
          .slice(1)
          .filter((part) => !/^\d+$/.test(part))
          .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
        found.add(parts.join('/'));
      }
    }
  }
  return [...found].sort();
}

export interface JobFieldSpec {
  /** The field spec's map in the configurations file. */
  node: YAMLMap;
  path: string;
  line: number;
}

/** Every field spec of the file naming the PyTorchJob kind (at any depth: nameReference nests them). */
export function pytorchJobFieldSpecs(text: string): JobFieldSpec[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  if (document.errors.length > 0) return [];
  const specs: JobFieldSpec[] = [];
  const walk = (node: unknown): void => {
    if (isSeq(node)) for (const item of node.items) walk(item);
    else if (isMap(node)) {
      const path = node.get('path');
      if (node.get('kind') === 'PyTorchJob' && typeof path === 'string') {
        specs.push({ node, path, line: lines.linePos(node.range?.[0] ?? 0).line });
        return;
      }
      for (const pair of node.items) walk(pair.value);
    }
  };
  walk(document.contents);
  return specs;
}

const TRAINJOB_VALUES: Record<string, string> = {
  kind: 'TrainJob',
  group: 'trainer.kubeflow.org',
  version: 'v1alpha1',
};

/**
 * The file with a TrainJob field spec after each PyTorchJob one, for every path in `pathsFor`
 * not already listed; undefined when nothing is added.
 */
export function withTrainJobFieldSpecs(
  text: string,
  pathsFor: (spec: JobFieldSpec) => readonly string[],
): string | undefined {
  const existing = new Set(
    pytorchJobFieldSpecs(text.replace(/kind: TrainJob/g, 'kind: PyTorchJob')).map((spec) => spec.path),
  );
  const splices: Splice[] = [];
  for (const spec of pytorchJobFieldSpecs(text)) {
    const [start, end] = spec.node.range ?? [0, 0];
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', Math.max(start, end - 1));
    const itemEnd = lineEnd === -1 ? text.length : lineEnd + 1;
    const item = text.slice(lineStart, itemEnd);
    for (const path of pathsFor(spec)) {
      if (existing.has(path)) continue;
      const edits: Splice[] = [];
      for (const pair of spec.node.items) {
        if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
        const key = String(pair.key.value);
        const value = key === 'path' ? path : TRAINJOB_VALUES[key];
        const range = (pair.value as Scalar).range;
        if (value === undefined || !range) continue;
        edits.push({ start: range[0] - lineStart, end: range[1] - lineStart, text: value });
      }
      const added = applySplices(item.endsWith('\n') ? item : `${item}\n`, edits);
      splices.push({ start: itemEnd, end: itemEnd, text: `${item.endsWith('\n') ? '' : '\n'}${added}` });
      existing.add(path);
    }
  }
  return splices.length === 0 ? undefined : applySplices(text, splices);
}
