/**
 * Values that cannot keep their source text in their new place are written as their value, the job
 * stays converted, and a VALUE_RESTYLED finding names the value and the reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSeq, parseDocument } from 'yaml';
import { pathKey } from '../../src/convert/paths.js';
import type { CarryState } from '../../src/edit/carry.js';
import { emitItem } from '../../src/edit/emit.js';
import { layoutDocument } from '../../src/edit/layout.js';
import { rewriteFile } from '../../src/edit/rewrite.js';
import { LineIndex } from '../../src/edit/text.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../src/model/conversion.js';
import { fixturesDir } from '../helpers/shared.js';

describe('values written out instead of carried', () => {
  it('reports each alias whose anchor the TrainJob drops or writes after it', () => {
    const input = readFileSync(join(fixturesDir, 'cases', 'anchors-and-tags', 'input.yaml'), 'utf8');
    const result = rewriteFile('job.yaml', input, { ...DEFAULT_CONVERT_OPTIONS });
    const [job] = result.jobs;
    expect(job?.status).toBe('converted');
    const restyled = job?.findings.filter((f) => f.code === 'VALUE_RESTYLED') ?? [];
    const container = 'spec.pytorchReplicaSpecs.Master.template.spec.containers[0]';
    expect(restyled.map((f) => [f.severity, f.path])).toEqual([
      ['info', `${container}.command[2]`],
      ['info', `${container}.env[1].value`],
      ['info', `${container}.env[2].value`],
    ]);
    expect(restyled[0]?.message).toMatch(/alias \*script would come before the anchor &script/);
    expect(restyled[1]?.message).toMatch(
      /alias \*name points at the anchor &name, which the TrainJob does not keep/,
    );
    // The alias alone is replaced; its neighbours keep their text, and kept anchors stay usable.
    expect(result.newText).toContain('      - "train.py"\n');
    expect(result.newText).toContain('        value: "pytorch"\n');
    expect(result.newText).toContain('        value: *image\n');
    expect(result.newText).toContain('        <<: *limits\n');
  });

  it('writes a block scalar that would sit inside a flow collection as its value', () => {
    const text = 'args:\n  - - |\n      line one\n      line two\n';
    const doc = parseDocument(text, { keepSourceTokens: true });
    const lines = new LineIndex(text);
    const { roots } = layoutDocument(doc, lines);
    const inner = roots[0]?.children[0]?.children[0];
    expect(isSeq(roots[0]?.value)).toBe(true);
    const carry: CarryState = {
      doc,
      lines,
      prefixLength: 0,
      defined: new Map(),
      carriedRanges: [],
      findings: [],
    };
    const ctx = {
      lines,
      style: { indentUnit: 2, seqIndent: 2 },
      carried: new Map([[pathKey(['spec', 'x', 0, 0]), inner as NonNullable<typeof inner>]]),
      comments: new Map(),
      sourceComments: [],
      carry,
    };
    const out = emitItem(['line one\nline two\n'], ['spec', 'x', 0], 4, ctx);
    expect(out).toEqual(['    - ["line one\\nline two\\n"]']);
    expect(carry.findings).toEqual([
      expect.objectContaining({
        code: 'VALUE_RESTYLED',
        path: 'args[0][0]',
        message: expect.stringMatching(/a block scalar cannot stand inside a flow collection/),
      }),
    ]);
  });
});
