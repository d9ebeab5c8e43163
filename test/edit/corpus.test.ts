/**
 * Every real-world PyTorchJob file, read in place, rewritten into a temp copy, and checked
 * mechanically: untouched documents byte-identical, every comment kept, the output parses, every
 * TrainJob is CRD-valid, and a second run changes nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { isPyTorchJob } from '../../src/convert/recognise.js';
import { rewriteFile } from '../../src/edit/rewrite.js';
import { commentTexts } from '../../src/edit/verify.js';
import { writeFileAtomic } from '../../src/fs/atomic-write.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../src/model/conversion.js';
import { corpusFiles } from '../helpers/corpus-files.js';
import { validatorFor } from '../helpers/crds.js';
import { requireShared, sharedPath } from '../helpers/shared.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Source text of each document that holds no PyTorchJob, by position. */
function untouchedDocuments(text: string): Map<number, string> {
  const out = new Map<number, string>();
  parseAllDocuments(text).forEach((doc, i) => {
    const value = doc.toJS({ maxAliasCount: 1000 }) as unknown;
    const holdsJob =
      isPyTorchJob(value) ||
      (isObject(value) && Array.isArray(value.items) && value.items.some(isPyTorchJob));
    if (!holdsJob) out.set(i, text.slice(doc.range[0], doc.range[2]));
  });
  return out;
}

const tempRoot = mkdtempSync(join(tmpdir(), 'tjm-corpus-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

describe('real-world corpus rewrite', () => {
  it('rewrites every convertible file safely and reports the rest', async () => {
    if (!requireShared()) return;
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(100);
    const validate = validatorFor('2.3');
    const options = { ...DEFAULT_CONVERT_OPTIONS, validate };
    const counts: Record<string, number> = {};
    const bump = (key: string) => {
      counts[key] = (counts[key] ?? 0) + 1;
    };
    const failures: string[] = [];
    for (const file of files) {
      const input = readFileSync(sharedPath('corpus', 'real-world', file), 'utf8');
      const result = rewriteFile(file, input, options);
      bump(`files: ${result.kind}`);
      if (result.error) bump('files: parse error reported');
      if (result.skipReason) bump('files: skipped with a reason');
      for (const job of result.jobs) {
        bump(`jobs: ${job.status}`);
        if (job.status === 'error')
          failures.push(`${file}: ${job.findings.map((f) => f.message).join('; ')}`);
        if (job.status !== 'converted') expect(job.findings.length, `${file} ${job.name}`).toBeGreaterThan(0);
      }
      if (result.newText === undefined) continue;
      bump('files rewritten');
      const output = result.newText;
      mkdirSync(dirname(join(tempRoot, file)), { recursive: true });
      await writeFileAtomic(tempRoot, file, output);
      expect(readFileSync(join(tempRoot, file), 'utf8')).toBe(output);

      // Untouched documents are byte-identical.
      const before = untouchedDocuments(input);
      const after = untouchedDocuments(output);
      // The default strategy replaces in place, so documents keep their positions.
      for (const [i, text] of before) expect(after.get(i), `${file} document ${i + 1}`).toBe(text);
      bump('check: untouched documents identical');
      // Every comment kept.
      const kept = commentTexts(output);
      for (const comment of commentTexts(input)) expect(kept, `${file}: ${comment}`).toContain(comment);
      bump('check: comments kept');
      // Parses, and every TrainJob in it is CRD-valid.
      for (const doc of parseAllDocuments(output)) {
        expect(doc.errors, file).toEqual([]);
        const value = doc.toJS({ maxAliasCount: 1000 }) as unknown;
        const items = isObject(value) && Array.isArray(value.items) ? value.items : [value];
        for (const item of items) {
          if (isObject(item) && item.kind === 'TrainJob')
            expect(validate(item as Record<string, unknown>), file).toEqual([]);
        }
      }
      bump('check: re-parses and CRD-valid');
      // Idempotent.
      const again = rewriteFile(file, output, options);
      expect(again.newText, `${file} second run`).toBeUndefined();
      bump('check: idempotent');
    }
    console.log(
      `real-world corpus (${files.length} files):\n${Object.entries(counts)
        .sort()
        .map(([k, v]) => `  ${k.padEnd(40)} ${v}`)
        .join('\n')}`,
    );
    expect(failures).toEqual([]);
    expect(counts['files rewritten'] ?? 0).toBeGreaterThan(20);
  });
});
