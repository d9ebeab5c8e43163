import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { TOOL_NAME, TOOL_VERSION } from '../../src/report/tool.js';
import { projectRoot } from '../helpers/shared.js';
import { sampleReport } from './sample-report.js';
import { reportValidator } from './schema-validators.js';

describe('JSON report', () => {
  const validate = reportValidator();

  it('validates against the published schema', () => {
    const result = validate(JSON.parse(renderJson(sampleReport())));
    expect(result.errors).toEqual([]);
  });

  it('the published schema rejects a report missing a summary count or with an unknown job status', () => {
    const report = JSON.parse(renderJson(sampleReport()));
    delete report.summary.needsReview;
    expect(validate(report).valid).toBe(false);
    const badStatus = JSON.parse(renderJson(sampleReport()));
    badStatus.files[0].jobs[0].status = 'maybe';
    expect(validate(badStatus).valid).toBe(false);
  });

  it('names the tool with the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
    };
    expect(TOOL_NAME).toBe(pkg.name);
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
