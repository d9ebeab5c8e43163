/**
 * The real-world corpus (../shared/corpus/real-world), read in place: every PyTorchJob-kind object in
 * it, including List items, Katib trialSpecs and manifests embedded as strings.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { isPlainObject } from '../../src/util/objects.js';
import { sharedPath } from './shared.js';

export interface CorpusDocument {
  file: string;
  /** Where in the file: document index, then nested location (List item, Katib trialSpec, string). */
  where: string;
  object: unknown;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Parsed documents of a YAML/JSON text, or undefined when it does not parse (templates). */
export function parseDocuments(text: string): unknown[] | undefined {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.some((doc) => doc.errors.length > 0)) return undefined;
  return docs.map((doc) => doc.toJS({ maxAliasCount: -1 }));
}

/**
 * PyTorchJob-kind objects inside a document: the document itself, List items, Katib trialSpecs and
 * manifests embedded as strings (ConfigMap data, Katib rawTemplate, Argo resource manifests).
 */
export function nestedJobs(node: unknown, where: string, out: { where: string; object: unknown }[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      nestedJobs(item, `${where}[${index}]`, out);
    });
  } else if (isPlainObject(node)) {
    if (node.kind === 'PyTorchJob') {
      out.push({ where, object: node });
      return;
    }
    for (const [key, value] of Object.entries(node)) nestedJobs(value, `${where}.${key}`, out);
  } else if (typeof node === 'string' && node.includes('PyTorchJob') && node.includes('\n')) {
    parseDocuments(node)?.forEach((doc, index) => {
      nestedJobs(doc, `${where}<string>#${index}`, out);
    });
  }
}

export function readCorpus(): { documents: CorpusDocument[]; unparsable: string[]; others: unknown[] } {
  const root = sharedPath('corpus', 'real-world');
  const documents: CorpusDocument[] = [];
  const unparsable: string[] = [];
  const others: unknown[] = [];
  for (const path of filesUnder(root).filter((file) => !file.endsWith('SOURCES.tsv'))) {
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    if (!text.includes('PyTorchJob')) continue;
    const docs = parseDocuments(text);
    if (!docs) {
      unparsable.push(file);
      continue;
    }
    docs.forEach((doc, index) => {
      const found: { where: string; object: unknown }[] = [];
      nestedJobs(doc, `#${index}`, found);
      if (found.length === 0 && doc !== null) others.push(doc);
      for (const { where, object } of found) documents.push({ file, where, object });
    });
  }
  return { documents, unparsable, others };
}
