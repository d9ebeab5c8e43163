import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderText
} from "./chunk-P2PAARVW.js";
import {
  parseFlags
} from "./chunk-VDBDIJP5.js";
import {
  CONVERT_HELP,
  SCAN_HELP
} from "./chunk-754APWLN.js";
import {
  DOCS_URL,
  findConfigAt,
  isGitUrl,
  loadConfigFile,
  migrateInputs,
  needsAttention,
  renderJson,
  renderMarkdown,
  resolveFormat,
  resolveMigrationOptions,
  ruleHelp,
  ruleHelpUri,
  ruleTitle,
  sharedOptionSpec
} from "./chunk-Y5RYKR6S.js";
import "./chunk-Y36FO3AG.js";
import {
  TOOL_NAME,
  UsageError
} from "./chunk-2P5ZRRHB.js";
import {
  threadBudget
} from "./chunk-RTFKYOXW.js";
import "./chunk-J2YF2I4I.js";
import "./chunk-ZNCF7DAT.js";
import "./chunk-UNMC5S7T.js";
import "./chunk-PDLSCPSN.js";
import "./chunk-NYAYZUTE.js";
import "./chunk-LCNQD2CP.js";
import "./chunk-E3NB2CZL.js";
import "./chunk-KNWRQIQV.js";
import "./chunk-GFBUO7Q4.js";
import {
  wantsColor,
  wantsProgress
} from "./chunk-SDULEHPB.js";
import "./chunk-PY5VAGIZ.js";

// src/cli/migrate-command.ts
import { stat } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";

// src/report/repository-prefix.ts
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

// src/report/sarif.ts
import { posix } from "node:path";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var LEVELS = { error: "error", warning: "warning", info: "note" };
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
var isUrl = (input) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^[^/\s]+@[^/\s]+:/.test(input);
var SARIF_ROOT_BASE = "%SRCROOT%";
function artifactUri(file, input, prefix) {
  if (prefix !== void 0)
    return posix.join(prefix.replaceAll("\\", "/") || ".", file.path).replace(/^\.\//, "");
  if (input === void 0 || isUrl(input)) return file.path;
  const base = posix.normalize(input.replaceAll("\\", "/"));
  if (base === file.path || base.endsWith(`/${file.path}`)) return base.replace(/^\.\//, "");
  return posix.join(base, file.path).replace(/^\.\//, "");
}
function ruleForJob(job, written) {
  const worst = [...job.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
  if (worst) return { id: worst.code, level: LEVELS[worst.severity] };
  if (job.status === "converted" && written) return { id: "PYTORCHJOB_CONVERTED", level: "note" };
  return { id: "PYTORCHJOB_CONVERTIBLE", level: "warning" };
}
function jobMessage(job, written) {
  const namespace = job.namespace ? ` in namespace ${job.namespace}` : "";
  const outcome = job.status === "converted" ? written ? "was rewritten as a TrainJob" : "can be converted to a TrainJob" : job.status === "needs-review" ? "needs review before it can be converted" : job.status === "skipped" ? "was skipped" : "could not be processed";
  const findings = job.findings.map((finding) => `[${finding.code}] ${finding.message}`);
  return [`PyTorchJob ${job.name}${namespace} ${outcome}.`, ...findings].join("\n");
}
function renderSarif(report, options) {
  const ruleIds = [];
  const ruleIndex = (id) => {
    const found = ruleIds.indexOf(id);
    if (found >= 0) return found;
    ruleIds.push(id);
    return ruleIds.length - 1;
  };
  const singleInput = report.inputs.length === 1 ? report.inputs[0]?.input : void 0;
  const results = [];
  for (const file of report.files) {
    const input = file.input ?? singleInput;
    const uri = artifactUri(file, input, input === void 0 ? void 0 : options.repositoryPrefix?.(input));
    const at = (line, column) => [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: SARIF_ROOT_BASE },
          region: column === void 0 ? { startLine: line } : { startLine: line, startColumn: column }
        }
      }
    ];
    if (file.error) {
      results.push({
        ruleId: "FILE_ERROR",
        ruleIndex: ruleIndex("FILE_ERROR"),
        level: "error",
        message: { text: file.error.message },
        locations: at(Math.max(1, file.error.line ?? 1), file.error.column)
      });
    }
    for (const job of file.jobs) {
      const rule = ruleForJob(job, options.written);
      results.push({
        ruleId: rule.id,
        ruleIndex: ruleIndex(rule.id),
        level: rule.level,
        message: { text: jobMessage(job, options.written) },
        locations: at(Math.max(1, job.line))
      });
    }
  }
  const rules = ruleIds.map((id) => {
    const help = ruleHelp(id);
    return {
      id,
      name: id.toLowerCase().split("_").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(""),
      shortDescription: { text: ruleTitle(id) },
      fullDescription: { text: help },
      help: { text: help, markdown: `${help}

See [${id}](${ruleHelpUri(id)}).` },
      helpUri: ruleHelpUri(id)
    };
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name || TOOL_NAME,
            version: report.tool.version,
            informationUri: DOCS_URL,
            rules
          }
        },
        originalUriBaseIds: {
          [SARIF_ROOT_BASE]: { description: { text: "The root of the scanned repository" } }
        },
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/report/repository-prefix.ts
function gitRootOf(dir) {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, ".git"))) return current;
    if (dirname(current) === current) return void 0;
  }
}
function repositoryPrefixes(report, cwd) {
  const prefixes = /* @__PURE__ */ new Map();
  for (const { input } of report.inputs) {
    if (isUrl(input)) continue;
    const absolute = resolve(cwd, input);
    const root = statSync(absolute, { throwIfNoEntry: false })?.isFile() ? dirname(absolute) : absolute;
    const repository = gitRootOf(root);
    if (repository !== void 0) prefixes.set(input, relative(repository, root).split(sep).join("/"));
  }
  return (input) => prefixes.get(input);
}

