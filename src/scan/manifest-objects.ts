/** The objects of a manifest text: each document that parses, with the items of a `kind: List` spread out. */
import { LineCounter, parseAllDocuments } from 'yaml';
import { isPlainObject } from '../util/objects.js';

export interface ManifestObject {
  object: Record<string, unknown>;
  /** 1-based line where its document starts. */
  line: number;
}

/** Documents with errors, or whose aliases expand past a sane size, are passed over. */
export function manifestObjects(text: string): ManifestObject[] {
  const lineCounter = new LineCounter();
  const found: ManifestObject[] = [];
  for (const doc of parseAllDocuments(text, { lineCounter })) {
    if (doc.errors.length > 0) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      continue;
    }
    const items = isPlainObject(value) && Array.isArray(value.items) ? value.items : [value];
    const line = lineCounter.linePos(doc.range[0]).line;
    for (const item of items) if (isPlainObject(item)) found.push({ object: item, line });
  }
  return found;
}
