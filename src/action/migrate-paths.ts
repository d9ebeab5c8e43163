/**
 * Converts several folders of one checkout as one migration: each folder goes through the pipeline,
 * and the file paths of its report are made relative to the checkout, so annotations, links and the
 * pull request body all point at the right file.
 */
import { join } from 'node:path';
import type { FileReport, Report } from '../model/report.js';
import type { MigrationOptions } from '../options.js';
import type { MigrationOutcome } from '../publish/publish.js';
import { summarize } from '../report/summarize.js';
import { migrateDirectory } from '../run.js';

const underFolder = (folder: string, path: string): string => (folder === '.' ? path : `${folder}/${path}`);

/** Paths of `report` made relative to the checkout instead of `folder` (a path relative to it). */
export function rebaseReport(report: Report, folder: string): Report {
  if (folder === '.') return report;
  const files: FileReport[] = report.files.map((file) => ({
    ...file,
    path: underFolder(folder, file.path),
    ...(file.diff === undefined
      ? {}
      : { diff: rebaseDiff(file.diff, file.path, underFolder(folder, file.path)) }),
  }));
  return { ...report, files };
}

function rebaseDiff(diff: string, from: string, to: string): string {
  return diff.replace(`--- a/${from}`, `--- a/${to}`).replace(`+++ b/${from}`, `+++ b/${to}`);
}

/** One report for all folders; inputs are named by their folder. */
export function mergeReports(reports: readonly { folder: string; report: Report }[]): Report {
  const first = reports[0]?.report;
  if (!first) throw new Error('mergeReports needs at least one report.');
  const files = reports.flatMap(({ folder, report }) => rebaseReport(report, folder).files);
  const inputs = reports.flatMap(({ folder, report }) =>
    report.inputs.map((input) => ({ ...input, input: folder })),
  );
  return { ...first, summary: summarize(files, inputs), inputs, files };
}

/** Converts every folder in place (with diffs) and returns the merged report. */
export async function migrateFolders(
  checkout: string,
  folders: readonly string[],
  options: MigrationOptions,
): Promise<MigrationOutcome> {
  const outcomes = [];
  for (const folder of folders) {
    const { report, changedFiles } = await migrateDirectory(join(checkout, folder), options, {
      write: true,
      withDiffs: true,
    });
    outcomes.push({ folder, report, changedFiles: changedFiles.map((path) => underFolder(folder, path)) });
  }
  return {
    report: mergeReports(outcomes),
    changedFiles: outcomes.flatMap((outcome) => outcome.changedFiles),
  };
}
