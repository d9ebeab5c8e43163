/**
 * The Action: read the inputs, convert the checkout and publish the pull request, then set the
 * outputs, write the job summary, annotate, and fail the step only on real errors.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { ConfigError } from '../config/config-error.js';
import type { Report } from '../model/report.js';
import { PublishError } from '../publish/errors.js';
import { outcomeLine } from '../publish/outcome.js';
import { pullRequestReport } from '../publish/report.js';
import { createMasker, type Masker } from '../publish/token.js';
import { renderJson } from '../report/json.js';
import { oneLine } from '../util/one-line.js';
import { isUserError } from '../util/user-error.js';
import { annotationsFor } from './annotations.js';
import { publishFanOutDashboard, publishRepositoryDashboard, writeDashboardEntry } from './dashboard.js';
import { ActionInputError } from './input-error.js';
import { type ActionSettings, readActionSettings } from './inputs.js';
import { actionOutputs, failureMessage, renderJobSummary } from './outcome.js';
import { publishFromWorkspace } from './publish.js';

async function writeReport(report: Report, dir: string): Promise<string> {
  const folder = await mkdtemp(join(dir, 'trainjob-migrate-'));
  const path = join(folder, 'report.json');
  await writeFile(path, renderJson(report));
  return path;
}

async function writeSummary(text: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  await core.summary.addRaw(text, true).write();
}

function annotate(report: Report): void {
  for (const annotation of annotationsFor(report)) {
    const properties = {
      title: annotation.title,
      ...(annotation.file === undefined ? {} : { file: annotation.file }),
      ...(annotation.startLine === undefined ? {} : { startLine: annotation.startLine }),
    };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }
}

async function migrateAndPublish(settings: ActionSettings, mask: Masker): Promise<void> {
  const result = await core.group('Convert and publish the pull request', () =>
    publishFromWorkspace(settings, mask, {
      info: (message) => core.info(mask(message)),
      warn: (message) => core.warning(mask(message)),
    }),
  );
  const migrated = result.report;
  if (!migrated) throw new Error('The publish flow returned no report.');
  const report: Report = { ...migrated, pullRequest: pullRequestReport(result) };
  const reportPath = await writeReport(report, settings.reportDir);
  const { path: entryPath, entry } = await writeDashboardEntry(settings, report, settings.reportDir);
  const issue =
    settings.dashboard.perRepository && !result.dryRun
      ? await publishRepositoryDashboard(settings, entry, mask, (message) => core.warning(mask(message)))
      : undefined;
  if (issue) core.info(`Dashboard issue #${issue.number}: ${issue.operation} (${issue.url})`);
  const outputs = actionOutputs(result, report.summary, reportPath, {
    entryPath,
    ...(issue ? { issue } : {}),
  });
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, value);
  }
  const repository = `${settings.repository.owner}/${settings.repository.repo}`;
  await writeSummary(mask(renderJobSummary(result, report, { serverUrl: settings.serverUrl, repository })));
  annotate(report);
  core.info(mask(outcomeLine(result)));
  const failure = failureMessage(report.summary, settings.failOnReview);
  if (failure) core.setFailed(failure);
}

async function writeFanOutDashboard(settings: ActionSettings, from: string, mask: Masker): Promise<void> {
  const result = await publishFanOutDashboard(settings, from, mask, {
    info: (message) => core.info(mask(message)),
    warn: (message) => core.warning(mask(message)),
  });
  core.setOutput('dashboard-issue-number', String(result.number));
  core.setOutput('dashboard-issue-url', result.url);
  const line = `Dashboard issue #${result.number} for ${result.repositories} repositories: ${result.operation} (${result.url})`;
  core.info(line);
  await writeSummary(`${line}\n`);
}

/** The Action's one entry point; every failure ends here as `core.setFailed`, nothing throws. */
export async function run(): Promise<void> {
  let mask: Masker = (text) => text;
  try {
    const settings = await readActionSettings(process.env);
    core.setSecret(settings.token);
    mask = createMasker([settings.token]);
    if (settings.dashboard.from !== undefined)
      await writeFanOutDashboard(settings, settings.dashboard.from, mask);
    else await migrateAndPublish(settings, mask);
  } catch (error) {
    // Something the user can fix is one line in the log; anything else is a bug, with its stack.
    const known =
      isUserError(error) ||
      error instanceof ActionInputError ||
      error instanceof ConfigError ||
      error instanceof PublishError;
    const message =
      error instanceof Error
        ? known
          ? oneLine(error.message)
          : (error.stack ?? error.message)
        : String(error);
    core.setFailed(mask(message));
  }
}
