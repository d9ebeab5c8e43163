/**
 * Seeded mutations of the real-world corpus, in process: whatever the input, the editor throws
 * nothing, every new text re-parses, keeps every comment, and a second run changes nothing. A
 * smaller share goes through the whole pipeline onto a real folder, twice.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { rewriteFile } from '../../src/edit/rewrite.js';
import { commentTexts } from '../../src/edit/verify.js';
import { type ConvertOptions, DEFAULT_CONVERT_OPTIONS } from '../../src/model/conversion.js';
import { DEFAULT_MIGRATION_OPTIONS } from '../../src/options.js';
import { migrateInputs } from '../../src/run.js';
import { validatorFor } from '../helpers/crds.js';
import { requireShared, sharedPath } from '../helpers/shared.js';

const CASES = 2000;
const PIPELINE_CASES = 200;

/** mulberry32: small, seeded, the same sequence on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lines a careless or hostile hand might put anywhere in a manifest. */
const SNIPPETS = [
  'namespace: 123',
  'namespace: [a, b]',
  'name: null',
  '  replicas: -1',
  '  replicas: "2"',
  '      replicas: 2.5',
  'metadata: &meta {name: x}',
  '<<: *meta',
  '  - *meta',
  'key: *missing',
  '{',
  '- [',
  '"unterminated',
  '\t tab: indented',
  '# a comment that must survive',
  '---',
  '...',
  'kind: PyTorchJob',
  'apiVersion: kubeflow.org/v1',
  'command: null',
  'args: {a: 1}',
  'env: [{name: A, value: 1}, {name: A}]',
  'image: !!binary aGVsbG8=',
  '? complex key',
  `deep: ${'['.repeat(300)}${']'.repeat(300)}`,
  'emoji: "🚀"',
];

type Mutation = (lines: string[], next: () => number) => string[];
const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;
const at = (lines: string[], next: () => number): number => Math.floor(next() * Math.max(1, lines.length));

const MUTATIONS: Mutation[] = [
  (lines, next) => lines.toSpliced(at(lines, next), 1),
  (lines, next) => {
    const index = at(lines, next);
    return lines.toSpliced(index, 0, lines[index] ?? '');
  },
  (lines, next) => {
    const [a, b] = [at(lines, next), at(lines, next)];
    const copy = [...lines];
    [copy[a], copy[b]] = [copy[b] ?? '', copy[a] ?? ''];
    return copy;
  },
  (lines, next) => {
    const index = at(lines, next);
    const line = lines[index] ?? '';
    return lines.toSpliced(index, 1, next() < 0.5 ? `  ${line}` : line.replace(/^ {1,2}/, ''));
  },
  (lines, next) => {
    const index = at(lines, next);
    const line = lines[index] ?? '';
    const indent = /^\s*/.exec(line)?.[0] ?? '';
    return lines.toSpliced(index + 1, 0, `${indent}${pick(SNIPPETS, next).trimStart()}`);
  },
  (lines, next) => {
    const index = at(lines, next);
    const line = lines[index] ?? '';
    const value = pick(['1', '"1"', 'true', 'null', '[]', '{}', '~', "'x'", '-3', '0x1F', '1e3'], next);
    return lines.toSpliced(index, 1, line.replace(/:\s.*$/, `: ${value}`));
  },
  (lines, next) => lines.slice(0, at(lines, next)),
  (lines) => [...lines, '---', ...lines],
  (lines) => lines.map((line) => `${line}\r`),
  (lines) => [`\uFEFF${lines[0] ?? ''}`, ...lines.slice(1)],
];

function mutate(text: string, next: () => number): string {
  let lines = text.split('\n');
  const count = next() < 0.7 ? 1 : 2;
  for (let i = 0; i < count; i++) lines = pick(MUTATIONS, next)(lines, next);
  return lines.join('\n');
}

function corpus(): { relPath: string; text: string }[] {
  const root = sharedPath('corpus', 'real-world');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((relPath) => /\.(ya?ml|json)$/.test(relPath))
    .sort()
    .map((relPath) => ({ relPath, text: readFileSync(join(root, relPath), 'utf8') }))
    .filter((file) => file.text.includes('PyTorchJob'));
}

