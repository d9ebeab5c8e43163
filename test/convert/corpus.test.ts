/**
 * Every PyTorchJob in the real-world corpus (read in place) either converts to a TrainJob that the
 * real CRD accepts, or is needs-review with a named reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import { isPyTorchJob } from '../../src/convert/recognise.js';
import {
  type ConversionResult,
  DEFAULT_CONVERT_OPTIONS,
  type TrainerVersion,
} from '../../src/convert/types.js';
import { isPlainObject } from '../../src/util/objects.js';
import { validatorFor } from '../helpers/crds.js';
import { requireShared, sharedPath } from '../helpers/shared.js';

interface CorpusDocument {
  file: string;
  /** Where in the file: document index, then nested location (List item, Katib trialSpec, string). */
  where: string;
  object: unknown;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Parsed documents of a YAML/JSON text, or undefined when it does not parse (templates). */
function parseDocuments(text: string): unknown[] | undefined {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.some((doc) => doc.errors.length > 0)) return undefined;
  return docs.map((doc) => doc.toJS({ maxAliasCount: -1 }));
}

/**
 * PyTorchJob-kind objects inside a document: the document itself, List items, Katib trialSpecs and
 * manifests embedded as strings (ConfigMap data, Katib rawTemplate, Argo resource manifests).
 */
function nestedJobs(node: unknown, where: string, out: { where: string; object: unknown }[]): void {
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

function readCorpus(): { documents: CorpusDocument[]; unparsable: string[]; others: unknown[] } {
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

function tally(results: ConversionResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const bump = (key: string): void => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const result of results) {
    bump(`status ${result.status}`);
    for (const code of new Set(result.findings.map((finding) => `${finding.severity} ${finding.code}`)))
      bump(code);
  }
  return counts;
}

describe.runIf(requireShared())('real-world corpus', () => {
  const corpus = readCorpus();

  it('finds PyTorchJobs in the corpus, including nested ones', () => {
    expect(corpus.documents.length).toBeGreaterThan(100);
    expect(corpus.documents.some((doc) => doc.where.includes('<string>'))).toBe(true);
    expect(corpus.documents.some((doc) => doc.where.includes('trialSpec'))).toBe(true);
  });

  it.each(['2.3', '2.1'] as TrainerVersion[])(
    'Trainer %s: each job converts to a CRD-valid TrainJob or needs review with a named reason',
    (version) => {
      const validate = validatorFor(version);
      const options = { ...DEFAULT_CONVERT_OPTIONS, trainerVersion: version };
      const results: ConversionResult[] = [];
      for (const doc of corpus.documents) {
        const result = convertPyTorchJob(doc.object, options);
        results.push(result);
        const where = `${doc.file} ${doc.where}`;
        if (result.status === 'converted') {
          expect(validate(result.trainJob!), where).toEqual([]);
          expect(
            result.findings.filter((finding) => finding.severity === 'error'),
            where,
          ).toEqual([]);
        } else if (result.status === 'needs-review') {
          expect(result.trainJob, where).toBeUndefined();
          const reasons = result.findings.filter((finding) => finding.severity === 'error');
          expect(reasons.length, where).toBeGreaterThan(0);
          for (const reason of reasons) expect(reason.message.length, where).toBeGreaterThan(20);
        } else {
          // PyTorchJob kinds of other API groups are not ours.
          expect(isPyTorchJob(doc.object), where).toBe(false);
        }
      }
      for (const other of corpus.others) results.push(convertPyTorchJob(other, options));
      const counts = tally(results);
      console.log(
        `Trainer ${version}: ${corpus.documents.length} PyTorchJob-kind objects, ${corpus.others.length} other documents, ${corpus.unparsable.length} templated files that do not parse\n` +
          Object.entries(counts)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, count]) => `  ${key.padEnd(46)} ${count}`)
            .join('\n'),
      );
      expect(counts['status converted']).toBeGreaterThan(0);
      expect(counts['status needs-review']).toBeGreaterThan(0);
      expect(counts['status not-applicable']).toBeGreaterThan(0);
    },
  );
});
