import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/report/rule-help.js';
import { artifactUri, renderSarif } from '../../src/report/sarif.js';
import { projectRoot } from '../helpers/shared.js';
import { sampleReport } from './sample-report.js';
import { sarifValidator } from './schema-validators.js';

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; help: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
}

const parse = (text: string): SarifLog => JSON.parse(text) as SarifLog;

describe('renderSarif', () => {
  const validate = sarifValidator();

  it('produces a log that the official SARIF 2.1.0 schema accepts', () => {
    const result = validate(JSON.parse(renderSarif(sampleReport(), { written: false })));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the schema check rejects a log that breaks SARIF (so the check above can fail)', () => {
    const log = parse(renderSarif(sampleReport(), { written: false }));
    const broken = { ...log, runs: [{ ...log.runs[0], results: [{ level: 'fatal', message: {} }] }] };
    expect(validate(broken).valid).toBe(false);
  });

  it('gives one result per PyTorchJob plus one per failed file, each at its file and line', () => {
    const report = sampleReport();
    const [run] = parse(renderSarif(report, { written: false })).runs;
    const jobs = report.files.flatMap((file) => file.jobs);
    const failedFiles = report.files.filter((file) => file.error);
    expect(run?.results).toHaveLength(jobs.length + failedFiles.length);
    const elastic = run?.results.find((result) => result.message.text.includes('elastic-train'));
    expect(elastic?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('clusters/gpu/elastic.yaml');
    expect(elastic?.locations[0]?.physicalLocation.region.startLine).toBe(5);
  });

  it('names the rule after the most severe finding and maps severity to level', () => {
    const [run] = parse(renderSarif(sampleReport(), { written: false })).runs;
    const elastic = run?.results.find((result) => result.message.text.includes('elastic-train'));
    expect(elastic?.ruleId).toBe('ELASTIC_POLICY');
    expect(elastic?.level).toBe('error');
    expect(elastic?.message.text).toContain('[STATUS_DROPPED]');
  });

  it('marks a clean job as convertible in a dry run and as converted after --write', () => {
    const clean = (written: boolean) =>
      parse(renderSarif(sampleReport(), { written })).runs[0]?.results.find((result) =>
        result.message.text.includes('pytorch-simple-cpu'),
      );
    expect(clean(false)?.ruleId).toBe('PYTORCHJOB_CONVERTIBLE');
    expect(clean(false)?.level).toBe('warning');
    expect(clean(true)?.ruleId).toBe('PYTORCHJOB_CONVERTED');
    expect(clean(true)?.level).toBe('note');
  });

  it('lists every rule it uses once, with help text, and ruleIndex points at it', () => {
    const [run] = parse(renderSarif(sampleReport(), { written: false })).runs;
    const rules = run?.tool.driver.rules ?? [];
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const result of run?.results ?? []) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(rules[result.ruleIndex]?.help.text.length).toBeGreaterThan(10);
    }
  });
});

describe('artifactUri', () => {
  const file = { path: 'gpu/job.yaml', kind: 'yaml' as const, status: 'converted' as const, jobs: [] };

  it('places files under the local folder that was scanned, relative to where the tool ran', () => {
    expect(artifactUri(file, 'clusters')).toBe('clusters/gpu/job.yaml');
    expect(artifactUri(file, './clusters/')).toBe('clusters/gpu/job.yaml');
    expect(artifactUri(file, '.')).toBe('gpu/job.yaml');
  });

  it('uses the file input itself when a single file was given', () => {
    expect(artifactUri({ ...file, path: 'job.yaml' }, 'clusters/gpu/job.yaml')).toBe('clusters/gpu/job.yaml');
  });

  it('keeps the repository-relative path for git URLs', () => {
    expect(artifactUri(file, 'https://example.com/org/repo.git')).toBe('gpu/job.yaml');
    expect(artifactUri(file, 'git@example.com:org/repo.git')).toBe('gpu/job.yaml');
  });
});

describe('SARIF rules and locations', () => {
  it('places every location relative to the repository root, under %SRCROOT%', () => {
    const log = JSON.parse(
      renderSarif(sampleReport(), { written: false, repositoryPrefix: () => 'deploy/clusters' }),
    );
    const [run] = log.runs;
    expect(run.originalUriBaseIds['%SRCROOT%']).toBeDefined();
    for (const result of run.results) {
      const location = result.locations[0].physicalLocation.artifactLocation;
      expect(location.uriBaseId).toBe('%SRCROOT%');
      expect(location.uri).toMatch(/^deploy\/clusters\//);
    }
    expect(artifactUri({ path: 'a.yaml', kind: 'yaml', status: 'converted', jobs: [] }, 'x', '')).toBe(
      'a.yaml',
    );
  });

  it('gives every rule a title, a description, help and a helpUri to its section of docs/rules.md', async () => {
    const docs = await readFile(join(projectRoot, 'docs', 'rules.md'), 'utf8');
    for (const [id, rule] of Object.entries(RULES)) {
      expect(docs, id).toContain(`### ${id}\n\n**${rule.title}.** ${rule.help}`);
    }
    const [run] = JSON.parse(renderSarif(sampleReport(), { written: false })).runs;
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBe(RULES[rule.id as keyof typeof RULES].title);
      expect(rule.fullDescription.text).toBe(RULES[rule.id as keyof typeof RULES].help);
      expect(rule.help.text).toBe(rule.fullDescription.text);
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules\\.md#${rule.id.toLowerCase()}$`));
    }
  });
});