function parses(text: string): boolean {
  return parseAllDocuments(text.replace(/^\uFEFF/, '')).every((doc) => doc.errors.length === 0);
}

describe.runIf(requireShared())('fuzzed manifests', () => {
  it(`${CASES} mutated corpus files: no uncaught error, output re-parses, comments kept, second run idle`, () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(20);
    const next = random(17);
    const counts = { cases: 0, rewritten: 0, fileErrors: 0, jobs: 0, converted: 0 };
    const problems: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const source = files[i % files.length] as { relPath: string; text: string };
      const text = mutate(source.text, next);
      const strategy = i % 2 === 0 ? 'replace' : 'side-by-side';
      const options: ConvertOptions & { validate: ReturnType<typeof validatorFor> } = {
        ...DEFAULT_CONVERT_OPTIONS,
        strategy,
        validate: validatorFor('2.3'),
      };
      const label = `case ${i} (${source.relPath}, ${strategy})`;
      counts.cases++;
      let result: ReturnType<typeof rewriteFile>;
      try {
        result = rewriteFile(source.relPath, text, options);
      } catch (error) {
        problems.push(`${label}: threw ${(error as Error).message}`);
        continue;
      }
      if (result.error) counts.fileErrors++;
      counts.jobs += result.jobs.length;
      counts.converted += result.jobs.filter((job) => job.status === 'converted').length;
      if (result.newText === undefined) continue;
      counts.rewritten++;
      if (!parses(result.newText)) problems.push(`${label}: the new text does not parse`);
      if (!source.relPath.endsWith('.json')) {
        const lost = [...commentTexts(text.replace(/^\uFEFF/, ''))].filter(
          (comment) => !commentTexts(result.newText?.replace(/^\uFEFF/, '') ?? '').has(comment),
        );
        if (lost.length > 0) problems.push(`${label}: lost comments ${JSON.stringify(lost)}`);
      }
      const again = rewriteFile(source.relPath, result.newText, options);
      if (again.newText !== undefined && again.newText !== result.newText) {
        problems.push(`${label}: a second run changes the file again`);
      }
    }
    console.log(`fuzz (editor): ${JSON.stringify(counts)}, ${problems.length} problems`);
    expect(problems).toEqual([]);
    // Most corpus jobs need review even unmutated; enough cases must still reach the writer.
    expect(counts.rewritten).toBeGreaterThan(CASES / 25);
  }, 120_000);

  it(`${PIPELINE_CASES} mutated files through convert --write twice: the second run writes nothing`, async () => {
    const files = corpus();
    const next = random(1017);
    const root = await mkdtemp(join(tmpdir(), 'tjm-fuzz-'));
    try {
      const originals = new Map<string, string>();
      for (let i = 0; i < PIPELINE_CASES; i++) {
        const source = files[i % files.length] as { relPath: string; text: string };
        const relPath = `case-${String(i).padStart(4, '0')}${source.relPath.endsWith('.json') ? '.json' : '.yaml'}`;
        const text = mutate(source.text, next);
        originals.set(relPath, text);
        await writeFile(join(root, relPath), text);
      }
      const options = {
        ...DEFAULT_MIGRATION_OPTIONS,
        convert: { ...DEFAULT_CONVERT_OPTIONS, strategy: 'side-by-side' as const },
      };
      const mode = { write: true, withDiffs: false, analysers: [], notify: () => undefined };
      const first = await migrateInputs([root], options, mode);
      expect(first.inputs).toMatchObject([{ input: root, status: 'ok' }]);
      const written = first.files.filter((file) => file.status === 'converted');
      for (const file of written) {
        const now = await readFile(join(root, file.path), 'utf8');
        expect(now).not.toBe(originals.get(file.path));
        expect(parses(now), file.path).toBe(true);
      }
      const second = await migrateInputs([root], options, mode);
      expect(second.files.filter((file) => file.status === 'converted')).toEqual([]);
      expect((await readdir(root)).filter((name) => name.endsWith('.tjm-tmp'))).toEqual([]);
      console.log(
        `fuzz (pipeline): ${PIPELINE_CASES} files, ${written.length} written by the first run, 0 by the second`,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);
});
