import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FINDINGS_SHOWN_ONCE,
  behaviourText,
  validationSentence
} from "./chunk-Y5RYKR6S.js";

// src/report/ansi.ts
var wrap = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var COLOR_PALETTE = {
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  bold: wrap(1, 22)
};
var identity = (text) => text;
var PLAIN_PALETTE = {
  red: identity,
  green: identity,
  yellow: identity,
  cyan: identity,
  bold: identity
};
var paletteFor = (color) => color ? COLOR_PALETTE : PLAIN_PALETTE;
function colorizeDiff(diff, palette) {
  return diff.split("\n").map((line) => {
    if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("==="))
      return palette.bold(line);
    if (line.startsWith("+")) return palette.green(line);
    if (line.startsWith("-")) return palette.red(line);
    if (line.startsWith("@@")) return palette.cyan(line);
    return line;
  }).join("\n");
}

// src/report/text.ts
var plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;
function summaryLine(summary) {
  return `${plural(summary.files, "file", "files")}, ${plural(summary.jobs, "PyTorchJob", "PyTorchJobs")}: ${summary.converted} converted, ${summary.needsReview} need review, ${summary.skipped} skipped, ${plural(summary.errors, "error", "errors")}`;
}
function describeReplicas(replicas) {
  if (!replicas) return "";
  const parts = Object.entries(replicas).map(([type, count]) => `${type} ${count}`);
  return parts.length > 0 ? `, replicas ${parts.join(" + ")}` : "";
}
function jobHeading(job) {
  const namespace = job.namespace ? ` (${job.namespace})` : "";
  return `${job.name}${namespace} at line ${job.line}${describeReplicas(job.replicas)}`;
}
function renderJob(job, palette) {
  const lines = [];
  switch (job.status) {
    case "converted": {
      const numNodes = job.numNodes === void 0 ? "" : `, numNodes ${job.numNodes}`;
      const runtime = job.runtime === void 0 ? "" : `, runtime ${job.runtime}`;
      lines.push(`  ${palette.green("\u2714")} ${jobHeading(job)} \u2192 TrainJob${numNodes}${runtime}`);
      break;
    }
    case "needs-review":
      lines.push(`  ${palette.yellow("!")} ${jobHeading(job)} needs review`);
      break;
    case "skipped":
      lines.push(`  - ${jobHeading(job)} skipped`);
      break;
    case "error":
      lines.push(`  ${palette.red("\u2716")} ${jobHeading(job)} failed`);
      break;
  }
  for (const finding of job.findings) {
    if (FINDINGS_SHOWN_ONCE.has(finding.code)) continue;
    lines.push(`    - [${finding.code}] ${finding.message}`);
  }
  return lines;
}
function describeError(file) {
  const error = file.error;
  if (!error) return "";
  const where = error.line === void 0 ? "" : ` (line ${error.line}${error.column === void 0 ? "" : `, column ${error.column}`})`;
  return `${error.message}${where}`;
}
function fileTitle(file) {
  return file.input ? `${file.input}: ${file.path}` : file.path;
}
function renderFile(file, options, palette) {
  const failed = file.status === "error";
  if (options.quiet && !failed && file.status !== "needs-review") return [];
  const showsDiff = options.showDiffs === true && !options.quiet && file.diff !== void 0;
  if (file.jobs.length === 0 && !failed && !file.skipReason && !showsDiff) return [];
  const lines = [palette.bold(fileTitle(file))];
  if (file.error) lines.push(`  ${palette.red("\u2716")} could not process the file: ${describeError(file)}`);
  if (file.skipReason) lines.push(`  - skipped: ${file.skipReason}`);
  for (const job of file.jobs) lines.push(...renderJob(job, palette));
  if (options.showDiffs && !options.quiet && file.diff) {
    lines.push("", colorizeDiff(file.diff.trimEnd(), palette));
  }
  return lines;
}
var BUILD_WORDS = {
  passed: "builds to the same jobs",
  failed: "build check FAILED",
  "not-run": "not built"
};
function renderKustomize(report) {
  const section = report.gitops?.kustomize;
  const affected = section?.kustomizations.filter((k) => k.status !== "unaffected") ?? [];
  if (!section || affected.length === 0) return [];
  const lines = affected.map((k) => {
    const build = k.buildMessage ? `${BUILD_WORDS[k.build]}: ${k.buildMessage}` : BUILD_WORDS[k.build];
    return `  kustomization ${k.path}: ${k.status}, ${build}`;
  });
  for (const k of affected) {
    for (const o of k.overrides.filter((o2) => o2.outcome !== "unchanged")) {
      lines.push(`    - ${o.style} ${o.path}${o.line ? `:${o.line}` : ""} ${o.outcome}: ${o.message}`);
    }
  }
  if (!section.binary)
    lines.push(
      "  No kustomize or kubectl binary was found: no kustomization was built to check the rewrite."
    );
  return lines;
}
function renderGitOps(report) {
  const lines = [...renderKustomize(report)];
  for (const app of report.gitops?.apps?.apps ?? []) {
    if (app.effect === "unaffected") continue;
    const who = `${app.controller === "argocd" ? "Argo CD" : "Flux"} ${app.kind} ${app.name} (${app.path}:${app.line})`;
    lines.push(`  ${who}: ${app.message}`);
    if (app.recommendation) lines.push(`    Recommended: ${app.recommendation}`);
  }
  for (const item of report.gitops?.apps?.customisations ?? []) {
    lines.push(`  [${item.code}] ${item.path}:${item.line} ${item.field}: ${item.message}`);
  }
  for (const runtime of report.gitops?.runtimes?.runtimes ?? []) {
    const where = runtime.path ? ` ${runtime.path}` : "";
    lines.push(
      `  ${runtime.kind} ${runtime.name}: ${runtime.status}${where} (${runtime.jobs.length} TrainJob(s))`
    );
    for (const finding of runtime.findings) lines.push(`    - [${finding.code}] ${finding.message}`);
  }
  for (const note of report.gitops?.runtimes?.notes ?? []) lines.push(`  ${note}`);
  return lines.length === 0 ? "" : ["GitOps:", ...lines].join("\n");
}
function renderText(report, options) {
  const palette = paletteFor(options.color);
  const blocks = [];
  for (const input of report.inputs) {
    if (input.status === "error")
      blocks.push(`${palette.red("\u2716")} ${input.input}: ${input.error ?? "failed"}`);
  }
  for (const file of report.files) {
    const lines = renderFile(file, options, palette);
    if (lines.length > 0) blocks.push(lines.join("\n"));
  }
  const gitops = renderGitOps(report);
  if (gitops !== "" && !options.quiet) blocks.push(gitops);
  const behaviour = behaviourText(report);
  if (behaviour !== "" && !options.quiet) blocks.push(behaviour);
  const validated = validationSentence(report);
  if (!options.quiet && report.summary.converted > 0 && validated) blocks.push(validated);
  blocks.push(summaryLine(report.summary));
  if (options.dryRun && !options.quiet && report.summary.converted > 0) {
    blocks.push("Dry run: nothing was written. Run again with --write to apply the changes.");
  }
  return `${blocks.join("\n\n")}
`;
}

export {
  renderText
};