// src/cli/progress.ts
var REDRAW_EVERY_MS = 100;
function createProgressLine(stderr, now = Date.now) {
  let files = 0;
  let jobs = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  const draw = () => {
    stderr.write(`\r\x1B[2KScanning: ${files} files, ${jobs} PyTorchJobs found`);
    drawn = true;
  };
  return {
    onEvent(event) {
      if (event.type !== "file") return;
      files += 1;
      jobs += event.jobs;
      if (now() - lastDraw >= REDRAW_EVERY_MS) {
        lastDraw = now();
        draw();
      }
    },
    finish() {
      if (drawn) stderr.write("\r\x1B[2K");
    }
  };
}

// src/cli/migrate-command.ts
var outputSpec = {
  color: { type: "boolean" },
  "no-color": { type: "boolean" }
};
var convertSpec = {
  write: { type: "boolean" },
  check: { type: "boolean" }
};
function parseCommandFlags(command, args) {
  const spec = command === "convert" ? { ...sharedOptionSpec, ...outputSpec, ...convertSpec } : { ...sharedOptionSpec, ...outputSpec };
  const { values, positionals } = parseFlags(command, args, spec);
  return { flags: values, inputs: positionals.length > 0 ? positionals : ["."] };
}
async function checkLocalInputs(inputs, cwd) {
  for (const input of inputs) {
    if (isGitUrl(input)) continue;
    const found = await stat(resolve2(cwd, input)).catch(() => void 0);
    if (!found) throw new UsageError(`${input}: no such file or folder. Give a folder, a file or a git URL.`);
  }
}
async function configForRoot(root, fixed) {
  return fixed ?? await findConfigAt(root);
}
function checkModeFlags(flags, inputs) {
  if (flags.write && flags.check) {
    throw new UsageError("--write and --check cannot be used together: pick one.");
  }
  const remote = flags.write ? inputs.find(isGitUrl) : void 0;
  if (remote) {
    throw new UsageError(
      `--write cannot change a cloned repository (${remote}); clone it and run on the folder.`
    );
  }
}
async function readLocalConfigs(inputs, cwd, fixed) {
  const configs = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    if (isGitUrl(input)) continue;
    const path = resolve2(cwd, input);
    const root = (await stat(path)).isDirectory() ? path : dirname2(path);
    configs.set(root, await configForRoot(root, fixed));
  }
  return configs;
}
function render(report, format, flags, io, mode) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, {
        written: mode.write,
        repositoryPrefix: repositoryPrefixes(report, io.cwd)
      });
    case "markdown":
      return renderMarkdown(report, { written: mode.write });
    case "text":
      return renderText(report, {
        color: wantsColor(io.stdout, io.env, flags),
        quiet: flags.quiet === true,
        showDiffs: mode.withDiffs,
        dryRun: mode.withDiffs
      });
  }
}
async function runMigrateCommand(command, args, io) {
  const { flags, inputs } = parseCommandFlags(command, args);
  if (flags.help) {
    io.stdout.write(command === "scan" ? SCAN_HELP : CONVERT_HELP);
    return 0;
  }
  checkModeFlags(flags, inputs);
  threadBudget(io.env);
  await checkLocalInputs(inputs, io.cwd);
  const fixedConfig = flags.config === void 0 ? void 0 : await loadConfigFile(resolve2(io.cwd, flags.config));
  const localConfigs = await readLocalConfigs(inputs, io.cwd, fixedConfig);
  const firstConfig = fixedConfig ?? [...localConfigs.values()].find((config) => config !== void 0);
  const env = { cwd: io.cwd };
  const format = resolveFormat(flags, firstConfig);
  const quiet = flags.quiet ?? firstConfig?.settings.quiet ?? false;
  const baseOptions = resolveMigrationOptions(flags, firstConfig, env);
  if (baseOptions.crd !== void 0 && !(await stat(baseOptions.crd).catch(() => void 0))?.isFile()) {
    throw new UsageError(`${baseOptions.crd}: the TrainJob CRD file does not exist; check --crd.`);
  }
  for (const config of localConfigs.values()) resolveMigrationOptions(flags, config, env);
  const mode = {
    cwd: io.cwd,
    write: command === "convert" && flags.write === true,
    withDiffs: command === "convert" && !flags.write && !flags.check,
    notify: (message) => io.stderr.write(`${TOOL_NAME}: ${message}
`),
    ...io.debug && { debug: io.debug },
    optionsForRoot: async (root) => {
      const config = localConfigs.has(root) ? localConfigs.get(root) : await configForRoot(root, fixedConfig);
      return resolveMigrationOptions(flags, config, env);
    }
  };
  const progress = wantsProgress(io) && !quiet ? createProgressLine(io.stderr) : void 0;
  let report;
  try {
    report = await migrateInputs(inputs, baseOptions, mode, progress?.onEvent);
  } finally {
    progress?.finish();
  }
  io.stdout.write(render(report, format, { ...flags, quiet }, io, mode));
  if (flags.check) return report.summary.jobs > 0 || needsAttention(report.summary) ? 1 : 0;
  return needsAttention(report.summary) ? 1 : 0;
}
export {
  runMigrateCommand
};
