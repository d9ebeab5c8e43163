import type { Report } from '../model/report.js';

/** The JSON report: one document, described by `schemas/report.schema.json`. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
