/**
 * Every job the tool reports `converted` — the real-world corpus (plain and --generate-runtimes, each
 * Trainer release), fixtures/cases, the fixture repositories, the demo and the seed pairs — renders pods
 * that run the same processes as its PyTorchJob's under training-operator v1.9.
 * EQUIVALENCE_REPORT=<file> writes every comparison as JSON (for the findings notes).
 */
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEquivalence, type PodComparison } from '../../../src/convert/pods/index.js';
import { requireShared } from '../../helpers/shared.js';
import {
  type Conversion,
  type Conversions,
  caseConversions,
  corpusConversions,
  repositoryConversions,
  seedConversions,
} from './conversions.js';

interface Outcome {
  conversion: Conversion;
  comparison: PodComparison;
}

const compare = (conversion: Conversion): Outcome => ({
  conversion,
  comparison: checkEquivalence(conversion.pyTorchJob, conversion.trainJob, {
    release: conversion.release,
    runtime: conversion.runtime,
  }),
});

/** The numbers per source and release: jobs compared, equivalent, held back and why. */
function summary(all: Conversions, outcomes: Outcome[]): string {
  const rows = new Map<
    string,
    { compared: number; equivalent: number; held: number; why: Map<string, number> }
  >();
  const row = (source: string, release: string) => {
    const key = `${source} @${release}`;
    const found = rows.get(key) ?? { compared: 0, equivalent: 0, held: 0, why: new Map<string, number>() };
    rows.set(key, found);
    return found;
  };
  for (const { conversion, comparison } of outcomes) {
    const r = row(conversion.source, conversion.release);
    r.compared += 1;
    if (comparison.equivalent) r.equivalent += 1;
  }
  for (const held of all.held) {
    const r = row(held.source, held.release);
    r.held += 1;
    for (const code of held.codes) r.why.set(code, (r.why.get(code) ?? 0) + 1);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, r]) =>
        `  ${key.padEnd(40)} compared ${String(r.compared).padStart(3)}  equivalent ${String(r.equivalent).padStart(3)}  held ${String(r.held).padStart(3)}` +
        (r.why.size > 0 ? `  (${[...r.why.entries()].map(([code, n]) => `${code} ${n}`).join(', ')})` : ''),
    )
    .join('\n');
}

/** The seed report's own hand-written TrainJobs: compared and reported, not the tool's conversions. */
const SEED_REPORT = 'seed report TrainJob';

const describeShared = describe.runIf(requireShared());

describeShared('converted jobs run the same processes as their PyTorchJobs', () => {
  const all: Conversions = { converted: [], held: [] };
  beforeAll(async () => {
    const parts = [
      corpusConversions(),
      caseConversions(),
      seedConversions(),
      ...(await Promise.all([
        repositoryConversions('repos/kustomize-overlays', 'repos', false),
        repositoryConversions('repos/argo-flux-apps', 'repos', false),
        repositoryConversions('repos/runtimes-missing', 'repos', false),
        repositoryConversions('repos/runtimes-generate', 'repos --generate-runtimes', true),
        repositoryConversions('demo-gitops', 'demo', false),
        repositoryConversions('demo-gitops', 'demo --generate-runtimes', true),
      ])),
    ];
    for (const part of parts) {
      all.converted.push(...part.converted);
      all.held.push(...part.held);
    }
  }, 120_000);

  it('every converted job renders equivalent pods on every rank', () => {
    const outcomes = all.converted.map(compare);
    console.log(`Pod equivalence (${outcomes.length} conversions compared):\n${summary(all, outcomes)}`);
    if (process.env.EQUIVALENCE_REPORT) {
      writeFileSync(
        process.env.EQUIVALENCE_REPORT,
        JSON.stringify(
          outcomes.map((o) => ({
            source: o.conversion.source,
            where: o.conversion.where,
            release: o.conversion.release,
            ...o.comparison,
          })),
          null,
          1,
        ),
      );
    }
    expect(new Set([...all.converted, ...all.held].map((c) => c.source))).toEqual(
      new Set([
        'corpus',
        'corpus --generate-runtimes',
        'cases',
        'seed',
        SEED_REPORT,
        'repos',
        'repos --generate-runtimes',
        'demo',
        'demo --generate-runtimes',
      ]),
    );
    const failures = outcomes
      .filter((o) => o.conversion.source !== SEED_REPORT && !o.comparison.equivalent)
      .map((o) => ({
        job: `${o.conversion.source} @${o.conversion.release} ${o.conversion.where}`,
        differences: o.comparison.differences.map(
          (d) => `rank ${d.rank} ${d.field}: ${JSON.stringify(d.v1)} → ${JSON.stringify(d.v2)}`,
        ),
      }));
    expect(failures).toEqual([]);
  });
});
