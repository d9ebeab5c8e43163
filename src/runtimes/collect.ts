/** The ClusterTrainingRuntime / TrainingRuntime objects a repository defines. */
import { LineCounter, parseAllDocuments } from 'yaml';
import type { RuntimeKind } from '../model/conversion.js';
import { isPlainObject as isObject } from '../util/objects.js';

export interface DefinedRuntime {
  kind: RuntimeKind;
  name: string;
  /** TrainingRuntimes are namespaced; undefined means the namespace the manifest is applied to. */
  namespace?: string;
  /** Where it is defined: relative path and 1-based line of its document. */
  path: string;
  line: number;
  object: Record<string, unknown>;
}

const RUNTIME_KINDS = new Set(['ClusterTrainingRuntime', 'TrainingRuntime']);

/** Every runtime object in a YAML (or JSON) text; documents that do not parse are passed over. */
export function collectRuntimes(relPath: string, text: string): DefinedRuntime[] {
  if (!text.includes('TrainingRuntime')) return [];
  const lineCounter = new LineCounter();
  const found: DefinedRuntime[] = [];
  for (const doc of parseAllDocuments(text, { lineCounter })) {
    if (doc.errors.length > 0) continue;
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    const items = isObject(value) && Array.isArray(value.items) ? value.items : [value];
    for (const item of items) {
      if (!isObject(item) || !RUNTIME_KINDS.has(String(item.kind))) continue;
      if (!String(item.apiVersion ?? '').startsWith('trainer.kubeflow.org/')) continue;
      const metadata = isObject(item.metadata) ? item.metadata : {};
      if (typeof metadata.name !== 'string') continue;
      found.push({
        kind: item.kind as RuntimeKind,
        name: metadata.name,
        ...(typeof metadata.namespace === 'string' && { namespace: metadata.namespace }),
        path: relPath,
        line: lineCounter.linePos(doc.range[0]).line,
        object: item,
      });
    }
  }
  return found;
}
