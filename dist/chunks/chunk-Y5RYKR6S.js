import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  mapBounded
} from "./chunk-Y36FO3AG.js";
import {
  TOOL_NAME,
  TOOL_VERSION,
  UsageError,
  package_default
} from "./chunk-2P5ZRRHB.js";
import {
  takeEarlyReader,
  threadBudget,
  threadPlan
} from "./chunk-RTFKYOXW.js";
import {
  DEFAULT_CONVERT_OPTIONS,
  RUNTIME_KINDS,
  STRATEGIES,
  TRAINER_VERSIONS,
  resolveWriteTargetSync,
  syncFile,
  writeAndSync,
  writeTempFile
} from "./chunk-J2YF2I4I.js";
import {
  DEFAULT_SCAN_OPTIONS
} from "./chunk-ZNCF7DAT.js";
import {
  REPOSITORY_CRD_NEEDLE,
  REPOSITORY_CRD_PATTERN,
  findRepositoryCrd,
  prepareRewrite,
  releaseValidator,
  safeRewrite,
  schemaCompiler
} from "./chunk-UNMC5S7T.js";
import {
  bundleFile,
  isBundled
} from "./chunk-PDLSCPSN.js";
import {
  TRAINJOB_API_VERSION,
  TRAINJOB_KIND,
  convertPyTorchJob,
  deepEqual,
  isPlainObject,
  require_dist,
  rewriteFile
} from "./chunk-NYAYZUTE.js";
import {
  TEMP_FILE_SUFFIX,
  isOurTempFile,
  scanRoot,
  scanRootShared,
  syncFolder,
  tempPathBeside
} from "./chunk-LCNQD2CP.js";
import {
  require_picomatch
} from "./chunk-KNWRQIQV.js";
import {
  UserError
} from "./chunk-GFBUO7Q4.js";
import {
  __toESM
} from "./chunk-PY5VAGIZ.js";

// src/config/load-config.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "trainjob-migrate configuration (.trainjob-migrate.yaml)",
  description: "Every command-line option in camelCase, plus per-path overrides. Command-line flags win over this file.",
  type: "object",
  additionalProperties: false,
  definitions: {
    runtime: { type: "string", minLength: 1, maxLength: 253, pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", description: "Name of the (Cluster)TrainingRuntime the TrainJobs reference: a Kubernetes object name." },
    runtimeKind: { enum: ["ClusterTrainingRuntime", "TrainingRuntime"] },
    trainerVersion: { enum: ["2.3", "2.2", "2.1", "2.0"], description: "Target Kubeflow Trainer release." },
    strategy: { enum: ["replace", "side-by-side"] },
    nameSuffix: { type: "string", minLength: 1, maxLength: 62, pattern: "^[-a-z0-9]*[a-z0-9]$", description: "Appended to the name by the side-by-side strategy: lower-case letters, digits and -, ending with a letter or digit." },
    allowLossy: { type: "boolean" },
    patchManager: { type: "string", minLength: 1, pattern: "^[a-z0-9.-]+/[A-Za-z0-9._/-]+$", description: "Domain-prefixed manager of the runtimePatches entry." }
  },
  properties: {
    format: { enum: ["text", "json", "markdown", "sarif"] },
    runtime: { $ref: "#/definitions/runtime" },
    runtimeKind: { $ref: "#/definitions/runtimeKind" },
    trainerVersion: { $ref: "#/definitions/trainerVersion" },
    strategy: { $ref: "#/definitions/strategy" },
    nameSuffix: { $ref: "#/definitions/nameSuffix" },
    allowLossy: { $ref: "#/definitions/allowLossy" },
    patchManager: { $ref: "#/definitions/patchManager" },
    include: { type: "array", items: { type: "string", minLength: 1 } },
    exclude: { type: "array", items: { type: "string", minLength: 1 } },
    maxFileSize: {
      description: "A number of bytes or a size such as 5MB or 512KiB.",
      oneOf: [
        { type: "integer", minimum: 1 },
        { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG]i?[bB]?|[bB])?$" }
      ]
    },
    crd: { type: "string", minLength: 1, description: "TrainJob CRD file to validate against, relative to this file." },
    concurrency: { type: "integer", minimum: 1, maximum: 64 },
    quiet: { type: "boolean" },
    installedRuntimes: {
      type: "array",
      items: { type: "string", minLength: 1, pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" },
      description: "Runtimes the clusters have although the repository does not define them; TrainJobs that reference them get no RUNTIME_NOT_FOUND warning."
    },
    generateRuntimes: { type: "boolean", description: "Convert jobs blocked only by runtime-level settings against generated ClusterTrainingRuntimes derived from torch-distributed." },
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path"],
        properties: {
          path: { type: "string", minLength: 1, description: "Glob relative to the repository root, e.g. clusters/gpu/**." },
          runtime: { $ref: "#/definitions/runtime" },
          runtimeKind: { $ref: "#/definitions/runtimeKind" },
          trainerVersion: { $ref: "#/definitions/trainerVersion" },
          strategy: { $ref: "#/definitions/strategy" },
          nameSuffix: { $ref: "#/definitions/nameSuffix" },
          allowLossy: { $ref: "#/definitions/allowLossy" },
          patchManager: { $ref: "#/definitions/patchManager" }
        }
      }
    }
  }
};

// src/config/config-error.ts
var ConfigError = class extends UserError {
  constructor(message, file, problems = [message]) {
    super(message, { exitCode: 2 });
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
};

// src/config/describe-errors.ts
function keyPath(instancePath) {
  return instancePath.split("/").slice(1).map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~")).reduce((path, part) => /^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part, "");
}
var show = (value) => JSON.stringify(value) ?? String(value);
function valueAt(root, instancePath) {
  let node = root;
  for (const part of instancePath.split("/").slice(1)) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return node;
}
function allowedKeys(schema) {
  const properties = schema?.properties;
  return properties ? Object.keys(properties) : [];
}
function describeError(error, data) {
  const key = keyPath(error.instancePath);
  const subject = key ? `"${key}"` : "the file";
  const got = `(got ${show(valueAt(data, error.instancePath))})`;
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = String(error.params.additionalProperty);
      const where = key ? ` in "${key}"` : "";
      return `unknown key "${extra}"${where}; allowed keys: ${allowedKeys(error.parentSchema).join(", ")}`;
    }
    case "enum": {
      const allowed = error.params.allowedValues.map(show).join(", ");
      return `${subject} must be one of ${allowed} ${got}`;
    }
    case "type": {
      const type = error.params.type;
      return `${subject} must be ${type === "integer" || type === "array" || type === "object" ? "an" : "a"} ${type} ${got}`;
    }
    case "required":
      return `${subject} needs the key "${error.params.missingProperty}"`;
    case "minimum":
    case "maximum":
      return `${subject} must be ${error.keyword === "minimum" ? "at least" : "at most"} ${show(error.params.limit)} ${got}`;
    case "minLength":
      return `${subject} must not be empty`;
    case "pattern":
      return `${subject} must match ${error.params.pattern} ${got}`;
    case "oneOf": {
      const forms = error.parentSchema?.description ?? "one of the allowed forms";
      return `${subject} must be ${forms.charAt(0).toLowerCase()}${forms.slice(1).replace(/\.$/, "")} ${got}`;
    }
    default:
      return `${subject} ${error.message ?? "is not valid"} ${got}`;
  }
}

// src/config/paths-inside.ts
import { isAbsolute, normalize, relative, sep } from "node:path";
function climbsOutOfRoot(pattern) {
  if (isAbsolute(pattern) || pattern.startsWith("/")) return true;
  const normalized = normalize(pattern.replaceAll("\\", "/"));
  return normalized === ".." || normalized.startsWith(`..${sep}`) || normalized.startsWith("../");
}
function isInside(root, absPath) {
  const rel = relative(root, absPath);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

// src/config/types.ts
var CONFIG_FILE_NAME = ".trainjob-migrate.yaml";

// src/config/load-config.ts
var settingsValidator;
function validateSettings() {
  if (!settingsValidator) {
    const Ajv = schemaCompiler();
    settingsValidator = new Ajv({ allErrors: true, verbose: true, strict: true }).compile(
      config_schema_default
    );
  }
  return settingsValidator;
}
function instanceKeys(error) {
  const parts = error.instancePath.split("/").slice(1).map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));
  if (error.keyword === "additionalProperties") {
    parts.push(String(error.params.additionalProperty));
  }
  return parts;
}
function parseConfigText(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const [yamlError] = doc.errors;
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new ConfigError(`${file}:${line}: not valid YAML: ${yamlError.message.split("\n")[0]}`, file);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigError(`${file}: cannot be read as settings: ${error.message}.`, file);
  }
  const validate = validateSettings();
  if (validate(data)) return checkPathsInside(data, file, doc, lineCounter);
  const lineOf = (error) => {
    let keys = instanceKeys(error);
    while (keys.length > 0) {
      const node = doc.getIn(keys, true);
      if ((0, import_yaml.isNode)(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      keys = keys.slice(0, -1);
    }
    return 1;
  };
  const errors = validate.errors ?? [];
  const oneOfPaths = new Set(
    errors.filter((error) => error.keyword === "oneOf").map((error) => error.instancePath)
  );
  const problems = [
    ...new Set(
      errors.filter((error) => error.keyword === "oneOf" || !oneOfPaths.has(error.instancePath)).map((error) => `${file}:${lineOf(error)}: ${describeError(error, data)}`)
    )
  ];
  throw new ConfigError(problems.join("\n"), file, problems);
}
function checkPathsInside(settings, file, doc, lineCounter) {
  const globs = [
    ...(settings.include ?? []).map((glob, index) => [["include", String(index)], glob]),
    ...(settings.exclude ?? []).map((glob, index) => [["exclude", String(index)], glob]),
    ...(settings.overrides ?? []).map((o, index) => [
      ["overrides", String(index), "path"],
      o.path
    ])
  ];
  const problems = globs.filter(([, glob]) => climbsOutOfRoot(glob)).map(([keys, glob]) => {
    const node = doc.getIn(keys, true);
    const line = (0, import_yaml.isNode)(node) && node.range ? lineCounter.linePos(node.range[0]).line : 1;
    return `${file}:${line}: "${glob}" leaves the folder of the config file; paths and globs are relative to it and must stay inside`;
  });
  if (problems.length > 0) throw new ConfigError(problems.join("\n"), file, problems);
  return settings;
}
async function loadConfigFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = error.code === "ENOENT" ? "no such file" : error.message;
    throw new ConfigError(`${file}: cannot read the config file (${reason}); check the --config path.`, file);
  }
  return { file, settings: parseConfigText(text, file) };
}
async function findConfigAt(root) {
  const file = join(root, CONFIG_FILE_NAME);
  const found = await stat(file).catch(() => void 0);
  if (!found?.isFile()) return void 0;
  const config = await loadConfigFile(file);
  const { crd } = config.settings;
  if (crd !== void 0) {
    const target = resolve(root, crd);
    const rootReal = await realpath(root);
    const real = await realpath(target).catch(() => target);
    if (!isInside(resolve(root), target) || !isInside(rootReal, real)) {
      throw new ConfigError(
        `${file}: "crd: ${crd}" names a file outside the repository; a repository's own config may only name files inside it. Pass such a CRD with --crd.`,
        file
      );
    }
  }
  return config;
}

// src/config/resolve-options.ts
import { dirname, resolve as resolve2 } from "node:path";

// src/options.ts
var OUTPUT_FORMATS = ["text", "json", "markdown", "sarif"];
var DEFAULT_MIGRATION_OPTIONS = {
  convert: DEFAULT_CONVERT_OPTIONS,
  scan: DEFAULT_SCAN_OPTIONS,
  overrides: [],
  inputConcurrency: 4
};

// src/config/byte-size.ts
function parseByteSize(value) {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  const match = /^([0-9]+(?:\.[0-9]+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!match) return void 0;
  const units = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  const bytes = Math.round(Number(match[1]) * (units[(match[2] ?? "").toLowerCase()] ?? 1));
  return bytes > 0 ? bytes : void 0;
}

// src/config/resolve-options.ts
var sharedOptionSpec = {
  format: { type: "string", short: "f" },
  runtime: { type: "string" },
  "runtime-kind": { type: "string" },
  "trainer-version": { type: "string" },
  strategy: { type: "string" },
  "name-suffix": { type: "string" },
  "allow-lossy": { type: "boolean" },
  "patch-manager": { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  "max-file-size": { type: "string" },
  config: { type: "string" },
  crd: { type: "string" },
  concurrency: { type: "string" },
  "installed-runtimes": { type: "string", multiple: true },
  "generate-runtimes": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
function oneOf(flag, value, allowed) {
  if (value === void 0) return void 0;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")} (got "${value}").`);
}
function nonEmpty(flag, value) {
  if (value !== void 0 && value.trim() === "") throw new UsageError(`--${flag} must not be empty.`);
  return value;
}
var RUNTIME_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
var NAME_SUFFIX = /^[-a-z0-9]*[a-z0-9]$/;
function kubernetesName(flag, value, pattern, maxLength) {
  if (value === void 0) return void 0;
  if (!pattern.test(value) || value.length > maxLength) {
    throw new UsageError(
      `--${flag} "${value}" is not valid in a Kubernetes object name: use lower-case letters, digits and "-", starting and ending with a letter or digit (at most ${maxLength} characters).`
    );
  }
  return value;
}
function globsInside(flag, patterns) {
  const outside = patterns?.find(climbsOutOfRoot);
  if (outside !== void 0) {
    throw new UsageError(
      `--${flag} '${outside}' leaves the scanned folder: patterns are relative to each input folder. Give the other folder as an input instead.`
    );
  }
  return patterns;
}
function parseInstalledRuntimes(values) {
  if (values === void 0) return void 0;
  const names = values.flatMap((value) => value.split(",")).map((name) => name.trim());
  for (const name of names) {
    if (!RUNTIME_NAME.test(name)) {
      throw new UsageError(
        `--installed-runtimes takes runtime names separated by commas, e.g. torch-distributed,my-runtime (got "${name}").`
      );
    }
  }
  return [...new Set(names)];
}
function parseConcurrency(value) {
  if (value === void 0) return void 0;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 64) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 64 (got "${value}").`);
  }
  return parsed;
}
function parseMaxFileSize(value) {
  if (value === void 0) return void 0;
  const bytes = parseByteSize(value);
  if (bytes === void 0) {
    throw new UsageError(
      `--max-file-size must be a number of bytes or a size like 5MB or 512KiB (got "${value}").`
    );
  }
  return bytes;
}
function resolveFormat(flags, config) {
  return oneOf("format", flags.format, OUTPUT_FORMATS) ?? config?.settings.format ?? "text";
}
function convertSettingsToOptions(settings) {
  const options = {};
  if (settings.runtime !== void 0) options.runtimeName = settings.runtime;
  if (settings.runtimeKind !== void 0) options.runtimeKind = settings.runtimeKind;
  if (settings.trainerVersion !== void 0) options.trainerVersion = settings.trainerVersion;
  if (settings.strategy !== void 0) options.strategy = settings.strategy;
  if (settings.nameSuffix !== void 0) options.nameSuffix = settings.nameSuffix;
  if (settings.allowLossy !== void 0) options.allowLossy = settings.allowLossy;
  if (settings.patchManager !== void 0) options.patchManager = settings.patchManager;
  return options;
}
function flagConvertOptions(flags) {
  return convertSettingsToOptions({
    runtime: kubernetesName("runtime", nonEmpty("runtime", flags.runtime), RUNTIME_NAME, 253),
    runtimeKind: oneOf("runtime-kind", flags["runtime-kind"], RUNTIME_KINDS),
    trainerVersion: oneOf("trainer-version", flags["trainer-version"], TRAINER_VERSIONS),
    strategy: oneOf("strategy", flags.strategy, STRATEGIES),
    nameSuffix: kubernetesName("name-suffix", nonEmpty("name-suffix", flags["name-suffix"]), NAME_SUFFIX, 62),
    allowLossy: flags["allow-lossy"],
    patchManager: nonEmpty("patch-manager", flags["patch-manager"])
  });
}
function withoutKeys(options, keys) {
  return Object.fromEntries(Object.entries(options).filter(([key]) => !keys.includes(key)));
}
function resolveMigrationOptions(flags, config, env) {
  const settings = config?.settings ?? {};
  const fromFlags = flagConvertOptions(flags);
  const convert = {
    ...DEFAULT_CONVERT_OPTIONS,
    ...convertSettingsToOptions(settings),
    ...fromFlags
  };
  const overrides = (settings.overrides ?? []).map((override) => ({
    path: override.path,
    options: withoutKeys(convertSettingsToOptions(override), Object.keys(fromFlags))
  })).filter((override) => Object.keys(override.options).length > 0);
  const configMaxFileSize = settings.maxFileSize === void 0 ? void 0 : parseByteSize(settings.maxFileSize);
  const crd = flags.crd !== void 0 ? resolve2(env.cwd, nonEmpty("crd", flags.crd) ?? "") : settings.crd !== void 0 && config ? resolve2(dirname(config.file), settings.crd) : void 0;
  const options = {
    convert,
    scan: {
      ...DEFAULT_SCAN_OPTIONS,
      include: globsInside("include", flags.include) ?? settings.include ?? DEFAULT_SCAN_OPTIONS.include,
      exclude: globsInside("exclude", flags.exclude) ?? settings.exclude ?? DEFAULT_SCAN_OPTIONS.exclude,
      maxFileSize: parseMaxFileSize(flags["max-file-size"]) ?? configMaxFileSize ?? DEFAULT_SCAN_OPTIONS.maxFileSize
    },
    overrides,
    inputConcurrency: parseConcurrency(flags.concurrency) ?? settings.concurrency ?? DEFAULT_MIGRATION_OPTIONS.inputConcurrency
  };
  if (crd !== void 0) options.crd = crd;
  const installedRuntimes = parseInstalledRuntimes(flags["installed-runtimes"]) ?? settings.installedRuntimes;
  if (installedRuntimes !== void 0) options.installedRuntimes = installedRuntimes;
  const generateRuntimes2 = flags["generate-runtimes"] ?? settings.generateRuntimes;
  if (generateRuntimes2 !== void 0) options.generateRuntimes = generateRuntimes2;
  return options;
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/model/behaviour-report.ts
var GROUPED_FINDING_CODES = ["V1_ENV_ADDED", "ENTRYPOINT_NPROC"];

// src/report/summarize.ts
function fileStatusOf(file, changed) {
  if (file.error) return "error";
  if (file.jobs.some((job) => job.status === "error" || job.status === "needs-review")) return "needs-review";
  if (changed) return "converted";
  if (file.skipReason || file.jobs.length > 0 && file.jobs.every((job) => job.status === "skipped")) {
    return "skipped";
  }
  return "unchanged";
}
function summarize(files, inputs) {
  const jobs = files.flatMap((file) => file.jobs);
  const count = (status) => jobs.filter((job) => job.status === status).length;
  return {
    files: files.length,
    filesWithJobs: files.filter((file) => file.jobs.length > 0).length,
    jobs: jobs.length,
    converted: count("converted"),
    needsReview: count("needs-review"),
    skipped: count("skipped"),
    errors: files.filter((file) => file.status === "error").length + count("error") + inputs.filter((input) => input.status === "error").length
  };
}
function needsAttention(summary) {
  return summary.needsReview > 0 || summary.errors > 0;
}
var FINDINGS_SHOWN_ONCE = /* @__PURE__ */ new Set([
  "RUNTIME_NOT_FOUND",
  ...GROUPED_FINDING_CODES
]);

// src/report/behaviour.ts
var MAX_JOBS_LISTED = 10;
function jobName(job) {
  const name = job.namespace ? `${job.namespace}/${job.name}` : job.name;
  return job.detail ? `${name} (${job.detail})` : name;
}
function jobList(jobs, quote) {
  const shown2 = jobs.slice(0, MAX_JOBS_LISTED).map((job) => quote(jobName(job)));
  const more = jobs.length - shown2.length;
  return `${shown2.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
function sectionOf(report) {
  const behaviour = report.gitops?.behaviour;
  if (!behaviour || Object.keys(behaviour.changes ?? {}).length === 0) return void 0;
  return behaviour;
}
function behaviourText(report) {
  const behaviour = sectionOf(report);
  if (!behaviour) return "";
  const lines = ["Behaviour that changes for every job under Trainer v2:"];
  for (const change of Object.values(behaviour.changes)) {
    lines.push(`  - ${change.change} To do: ${change.todo}`);
    if (change.jobs && change.topic !== "pod-names")
      lines.push(`    Applies to ${change.jobs.length} job(s): ${jobList(change.jobs, String)}`);
  }
  for (const note of Object.values(behaviour.notes ?? {})) {
    lines.push(
      `  - [${note.code}] ${note.text}`,
      `    ${note.jobs.length} job(s): ${jobList(note.jobs, String)}`
    );
  }
  if (behaviour.oldPodSelectors.length > 0) lines.push("  Objects that still select the v1 pods:");
  for (const item of behaviour.oldPodSelectors) {
    const where = item.line ? `${item.path}:${item.line}` : item.path;
    lines.push(`  - ${where} ${item.kind} ${item.name}: matches ${item.matches}; use ${item.useInstead}`);
  }
  return lines.join("\n");
}
function behaviourMarkdown(report, { code, escape: prose, cell }) {
  const behaviour = sectionOf(report);
  if (!behaviour) return "";
  const lines = ["### Behaviour that changes for every job", ""];
  for (const change of Object.values(behaviour.changes)) {
    lines.push(
      `- ${escapeKeepingCode(change.change, prose)} **To do:** ${escapeKeepingCode(change.todo, prose)}`
    );
    if (change.jobs && change.topic !== "pod-names")
      lines.push(`  - Applies to ${change.jobs.length} job(s): ${jobList(change.jobs, code)}.`);
  }
  for (const note of Object.values(behaviour.notes ?? {})) {
    lines.push(`- ${prose(note.text)}`, `  - ${note.jobs.length} job(s): ${jobList(note.jobs, code)}.`);
  }
  if (behaviour.oldPodSelectors.length > 0) {
    lines.push(
      "",
      "#### Objects that still select the v1 pods",
      "",
      "| Object | Matches | Use instead |",
      "| --- | --- | --- |"
    );
    for (const item of behaviour.oldPodSelectors) {
      const where = item.line ? `${item.path}:${item.line}` : item.path;
      lines.push(
        `| ${cell(`${item.kind} ${item.name}`)} (${code(where)}) | ${code(item.matches)} | ${cell(item.useInstead)} |`
      );
    }
  }
  return lines.join("\n");
}
function escapeKeepingCode(text, prose) {
  return text.split(/(`[^`]*`)/).map((part) => part.startsWith("`") ? part : prose(part)).join("");
}

// src/report/rule-help.ts
var DOCS_URL = package_default.homepage.replace(/#.*$/, "");
var RULES = {
  PYTORCHJOB_CONVERTIBLE: {
    title: "PyTorchJob converts exactly to a TrainJob",
    help: "A kubeflow.org/v1 PyTorchJob that converts exactly to a Trainer v2 TrainJob. Run `trainjob-migrate convert --write`, or let the Action open the pull request."
  },
  PYTORCHJOB_CONVERTED: {
    title: "PyTorchJob rewritten as a TrainJob",
    help: "The PyTorchJob was rewritten as a TrainJob. Review the diff before merging."
  },
  FILE_ERROR: {
    title: "File could not be read",
    help: "The file could not be read or parsed. Fix the YAML or JSON at the given line, then run again."
  },
  NOT_A_PYTORCHJOB: { title: "Not a PyTorchJob", help: "The document is not a PyTorchJob; nothing to do." },
  KUSTOMIZE_OVERLAY: {
    title: "Kustomize overlay cannot be carried over",
    help: "A kustomize overlay patches the job in a way that cannot be carried over to the TrainJob, so the base and its overlays stay PyTorchJobs. Carry the overlay over by hand, then run again."
  },
  KUSTOMIZE_REMOTE: {
    title: "Kustomization uses a remote base",
    help: "A kustomization pulls a remote base that was not built. Check the remote base for PyTorchJobs."
  },
  KUSTOMIZE_BUILD: {
    title: "Kustomize build check failed",
    help: "The kustomization did not build to the same jobs before and after the rewrite, so its jobs were left as they are. Read the build message and fix the kustomization."
  },
  KUSTOMIZE_IMAGE_OVERRIDE: {
    title: "Kustomize image override",
    help: "An `images:` override reaches the job. Check that the field spec the tool added keeps it working on the TrainJob."
  },
  INVALID_PYTORCHJOB: {
    title: "PyTorchJob does not match its schema",
    help: "The PyTorchJob does not match the kubeflow.org/v1 schema. Fix it before converting."
  },
  UNSUPPORTED_API_VERSION: {
    title: "Not kubeflow.org/v1",
    help: "Only kubeflow.org/v1 PyTorchJobs are converted. Move the job to v1 first."
  },
  ELASTIC_POLICY: {
    title: "Elastic policy has no TrainJob equivalent",
    help: "Elastic training has no TrainJob equivalent: a TrainJob runs a fixed number of nodes. Remove elasticPolicy and choose the node count, or keep the job on v1."
  },
  HETEROGENEOUS_REPLICAS: {
    title: "Master and Worker pods differ",
    help: "Master and Worker pods differ; a TrainJob runs identical nodes. Make them equal, or use a runtime of your own."
  },
  UNKNOWN_REPLICA_TYPE: {
    title: "Replica type other than Master and Worker",
    help: "Only Master and Worker replicas map to TrainJob nodes. Review the other replica types."
  },
  MASTER_REPLICAS_NOT_ONE: {
    title: "Master replicas is not 1",
    help: "A PyTorchJob Master must have one replica. Fix the replica count."
  },
  NO_TRAINER_CONTAINER: {
    title: "No pytorch container",
    help: "No container named `pytorch` was found. Name the training container `pytorch`."
  },
  EXTRA_CONTAINERS: {
    title: "Sidecar containers",
    help: "Sidecar containers need a runtime that has them. Run with --generate-runtimes, or add them to a runtime of your own."
  },
  INIT_CONTAINERS: {
    title: "Init containers",
    help: "Init containers need a runtime patch (Trainer 2.2+) or a runtime that has them. Run with --generate-runtimes, or choose a newer --trainer-version."
  },
  RESTART_POLICY: {
    title: "Restart policy",
    help: "The restart policy is set by the runtime in v2. Run with --generate-runtimes for a runtime that keeps it, or check that the default runtime matches your needs."
  },
  ENV_FROM: {
    title: "envFrom",
    help: "envFrom cannot be carried into the trainer. Move the variables into `env`, or run with --generate-runtimes."
  },
  RESERVED_ENV: {
    title: "Reserved PET_* variable",
    help: "The variable is set by the Trainer torch plugin and the webhook rejects it in spec.trainer.env. Remove it."
  },
  SUSPECT_DISTRIBUTED_ENV: {
    title: "Hand-made distributed variables",
    help: "The variable looks like hand-made distributed setup, which the Trainer now sets. Check it."
  },
  CONTAINER_FIELD: {
    title: "Container field with no TrainJob place",
    help: "A container field has no place in the TrainJob. Run with --generate-runtimes to carry it in a runtime, or drop it."
  },
  POD_FIELD: {
    title: "Pod field",
    help: "A pod field the TrainJob cannot set for the target release. Set it in a runtime (--generate-runtimes writes one), or check the patch the tool wrote when it is only a note."
  },
  POD_FIELD_UNSUPPORTED_BY_TARGET: {
    title: "Pod field not patchable in the target release",
    help: "The target Trainer release cannot patch this pod field. Choose a newer --trainer-version, or run with --generate-runtimes."
  },
  RUN_POLICY: {
    title: "runPolicy field",
    help: "A runPolicy field has no TrainJob equivalent. Run with --generate-runtimes to carry it in a runtime, or drop it."
  },
  CLEAN_POD_POLICY: {
    title: "cleanPodPolicy",
    help: "cleanPodPolicy is decided by the runtime in v2. Check that the runtime keeps the pods you need."
  },
  SCHEDULING_POLICY: {
    title: "Scheduling policy",
    help: "Gang scheduling moves to the runtime podGroupPolicy. Configure it there."
  },
  NPROC_PER_NODE: {
    title: "nprocPerNode",
    help: "nprocPerNode changed type and defaults across Trainer releases. Check the emitted value."
  },
  MANAGED_BY: {
    title: "managedBy",
    help: "managedBy values differ in v2. Check the emitted controller name."
  },
  NAME_INVALID: {
    title: "Name is not a valid TrainJob name",
    help: "TrainJob names must be RFC 1035 labels of at most 63 characters. Rename the job."
  },
  UNKNOWN_FIELD: {
    title: "Unknown field",
    help: "A field unknown to the PyTorchJob schema was found. Remove or move it."
  },
  TORCHRUN_MISSING: {
    title: "Distributed job without torchrun",
    help: "The job is distributed but its command does not start torchrun, and Trainer v2 only sets the PET_* variables torchrun reads. Start training through torchrun."
  },
  DEPRECATED_LAUNCHER: {
    title: "torch.distributed.launch",
    help: "The command uses python -m torch.distributed.launch, deprecated in favour of torchrun. Switch to torchrun."
  },
  STATUS_DROPPED: {
    title: "Status not carried over",
    help: "The status block is not carried over; it belongs to the cluster, not to Git."
  },
  LOSSY_CONVERSION: {
    title: "Converted with losses",
    help: "Something could not be carried over exactly (written because --allow-lossy was given). Review the other findings of the job."
  },
  SCHEMA_INVALID: {
    title: "TrainJob fails its schema",
    help: "The emitted TrainJob does not validate against the TrainJob schema, its CEL rules or the Trainer webhook rules, so it was not written. Review the finding."
  },
  RUNTIME_REQUIRED: {
    title: "Needs a runtime of its own",
    help: "The job needs a runtime of its own. Run with --generate-runtimes to write a ClusterTrainingRuntime beside it, or name an existing one with --runtime."
  },
  KATIB_TRIAL_TEMPLATE: {
    title: "Katib trial template",
    help: "A Katib trial template runs this PyTorchJob. Convert the template and the Katib trial resources together."
  },
  TEMPLATED_FIELD: {
    title: "Templated field",
    help: "A template expression shapes the job, so it cannot be rewritten as YAML. Convert it by hand."
  },
  EDIT_UNSUPPORTED: {
    title: "YAML the tool cannot edit",
    help: "The file uses YAML the tool cannot edit safely. Convert this job by hand."
  },
  VERIFY_FAILED: {
    title: "Rewrite failed its checks",
    help: "The rewritten file did not pass the checks, so it was not changed. Please report the file."
  },
  SIDE_BY_SIDE_EXISTS: {
    title: "Side-by-side TrainJob exists",
    help: "The side-by-side TrainJob already exists beside the PyTorchJob; nothing was added."
  },
  RUNTIME_GENERATED: {
    title: "Converted against a generated runtime",
    help: "The job was converted against a ClusterTrainingRuntime generated from its runtime-level settings. Review the runtime file and deploy it with the job."
  },
  ARGO_IGNORE_DIFFERENCES: {
    title: "Argo CD ignoreDifferences keyed to PyTorchJob",
    help: "An Argo CD ignoreDifferences entry names kubeflow.org/PyTorchJob. Add the TrainJob equivalent the report gives, or the app shows drift after the merge."
  },
  ARGO_HEALTH_CHECK: {
    title: "Argo CD health check keyed to PyTorchJob",
    help: "An Argo CD health check names kubeflow.org/PyTorchJob. Add the TrainJob health check the report gives."
  },
  ARGO_RESOURCE_CUSTOMIZATION: {
    title: "Argo CD resource customisation keyed to PyTorchJob",
    help: "An Argo CD resource customisation names kubeflow.org/PyTorchJob. Add the same for trainer.kubeflow.org/TrainJob."
  },
  FLUX_HEALTH_CHECK: {
    title: "Flux health check keyed to PyTorchJob",
    help: "A Flux health check names kubeflow.org/PyTorchJob. Point it at the TrainJob, with the check the report gives."
  },
  FLUX_PATCH_TARGET: {
    title: "Flux patch targets PyTorchJob",
    help: "A Flux Kustomization patch targets kind PyTorchJob. Retarget it at the TrainJob fields."
  },
  RUNTIME_NOT_FOUND: {
    title: "Runtime not found",
    help: "No manifest defines the runtime the TrainJob references. Install it in the cluster (and list it with --installed-runtimes), or run with --generate-runtimes."
  },
  V1_ENV_ADDED: {
    title: "v1's variables added to trainer.env",
    help: "v1's RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT and PYTHONUNBUFFERED were added to trainer.env with the values v1 gave, so a program that reads them runs the same. Keep WORLD_SIZE in step with numNodes when an overlay changes the node count."
  },
  V1_ENV: {
    title: "v1's variables cannot be carried exactly",
    help: "v1's variables cannot be added to trainer.env exactly (a name clash or a reference v1 shadowed). Follow the finding, then convert again."
  },
  ENV_REFERENCE: {
    title: "$(VAR) reference resolves differently",
    help: "A $(VAR) reference in command, args or env would resolve differently under v2. Write the value, or escape it as $$(VAR), then convert again."
  },
  ENTRYPOINT_NPROC: {
    title: "Entrypoint may need numProcPerNode",
    help: "The image entrypoint is not visible; if it starts torchrun on CPU-only nodes, set numProcPerNode in the TrainJob to their CPU count."
  },
  RUNTIME_DEFAULT_COMMAND: {
    title: "Trainer 2.0 runtime command replaces the entrypoint",
    help: "Trainer 2.0's torch-distributed runtime has a command of its own that would replace the image entrypoint. Set command in the PyTorchJob, or target Trainer 2.1 or later (--trainer-version)."
  },
  WORKER_ONLY_RENDEZVOUS: {
    title: "Worker-only torchrun without rendezvous",
    help: "torchrun on Worker-only pods had no node rank or master address under v1, so the pods could not have trained together. Add a Master replica or --rdzv-endpoint/--rdzv-backend, then convert again."
  },
  RUNTIME_CHANGES_PODS: {
    title: "Runtime changes what the pods run",
    help: "The runtime the TrainJob would reference is defined in the repository and adds pod settings the PyTorchJob did not have, so the job would not run the same. Point the job at a runtime that adds nothing (--runtime), or set the same in the PyTorchJob, then convert again."
  },
  VALUE_RESTYLED: {
    title: "Carried value restyled",
    help: "A carried value could not keep its source text in its new place, so its value is written instead; the job still runs the same. Review the restyled value in the diff."
  }
};
var isRuleId = (id) => Object.hasOwn(RULES, id);
function ruleHelp(id) {
  return isRuleId(id) ? RULES[id].help : `See the finding message for what to do about ${id}.`;
}
function ruleTitle(id) {
  return isRuleId(id) ? RULES[id].title : id;
}
function ruleHelpUri(id) {
  return `${DOCS_URL}/blob/main/docs/rules.md#${id.toLowerCase()}`;
}

// src/report/validation-words.ts
function describe(entry) {
  if (entry.source === "crd") return `the TrainJob CRD ${entry.schema} (--crd)`;
  if (entry.source === "repository") return `the TrainJob CRD in the repository, ${entry.schema}`;
  const rules = entry.celRules === void 0 ? "" : `, ${entry.celRules} CEL rules`;
  return `the Trainer ${entry.release} schema ${entry.schema} (from ${entry.upstream ?? "the upstream CRD"}${rules})`;
}
function validationSentence(report) {
  const entries = report.inputs.flatMap((input) => input.validation ?? []);
  const unique = [...new Map(entries.map((entry) => [describe(entry), entry])).keys()];
  if (unique.length === 0) return void 0;
  return `TrainJobs validated against ${unique.join("; ")}, and the Trainer webhook's own rules.`;
}

// src/report/markdown.ts
var GITHUB_BODY_LIMIT = 65536;
var DEFAULT_MARKDOWN_TITLE = "PyTorchJob \u2192 TrainJob migration";
var gitopsOnly = (section) => (report, opts) => opts.gitops === false ? "" : section(report, opts);
var SECTIONS = [
  (_report, opts) => `## ${escapeText(opts.title ?? DEFAULT_MARKDOWN_TITLE)}`,
  (report, opts) => intro(report, opts),
  (report, opts, budget) => budget.jobTable ? jobTable(report, opts) : "",
  (report, opts, budget) => findingsByCause(report, opts, budget),
  (report) => validationSentence(report) ?? "",
  gitopsOnly((report) => behaviourMarkdown(report, { code: codeSpan, escape: escapeText, cell: escapeCell })),
  gitopsOnly(gitopsSection),
  gitopsOnly(kustomizeSection),
  gitopsOnly(appsSection),
  gitopsOnly(runtimesSection),
  (report, opts, budget) => opts.diffs === false ? "" : diffsSection(report, budget),
  (report, opts, budget) => trimmedNote(report, budget, opts),
  (_report, opts) => opts.marker ?? ""
];
function renderMarkdown(report, opts = {}) {
  const maxLength = opts.maxLength ?? GITHUB_BODY_LIMIT;
  const budget = { findingDetails: true, omittedDiffs: /* @__PURE__ */ new Set(), jobTable: true };
  let text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  budget.findingDetails = false;
  text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  const withDiffs = report.files.filter((file) => Boolean(file.diff)).sort((a, b) => b.diff.length - a.diff.length);
  let excess = text.length - maxLength;
  for (const file of withDiffs) {
    if (excess <= 0) {
      text = renderWith(report, opts, budget);
      if (text.length <= maxLength) return text;
      excess = text.length - maxLength;
    }
    budget.omittedDiffs.add(file.path);
    excess -= diffBlock(file).length - file.path.length - 4;
  }
  text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  budget.jobTable = false;
  text = renderWith(report, opts, budget);
  if (text.length <= maxLength) return text;
  return truncate(text, maxLength, opts.marker);
}
function renderWith(report, opts, budget) {
  const sections = SECTIONS.map((section) => section(report, opts, budget));
  return `${sections.filter((section) => section !== "").join("\n\n")}
`;
}
function intro(report, opts) {
  const s = report.summary;
  if (s.jobs === 0 && s.errors === 0) return "No PyTorchJob (`kubeflow.org/v1`) was found.";
  const counts = `${s.files} ${plural(s.files, "file")}, ${s.jobs} ${plural(s.jobs, "PyTorchJob")}: ${s.converted} converted, ${s.needsReview} need review, ${s.skipped} skipped, ${s.errors} ${plural(s.errors, "error")}.`;
  if (s.converted === 0) return `${counts} Nothing was converted.`;
  const what = opts.written ? `${s.converted === 1 ? "The converted PyTorchJob was" : "The converted PyTorchJobs were"} rewritten in place` : `Dry run, nothing was written: ${s.converted === 1 ? "the converted PyTorchJob would be" : "the converted PyTorchJobs would be"} rewritten in place`;
  return `${counts} ${what} as Kubeflow Trainer v2 \`TrainJob\`s (\`trainer.kubeflow.org/v1alpha1\`), keeping comments and formatting.`;
}
var STATUS_WORDS = {
  converted: "converted",
  "needs-review": "needs review",
  skipped: "skipped",
  error: "error",
  "file-error": "error",
  "file-skipped": "skipped"
};
var short = (text, length = 120) => text.length > length ? `${text.slice(0, length - 1).trimEnd()}\u2026` : text;
function whatWasDone(job, opts) {
  const blockers = [...new Set(job.findings.filter((f) => f.severity === "error").map((f) => f.code))];
  switch (job.status) {
    case "converted": {
      const done = opts.written ? "rewritten as a TrainJob" : "would be rewritten as a TrainJob";
      const nodes = job.numNodes === void 0 ? "" : `, ${job.numNodes} ${plural(job.numNodes, "node")}`;
      const runtime = job.runtime ? `, runtime \`${escapeCell(job.runtime)}\`` : "";
      return `${done}${nodes}${runtime}; ${lineChange(job.linesBefore, job.linesAfter)}`;
    }
    case "needs-review":
      return `left as it is: ${blockers.map((code) => `\`${code}\``).join(", ") || "see the findings"}`;
    default: {
      const first = job.findings.find((f) => f.severity === "error") ?? job.findings[0];
      return `left as it is${first ? `: ${escapeCell(short(first.message))}` : ""}`;
    }
  }
}
function jobTable(report, opts) {
  const rows = [];
  for (const file of report.files) {
    for (const job of file.jobs) {
      rows.push(
        `| ${fileRef(file.path, job.line, opts)} | ${escapeCell(job.name)} | ${STATUS_WORDS[job.status]} | ${whatWasDone(job, opts)} |`
      );
    }
    if (file.error) {
      const line = file.error.line ?? 1;
      rows.push(
        `| ${fileRef(file.path, line, opts)} | | ${STATUS_WORDS["file-error"]} | could not be read: ${escapeCell(short(file.error.message))} |`
      );
    } else if (file.skipReason && file.jobs.length === 0) {
      rows.push(
        `| ${fileRef(file.path, 1, opts)} | | ${STATUS_WORDS["file-skipped"]} | ${escapeCell(short(file.skipReason))} |`
      );
    }
  }
  if (rows.length === 0) return "";
  return [
    "### Jobs",
    "",
    "| File | Job | Status | What was done |",
    "| --- | --- | --- | --- |",
    ...rows
  ].join("\n");
}
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function causesOf(report) {
  const causes = /* @__PURE__ */ new Map();
  for (const file of report.files) {
    for (const job of file.jobs) {
      for (const finding2 of job.findings) {
        if (FINDINGS_SHOWN_ONCE.has(finding2.code)) continue;
        const cause = causes.get(finding2.code) ?? {
          code: finding2.code,
          severity: finding2.severity,
          items: []
        };
        if (SEVERITY_RANK[finding2.severity] < SEVERITY_RANK[cause.severity])
          cause.severity = finding2.severity;
        cause.items.push({ file, job, finding: finding2 });
        causes.set(finding2.code, cause);
      }
    }
  }
  const jobCount = (cause) => new Set(cause.items.map(({ file, job }) => `${file.path}:${job.line}`)).size;
  return [...causes.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || jobCount(b) - jobCount(a) || (a.code < b.code ? -1 : 1)
  );
}
var NAMES_SHOWN = 8;
function actionFor(cause, report) {
  const action = ruleHelp(cause.code);
  const runtimeCarries = cause.items.some(({ finding: finding2 }) => finding2.runtimeSetting !== void 0);
  if (!runtimeCarries || report.options.generateRuntimes === true) return escapeText(action);
  return `${escapeText(action)} When this is all that holds a job back, \`--generate-runtimes\` converts it against a ClusterTrainingRuntime generated beside it.`;
}
function findingsByCause(report, opts, budget) {
  const causes = causesOf(report);
  if (causes.length === 0) return "";
  const lines = ["### Findings by cause"];
  for (const cause of causes) {
    const jobs = [
      ...new Map(cause.items.map(({ file, job }) => [`${file.path}:${job.line}`, job.name])).values()
    ];
    const names = [...new Set(jobs)];
    const shown2 = names.slice(0, NAMES_SHOWN).map(codeSpan).join(", ");
    const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : "";
    lines.push(
      "",
      `- **\`${cause.code}\`** (${SEVERITY_WORDS[cause.severity].toLowerCase()}), ${jobs.length} ${plural(jobs.length, "job")}: ${shown2}${more}.`,
      `  ${actionFor(cause, report)}`
    );
    if (budget.findingDetails) {
      lines.push(
        "",
        "  <details><summary>Each finding</summary>",
        "",
        ...cause.items.map(
          ({ file, job, finding: finding2 }) => `  - ${fileRef(file.path, job.line, opts)} **${escapeText(job.name)}**: ${escapeText(finding2.message)}${finding2.path ? ` (${codeSpan(finding2.path)})` : ""}`
        ),
        "",
        "  </details>"
      );
    }
  }
  return lines.join("\n");
}
var jobsWith = (report, statuses) => report.files.flatMap(
  (file) => file.jobs.filter((job) => statuses.includes(job.status)).map((job) => ({ file, job }))
);
function lineChange(before, after) {
  const counts = `${before} \u2192 ${after} lines`;
  if (before <= 0 || before === after) return counts;
  const percent = Math.round(Math.abs(before - after) / before * 100);
  return `${counts} (${percent}% ${after < before ? "fewer" : "more"})`;
}
var SEVERITY_WORDS = {
  error: "Blocks conversion",
  warning: "Check",
  info: "Note"
};
function findingText(finding2) {
  const where = finding2.path ? ` (${codeSpan(finding2.path)})` : "";
  return `${SEVERITY_WORDS[finding2.severity]}: ${escapeText(finding2.message)}${where}`;
}
function gitopsSection(report) {
  const converted = jobsWith(report, ["converted"]).map(({ job }) => job);
  if (converted.length === 0) return "";
  const runtimes = [...new Set(converted.map((job) => job.runtime).filter((r) => Boolean(r)))];
  const runtimeKind = optionValue(report, "runtimeKind") ?? "ClusterTrainingRuntime";
  const strategy = optionValue(report, "strategy") ?? "replace";
  const names = runtimes.length > 0 ? runtimes.map(codeSpan).join(", ") : "they reference";
  const notes = [
    `- **The runtime must exist first.** The TrainJobs use the ${runtimeKind} ${names}. The Trainer's validating webhook rejects a TrainJob whose runtime does not exist, and the Helm chart leaves the built-in runtimes off by default (\`runtimes.defaultEnabled: false\`): install or enable it before this syncs.`
  ];
  if (strategy === "side-by-side") {
    notes.push(
      "- **Side by side.** The PyTorchJobs stay and each TrainJob is added under a new name. Creating a TrainJob starts a new training run; remove the PyTorchJobs in a later change once the TrainJobs are proven."
    );
  } else {
    notes.push(
      "- **Merging deletes the PyTorchJobs.** A kind change is a delete and a create. With pruning on (Argo CD `syncPolicy.automated.prune: true`, Flux `spec.prune: true`) each PyTorchJob is deleted, which stops a training that is still running, and each TrainJob starts a new run. Consider `--strategy side-by-side`, or suspend or finish the running jobs before merging."
    );
  }
  notes.push(
    "- **TrainJob specs are immutable.** Later edits to `spec.trainer` or `spec.runtimeRef` are rejected on apply; they need Argo CD `Replace=true` or Flux `kustomize.toolkit.fluxcd.io/force: enabled`."
  );
  return ["### Before merging", "", ...notes].join("\n");
}
var KUSTOMIZE_BUILD_WORDS = {
  passed: "builds to the same jobs before and after",
  failed: "**the build check failed**",
  "not-run": "not built"
};
function kustomizeSection(report, opts) {
  const section = report.gitops?.kustomize;
  const affected = section?.kustomizations.filter((k) => k.status !== "unaffected") ?? [];
  if (!section || affected.length === 0) return "";
  const lines = ["### Kustomize overlays", ""];
  const checker = section.binary ? `Each kustomization was built before and after the rewrite with \`${section.binary}\`${section.version ? ` (${escapeText(section.version)})` : ""}.` : "**No kustomize or kubectl binary was found, so no kustomization was built to check the rewrite.**";
  lines.push(checker, "");
  for (const k of affected) {
    const build = KUSTOMIZE_BUILD_WORDS[k.build];
    const why = k.buildMessage ? ` (${escapeText(k.buildMessage)})` : "";
    lines.push(`- ${fileRef(k.path, 1, opts)}: ${k.status}; ${build}${why}.`);
    for (const o of k.overrides.filter((o2) => o2.outcome !== "unchanged")) {
      lines.push(
        `  - ${codeSpan(o.style)} ${fileRef(o.path, o.line ?? 1, opts)} ${o.outcome}: ${escapeText(o.message)}`
      );
    }
    for (const finding2 of k.findings) lines.push(`  - ${findingText(finding2)}`);
  }
  return lines.join("\n");
}
var EFFECT_WORDS = {
  "deletes-and-restarts": "deletes the PyTorchJob, starts a new run",
  "old-job-stays": "adds the TrainJob, the PyTorchJob stays",
  "manual-sync": "syncs by hand",
  "runs-alongside": "adds the TrainJob alongside",
  "no-jobs": "applies the changed files"
};
function syncWords(app) {
  const { syncPolicy: policy } = app;
  const prune = `prune ${policy.prune ? "on" : "off"}`;
  if (app.controller !== "argocd")
    return policy.automated ? `reconciles on its interval, ${prune}` : "suspended";
  if (!policy.automated) return "manual sync";
  return ["automated", prune, ...policy.selfHeal ? ["self-heal"] : []].join(", ");
}
function appsSection(report, opts) {
  const section = report.gitops?.apps;
  if (!section) return "";
  const affected = section.apps.filter((app) => app.effect !== "unaffected" && app.effect !== "unresolved");
  const unresolved = section.apps.filter((app) => app.effect === "unresolved");
  const lines = ["### Argo CD and Flux", ""];
  if (affected.length === 0)
    lines.push("No Argo CD or Flux object in the repository deploys the changed files.");
  for (const app of affected) {
    const title = `${app.controller === "argocd" ? "Argo CD" : "Flux"} ${app.kind} **${escapeText(app.name)}**`;
    lines.push(
      `- ${title} (${fileRef(app.path, app.line, opts)}; ${syncWords(app)}): ${EFFECT_WORDS[app.effect] ?? app.effect}. ${escapeText(app.message)}`
    );
    if (app.recommendation) lines.push(`  - Recommended: ${escapeText(app.recommendation)}`);
    if (app.approximate) {
      lines.push("  - Mapped by folder: what its kustomization includes from elsewhere was not followed.");
    }
  }
  for (const app of unresolved) {
    lines.push(
      `- ${app.kind} **${escapeText(app.name)}** (${fileRef(app.path, app.line, opts)}): ${escapeText(app.message)}`
    );
  }
  const deployed = new Set(affected.flatMap((app) => app.changedFiles));
  const orphans = jobsWith(report, ["converted"]).filter(({ file }) => !deployed.has(file.path));
  if (affected.length > 0 && orphans.length > 0) {
    const paths = [...new Set(orphans.map(({ file }) => codeSpan(file.path)))];
    lines.push(`- No app found for ${paths.join(", ")}: check how they are deployed.`);
  }
  if (section.customisations.length > 0) {
    lines.push("", "#### Settings keyed to `kubeflow.org/PyTorchJob`", "");
    for (const item of section.customisations) {
      lines.push(
        `- ${fileRef(item.path, item.line, opts)} ${codeSpan(item.field)}: ${escapeText(item.message)}`
      );
      if (item.equivalent) {
        const fence = fenceFor(item.equivalent);
        lines.push(
          "",
          "  <details><summary>TrainJob equivalent</summary>",
          "",
          `  ${fence}yaml`,
          ...item.equivalent.replace(/\n$/, "").split("\n").map((line) => `  ${line}`),
          `  ${fence}`,
          "",
          "  </details>"
        );
      }
    }
  }
  return lines.join("\n");
}
var RUNTIME_STATUS_WORDS = {
  defined: "defined in",
  installed: "listed as installed",
  generated: "generated in",
  missing: "not found"
};
function runtimesSection(report) {
  const section = report.gitops?.runtimes;
  if (!section || section.runtimes.length === 0 && !section.notes?.length) return "";
  const lines = ["### Runtimes", ""];
  for (const runtime of section.runtimes) {
    const jobs = `${runtime.jobs.length} ${plural(runtime.jobs.length, "TrainJob")}`;
    const where = runtime.path ? ` ${codeSpan(runtime.line ? `${runtime.path}:${runtime.line}` : runtime.path)}` : "";
    lines.push(
      `- ${runtime.kind} ${codeSpan(runtime.name)} (${jobs}): ${RUNTIME_STATUS_WORDS[runtime.status] ?? runtime.status}${where}.`
    );
    if (runtime.settings)
      lines.push(`  - Carries, beyond torch-distributed: ${codeSpan(JSON.stringify(runtime.settings))}.`);
    for (const finding2 of runtime.findings) lines.push(`  - ${findingText(finding2)}`);
  }
  for (const note of section.notes ?? []) lines.push(`- ${escapeText(note)}`);
  return lines.join("\n");
}
function optionValue(report, key) {
  const options = report.options;
  const direct = options[key];
  if (typeof direct === "string") return direct;
  const convert = options.convert;
  if (convert && typeof convert === "object") {
    const nested = convert[key];
    if (typeof nested === "string") return nested;
  }
  return void 0;
}
function diffsSection(report, budget) {
  const blocks = report.files.filter((file) => Boolean(file.diff)).filter((file) => !budget.omittedDiffs.has(file.path)).map(diffBlock);
  if (blocks.length === 0) return "";
  return ["### Changes", "", blocks.join("\n\n")].join("\n");
}
function diffBlock(file) {
  const { added, removed } = diffStat(file.diff);
  const fence = fenceFor(file.diff);
  return [
    `<details><summary><code>${escapeHtml(file.path)}</code> (+${added} \u2212${removed})</summary>`,
    "",
    `${fence}diff`,
    file.diff.replace(/\n$/, ""),
    fence,
    "",
    "</details>"
  ].join("\n");
}
function trimmedNote(report, budget, opts) {
  const left = [];
  if (budget.omittedDiffs.size > 0) {
    const paths = report.files.filter((f) => budget.omittedDiffs.has(f.path)).map((f) => codeSpan(f.path));
    left.push(`the diffs of ${paths.join(", ")}`);
  }
  if (!budget.findingDetails) left.push("each finding of each job (the causes above stay)");
  if (!budget.jobTable) left.push("the table of jobs");
  if (left.length === 0) return "";
  const limit = Number.isFinite(opts.maxLength) ? ` ${opts.maxLength?.toLocaleString("en-US")}-character` : "";
  return `> [!NOTE]
> Left out to stay under the${limit} limit: ${left.join("; ")}. The pull request's file view has every diff, and \`--format text\` or \`json\` every finding.`;
}
function truncate(text, maxLength, marker) {
  const tail = `

> [!NOTE]
> Cut short to stay under the limit; the commit on the branch has the full change.
${marker ? `
${marker}
` : ""}`;
  return `${text.slice(0, Math.max(0, maxLength - tail.length))}${tail}`;
}
function diffStat(diff) {
  let added = 0;
  let removed = 0;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+") && !line.startsWith("+++")) added++;
    else if (line.startsWith("-") && !line.startsWith("---")) removed++;
  }
  return { added, removed };
}
function fenceFor(content) {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}
function fileRef(path, line, opts) {
  const label = `${escapeCell(path)}:${line}`;
  const link2 = opts.fileLink?.(path, line);
  return link2 ? `[${label.replace(/[[\]]/g, "\\$&")}](${link2.replace(/[()\s]/g, encodeURIComponent)})` : label;
}
function codeSpan(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${ticks}${pad}${text.replace(/\r?\n/g, " ")}${pad}${ticks}`;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function escapeText(text) {
  return text.replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeCell(text) {
  return escapeText(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/`/g, "\\`");
}
var plural = (count, word) => count === 1 ? word : `${word}s`;

// src/run.ts
import { mkdtemp as mkdtemp2, realpath as realpath3, rm as rm2, stat as stat4 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { basename, dirname as dirname5, join as join7, resolve as resolve4 } from "node:path";

// src/fs/run-lock.ts
import { createHash } from "node:crypto";
import { link, mkdir, readFile as readFile2, realpath as realpath2, stat as stat2, unlink } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { dirname as dirname2, join as join2, resolve as resolve3 } from "node:path";
var RunLockedError = class extends UserError {
  constructor(message) {
    super(message, { exitCode: 1 });
  }
};
var UNREADABLE_LOCK_STALE_MS = 1e4;
async function acquireRunLock(root, note) {
  const rootReal = await realpath2(root);
  const path = await lockPathFor(rootReal);
  const owner = {
    pid: process.pid,
    host: hostname(),
    started: (/* @__PURE__ */ new Date()).toISOString(),
    command: process.argv.slice(1).join(" "),
    root: rootReal
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(path, owner)) return { path, release: () => releaseLock(path) };
    const holder = await readOwner(path);
    if (holder === "gone") continue;
    if (holder === "unreadable") {
      const age = Date.now() - ((await stat2(path).catch(() => void 0))?.mtimeMs ?? 0);
      if (age < UNREADABLE_LOCK_STALE_MS) throw lockedBy(path, rootReal, void 0);
      note(`took over the write lock ${path}: it held no owner and is ${Math.round(age / 1e3)} s old.`);
    } else if (isAlive(holder)) {
      throw lockedBy(path, rootReal, holder);
    } else {
      note(
        `took over the write lock ${path} of an interrupted run (pid ${holder.pid}, started ${holder.started}); its process is gone.`
      );
    }
    await unlink(path).catch(() => void 0);
  }
  throw lockedBy(path, rootReal, void 0);
}
async function tryCreate(path, owner) {
  await mkdir(dirname2(path), { recursive: true, mode: 448 });
  const temp = tempPathBeside(path);
  try {
    await writeAndSync(temp, `${JSON.stringify(owner)}
`, void 0);
    await link(temp, path);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw new UserError(`cannot take the write lock ${path}: ${error.message}.`, { exitCode: 1 });
  } finally {
    await unlink(temp).catch(() => void 0);
  }
}
async function readOwner(path) {
  let text;
  try {
    text = await readFile2(path, "utf8");
  } catch (error) {
    return error.code === "ENOENT" ? "gone" : "unreadable";
  }
  try {
    const owner = JSON.parse(text);
    return Number.isInteger(owner.pid) && typeof owner.host === "string" ? owner : "unreadable";
  } catch {
    return "unreadable";
  }
}
function isAlive(owner) {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function lockedBy(path, root, owner) {
  const who = owner === void 0 ? "another run" : `another run (pid ${owner.pid} on ${owner.host}, started ${owner.started}: ${owner.command})`;
  return new RunLockedError(
    `${root}: ${who} is writing here; nothing was written. Wait for it to finish and run again, or, if no such run is going on, remove ${path}.`
  );
}
async function releaseLock(path) {
  const holder = await readOwner(path);
  if (typeof holder === "object" && holder.pid === process.pid && holder.host === hostname()) {
    await unlink(path).catch(() => void 0);
  }
}
async function lockPathFor(rootReal) {
  const name = `trainjob-migrate-${createHash("sha256").update(rootReal).digest("hex").slice(0, 16)}.lock`;
  const gitDir = await findGitDir(rootReal);
  return join2(gitDir ?? join2(tmpdir(), "trainjob-migrate-locks"), name);
}
async function findGitDir(start) {
  for (let dir = start; ; dir = dirname2(dir)) {
    const dotGit = join2(dir, ".git");
    const found = await stat2(dotGit).catch(() => void 0);
    if (found?.isDirectory()) return dotGit;
    if (found?.isFile()) {
      const match = /^gitdir:\s*(.+)$/m.exec(await readFile2(dotGit, "utf8").catch(() => ""));
      if (match?.[1]) return resolve3(dir, match[1].trim());
    }
    if (dirname2(dir) === dir) return void 0;
  }
}

// src/fs/temp-leftovers.ts
import { stat as stat3, unlink as unlink2 } from "node:fs/promises";
import { join as join3 } from "node:path";
async function removeTempLeftovers(root, runStart, depth = Number.POSITIVE_INFINITY) {
  const { default: fg } = await import("./out-TWSRFZRO.js");
  const found = await fg(`**/.*${TEMP_FILE_SUFFIX}`, {
    cwd: root,
    deep: depth,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ["**/.git/**", "**/node_modules/**"],
    suppressErrors: true
  });
  return removeTempFiles(root, found, runStart);
}
async function removeTempFiles(root, relPaths, runStart) {
  const removed = [];
  const kept = [];
  for (const relPath of [...relPaths].sort()) {
    const absPath = join3(root, relPath);
    const info = await stat3(absPath).catch(() => void 0);
    if (!info) continue;
    if (isOurTempFile(relPath) && info.mtimeMs < runStart && await unlink2(absPath).then(
      () => true,
      () => false
    )) {
      removed.push(relPath);
    } else {
      kept.push(relPath);
    }
  }
  const notes = [];
  if (removed.length > 0) {
    notes.push(`removed ${removed.length} temp file(s) left by an interrupted run: ${listed(removed)}.`);
  }
  if (kept.length > 0) {
    notes.push(
      `${kept.length} file(s) named like temp files were left as they are: ${listed(kept)}. If no run is writing, remove them with: find ${shellQuote(root)} -name '*${TEMP_FILE_SUFFIX}' -type f -delete`
    );
  }
  return notes;
}
function listed(paths) {
  return paths.length <= 5 ? paths.join(", ") : `${paths.slice(0, 5).join(", ")} and ${paths.length - 5} more`;
}
function shellQuote(text) {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

// src/gitops/apps/analyser.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { posix as posix2 } from "node:path";

// src/analysis/root-view.ts
import { readFileSync, statSync } from "node:fs";
import { join as join4 } from "node:path";
function plannedText(file) {
  return file.rewrite.newText ?? file.original;
}
function rootViewOf(plan) {
  const onDisk2 = /* @__PURE__ */ new Map();
  const readDisk = (relPath) => {
    if (!onDisk2.has(relPath)) onDisk2.set(relPath, readIfFile(join4(plan.root, relPath)));
    return onDisk2.get(relPath);
  };
  return {
    read(relPath) {
      const planned = plan.files.get(relPath);
      return planned ? plannedText(planned) : readDisk(relPath);
    },
    readBefore(relPath) {
      const planned = plan.files.get(relPath);
      return planned ? planned.original : readDisk(relPath);
    },
    exists(relPath) {
      return plan.files.has(relPath) || readDisk(relPath) !== void 0;
    },
    isFolder(relPath) {
      if (relPath === "") return true;
      try {
        if (statSync(join4(plan.root, relPath)).isDirectory()) return true;
      } catch {
      }
      return [...plan.files.keys()].some((path) => path.startsWith(`${relPath}/`));
    }
  };
}
function readIfFile(absolute) {
  try {
    return statSync(absolute).isFile() ? readFileSync(absolute, "utf8") : void 0;
  } catch {
    return void 0;
  }
}

// src/gitops/apps/customisations.ts
var import_yaml2 = __toESM(require_dist(), 1);
var V1_GROUP = "kubeflow.org";
var V1_KIND = "PyTorchJob";
var V2_GROUP = "trainer.kubeflow.org";
var V2_API_VERSION = "trainer.kubeflow.org/v1alpha1";
var V2_KIND = "TrainJob";
var POINTER_MAP = {
  "/spec/runPolicy/suspend": "/spec/suspend",
  "/spec/runPolicy/managedBy": "/spec/managedBy",
  "/spec/runPolicy/activeDeadlineSeconds": "/spec/activeDeadlineSeconds",
  "/spec/pytorchReplicaSpecs/Worker/replicas": "/spec/trainer/numNodes",
  "/spec/pytorchReplicaSpecs/Master/replicas": "/spec/trainer/numNodes",
  "/metadata/labels": "/metadata/labels",
  "/metadata/annotations": "/metadata/annotations",
  "/status": "/status"
};
var KUEUE_POINTERS = ["/spec/suspend", "/spec/runtimePatches"];
var TRAINJOB_LUA_HEALTH = `local hs = { status = "Progressing", message = "TrainJob is not complete yet" }
if obj.status == nil or obj.status.conditions == nil then
  return hs
end
local found = {}
for _, condition in ipairs(obj.status.conditions) do
  if condition.status == "True" then
    found[condition.type] = condition
  end
end
-- The CRD allows an empty message; the reason is never empty.
local function describe(condition, fallback)
  if condition.message ~= nil and condition.message ~= "" then
    return condition.message
  end
  if condition.reason ~= nil and condition.reason ~= "" then
    return fallback .. ": " .. condition.reason
  end
  return fallback
end
if found["Failed"] ~= nil then
  hs.status = "Degraded"
  hs.message = describe(found["Failed"], "TrainJob failed")
elseif found["Complete"] ~= nil then
  hs.status = "Healthy"
  hs.message = describe(found["Complete"], "TrainJob complete")
elseif found["Suspended"] ~= nil then
  hs.status = "Suspended"
  hs.message = describe(found["Suspended"], "TrainJob suspended")
end
return hs
`;
var TRAINJOB_FLUX_HEALTH = {
  apiVersion: V2_API_VERSION,
  kind: V2_KIND,
  failed: "has(status.conditions) && status.conditions.exists(e, e.type == 'Failed' && e.status == 'True')",
  current: "has(status.conditions) && status.conditions.exists(e, e.type == 'Complete' && e.status == 'True')"
};
var yamlOf = (value) => (0, import_yaml2.stringify)(value, { lineWidth: 0 });
function translatePointers(pointers) {
  const mapped = [];
  const unmapped = [];
  for (const pointer of pointers) {
    const target = POINTER_MAP[pointer];
    if (target === void 0) unmapped.push(pointer);
    else if (!mapped.includes(target)) mapped.push(target);
  }
  return { mapped, unmapped };
}
function customisationsOfArgoApp(doc, app, spec) {
  if (!isPlainObject(spec) || !Array.isArray(spec.ignoreDifferences)) return [];
  const found = [];
  spec.ignoreDifferences.forEach((entry, index) => {
    if (!isPlainObject(entry) || entry.kind !== V1_KIND || (entry.group ?? V1_GROUP) !== V1_GROUP) return;
    const pointers = Array.isArray(entry.jsonPointers) ? entry.jsonPointers.map(String) : [];
    const { mapped, unmapped } = translatePointers(pointers);
    const equivalent = { group: V2_GROUP, kind: V2_KIND };
    if (mapped.length > 0) equivalent.jsonPointers = mapped;
    for (const key of ["managedFieldsManagers", "name", "namespace"]) {
      if (entry[key] !== void 0) equivalent[key] = entry[key];
    }
    const jq = Array.isArray(entry.jqPathExpressions) && entry.jqPathExpressions.length > 0;
    found.push({
      controller: "argocd",
      code: "ARGO_IGNORE_DIFFERENCES",
      path: doc.path,
      line: doc.line,
      field: `spec.ignoreDifferences[${index}]`,
      app,
      message: `Argo CD app ${app} ignores differences on ${V1_GROUP}/${V1_KIND}, which matches nothing once the jobs are TrainJobs; add the ${V2_GROUP}/${V2_KIND} entry below` + (unmapped.length > 0 ? ` (no TrainJob counterpart for ${unmapped.join(", ")}: decide whether it is still needed)` : "") + (jq ? " and rewrite its jqPathExpressions for the TrainJob fields" : ""),
      equivalent: yamlOf([equivalent])
    });
  });
  return found;
}
function customisationsOfArgoConfigMap(doc) {
  const data = isPlainObject(doc.object.data) ? doc.object.data : {};
  const found = [];
  const v1Suffix = `.${V1_GROUP}_${V1_KIND}`;
  for (const key of Object.keys(data)) {
    if (!key.startsWith("resource.customizations.") || !key.endsWith(v1Suffix)) continue;
    const aspect = key.slice("resource.customizations.".length, -v1Suffix.length);
    const newKey = `resource.customizations.${aspect}.${V2_GROUP}_${V2_KIND}`;
    const base = { controller: "argocd", path: doc.path, line: doc.line, field: `data["${key}"]` };
    if (aspect === "health") {
      found.push({
        ...base,
        code: "ARGO_HEALTH_CHECK",
        message: `argocd-cm has a health check for ${V1_GROUP}/${V1_KIND}, which no object will match; Argo CD has no built-in one for TrainJob, so add ${newKey} (the Lua below maps Complete, Failed and Suspended)`,
        equivalent: yamlOf({ [newKey]: TRAINJOB_LUA_HEALTH })
      });
    } else if (aspect === "ignoreDifferences") {
      found.push({
        ...base,
        code: "ARGO_IGNORE_DIFFERENCES",
        message: `argocd-cm ignores differences on ${V1_GROUP}/${V1_KIND}; add ${newKey} with the TrainJob pointers (Kueue toggles /spec/suspend and writes /spec/runtimePatches)`,
        equivalent: yamlOf({ [newKey]: yamlOf({ jsonPointers: KUEUE_POINTERS }) })
      });
    } else {
      found.push({
        ...base,
        code: "ARGO_RESOURCE_CUSTOMIZATION",
        message: `argocd-cm key ${key} customises ${V1_KIND}; write the TrainJob version under ${newKey} (TrainJob fields differ, see the conversion)`
      });
    }
  }
  return found;
}
function customisationsOfFlux(doc, app) {
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const found = [];
  const isV1 = (value) => value.kind === V1_KIND && (value.apiVersion === void 0 || String(value.apiVersion).startsWith(`${V1_GROUP}/`)) && (value.group === void 0 || value.group === V1_GROUP);
  if (Array.isArray(spec.healthCheckExprs)) {
    spec.healthCheckExprs.forEach((entry, index) => {
      if (!isPlainObject(entry) || !isV1(entry)) return;
      found.push({
        controller: "flux",
        code: "FLUX_HEALTH_CHECK",
        path: doc.path,
        line: doc.line,
        field: `spec.healthCheckExprs[${index}]`,
        app,
        message: `Flux Kustomization ${app} has healthCheckExprs for ${V1_KIND}, which match nothing once the jobs are TrainJobs; TrainJob has no Ready condition, so without an entry a failed TrainJob does not fail the Kustomization. Add the entry below`,
        equivalent: yamlOf([TRAINJOB_FLUX_HEALTH])
      });
    });
  }
  if (Array.isArray(spec.patches)) {
    spec.patches.forEach((entry, index) => {
      const target = isPlainObject(entry) && isPlainObject(entry.target) ? entry.target : void 0;
      if (!target || !isV1(target)) return;
      found.push({
        controller: "flux",
        code: "FLUX_PATCH_TARGET",
        path: doc.path,
        line: doc.line,
        field: `spec.patches[${index}]`,
        app,
        message: `Flux Kustomization ${app} patches ${V1_KIND}s; once they are TrainJobs the patch silently applies to nothing. Rewrite it for ${V2_GROUP}/${V2_KIND} (e.g. Worker replicas \u2192 /spec/trainer/numNodes, container image \u2192 /spec/trainer/image)`
      });
    });
  }
  return found;
}

// src/gitops/apps/impact.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix } from "node:path";

// src/gitops/apps/argo-spec.ts
var stringOf = (value) => typeof value === "string" ? value : void 0;
function normalisePath(path) {
  const parts = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function argoSources(spec) {
  const list = Array.isArray(spec.sources) ? spec.sources : isPlainObject(spec.source) ? [spec.source] : [];
  const sources = [];
  for (const source of list) {
    if (!isPlainObject(source) || typeof source.path !== "string" || source.chart !== void 0) continue;
    const directory = isPlainObject(source.directory) ? source.directory : {};
    const include = stringOf(directory.include);
    const exclude = stringOf(directory.exclude);
    const repoURL = stringOf(source.repoURL);
    sources.push({
      path: normalisePath(source.path),
      recurse: directory.recurse === true,
      ...include !== void 0 && { include },
      ...exclude !== void 0 && { exclude },
      ...repoURL !== void 0 && { repoURL }
    });
  }
  return sources;
}
function argoSyncPolicy(spec) {
  const syncPolicy = isPlainObject(spec.syncPolicy) ? spec.syncPolicy : {};
  const automated = isPlainObject(syncPolicy.automated) ? syncPolicy.automated : void 0;
  const on = automated !== void 0 && automated.enabled !== false;
  return {
    automated: on,
    prune: on && automated?.prune === true,
    selfHeal: on && automated?.selfHeal === true,
    options: Array.isArray(syncPolicy.syncOptions) ? syncPolicy.syncOptions.map(String) : []
  };
}

// src/gitops/apps/application-set.ts
var PLACEHOLDER = /\{\{-?\s*\.?([A-Za-z0-9_.[\]]+)\s*-?\}\}/g;
var PATH_PARAMS = /* @__PURE__ */ new Set(["path", "path.path"]);
function lookup(params, key) {
  if (key in params) return params[key];
  let value = params;
  for (const part of key.split(".")) {
    if (!isPlainObject(value)) return void 0;
    value = value[part];
  }
  return value;
}
function fillTemplate(value, params) {
  if (typeof value === "string") {
    let missing = false;
    const filled = value.replace(PLACEHOLDER, (_, key) => {
      const found = lookup(params, key);
      if (found === void 0 || isPlainObject(found)) missing = true;
      return String(found);
    });
    return missing ? void 0 : filled;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => fillTemplate(item, params));
    return items.includes(void 0) ? void 0 : items;
  }
  if (isPlainObject(value)) {
    const out = {};
    for (const [key, item] of Object.entries(value)) {
      const filled = fillTemplate(item, params);
      if (filled === void 0) return void 0;
      out[key] = filled;
    }
    return out;
  }
  return value;
}
function expandApplicationSet(doc) {
  const metadata = isPlainObject(doc.object.metadata) ? doc.object.metadata : {};
  const setName = typeof metadata.name === "string" ? metadata.name : void 0;
  if (setName === void 0) return [];
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const template = isPlainObject(spec.template) ? spec.template : {};
  const templateSpec = isPlainObject(template.spec) ? template.spec : {};
  const templateName = isPlainObject(template.metadata) ? String(template.metadata.name ?? setName) : setName;
  const base = {
    controller: "argocd",
    kind: "ApplicationSet",
    path: doc.path,
    line: doc.line,
    ...typeof metadata.namespace === "string" && { namespace: metadata.namespace }
  };
  const unresolved = (why) => ({
    ...base,
    name: setName,
    sources: [],
    syncPolicy: argoSyncPolicy(templateSpec),
    unresolved: why
  });
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const apps = [];
  for (const generator of generators) {
    if (!isPlainObject(generator)) continue;
    if (isPlainObject(generator.list) && Array.isArray(generator.list.elements)) {
      for (const element of generator.list.elements) {
        const params = isPlainObject(element) ? element : {};
        const appSpec = fillTemplate(templateSpec, params);
        const name = fillTemplate(templateName, params);
        if (!isPlainObject(appSpec) || typeof name !== "string") {
          apps.push(unresolved("a list element leaves a template placeholder without a value"));
          continue;
        }
        apps.push({ ...base, name, sources: argoSources(appSpec), syncPolicy: argoSyncPolicy(appSpec) });
      }
    } else if (isPlainObject(generator.git) && Array.isArray(generator.git.directories)) {
      apps.push(...gitDirectoryApps(base, templateName, templateSpec, generator.git.directories, unresolved));
    } else {
      const kind = Object.keys(generator)[0] ?? "unknown";
      apps.push(unresolved(`its ${kind} generator depends on data outside the repository`));
    }
  }
  return apps.length > 0 ? apps : [unresolved("it has no generator this tool can expand")];
}
function gitDirectoryApps(base, templateName, templateSpec, directories, unresolved) {
  const source = isPlainObject(templateSpec.source) ? templateSpec.source : {};
  const pathParam = typeof source.path === "string" ? [...source.path.matchAll(PLACEHOLDER)] : [];
  const pathIsTheFolder = pathParam.length === 1 && pathParam[0]?.[0] === String(source.path).trim() && PATH_PARAMS.has(pathParam[0]?.[1] ?? "");
  if (!pathIsTheFolder) {
    return [
      unresolved(
        "its git directory generator feeds the source path through a template this tool does not expand"
      )
    ];
  }
  const apps = [];
  for (const directory of directories) {
    if (!isPlainObject(directory) || typeof directory.path !== "string" || directory.exclude === true)
      continue;
    const appSpec = { ...templateSpec, source: { ...source, path: directory.path } };
    apps.push({
      ...base,
      name: templateName,
      nameTemplate: templateName,
      sources: argoSources(appSpec),
      syncPolicy: argoSyncPolicy(templateSpec)
    });
  }
  return apps;
}

// src/gitops/apps/impact.ts
var isUnder = (file, folder) => folder === "" || file.startsWith(`${folder}/`);
var hasGlob = (path) => /[*?[\]{}]/.test(path);
function ancestors(file) {
  const out = [];
  let dir = posix.dirname(file);
  while (dir !== "." && dir !== "/") {
    out.push(dir);
    dir = posix.dirname(dir);
  }
  out.push("");
  return out;
}
function outermostBelow(folders, folder) {
  const below = folders.filter((candidate) => candidate !== folder && isUnder(candidate, folder));
  return below.filter(
    (candidate) => !below.some((outer) => outer !== candidate && isUnder(candidate, outer))
  );
}
function coversAt(source, folder, file, layout) {
  const no = { covered: false, approximate: false, folder };
  const kind = layout.folderKind(folder);
  if (kind === "kustomize") {
    const included = layout.kustomizationFiles?.(folder);
    if (included) return { covered: included.files.includes(file), approximate: false, folder };
    return { covered: isUnder(file, folder), approximate: true, folder };
  }
  if (kind === "directory" && source.buildsSubfolderKustomizations && layout.kustomizationFolders) {
    const subfolders = outermostBelow(layout.kustomizationFolders, folder);
    for (const subfolder of subfolders) {
      const coverage = coversAt(source, subfolder, file, layout);
      if (coverage.covered) return { ...coverage, folder };
    }
    if (subfolders.some((subfolder) => isUnder(file, subfolder))) return no;
  }
  if (!isUnder(file, folder)) return no;
  if (kind === "helm") return { covered: true, approximate: false, folder };
  const relative2 = folder === "" ? file : file.slice(folder.length + 1);
  if (!source.recurse && relative2.includes("/")) return no;
  if (source.include && !(0, import_picomatch.default)(source.include, { dot: true, basename: !source.include.includes("/") })(relative2))
    return no;
  if (source.exclude && (0, import_picomatch.default)(source.exclude, { dot: true, basename: !source.exclude.includes("/") })(relative2))
    return no;
  return { covered: true, approximate: false, folder };
}
function sourceCovers(source, file, layout) {
  if (!hasGlob(source.path)) return coversAt(source, source.path, file, layout);
  const matches = (0, import_picomatch.default)(source.path, { dot: true });
  for (const folder of ancestors(file)) {
    if (!matches(folder)) continue;
    const coverage = coversAt(source, folder, file, layout);
    if (coverage.covered) return coverage;
  }
  for (const folder of layout.kustomizationFolders ?? []) {
    if (!matches(folder)) continue;
    const coverage = coversAt(source, folder, file, layout);
    if (coverage.covered) return coverage;
  }
  return { covered: false, approximate: false, folder: source.path };
}
function unfollowedOf(app, layout) {
  const notes = app.sources.flatMap(
    (source) => hasGlob(source.path) || layout.folderKind(source.path) !== "kustomize" ? [] : layout.kustomizationFiles?.(source.path)?.unfollowed ?? []
  );
  return [...new Set(notes)];
}
function appName(app, folder) {
  if (!app.nameTemplate) return app.name;
  const params = {
    path: folder,
    "path.path": folder,
    "path.basename": posix.basename(folder),
    "path.basenameNormalized": posix.basename(folder).replace(/[^a-zA-Z0-9-]/g, "-").toLowerCase()
  };
  const filled = fillTemplate(app.nameTemplate, params);
  return typeof filled === "string" ? filled : app.name;
}
var jobList2 = (jobs) => jobs.map((job) => job.namespace ? `${job.namespace}/${job.name}` : job.name).join(", ");
function impactOf(app, changed, layout, strategy) {
  const files = [];
  const jobs = [];
  let approximate = false;
  let name = app.name;
  for (const file of changed) {
    for (const source of app.sources) {
      const coverage = sourceCovers(source, file.path, layout);
      if (!coverage.covered) continue;
      files.push(file.path);
      jobs.push(...file.jobs);
      approximate ||= coverage.approximate;
      name = appName(app, coverage.folder);
      break;
    }
  }
  const impact = describeEffect(app, name, jobs, strategy);
  const unfollowed = unfollowedOf(app, layout);
  const effect = app.unresolved !== void 0 && files.length === 0 ? {
    effect: "unresolved",
    message: `Could not tell which files it deploys: ${app.unresolved}. Check by hand whether it deploys the changed files.`
  } : files.length === 0 ? { effect: "unaffected", message: "Deploys none of the changed files." } : impact;
  if (unfollowed.length > 0) {
    effect.message += ` Its kustomization also names what was not followed, so check it by hand for PyTorchJobs: ${unfollowed.join("; ")}.`;
  }
  return {
    name,
    changedFiles: files,
    jobs,
    ...effect,
    ...approximate && { approximate },
    ...unfollowed.length > 0 && { unfollowed }
  };
}
function controllerName(app, name) {
  return `${app.controller === "argocd" ? "Argo CD" : "Flux"} ${app.kind} ${name}`;
}
function describeEffect(app, name, jobs, strategy) {
  const who = controllerName(app, name);
  const policy = app.syncPolicy;
  if (jobs.length === 0) {
    return {
      effect: "no-jobs",
      message: `${who} applies the changed files; no PyTorchJob changes kind in them.`
    };
  }
  const one = jobs.length === 1;
  const names = `${one ? "PyTorchJob" : "PyTorchJobs"} ${jobList2(jobs)}`;
  const trainJobs = one ? "the TrainJob, which starts" : "the TrainJobs, each of which starts";
  const kueue = jobs.filter((job) => job.queueName !== void 0);
  const kueueAdvice = app.controller === "argocd" && kueue.length > 0 ? ` ${jobList2(kueue)} ${kueue.length === 1 ? "carries" : "carry"} a Kueue queue label: add ignoreDifferences for trainer.kubeflow.org/TrainJob on /spec/suspend and /spec/runtimePatches (with the RespectIgnoreDifferences=true sync option) so that syncs do not undo what Kueue writes.` : "";
  if (strategy === "side-by-side") {
    return {
      effect: "runs-alongside",
      message: `${who} keeps the ${names} and adds a TrainJob next to each; every TrainJob starts a new training run while the PyTorchJob keeps its own.`,
      recommendation: `Remove the PyTorchJobs in a later change once the TrainJobs are proven.${kueueAdvice}`
    };
  }
  if (!policy.automated) {
    return {
      effect: "manual-sync",
      message: `${who} syncs by hand: nothing changes until someone syncs. The sync creates ${trainJobs} a new training run, and deletes the ${names} only when pruning is ticked, which stops a training that is still running.`,
      recommendation: `Check that the ${names} ${one ? "is" : "are"} not running before a pruning sync, or run again with --strategy side-by-side.${kueueAdvice}`
    };
  }
  if (policy.prune) {
    const how = app.controller === "argocd" ? "automated sync with prune" : app.kind === "HelmRelease" ? "a Helm upgrade" : "prune: true";
    return {
      effect: "deletes-and-restarts",
      message: `Merging makes ${who} (${how}) delete the ${names} (a training that is still running is stopped) and create ${trainJobs} a new training run.`,
      recommendation: `If a job may still be running, run again with --strategy side-by-side, or suspend it first (spec.runPolicy.suspend: true, synced before this merge); to keep a finished job from running again, add spec.suspend: true to its TrainJob.${kueueAdvice}`
    };
  }
  return {
    effect: "old-job-stays",
    message: `Merging makes ${who} create ${trainJobs} a new training run; pruning is off, so the ${names} ${one ? "stays" : "stay"} in the cluster${app.controller === "argocd" ? " (the app shows OutOfSync, requires pruning)" : ""} until removed by hand.`,
    recommendation: `Delete the PyTorchJobs by hand when they are done, or sooner if both must not run at once.${kueueAdvice}`
  };
}

// src/scan/manifest-objects.ts
var import_yaml3 = __toESM(require_dist(), 1);
function manifestObjects(text) {
  const lineCounter = new import_yaml3.LineCounter();
  const found = [];
  for (const doc of (0, import_yaml3.parseAllDocuments)(text, { lineCounter })) {
    if (doc.errors.length > 0) continue;
    let value;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      continue;
    }
    const items = isPlainObject(value) && Array.isArray(value.items) ? value.items : [value];
    const line = lineCounter.linePos(doc.range[0]).line;
    for (const item of items) if (isPlainObject(item)) found.push({ object: item, line });
  }
  return found;
}

// src/gitops/apps/parse.ts
function parseGitOpsText(relPath, text) {
  const parsed = { apps: [], customisations: [] };
  for (const { object, line } of manifestObjects(text)) readObject({ object, path: relPath, line }, parsed);
  return parsed;
}
function readObject(doc, parsed) {
  const { object } = doc;
  const apiVersion = stringOf(object.apiVersion) ?? "";
  const kind = stringOf(object.kind);
  if (apiVersion.startsWith("argoproj.io/") && kind === "Application") {
    const app = readArgoApplication(doc, object);
    if (app) {
      parsed.apps.push(app);
      parsed.customisations.push(...customisationsOfArgoApp(doc, app.name, object.spec));
    }
  } else if (apiVersion.startsWith("argoproj.io/") && kind === "ApplicationSet") {
    const apps = expandApplicationSet(doc);
    parsed.apps.push(...apps);
    const template = isPlainObject(object.spec) && isPlainObject(object.spec.template) ? object.spec.template : {};
    const name = identity(doc)?.name ?? "ApplicationSet";
    parsed.customisations.push(...customisationsOfArgoApp(doc, name, template.spec));
  } else if (apiVersion.startsWith("kustomize.toolkit.fluxcd.io/") && kind === "Kustomization") {
    const app = readFluxKustomization(doc);
    if (app) {
      parsed.apps.push(app);
      parsed.customisations.push(...customisationsOfFlux(doc, app.name));
    }
  } else if (apiVersion.startsWith("helm.toolkit.fluxcd.io/") && kind === "HelmRelease") {
    const app = readHelmRelease(doc);
    if (app) parsed.apps.push(app);
  } else if (apiVersion === "v1" && kind === "ConfigMap") {
    const metadata = isPlainObject(object.metadata) ? object.metadata : {};
    if (metadata.name === "argocd-cm") parsed.customisations.push(...customisationsOfArgoConfigMap(doc));
  }
}
function identity(doc) {
  const metadata = isPlainObject(doc.object.metadata) ? doc.object.metadata : {};
  const name = stringOf(metadata.name);
  if (name === void 0) return void 0;
  const namespace = stringOf(metadata.namespace);
  return { name, ...namespace !== void 0 && { namespace }, path: doc.path, line: doc.line };
}
function readArgoApplication(doc, object) {
  const id = identity(doc);
  if (!id) return void 0;
  const spec = isPlainObject(object.spec) ? object.spec : {};
  return {
    controller: "argocd",
    kind: "Application",
    ...id,
    sources: argoSources(spec),
    syncPolicy: argoSyncPolicy(spec)
  };
}
function readFluxKustomization(doc) {
  const id = identity(doc);
  if (!id) return void 0;
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const sourceRef = isPlainObject(spec.sourceRef) ? spec.sourceRef : {};
  const suspended = spec.suspend === true;
  return {
    controller: "flux",
    kind: "Kustomization",
    ...id,
    // Without a kustomization.yaml in the path, Flux generates one that takes every manifest below it.
    sources: [
      {
        path: normalisePath(stringOf(spec.path) ?? "./"),
        recurse: true,
        buildsSubfolderKustomizations: true
      }
    ],
    syncPolicy: { automated: !suspended, prune: spec.prune === true, selfHeal: !suspended, options: [] },
    ...sourceRef.kind !== void 0 && sourceRef.kind !== "GitRepository" && {
      unresolved: `its source is a ${String(sourceRef.kind)}, not a Git repository`
    }
  };
}
function readHelmRelease(doc) {
  const id = identity(doc);
  if (!id) return void 0;
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const chart = isPlainObject(spec.chart) && isPlainObject(spec.chart.spec) ? spec.chart.spec : {};
  const sourceRef = isPlainObject(chart.sourceRef) ? chart.sourceRef : {};
  const local = sourceRef.kind === "GitRepository" && typeof chart.chart === "string";
  const suspended = spec.suspend === true;
  return {
    controller: "flux",
    kind: "HelmRelease",
    ...id,
    sources: local ? [{ path: normalisePath(String(chart.chart)), recurse: true }] : [],
    // A Helm upgrade deletes what the chart no longer renders.
    syncPolicy: { automated: !suspended, prune: true, selfHeal: !suspended, options: [] },
    ...!local && { unresolved: "its chart does not come from a folder of a Git repository" }
  };
}

// src/gitops/apps/analyser.ts
var NEEDLES = ["argoproj.io", "toolkit.fluxcd.io", "argocd-cm"];
var DEPLOYER_KIND = /^[ \t-]*kind:[ \t]*["']?(?:Application|ApplicationSet|Kustomization|HelmRelease)["']?[ \t]*(?:#.*)?$|"kind"\s*:\s*"(?:Application|ApplicationSet|Kustomization|HelmRelease)"|argocd-cm/m;
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var QUEUE_LABEL = "kueue.x-k8s.io/queue-name";
var DEPLOYERS_REQUEST = { needles: NEEDLES, pattern: DEPLOYER_KIND.source };
function appsAnalyser(options = {}) {
  return {
    name: "apps",
    requests: [DEPLOYERS_REQUEST],
    async analyse(plan) {
      const found = await plan.findFiles(DEPLOYERS_REQUEST);
      const parsed = found.map((file) => parseGitOpsText(file.relPath, file.text));
      const apps = parsed.flatMap((p) => p.apps);
      const customisations = parsed.flatMap((p) => p.customisations);
      if (apps.length === 0 && customisations.length === 0) return {};
      const changed = changedFiles(plan);
      const layout = repoLayout(plan, options, await options.kustomizationFolders?.(plan));
      const strategy = plan.options.convert.strategy;
      const reports = apps.map((app) => {
        const impact = impactOf(app, changed, layout, strategy);
        return {
          controller: app.controller,
          kind: app.kind,
          name: impact.name,
          ...app.namespace !== void 0 && { namespace: app.namespace },
          path: app.path,
          line: app.line,
          sources: app.sources.map((source) => source.path === "" ? "." : source.path),
          syncPolicy: app.syncPolicy,
          effect: impact.effect,
          message: impact.message,
          ...impact.recommendation !== void 0 && { recommendation: impact.recommendation },
          changedFiles: impact.changedFiles,
          jobs: impact.jobs,
          ...impact.approximate && { approximate: true }
        };
      });
      const kueueApps = new Set(
        reports.filter((app) => app.jobs.some((job) => job.queueName !== void 0)).map((app) => app.name)
      );
      const report = {
        apps: reports,
        customisations: customisations.map((c) => withKueuePointers(c, kueueApps))
      };
      return { report: { apps: report } };
    }
  };
}
function changedFiles(plan) {
  const changed = [];
  for (const file of plan.files.values()) {
    const { newText } = file.rewrite;
    if (newText === void 0 || newText === file.original) continue;
    changed.push({
      path: file.relPath,
      jobs: file.rewrite.jobs.filter((job) => job.status === "converted").map((job) => {
        const metadata = job.conversion?.trainJob?.metadata;
        const labels = isPlainObject(metadata) && isPlainObject(metadata.labels) ? metadata.labels : {};
        const queueName = labels[QUEUE_LABEL];
        return {
          name: job.name,
          ...job.namespace !== void 0 && { namespace: job.namespace },
          path: file.relPath,
          ...typeof queueName === "string" && { queueName }
        };
      })
    });
  }
  return changed;
}
function repoLayout(plan, options, kustomizationFolders2) {
  const view = rootViewOf(plan);
  const exists = (path) => view.exists(path);
  const kinds = /* @__PURE__ */ new Map();
  const included = /* @__PURE__ */ new Map();
  const resolve5 = options.kustomizationFiles;
  return {
    folderKind(folder) {
      let kind = kinds.get(folder);
      if (kind === void 0) {
        kind = KUSTOMIZATION_FILES.some((name) => exists(posix2.join(folder, name))) ? "kustomize" : exists(posix2.join(folder, "Chart.yaml")) ? "helm" : "directory";
        kinds.set(folder, kind);
      }
      return kind;
    },
    kustomizationFiles: resolve5 ? (folder) => {
      if (!included.has(folder)) included.set(folder, resolve5(plan, folder));
      return included.get(folder);
    } : void 0,
    ...kustomizationFolders2 !== void 0 && { kustomizationFolders: kustomizationFolders2 }
  };
}
function withKueuePointers(customisation, kueueApps) {
  if (customisation.code !== "ARGO_IGNORE_DIFFERENCES" || customisation.app === void 0 || !kueueApps.has(customisation.app) || customisation.equivalent === void 0) {
    return customisation;
  }
  const entries = (0, import_yaml4.parse)(customisation.equivalent);
  if (!Array.isArray(entries) || !isPlainObject(entries[0])) return customisation;
  const entry = entries[0];
  const pointers = Array.isArray(entry.jsonPointers) ? entry.jsonPointers.map(String) : [];
  entry.jsonPointers = [.../* @__PURE__ */ new Set([...pointers, ...KUEUE_POINTERS])];
  return {
    ...customisation,
    message: `${customisation.message}; its jobs carry a Kueue queue label, so the entry also covers /spec/suspend and /spec/runtimePatches, which Kueue writes`,
    equivalent: (0, import_yaml4.stringify)(entries, { lineWidth: 0 })
  };
}

// src/gitops/apps/flux-patches.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/gitops/kustomize/kustomization.ts
var import_yaml5 = __toESM(require_dist(), 1);
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function isKustomizationPath(relPath) {
  const name = relPath.split("/").pop() ?? "";
  return KUSTOMIZATION_NAMES.includes(name);
}
var REMOTE = /^(?:[a-z][\w+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\/\/.*\?/i;
function isRemoteReference(value) {
  return REMOTE.test(value);
}
function parseKustomization(relPath, text) {
  const lines = new import_yaml5.LineCounter();
  const document = (0, import_yaml5.parseDocument)(text, { lineCounter: lines, keepSourceTokens: true });
  const slash = relPath.lastIndexOf("/");
  const kustomization = {
    relPath,
    dir: slash === -1 ? "" : relPath.slice(0, slash),
    text,
    references: [],
    overrides: [],
    isComponent: false,
    contentEnd: document.contents?.range?.[2] ?? text.length,
    lineOf: (offset) => lines.linePos(offset).line
  };
  const root = document.contents;
  if (document.errors.length > 0 || !(0, import_yaml5.isMap)(root)) {
    kustomization.parseError = document.errors[0]?.message ?? "not a YAML map";
    return kustomization;
  }
  const lineOf = (node) => kustomization.lineOf(node?.range?.[0] ?? 0);
  for (const field of ["resources", "bases", "components", "configurations"]) {
    for (const item of seqItems(root.get(field, true))) {
      if ((0, import_yaml5.isScalar)(item) && typeof item.value === "string") {
        kustomization.references.push({ field, value: item.value, line: lineOf(item) });
      }
    }
  }
  const kind = root.get("kind");
  kustomization.isComponent = kind === "Component";
  const configurations = root.get("configurations", true);
  if (configurations && (0, import_yaml5.isSeq)(configurations)) kustomization.configurationsNode = configurations;
  const transformers = root.get("transformers", true);
  if (transformers && (0, import_yaml5.isSeq)(transformers)) kustomization.transformersNode = transformers;
  for (const key of ["namespace", "namePrefix", "nameSuffix"]) {
    const value = root.get(key);
    if (typeof value === "string") kustomization[key] = value;
  }
  for (const item of seqItems(root.get("patchesStrategicMerge", true))) {
    if (!(0, import_yaml5.isScalar)(item) || typeof item.value !== "string") continue;
    const source = item.value.includes("\n") ? { type: "inline", node: item, text: item.value } : { type: "file", value: item.value };
    kustomization.overrides.push({
      kind: "patch",
      style: "patchesStrategicMerge",
      line: lineOf(item),
      source
    });
  }
  for (const item of seqItems(root.get("patches", true))) {
    const override = patchEntry(item, "patches-smp", lineOf(item));
    if (override) kustomization.overrides.push(override);
  }
  for (const item of seqItems(root.get("patchesJson6902", true))) {
    const override = patchEntry(item, "patchesJson6902", lineOf(item));
    if (override) kustomization.overrides.push(override);
  }
  for (const item of seqItems(root.get("images", true))) {
    const name = (0, import_yaml5.isMap)(item) ? item.get("name") : void 0;
    if (typeof name === "string")
      kustomization.overrides.push({ kind: "image", style: "images", line: lineOf(item), name });
  }
  for (const item of seqItems(root.get("replacements", true))) {
    if (!(0, import_yaml5.isMap)(item)) continue;
    const override = {
      kind: "replacement",
      style: "replacements",
      line: lineOf(item),
      node: item
    };
    const path = item.get("path");
    if (typeof path === "string") override.path = path;
    else override.value = item.toJSON();
    kustomization.overrides.push(override);
  }
  return kustomization;
}
function seqItems(node) {
  return (0, import_yaml5.isSeq)(node) ? node.items : [];
}
function patchEntry(item, style, line) {
  if (!(0, import_yaml5.isMap)(item)) return void 0;
  const patch = item.get("patch", true);
  const path = item.get("path");
  let source;
  if ((0, import_yaml5.isScalar)(patch) && typeof patch.value === "string")
    source = { type: "inline", node: patch, text: patch.value };
  else if (typeof path === "string") source = { type: "file", value: path };
  else return void 0;
  const override = { kind: "patch", style, line, source, entryNode: item };
  const target = item.get("target", true);
  if ((0, import_yaml5.isMap)(target)) {
    override.targetNode = target;
    override.target = target.toJSON();
  }
  return override;
}

// src/gitops/kustomize/world.ts
function joinPath(dir, value) {
  const parts = dir === "" ? [] : dir.split("/");
  for (const part of value.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return `../${value}`;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

// src/gitops/kustomize/closure.ts
function kustomizationFileIn(folder, files) {
  return KUSTOMIZATION_NAMES.map((name) => joinPath(folder, name)).find(
    (relPath) => files.read(relPath) !== void 0
  );
}
function kustomizationClosure(folder, files) {
  const start = kustomizationFileIn(folder, files);
  if (start === void 0) return void 0;
  const found = /* @__PURE__ */ new Set();
  const unfollowed = [];
  const visited = /* @__PURE__ */ new Set();
  const visit = (relPath) => {
    if (visited.has(relPath)) return;
    visited.add(relPath);
    found.add(relPath);
    const kustomization = parseKustomization(relPath, files.read(relPath) ?? "");
    if (kustomization.parseError !== void 0) {
      unfollowed.push(`${relPath} cannot be read (${kustomization.parseError})`);
      return;
    }
    const { dir } = kustomization;
    for (const reference of kustomization.references) {
      const where = `${relPath} line ${reference.line}`;
      if (isRemoteReference(reference.value)) {
        unfollowed.push(`${where}: remote ${reference.field} entry ${reference.value} (not fetched)`);
        continue;
      }
      const target = joinPath(dir, reference.value);
      if (target.startsWith("../")) {
        unfollowed.push(`${where}: ${reference.value} is outside the scanned folder`);
      } else if (files.read(target) !== void 0) {
        found.add(target);
      } else if (files.isFolder(target)) {
        const inner = kustomizationFileIn(target, files);
        if (inner === void 0) unfollowed.push(`${where}: ${reference.value} has no kustomization file`);
        else visit(inner);
      } else {
        unfollowed.push(`${where}: ${reference.value} does not exist`);
      }
    }
    for (const override of kustomization.overrides) {
      const file = override.kind === "patch" && override.source.type === "file" ? override.source.value : override.kind === "replacement" ? override.path : void 0;
      if (file === void 0) continue;
      const target = joinPath(dir, file);
      if (files.read(target) !== void 0) found.add(target);
      else unfollowed.push(`${relPath} line ${override.line}: ${file} does not exist`);
    }
  };
  visit(start);
  return { files: [...found].sort(), unfollowed };
}

// src/gitops/kustomize/plan-files.ts
import { posix as posix3 } from "node:path";
var KUSTOMIZATION_REQUEST = {
  needles: ["resources", "bases", "components", "patches", "images", "replacements", "Kustomization"],
  include: KUSTOMIZATION_NAMES.map((name) => `**/${name}`)
};
function plannedFiles(plan) {
  const view = rootViewOf(plan);
  return { read: (relPath) => view.read(relPath), isFolder: (relPath) => view.isFolder(relPath) };
}
async function kustomizationFolders(plan) {
  const found = await plan.findFiles(KUSTOMIZATION_REQUEST);
  const paths = [...found.map((file) => file.relPath), ...[...plan.files.keys()].filter(isKustomizationPath)];
  const folders = paths.map((relPath) => {
    const folder = posix3.dirname(relPath);
    return folder === "." ? "" : folder;
  });
  return [...new Set(folders)].sort();
}

// src/gitops/apps/flux-patches.ts
var NEEDLES2 = ["toolkit.fluxcd.io", "argoproj.io"];
var fullMatch = (pattern, value) => {
  if (typeof pattern !== "string") return true;
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
};
var aimsAtPyTorchJob = (target) => target.kind !== void 0 ? fullMatch(target.kind, "PyTorchJob") : target.group !== void 0 && fullMatch(target.group, "kubeflow.org");
function patchesOf(relPath, text) {
  const lines = new import_yaml6.LineCounter();
  const found = [];
  for (const document of (0, import_yaml6.parseAllDocuments)(text, { lineCounter: lines })) {
    if (!("contents" in document) || !(0, import_yaml6.isMap)(document.contents)) continue;
    const object = document.toJSON();
    if (!isPlainObject(object) || !isPlainObject(object.spec) || !isPlainObject(object.metadata)) continue;
    const apiVersion = String(object.apiVersion ?? "");
    const name = String(object.metadata.name ?? "");
    let entries;
    let folder;
    let field;
    let app;
    if (object.kind === "Kustomization" && apiVersion.startsWith("kustomize.toolkit.fluxcd.io/")) {
      entries = document.getIn(["spec", "patches"], true);
      folder = object.spec.path ?? "";
      field = "spec.patches";
      app = `Flux Kustomization ${name}`;
    } else if (object.kind === "Application" && apiVersion.startsWith("argoproj.io/")) {
      entries = document.getIn(["spec", "source", "kustomize", "patches"], true);
      folder = isPlainObject(object.spec.source) ? object.spec.source.path : void 0;
      field = "spec.source.kustomize.patches";
      app = `Argo CD Application ${name}`;
    } else continue;
    if (!(0, import_yaml6.isSeq)(entries) || typeof folder !== "string") continue;
    entries.items.forEach((entry, index) => {
      if (!(0, import_yaml6.isMap)(entry)) return;
      const target = entry.get("target");
      const value = (0, import_yaml6.isMap)(target) ? target.toJSON() : void 0;
      if (!value || !aimsAtPyTorchJob(value)) return;
      found.push({
        app,
        path: relPath,
        line: lines.linePos(entry.range?.[0] ?? 0).line,
        field: `${field}[${index}]`,
        folder: normalisePath(folder),
        target: value
      });
    });
  }
  return found;
}
function deployedFiles(plan, folder) {
  const closure = kustomizationClosure(folder, plannedFiles(plan));
  if (closure) return closure.files;
  return [...plan.files.keys()].filter((relPath) => folder === "" || relPath.startsWith(`${folder}/`));
}
function labelsMatch(selector, labels) {
  if (typeof selector !== "string") return true;
  return selector.split(",").map((term) => term.trim()).filter((term) => term !== "").every((term) => {
    const [key, value] = term.split(/!?==?/).map((part) => part.trim());
    if (value === void 0) return term.startsWith("!") ? !(term.slice(1) in labels) : key in labels;
    return term.includes("!=") ? labels[key] !== value : labels[key] === value;
  });
}
function labelsOf(plan, relPath, name) {
  for (const document of (0, import_yaml6.parseAllDocuments)(plan.files.get(relPath)?.original ?? "")) {
    const object = document.toJSON();
    if (!isPlainObject(object) || !isPlainObject(object.metadata) || object.metadata.name !== name) continue;
    const labels = object.metadata.labels;
    return isPlainObject(labels) ? Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v)])) : {};
  }
  return {};
}
function finding(patch) {
  return {
    severity: "warning",
    code: "FLUX_PATCH_TARGET",
    message: `${patch.path} line ${patch.line}, ${patch.field} of ${patch.app} patches this PyTorchJob; once it is a TrainJob the patch would apply to nothing, so it stays a PyTorchJob. Rewrite that entry for group trainer.kubeflow.org, kind TrainJob (Worker replicas \u2192 /spec/trainer/numNodes, which counts the Master too; container image \u2192 /spec/trainer/image), or move it into the kustomization it deploys, where this tool carries it over, then run again`,
    path: ""
  };
}
var APP_PATCHES_REQUEST = { needles: NEEDLES2, pattern: "patches:" };
function appPatchAnalyser() {
  return {
    name: "app-patches",
    requests: [APP_PATCHES_REQUEST],
    async analyse(plan) {
      const found = await plan.findFiles(APP_PATCHES_REQUEST);
      const patches = found.flatMap((file) => patchesOf(file.relPath, file.text));
      if (patches.length === 0) return {};
      const holds = [];
      for (const patch of patches) {
        for (const relPath of deployedFiles(plan, patch.folder)) {
          for (const job of plan.files.get(relPath)?.rewrite.jobs ?? []) {
            if (job.status !== "converted") continue;
            if (!fullMatch(patch.target.name, job.name)) continue;
            if (patch.target.namespace !== void 0 && !fullMatch(patch.target.namespace, job.namespace ?? ""))
              continue;
            const labels = labelsOf(plan, relPath, job.name);
            if (!labelsMatch(patch.target.labelSelector, labels)) continue;
            holds.push({
              relPath,
              name: job.name,
              ...job.namespace !== void 0 && { namespace: job.namespace },
              findings: [finding(patch)]
            });
          }
        }
      }
      return { holds };
    }
  };
}

// src/gitops/behaviour/changes.ts
var BACKOFF_LIMIT_PATHS = ["spec.runPolicy.backoffLimit", "spec.backoffLimit"];
function setInJob(job, paths) {
  return job.conversion.accounting.some((entry) => paths.includes(entry.path.join(".")));
}
var ref = (job, detail) => ({
  name: job.name,
  ...job.namespace !== void 0 && { namespace: job.namespace },
  path: job.path,
  ...detail !== void 0 && { detail }
});
function everyJobChanges(jobs) {
  if (jobs.length === 0) return {};
  const unlimited = jobs.filter((job) => !setInJob(job, BACKOFF_LIMIT_PATHS));
  const changes = [
    {
      topic: "backoff-limit",
      change: "An unset runPolicy.backoffLimit meant no limit under v1 (OnFailure pods restarted forever); under v2 the node Job gets the Kubernetes default of 6 retries, after which the TrainJob fails.",
      todo: "Set runPolicy.backoffLimit in the PyTorchJob and convert with --generate-runtimes (the generated runtime carries it) where more retries are needed.",
      ...unlimited.length < jobs.length && { jobs: unlimited.map((job) => ref(job)) }
    },
    {
      topic: "pod-names",
      change: "Pod, Service and DNS names change: `<job>-master-0` and `<job>-worker-<i>` become the pods `<trainjob>-node-0-<rank>`, reached as `<trainjob>-node-0-<rank>.<trainjob>` through one headless Service `<trainjob>`.",
      todo: "Update what addresses the pods or Services by name (scripts, dashboards, `kubectl logs <job>-master-0`); objects in the repository that do are listed below.",
      jobs: jobs.map(
        (job) => ref(job, `${job.name}-master-0 \u2192 ${job.trainJobName}-node-0-0.${job.trainJobName}`)
      )
    },
    {
      topic: "pod-labels",
      change: "The `training.kubeflow.org/*` pod labels (job-name, replica-type, replica-index, job-role) are gone; pods carry `jobset.sigs.k8s.io/jobset-name: <trainjob>` and `batch.kubernetes.io/job-completion-index: <rank>` (a label from Kubernetes 1.28, PodIndexLabel; always an annotation).",
      todo: "Change selectors that match the old labels (NetworkPolicies, monitors, PodDisruptionBudgets, Services, admission policies); those found in the repository are listed below with what to match instead."
    },
    {
      topic: "init-container",
      change: "The `init-pytorch` container that held each Worker until the Master's name resolved is gone: every node starts at once.",
      todo: "Nothing for torchrun and init_process_group (their rendezvous waits for the master); a program that connects to the master itself must retry until it answers."
    },
    {
      topic: "clean-pod-policy",
      change: "cleanPodPolicy has no v2 field: finished pods stay until the TrainJob is deleted, as with v1's default None; Running and All no longer delete pods when the job ends.",
      todo: "Delete finished TrainJobs (or let a TTL controller do it) where pods must not linger."
    },
    {
      topic: "restart-policy",
      change: "restartPolicy ExitCode (v1 restarted only on exit codes 128-255 and failed the job on 1-127) has no TrainJob field: v2 pods restart OnFailure within the Job's backoffLimit. Jobs that used ExitCode or Never are held for review, or converted against a generated runtime that carries them.",
      todo: "For ExitCode, use a runtime whose node Job has a podFailurePolicy that fails on exit codes 1-127."
    }
  ];
  return Object.fromEntries(changes.map((change) => [change.topic, change]));
}
var GROUPED_NOTES = {
  V1_ENV_ADDED: "v1 put PYTHONUNBUFFERED, MASTER_PORT, MASTER_ADDR, WORLD_SIZE and RANK into every container of a job with a Master; Trainer v2 sets only PET_*, which only torchrun reads. These jobs' programs may read the v1 variables (they are not started by torchrun, have no command, or read them in the command), so their TrainJobs set them in trainer.env with v1's values: RANK from the completion index, WORLD_SIZE as a number, MASTER_ADDR from the pod's jobset.sigs.k8s.io/jobset-name label so it follows renames. An overlay that changes numNodes must set WORLD_SIZE to match.",
  ENTRYPOINT_NPROC: "These jobs have no command, so whether the image's entrypoint starts torchrun is not visible. If it does on nodes without GPUs, v1 started one process per CPU of the node and v2 starts one per CPU the pod requests: set numProcPerNode to the CPU count of your nodes."
};
var NOTE_DETAIL = { V1_ENV_ADDED: /\): (.*?)\. If an overlay/ };
function groupedNotes(jobs) {
  const notes = {};
  for (const job of jobs) {
    for (const finding2 of job.conversion.findings) {
      const text = GROUPED_NOTES[finding2.code];
      if (text === void 0) continue;
      const note = notes[finding2.code] ?? { code: finding2.code, text, jobs: [] };
      notes[finding2.code] = note;
      if (!note.jobs.some((other) => other.name === job.name && other.path === job.path))
        note.jobs.push(ref(job, NOTE_DETAIL[finding2.code]?.exec(finding2.message)?.[1]));
    }
  }
  return notes;
}

// src/gitops/behaviour/old-pod-selectors.ts
var import_yaml7 = __toESM(require_dist(), 1);
var SELECTING_KINDS = /* @__PURE__ */ new Set([
  "NetworkPolicy",
  "CiliumNetworkPolicy",
  "PodMonitor",
  "ServiceMonitor",
  "PodDisruptionBudget",
  "Service"
]);
var POLICY_GROUPS = /^(kyverno\.io|[a-z.]*gatekeeper\.sh)\//;
var V1_LABEL = /training\.kubeflow\.org\/(job-name|replica-type|replica-index|job-role|operator-name)/;
var MASTER_NAME = /\b([a-z0-9]([-a-z0-9]*[a-z0-9])?)-master-(\d+)\b/;
var OLD_POD_NEEDLES = ["training.kubeflow.org/", "-master-"];
function labelInstead(key, value, trainJobName) {
  switch (key) {
    case "training.kubeflow.org/job-name":
      return value === void 0 ? "jobset.sigs.k8s.io/jobset-name (the TrainJob name)" : `jobset.sigs.k8s.io/jobset-name: ${trainJobName(value)}`;
    case "training.kubeflow.org/job-role":
      return 'batch.kubernetes.io/job-completion-index: "0" (node 0 is the former Master; the label needs Kubernetes 1.28+ PodIndexLabel, the annotation is always set)';
    case "training.kubeflow.org/replica-type":
      return /^master$/i.test(value ?? "") ? 'batch.kubernetes.io/job-completion-index: "0" (node 0 is the former Master; Kubernetes 1.28+)' : 'batch.kubernetes.io/job-completion-index (Worker i is node i+1; select NotIn ["0"] for the former Workers; Kubernetes 1.28+)';
    case "training.kubeflow.org/replica-index":
      return "batch.kubernetes.io/job-completion-index (Master 0 \u2192 0, Worker i \u2192 i+1; Kubernetes 1.28+)";
    default:
      return "jobset.sigs.k8s.io/jobset-name (every TrainJob pod has it; use operator Exists for all of them)";
  }
}
function objectKind(doc) {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return void 0;
  const { kind, apiVersion, metadata } = doc;
  if (typeof kind !== "string") return void 0;
  const name = typeof metadata === "object" && metadata !== null ? String(metadata.name ?? "") : "";
  return { kind, name, apiVersion: typeof apiVersion === "string" ? apiVersion : "" };
}
function selects(kind, apiVersion) {
  return SELECTING_KINDS.has(kind) || POLICY_GROUPS.test(apiVersion);
}
function findOldPodSelectors(relPath, text, trainJobName) {
  const lineCounter = new import_yaml7.LineCounter();
  let docs;
  try {
    docs = (0, import_yaml7.parseAllDocuments)(text, { lineCounter });
  } catch {
    return [];
  }
  if (!Array.isArray(docs)) return [];
  const found = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) continue;
    const object = objectKind(doc.toJS());
    if (!object || !selects(object.kind, object.apiVersion)) continue;
    const add = (node, matches, useInstead) => {
      found.push({
        path: relPath,
        ...node?.range && { line: lineCounter.linePos(node.range[0]).line },
        kind: object.kind,
        name: object.name,
        matches,
        useInstead
      });
    };
    walk(doc.contents, (key, value) => {
      const keyText = (0, import_yaml7.isScalar)(key) ? String(key.value) : void 0;
      const valueText = (0, import_yaml7.isScalar)(value) ? String(value.value) : void 0;
      if (keyText !== void 0 && V1_LABEL.test(keyText) && !keyText.includes(" ")) {
        add(
          key,
          valueText === void 0 ? keyText : `${keyText}: ${valueText}`,
          labelInstead(keyText, valueText, trainJobName)
        );
        return;
      }
      if (valueText === void 0) return;
      const label = V1_LABEL.exec(valueText);
      if (label) {
        add(value, valueText, labelInstead(label[0], void 0, trainJobName));
        return;
      }
      const master = MASTER_NAME.exec(valueText);
      if (master) {
        const job = master[1];
        const rank = master[3];
        const renamed = trainJobName(job);
        add(
          value,
          valueText,
          `${renamed}-node-0-0.${renamed} (node 0${rank === "0" ? "" : `; ${master[0]} has no v2 counterpart`}), or the headless Service ${renamed}`
        );
      }
    });
  }
  return found;
}
function walk(node, visit) {
  if ((0, import_yaml7.isMap)(node)) {
    for (const pair of node.items) {
      if (!(0, import_yaml7.isPair)(pair)) continue;
      visit(pair.key, pair.value);
      walk(pair.value, visit);
    }
  } else if ((0, import_yaml7.isSeq)(node)) {
    for (const item of node.items) {
      if ((0, import_yaml7.isScalar)(item)) visit(null, item);
      else walk(item, visit);
    }
  }
}

// src/gitops/behaviour/analyser.ts
var OLD_POD_SELECTORS_REQUEST = { needles: OLD_POD_NEEDLES };
function behaviourAnalyser() {
  return {
    name: "behaviour",
    requests: [OLD_POD_SELECTORS_REQUEST],
    async analyse(plan) {
      const jobs = convertedJobs(plan);
      if (jobs.length === 0) return {};
      const renamed = new Map(jobs.map((job) => [job.name, job.trainJobName]));
      const suffix = plan.options.convert.strategy === "side-by-side" ? plan.options.convert.nameSuffix : "";
      const trainJobName = (job) => renamed.get(job) ?? `${job}${suffix}`;
      const found = await plan.findFiles(OLD_POD_SELECTORS_REQUEST);
      const behaviour = {
        changes: everyJobChanges(jobs),
        notes: groupedNotes(jobs),
        oldPodSelectors: found.flatMap((file) => findOldPodSelectors(file.relPath, file.text, trainJobName))
      };
      return { report: { behaviour } };
    }
  };
}
function convertedJobs(plan) {
  const jobs = [];
  for (const file of plan.files.values()) {
    for (const job of file.rewrite.jobs) {
      const conversion = job.conversion;
      if (job.status !== "converted" || !conversion?.trainJob) continue;
      const metadata = conversion.trainJob.metadata;
      const trainJobName = isPlainObject(metadata) && typeof metadata.name === "string" ? metadata.name : job.name;
      jobs.push({
        name: job.name,
        ...job.namespace !== void 0 && { namespace: job.namespace },
        path: file.relPath,
        conversion,
        trainJobName
      });
    }
  }
  return jobs;
}

// src/gitops/kustomize/build.ts
import { execFile } from "node:child_process";
var BUILD_TIMEOUT_MS = 6e4;
var VERSION_TIMEOUT_MS = 1e4;
var MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
function run(command, args, timeout, cwd) {
  return new Promise((resolve5) => {
    execFile(
      command,
      args,
      { timeout, maxBuffer: MAX_OUTPUT_BYTES, cwd, env: offlineEnvironment(process.env), windowsHide: true },
      (error, stdout, stderr) => {
        const failure = error;
        resolve5({
          code: failure ? typeof failure.code === "number" ? failure.code : 1 : 0,
          stdout: String(stdout),
          stderr: failure?.killed ? `timed out after ${timeout / 1e3}s` : String(stderr),
          ...failure && typeof failure.code === "string" ? { error: failure } : {}
        });
      }
    );
  });
}
function offlineEnvironment(env) {
  const unreachable = "http://127.0.0.1:9";
  return {
    ...env,
    HTTP_PROXY: unreachable,
    HTTPS_PROXY: unreachable,
    http_proxy: unreachable,
    https_proxy: unreachable,
    NO_PROXY: "",
    no_proxy: "",
    GIT_TERMINAL_PROMPT: "0",
    GIT_ALLOW_PROTOCOL: "file"
  };
}
async function findKustomize() {
  const standalone = await run("kustomize", ["version"], VERSION_TIMEOUT_MS);
  if (!standalone.error && standalone.code === 0) {
    const version2 = /v?\d+\.\d+\.\d+/.exec(standalone.stdout)?.[0];
    return {
      display: "kustomize build",
      command: "kustomize",
      args: ["build"],
      ...version2 ? { version: version2 } : {}
    };
  }
  const kubectl = await run("kubectl", ["version", "--client"], VERSION_TIMEOUT_MS);
  const version = /Kustomize Version:\s*(\S+)/.exec(kubectl.stdout)?.[1];
  if (!kubectl.error && kubectl.code === 0 && version) {
    return { display: "kubectl kustomize", command: "kubectl", args: ["kustomize"], version };
  }
  return void 0;
}
async function buildKustomization(binary, folder) {
  const result = await run(binary.command, [...binary.args, folder], BUILD_TIMEOUT_MS);
  if (result.code === 0) return { ok: true, output: result.stdout };
  const lines = result.stderr.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("# Warning"));
  const message = lines.at(-1) ?? result.error?.message ?? `exit code ${result.code}`;
  return { ok: false, message: message.replace(/^.*?(?:Error: |err=)/, "").trim() };
}

// src/gitops/kustomize/build-check.ts
import { cp, mkdir as mkdir2, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname3, join as join5 } from "node:path";

// src/gitops/kustomize/hold-findings.ts
var REMOTE_PROBLEM = /names a remote \w+ entry .*which is not fetched/;
function holdFinding(code, reason) {
  return {
    severity: "warning",
    code,
    message: `kept as a PyTorchJob with its kustomize base and overlays: ${reason}. Change that entry so it has a TrainJob form (or move what it sets into the job itself), then run again; the tool rewrites the job and the entry together.`,
    path: ""
  };
}
function jobHolds(outcome, buildFailures) {
  const holds = [];
  for (const evaluation of outcome.evaluations) {
    for (const job of evaluation.jobs) {
      if (!outcome.held.has(job.key) || !job.converting) continue;
      if (holds.some(
        (hold2) => hold2.relPath === job.relPath && hold2.name === job.name && hold2.namespace === job.namespace
      ))
        continue;
      const findings = (outcome.held.get(job.key) ?? []).map(
        (reason) => holdFinding(REMOTE_PROBLEM.test(reason) ? "KUSTOMIZE_REMOTE" : "KUSTOMIZE_OVERLAY", reason)
      );
      const buildFailure = buildFailures.get(job.key);
      if (buildFailure !== void 0) findings.push(holdFinding("KUSTOMIZE_BUILD", buildFailure));
      const hold = { relPath: job.relPath, name: job.name, findings };
      if (job.namespace !== void 0) hold.namespace = job.namespace;
      holds.push(hold);
    }
  }
  return holds;
}

// src/gitops/kustomize/verify.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/convert/pods/compare.ts
import { isDeepStrictEqual } from "node:util";

// src/convert/pods/api-defaults.ts
var POD_DEFAULTS = {
  dnsPolicy: "ClusterFirst",
  schedulerName: "default-scheduler",
  terminationGracePeriodSeconds: 30,
  enableServiceLinks: true,
  securityContext: {},
  preemptionPolicy: "PreemptLowerPriority",
  hostIPC: false,
  hostNetwork: false,
  hostPID: false,
  shareProcessNamespace: false,
  automountServiceAccountToken: true
};
var CONTAINER_DEFAULTS = {
  terminationMessagePath: "/dev/termination-log",
  terminationMessagePolicy: "File",
  stdin: false,
  stdinOnce: false,
  tty: false,
  resources: {}
};
function defaultPullPolicy(image) {
  if (typeof image !== "string") return "IfNotPresent";
  if (image.includes("@")) return "IfNotPresent";
  const last = image.slice(image.lastIndexOf("/") + 1);
  const tag = last.includes(":") ? last.slice(last.indexOf(":") + 1) : void 0;
  return tag === void 0 || tag === "latest" ? "Always" : "IfNotPresent";
}
function pruneEmpty(value) {
  if (Array.isArray(value)) return value.map(pruneEmpty);
  if (!isPlainObject(value)) return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    const pruned = pruneEmpty(child);
    if (pruned === null || pruned === void 0) continue;
    if (isPlainObject(pruned) && Object.keys(pruned).length === 0) continue;
    if (Array.isArray(pruned) && pruned.length === 0) continue;
    out[key] = pruned;
  }
  return out;
}
function withDefaults(object, defaults) {
  const out = { ...object };
  for (const [key, value] of Object.entries(defaults)) out[key] ??= value;
  return out;
}
function defaultedContainer(container) {
  const out = withDefaults(container, {
    ...CONTAINER_DEFAULTS,
    imagePullPolicy: defaultPullPolicy(container.image)
  });
  if (Array.isArray(out.ports)) {
    out.ports = out.ports.map((port) => withDefaults(port, { protocol: "TCP" }));
  }
  return pruneEmpty(out);
}
function apiDefaultedPodSpec(spec) {
  const out = withDefaults(spec, POD_DEFAULTS);
  for (const key of ["containers", "initContainers"]) {
    if (Array.isArray(out[key])) out[key] = out[key].map(defaultedContainer);
  }
  return pruneEmpty(out);
}

// src/convert/pods/expand.ts
function expandReferences(text, lookup2) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== "$" || i + 1 >= text.length) {
      out += ch;
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
    } else if (next === "(") {
      const close = text.indexOf(")", i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const name = text.slice(i + 2, close);
      const value = lookup2(name);
      out += value ?? `$(${name})`;
      i = close + 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}
function sourceValue(pod, container, source) {
  const fieldRef = source.fieldRef;
  if (fieldRef) {
    const path = String(fieldRef.fieldPath ?? "");
    const keyed = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
    if (keyed) {
      const map = keyed[1] === "labels" ? pod.labels : pod.annotations;
      return map[keyed[2]] ?? "";
    }
    if (path === "metadata.name") return "<pod name>";
    if (path === "metadata.namespace") return pod.namespace ?? "<namespace>";
    return `<${path}>`;
  }
  const resourceFieldRef = source.resourceFieldRef;
  if (resourceFieldRef) {
    const owner = resourceFieldRef.containerName ?? container.name;
    const resources = containerNamed(pod, owner)?.resources;
    return `<${String(resourceFieldRef.resource)} of ${JSON.stringify(resources ?? {})} / ${String(resourceFieldRef.divisor ?? 1)}>`;
  }
  return `<${JSON.stringify(source)}>`;
}
function containerNamed(pod, name) {
  const all = [
    ...pod.spec.containers ?? [],
    ...pod.spec.initContainers ?? []
  ];
  return all.find((container) => container.name === name);
}
function resolveEnv(pod, container) {
  const env = /* @__PURE__ */ new Map();
  for (const entry of container.env ?? []) {
    const value = entry.valueFrom !== void 0 ? sourceValue(pod, container, entry.valueFrom) : expandReferences(entry.value ?? "", (name) => env.get(name));
    env.set(entry.name, value);
  }
  return env;
}
function resolveCommandLine(container, env) {
  const expand = (items) => items?.map((item) => expandReferences(String(item), (name) => env.get(name)));
  return { command: expand(container.command), args: expand(container.args) };
}

// src/convert/pods/harmless.ts
var HARMLESS = {
  podName: "pod and Service names differ (<job>-master-0 \u2192 <trainjob>-node-0-0.<trainjob>); the migration report lists objects that select the old names",
  masterAddress: "both master addresses name the rank-0 pod of the same job (v1: its Service, v2: its pod DNS name)",
  masterPort: "the rendezvous port differs but every rank agrees on it, and headless Services do not filter ports",
  jobCompletionIndex: "JOB_COMPLETION_INDEX is added by the indexed Job controller; a v1 program cannot read it",
  pythonUnbuffered: "PYTHONUNBUFFERED=1 only changes Python output buffering",
  petUnread: "PET_* variables are read only by torchrun; this container does not start torchrun",
  petCompared: "PET_* variables are compared as what torchrun is given (flags or PET_*)",
  torchrunSets: "torchrun sets this variable itself for the processes it starts",
  initPytorch: "init-pytorch only waits for the master Service DNS name; JobSet pods start together",
  sidecarEnv: "v1 adds its variables to every container; this container is not the trainer",
  backoffUnset: "v1 has no limit when runPolicy.backoffLimit is unset; v2 Jobs default to 6 (reported once for every job)",
  ports: "containerPort is informational: it neither opens nor restricts a port",
  nameHelper: "a variable that only carries the TrainJob name (from the JobSet name label) so that MASTER_ADDR follows the name under overlays; v1 had no variable of this name",
  controllerMetadata: "labels and annotations the controllers set (training.kubeflow.org/*, jobset.sigs.k8s.io/*, batch.kubernetes.io/*)"
};
var V1_INJECTED = /* @__PURE__ */ new Set([
  "PYTHONUNBUFFERED",
  "MASTER_PORT",
  "MASTER_ADDR",
  "WORLD_SIZE",
  "RANK",
  "PET_MASTER_PORT",
  "PET_MASTER_ADDR",
  "PET_NODE_RANK",
  "PET_NPROC_PER_NODE",
  "PET_NNODES"
]);
var TORCHRUN_SETS = /* @__PURE__ */ new Set([
  "RANK",
  "LOCAL_RANK",
  "WORLD_SIZE",
  "LOCAL_WORLD_SIZE",
  "GROUP_RANK",
  "GROUP_WORLD_SIZE",
  "ROLE_RANK",
  "ROLE_WORLD_SIZE",
  "MASTER_ADDR",
  "MASTER_PORT"
]);
var JOBSET_NAME_FIELD = "metadata.labels['jobset.sigs.k8s.io/jobset-name']";
var CONTROLLER_METADATA = ["training.kubeflow.org/", "jobset.sigs.k8s.io/", "batch.kubernetes.io/"];

// src/convert/pods/quantity.ts
var SUFFIX = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
function quantity(value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return void 0;
  const match = /^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(
    value.trim()
  );
  if (!match) return void 0;
  return Number(match[1]) * (SUFFIX[match[2] ?? ""] ?? 1);
}
function quantityValue(value) {
  const parsed = quantity(value);
  return parsed === void 0 ? 0 : Math.ceil(parsed - 1e-12);
}

// src/convert/pods/torchrun.ts
var LAUNCHER = /(?:^|[\s;&|(/])(torchrun|python[0-9.]*\s+(?:-[a-zA-Z]+\s+)*-m\s+torch\.distributed\.(?:run|launch))(?=\s|$)/;
var FLAGS = {
  nnodes: "nnodes",
  nproc_per_node: "nprocPerNode",
  node_rank: "nodeRank",
  master_addr: "masterAddr",
  master_port: "masterPort"
};
var BOOLEAN_FLAGS = /* @__PURE__ */ new Set(["standalone", "no_python", "module", "run_path", "use_env"]);
var ENV_DEFAULTS = {
  nnodes: ["PET_NNODES", "1"],
  nprocPerNode: ["PET_NPROC_PER_NODE", "1"],
  nodeRank: ["PET_NODE_RANK", "0"],
  masterAddr: ["PET_MASTER_ADDR", "127.0.0.1"],
  masterPort: ["PET_MASTER_PORT", "29500"]
};
function launcherTail(commandLine) {
  const [first, ...rest] = commandLine;
  if (first === void 0) return void 0;
  const base = first.split("/").pop() ?? first;
  if (/^(ba|da|z)?sh$/.test(base)) {
    const script = rest.filter((arg) => !/^-[a-z]+$/.test(arg)).join("\n");
    const match2 = LAUNCHER.exec(script.replace(/\\\n/g, " "));
    if (!match2) return void 0;
    const after = script.replace(/\\\n/g, " ").slice(match2.index + match2[0].length);
    return { tail: after.split(/\n|&&|\|\||;|\|/)[0] ?? "", shell: true };
  }
  const joined = commandLine.join(" ");
  const match = LAUNCHER.exec(joined);
  if (!match || match.index > first.length) return void 0;
  return { tail: joined.slice(match.index + match[0].length), shell: false };
}
function shellExpand(text, env) {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, a, b) => env.get(a ?? b) ?? ""
  );
}
function rendezvousOf(flags, env) {
  if (flags.has("standalone") || env.has("PET_STANDALONE")) return "standalone";
  const backend = flags.get("rdzv_backend") ?? env.get("PET_RDZV_BACKEND") ?? "static";
  const endpoint = flags.get("rdzv_endpoint") ?? env.get("PET_RDZV_ENDPOINT") ?? "";
  if (backend === "static" && !flags.has("rdzv_endpoint")) return void 0;
  return `rdzv_backend=${backend} rdzv_endpoint=${endpoint}`;
}
function torchrunInputs(commandLine, env) {
  const found = launcherTail(commandLine);
  if (!found) return void 0;
  const text = found.shell ? shellExpand(found.tail, env) : found.tail;
  const tokens = text.split(/\s+/).filter(Boolean).map((token) => token.replace(/^["']|["']$/g, ""));
  const given = {};
  const rendezvousFlags = /* @__PURE__ */ new Map();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token.startsWith("--")) {
      if (!token.startsWith("-")) break;
      continue;
    }
    const [rawName, inline] = token.slice(2).split(/=(.*)/s, 2);
    const flag = rawName.replace(/-/g, "_");
    const value = inline ?? tokens[i + 1];
    if (flag === "standalone") {
      rendezvousFlags.set("standalone", "");
      continue;
    }
    if ((flag === "rdzv_endpoint" || flag === "rdzv_backend") && value !== void 0)
      rendezvousFlags.set(flag, value);
    const key = FLAGS[flag];
    if (key && value !== void 0) given[key] = value;
    if (inline === void 0 && !BOOLEAN_FLAGS.has(flag)) i += 1;
  }
  const inputs = {};
  for (const [key, [envName, fallback]] of Object.entries(ENV_DEFAULTS)) {
    inputs[key] = given[key] ?? env.get(envName) ?? fallback;
  }
  const rendezvous = rendezvousOf(rendezvousFlags, env);
  if (rendezvous) inputs.rendezvous = rendezvous;
  return inputs;
}

// src/convert/pods/compare.ts
var RANK0 = "<rank-0 host>";
var NOT_COMPARED_POD_FIELDS = /* @__PURE__ */ new Set([
  "containers",
  "initContainers",
  "restartPolicy",
  "hostname",
  "subdomain"
]);
var HANDLED_CONTAINER_FIELDS = /* @__PURE__ */ new Set(["name", "env", "command", "args", "ports"]);
var V1_PORT_NAME = "pytorchjob-port";
var V2_PORT = 29500;
var Collector = class {
  differences = [];
  harmless = [];
  real(rank, field, v1, v2) {
    this.differences.push({ rank, field, v1, v2 });
  }
  ok(kind, rank, field, v1, v2) {
    this.harmless.push({ rank, field, v1, v2, kind, reason: HARMLESS[kind] });
  }
};
function normalizeHosts(text, hosts) {
  let out = text;
  for (const host of [...hosts].sort((a, b) => b.length - a.length)) {
    out = out.replace(
      new RegExp(
        `(?<![A-Za-z0-9.-])${host.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`,
        "g"
      ),
      RANK0
    );
  }
  return out;
}
var hostsOfRank0 = (pod) => pod.rank === 0 ? [...pod.rank0Hosts, "127.0.0.1", "localhost"] : pod.rank0Hosts;
var containersOf = (pod, key) => pod.spec[key] ?? [];
function effectiveNproc(value, container) {
  const resources = container.resources ?? {};
  let gpus = 0;
  for (const list of [resources.limits, resources.requests]) {
    for (const [name, quantity2] of Object.entries(list ?? {})) {
      if (name.toLowerCase().includes("gpu")) gpus = Math.max(gpus, quantityValue(quantity2));
    }
  }
  if (value === "gpu" || value === "auto" && gpus > 0) return String(gpus);
  if (value === "auto" || value === "cpu") return "one per CPU of the node";
  return value;
}
function userMetadata(map) {
  return Object.fromEntries(
    Object.entries(map).filter(([key]) => !CONTROLLER_METADATA.some((p) => key.startsWith(p)))
  );
}
function comparePorts(c, rank, field, a, b) {
  const user = (ports, injected) => (ports ?? []).filter((port) => !injected(port));
  const pa = user(a.ports, (port) => port.name === V1_PORT_NAME);
  const pb = user(b.ports, (port) => port.containerPort === V2_PORT && port.name === void 0);
  if (isDeepStrictEqual(pa, pb)) return;
  const hostPorts = [...pa, ...pb].some((port) => port.hostPort !== void 0);
  if (hostPorts) c.real(rank, `${field} ports`, pa, pb);
  else c.ok("ports", rank, `${field} ports`, pa, pb);
}
function side(pod, container) {
  const env = resolveEnv(pod, container);
  const resolved = resolveCommandLine(container, env);
  const argv = {
    command: resolved.command?.map((item) => normalizeHosts(item, hostsOfRank0(pod))),
    args: resolved.args?.map((item) => normalizeHosts(item, hostsOfRank0(pod)))
  };
  const line = [...argv.command ?? [], ...argv.args ?? []];
  const torchrun = torchrunInputs(line, env);
  return { pod, container, env, argv, ...torchrun && { torchrun } };
}
function compareCommandLine(c, rank, field, a, b, rawDiffer) {
  const full = (s) => [...s.argv.command ?? [], ...s.argv.args ?? []];
  const same = a.argv.command && b.argv.command ? isDeepStrictEqual(full(a), full(b)) : isDeepStrictEqual(a.argv.command, b.argv.command) && isDeepStrictEqual(a.argv.args, b.argv.args);
  if (!same)
    c.real(rank, `${field} command/args`, [a.argv.command, a.argv.args], [b.argv.command, b.argv.args]);
  else if (rawDiffer)
    c.ok("masterAddress", rank, `${field} command/args`, a.container.args, b.container.args);
}
function compareTorchrun(c, rank, field, a, b) {
  if (!a.torchrun || !b.torchrun) return;
  const ta = a.torchrun;
  const tb = b.torchrun;
  const check = (name, va, vb) => {
    if (va !== vb) c.real(rank, `${field} torchrun ${name}`, va, vb);
  };
  check("nnodes", ta.nnodes, tb.nnodes);
  const dynamic = (rendezvous) => rendezvous !== void 0 && !rendezvous.startsWith("rdzv_backend=static");
  if (!(dynamic(ta.rendezvous) && dynamic(tb.rendezvous))) check("node-rank", ta.nodeRank, tb.nodeRank);
  check(
    "nproc-per-node",
    effectiveNproc(ta.nprocPerNode, a.container),
    effectiveNproc(tb.nprocPerNode, b.container)
  );
  check(
    "rendezvous",
    normalizeHosts(ta.rendezvous ?? "", hostsOfRank0(a.pod)),
    normalizeHosts(tb.rendezvous ?? "", hostsOfRank0(b.pod))
  );
  if (ta.rendezvous) return;
  const addrA = normalizeHosts(ta.masterAddr, hostsOfRank0(a.pod));
  const addrB = normalizeHosts(tb.masterAddr, hostsOfRank0(b.pod));
  if (addrA !== addrB) c.real(rank, `${field} torchrun master-addr`, ta.masterAddr, tb.masterAddr);
  else if (ta.masterAddr !== tb.masterAddr)
    c.ok("masterAddress", rank, `${field} torchrun master-addr`, ta.masterAddr, tb.masterAddr);
  if (ta.masterPort !== tb.masterPort)
    c.ok("masterPort", rank, `${field} torchrun master-port`, ta.masterPort, tb.masterPort);
}
function isNameHelper(container, name) {
  const entry = (container.env ?? []).find((candidate) => candidate.name === name);
  const fieldRef = entry?.valueFrom?.fieldRef;
  return fieldRef?.fieldPath === JOBSET_NAME_FIELD;
}
function compareEnv(c, rank, field, a, b, trainer) {
  const underTorchrun = a.torchrun !== void 0 && b.torchrun !== void 0;
  for (const name of /* @__PURE__ */ new Set([...a.env.keys(), ...b.env.keys()])) {
    const va = a.env.get(name);
    const vb = b.env.get(name);
    if (va === vb) continue;
    const where = `${field} env ${name}`;
    if (name === "JOB_COMPLETION_INDEX" && va === void 0) c.ok("jobCompletionIndex", rank, where, va, vb);
    else if (name === "PYTHONUNBUFFERED" && vb === void 0) c.ok("pythonUnbuffered", rank, where, va, vb);
    else if (va === void 0 && isNameHelper(b.container, name)) c.ok("nameHelper", rank, where, va, vb);
    else if (name.startsWith("PET_")) c.ok(underTorchrun ? "petCompared" : "petUnread", rank, where, va, vb);
    else if (!trainer && V1_INJECTED.has(name) && vb === void 0) c.ok("sidecarEnv", rank, where, va, vb);
    else if (underTorchrun && TORCHRUN_SETS.has(name)) c.ok("torchrunSets", rank, where, va, vb);
    else if (va !== void 0 && vb !== void 0 && normalizeHosts(va, hostsOfRank0(a.pod)) === normalizeHosts(vb, hostsOfRank0(b.pod)))
      c.ok("masterAddress", rank, where, va, vb);
    else if (name === "MASTER_PORT" && /^\d+$/.test(va ?? "") && /^\d+$/.test(vb ?? ""))
      c.ok("masterPort", rank, where, va, vb);
    else c.real(rank, where, va, vb);
  }
}
function compareContainer(c, rank, a, b, trainer) {
  const field = a.container.name === b.container.name ? `container ${a.container.name}` : `container ${a.container.name}/${b.container.name}`;
  for (const key of /* @__PURE__ */ new Set([...Object.keys(a.container), ...Object.keys(b.container)])) {
    if (HANDLED_CONTAINER_FIELDS.has(key)) continue;
    if (!isDeepStrictEqual(a.container[key], b.container[key]))
      c.real(rank, `${field} ${key}`, a.container[key], b.container[key]);
  }
  const rawDiffer = !isDeepStrictEqual(
    resolveCommandLine(a.container, a.env),
    resolveCommandLine(b.container, b.env)
  );
  compareCommandLine(c, rank, field, a, b, rawDiffer);
  compareEnv(c, rank, field, a, b, trainer);
  if (trainer) compareTorchrun(c, rank, field, a, b);
  comparePorts(c, rank, field, a.container, b.container);
}
function compareContainerLists(c, p1, p2, key) {
  const list1 = containersOf(p1, key);
  const list2 = containersOf(p2, key);
  const partner = (container) => key === "containers" && container.name === p1.trainerContainer ? list2.find((other) => other.name === p2.trainerContainer) : list2.find((other) => other.name === container.name && other.name !== p2.trainerContainer);
  const matched = /* @__PURE__ */ new Set();
  for (const container of list1) {
    const other = partner(container);
    if (!other) {
      if (key === "initContainers" && container.name === "init-pytorch")
        c.ok("initPytorch", p1.rank, `${key} init-pytorch`, container.name, void 0);
      else c.real(p1.rank, `${key} ${container.name}`, container.name, void 0);
      continue;
    }
    matched.add(other);
    compareContainer(
      c,
      p1.rank,
      side(p1, container),
      side(p2, other),
      key === "containers" && container.name === p1.trainerContainer
    );
  }
  for (const other of list2)
    if (!matched.has(other)) c.real(p1.rank, `${key} ${other.name}`, void 0, other.name);
  const ordered1 = list1.filter((x) => x.name !== "init-pytorch").map((x) => x.name);
  const ordered2 = list2.map((x) => x.name);
  if (key === "initContainers" && !isDeepStrictEqual(ordered1, ordered2))
    c.real(p1.rank, "initContainers order", ordered1, ordered2);
}
function comparePod(c, p1, p2) {
  const rank = p1.rank;
  if (p1.name !== p2.name) c.ok("podName", rank, "pod name", p1.name, p2.name);
  if ((p1.namespace ?? "default") !== (p2.namespace ?? "default"))
    c.real(rank, "namespace", p1.namespace, p2.namespace);
  for (const key of /* @__PURE__ */ new Set([...Object.keys(p1.spec), ...Object.keys(p2.spec)])) {
    if (NOT_COMPARED_POD_FIELDS.has(key)) continue;
    if (!isDeepStrictEqual(p1.spec[key], p2.spec[key])) c.real(rank, key, p1.spec[key], p2.spec[key]);
  }
  if (p1.restartPolicy !== p2.restartPolicy)
    c.real(rank, "restartPolicy", p1.restartPolicy, p2.restartPolicy);
  if (p1.backoffLimit !== p2.backoffLimit) {
    if (p1.backoffLimit === "unlimited")
      c.ok("backoffUnset", rank, "backoffLimit", p1.backoffLimit, p2.backoffLimit);
    else c.real(rank, "backoffLimit", p1.backoffLimit, p2.backoffLimit);
  }
  for (const key of ["labels", "annotations"]) {
    const a = userMetadata(p1[key]);
    const b = userMetadata(p2[key]);
    if (!isDeepStrictEqual(a, b)) c.real(rank, `pod ${key}`, a, b);
  }
  compareContainerLists(c, p1, p2, "containers");
  compareContainerLists(c, p1, p2, "initContainers");
}
function dedupe(harmless) {
  const seen = /* @__PURE__ */ new Set();
  return harmless.filter((entry) => {
    const key = `${entry.kind}\0${entry.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function stored(job) {
  return { ...job, pods: job.pods.map((pod) => ({ ...pod, spec: apiDefaultedPodSpec(pod.spec) })) };
}
function comparePods(renderedV1, renderedV2) {
  const v1 = stored(renderedV1);
  const v2 = stored(renderedV2);
  const c = new Collector();
  if (v1.unsupported) c.real(-1, "v1 rendering", v1.unsupported, void 0);
  if (v2.unsupported) c.real(-1, "v2 rendering", void 0, v2.unsupported);
  if (v1.pods.length !== v2.pods.length) c.real(-1, "node count", v1.pods.length, v2.pods.length);
  for (let rank = 0; rank < Math.min(v1.pods.length, v2.pods.length); rank += 1)
    comparePod(c, v1.pods[rank], v2.pods[rank]);
  const ports = c.harmless.filter((entry) => entry.kind === "masterPort");
  const agree = (values) => new Set(values.map(String)).size <= 1;
  if (!agree(ports.map((p) => p.v1)) || !agree(ports.map((p) => p.v2))) {
    for (const port of ports) c.real(port.rank, port.field, port.v1, port.v2);
    c.harmless.splice(0, c.harmless.length, ...c.harmless.filter((entry) => entry.kind !== "masterPort"));
  }
  return { equivalent: c.differences.length === 0, differences: c.differences, harmless: dedupe(c.harmless) };
}

// src/convert/pods/render-v1.ts
var TRAINER_CONTAINER = "pytorch";
var PORT_NAME = "pytorchjob-port";
var DEFAULT_PORT = 23456;
var INIT_IMAGE = "alpine:3.10";
var INIT_MAX_TRIES = 100;
function defaultedReplicas(job) {
  const specs = job.spec?.pytorchReplicaSpecs ?? {};
  const replicas = [];
  const unknown = [];
  for (const [key, value] of Object.entries(specs)) {
    const type = ["master", "worker"].includes(key.toLowerCase()) ? key[0].toUpperCase() + key.slice(1).toLowerCase() : void 0;
    if (!type || !isPlainObject(value)) {
      unknown.push(key);
      continue;
    }
    const template = structuredClone(value.template ?? {});
    template.spec ??= {};
    addDefaultPort(template.spec);
    replicas.push({
      type,
      replicas: typeof value.replicas === "number" ? value.replicas : 1,
      restartPolicy: typeof value.restartPolicy === "string" && value.restartPolicy ? value.restartPolicy : "OnFailure",
      template
    });
  }
  replicas.sort((a, b) => a.type === b.type ? 0 : a.type === "Master" ? -1 : 1);
  return { replicas, unknown };
}
function addDefaultPort(spec) {
  const containers = spec.containers ?? [];
  if (containers.length === 0) return;
  const container = containers.find((c) => c.name === TRAINER_CONTAINER) ?? containers[0];
  const ports = container.ports ?? [];
  if (!ports.some((port) => port.name === PORT_NAME)) {
    container.ports = [...ports, { name: PORT_NAME, containerPort: DEFAULT_PORT }];
  }
}
function nprocInt(nproc) {
  return /^[+-]?\d+$/.test(nproc) ? Number.parseInt(nproc, 10) : 1;
}
function portOf(replica) {
  const containers = replica?.template.spec?.containers ?? [];
  const container = containers.find((c) => c.name === TRAINER_CONTAINER);
  const port = (container?.ports ?? []).find((p) => p.name === PORT_NAME);
  return Number(port?.containerPort ?? DEFAULT_PORT);
}
function elasticEnv(name, policy, replicas) {
  const workers = replicas.find((replica) => replica.type === "Worker")?.replicas;
  const min = policy.minReplicas ?? policy.maxReplicas ?? workers;
  const max = policy.maxReplicas ?? policy.minReplicas ?? workers;
  const host = typeof policy.rdzvHost === "string" ? policy.rdzvHost : `${name}-worker-0`;
  const port = policy.rdzvPort ?? portOf(replicas.find((replica) => replica.type === "Worker"));
  const env = [
    { name: "PET_RDZV_ENDPOINT", value: `${host}:${String(port)}` },
    { name: "PET_RDZV_BACKEND", value: String(policy.rdzvBackend ?? "c10d") },
    { name: "PET_NNODES", value: `${String(min)}:${String(max)}` }
  ];
  if (policy.maxRestarts !== void 0)
    env.push({ name: "PET_MAX_RESTARTS", value: String(policy.maxRestarts) });
  if (policy.nProcPerNode !== void 0)
    env.push({ name: "PET_NPROC_PER_NODE", value: String(policy.nProcPerNode) });
  if (policy.rdzvId !== void 0) env.push({ name: "PET_RDZV_ID", value: String(policy.rdzvId) });
  if (Array.isArray(policy.rdzvConf) && policy.rdzvConf.length > 0) {
    const conf = policy.rdzvConf.map(
      (entry) => `${String(entry.key)}=${String(entry.value)}`
    );
    env.push({ name: "PET_RDZV_CONF", value: conf.join(",") });
  }
  if (policy.standalone === true) env.push({ name: "PET_STANDALONE", value: "" });
  return env;
}
function injectedEnv(job, replicas, type, index) {
  const name = String(job.metadata?.name ?? "");
  const spec = job.spec ?? {};
  const elastic = isPlainObject(spec.elasticPolicy) ? spec.elasticPolicy : void 0;
  const nproc = typeof spec.nprocPerNode === "string" ? spec.nprocPerNode : elastic?.nProcPerNode !== void 0 ? void 0 : "auto";
  const total = replicas.reduce((sum, replica) => sum + replica.replicas, 0);
  const env = [{ name: "PYTHONUNBUFFERED", value: "1" }];
  const master = replicas.find((replica) => replica.type === "Master");
  if (master) {
    const port = String(portOf(master));
    const addr = `${name}-master-0`;
    const rank = String(type === "Worker" ? index + 1 : index);
    env.push(
      { name: "MASTER_PORT", value: port },
      { name: "PET_MASTER_PORT", value: port },
      { name: "MASTER_ADDR", value: addr },
      { name: "PET_MASTER_ADDR", value: addr },
      { name: "WORLD_SIZE", value: String(total * nprocInt(nproc ?? "")) },
      { name: "RANK", value: rank },
      { name: "PET_NODE_RANK", value: rank }
    );
  }
  if (nproc !== void 0) env.push({ name: "PET_NPROC_PER_NODE", value: nproc });
  if (elastic) env.push(...elasticEnv(name, elastic, replicas));
  else env.push({ name: "PET_NNODES", value: String(total) });
  return env;
}
function initContainer(masterAddr) {
  return {
    name: "init-pytorch",
    image: INIT_IMAGE,
    imagePullPolicy: "IfNotPresent",
    resources: { limits: { cpu: "100m", memory: "20Mi" }, requests: { cpu: "50m", memory: "10Mi" } },
    command: [
      "sh",
      "-c",
      `err=1;for i in $(seq ${INIT_MAX_TRIES}); do if nslookup ${masterAddr}; then err=0 && break; fi;echo waiting for master; sleep 2; done; exit $err`
    ]
  };
}
function serviceHosts(service, namespace) {
  const ns = namespace ?? "default";
  return [service, `${service}.${ns}`, `${service}.${ns}.svc`, `${service}.${ns}.svc.cluster.local`];
}
function renderV1Pods(pyTorchJob) {
  if (!isPlainObject(pyTorchJob)) throw new TypeError("renderV1Pods: not an object");
  const metadata = pyTorchJob.metadata ?? {};
  const name = String(metadata.name ?? "");
  const namespace = metadata.namespace;
  const spec = pyTorchJob.spec ?? {};
  const runPolicy = spec.runPolicy ?? {};
  const { replicas, unknown } = defaultedReplicas(pyTorchJob);
  const hasMaster = replicas.some((replica) => replica.type === "Master");
  const rank0 = hasMaster ? `${name}-master-0` : `${name}-worker-0`;
  const pods = [];
  for (const replica of replicas) {
    for (let index = 0; index < replica.replicas; index += 1) {
      const template = structuredClone(replica.template);
      const podSpec = template.spec;
      const containers = podSpec.containers ?? [];
      const added = injectedEnv(pyTorchJob, replicas, replica.type, index);
      for (const container of containers)
        container.env = [...container.env ?? [], ...structuredClone(added)];
      if (hasMaster && replica.type === "Worker") {
        podSpec.initContainers = [
          ...podSpec.initContainers ?? [],
          initContainer(`${name}-master-0`)
        ];
      }
      podSpec.restartPolicy = replica.restartPolicy === "ExitCode" ? "Never" : replica.restartPolicy;
      const type = replica.type.toLowerCase();
      const templateMeta = template.metadata ?? {};
      pods.push({
        rank: hasMaster && replica.type === "Worker" ? index + 1 : index,
        replica: `${replica.type} ${index}`,
        name: `${name}-${type}-${index}`,
        namespace,
        labels: {
          ...templateMeta.labels ?? {},
          "training.kubeflow.org/job-name": name,
          "training.kubeflow.org/operator-name": "pytorchjob-controller",
          "training.kubeflow.org/replica-type": type,
          "training.kubeflow.org/replica-index": String(index),
          ...replica.type === "Master" && { "training.kubeflow.org/job-role": "master" }
        },
        annotations: { ...templateMeta.annotations ?? {} },
        spec: podSpec,
        trainerContainer: TRAINER_CONTAINER,
        restartPolicy: replica.restartPolicy,
        backoffLimit: typeof runPolicy.backoffLimit === "number" ? runPolicy.backoffLimit : "unlimited",
        rank0Hosts: serviceHosts(rank0, namespace)
      });
    }
  }
  pods.sort((a, b) => a.rank - b.rank);
  const unsupported = unknown.length > 0 ? `replica types training-operator does not run for PyTorchJobs: ${unknown.join(", ")}` : spec.elasticPolicy !== void 0 && !replicas.some((replica) => replica.type === "Worker") ? "elasticPolicy without a Worker replica: training-operator cannot default it" : void 0;
  return { side: "v1", name, pods, ...unsupported && { unsupported } };
}

// src/convert/pods/builtin-runtimes.ts
var BUILTIN_TORCH_DISTRIBUTED = {
  // kubeflow/trainer v2.0.1: manifests/base/runtimes/torch_distributed.yaml
  "2.0": {
    apiVersion: "trainer.kubeflow.org/v1alpha1",
    kind: "ClusterTrainingRuntime",
    metadata: { name: "torch-distributed", labels: { "trainer.kubeflow.org/framework": "torch" } },
    spec: {
      mlPolicy: { numNodes: 1, torch: { numProcPerNode: "auto" } },
      template: {
        spec: {
          replicatedJobs: [
            {
              name: "node",
              template: {
                metadata: { labels: { "trainer.kubeflow.org/trainjob-ancestor-step": "trainer" } },
                spec: {
                  template: {
                    spec: {
                      containers: [
                        {
                          name: "node",
                          image: "pytorch/pytorch:2.7.1-cuda12.8-cudnn9-runtime",
                          command: [
                            "/bin/bash",
                            "-c",
                            'echo "Torch Distributed Runtime"\n\necho "--------------------------------------"\necho "Torch Default Runtime Env"\nenv | grep PET_\n\npip list\n'
                          ]
                        }
                      ]
                    }
                  }
                }
              }
            }
          ]
        }
      }
    }
  },
  // kubeflow/trainer v2.1.0: manifests/base/runtimes/torch_distributed.yaml
  "2.1": {
    apiVersion: "trainer.kubeflow.org/v1alpha1",
    kind: "ClusterTrainingRuntime",
    metadata: { name: "torch-distributed", labels: { "trainer.kubeflow.org/framework": "torch" } },
    spec: {
      mlPolicy: { numNodes: 1, torch: { numProcPerNode: "auto" } },
      template: {
        spec: {
          replicatedJobs: [
            {
              name: "node",
              template: {
                metadata: { labels: { "trainer.kubeflow.org/trainjob-ancestor-step": "trainer" } },
                spec: {
                  template: {
                    spec: {
                      containers: [{ name: "node", image: "pytorch/pytorch:2.7.1-cuda12.8-cudnn9-runtime" }]
                    }
                  }
                }
              }
            }
          ]
        }
      }
    }
  },
  // kubeflow/trainer v2.2.1: manifests/base/runtimes/torch_distributed.yaml
  "2.2": {
    apiVersion: "trainer.kubeflow.org/v1alpha1",
    kind: "ClusterTrainingRuntime",
    metadata: { name: "torch-distributed", labels: { "trainer.kubeflow.org/framework": "torch" } },
    spec: {
      mlPolicy: { numNodes: 1, torch: {} },
      template: {
        spec: {
          replicatedJobs: [
            {
              name: "node",
              template: {
                metadata: { labels: { "trainer.kubeflow.org/trainjob-ancestor-step": "trainer" } },
                spec: {
                  template: {
                    spec: {
                      containers: [{ name: "node", image: "pytorch/pytorch:2.10.0-cuda12.8-cudnn9-runtime" }]
                    }
                  }
                }
              }
            }
          ]
        }
      }
    }
  },
  // kubeflow/trainer v2.3.0: manifests/base/runtimes/torch_distributed.yaml
  "2.3": {
    apiVersion: "trainer.kubeflow.org/v1alpha1",
    kind: "ClusterTrainingRuntime",
    metadata: { name: "torch-distributed", labels: { "trainer.kubeflow.org/framework": "torch" } },
    spec: {
      mlPolicy: { numNodes: 1, torch: {} },
      template: {
        spec: {
          replicatedJobs: [
            {
              name: "node",
              template: {
                metadata: { labels: { "trainer.kubeflow.org/trainjob-ancestor-step": "trainer" } },
                spec: {
                  template: {
                    spec: {
                      containers: [{ name: "node", image: "pytorch/pytorch:2.13.0-cuda13.0-cudnn9-runtime" }]
                    }
                  }
                }
              }
            }
          ]
        }
      }
    }
  }
};

// src/convert/pods/strategic-merge.ts
var MERGE_KEYS = {
  replicatedJobs: "name",
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  volumes: "name",
  imagePullSecrets: "name",
  schedulingGates: "name",
  resourceClaims: "name",
  env: "name",
  volumeMounts: "mountPath",
  volumeDevices: "devicePath",
  ports: "containerPort",
  hostAliases: "ip",
  topologySpreadConstraints: "topologyKey"
};
function strategicMerge(original, patch) {
  if (!isPlainObject(original) || !isPlainObject(patch)) return structuredClone(patch);
  const out = structuredClone(original);
  for (const [key, value] of Object.entries(patch)) {
    if (value === void 0) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    const current = out[key];
    const mergeKey = MERGE_KEYS[key];
    if (mergeKey && Array.isArray(value) && Array.isArray(current)) {
      out[key] = mergeList(current, value, mergeKey);
    } else if (isPlainObject(value) && isPlainObject(current)) {
      out[key] = strategicMerge(current, value);
    } else {
      out[key] = structuredClone(value);
    }
  }
  return out;
}
var keyOf = (item, mergeKey) => isPlainObject(item) ? item[mergeKey] : item;
function mergeList(original, patch, mergeKey) {
  const originalKeys = original.map((item) => keyOf(item, mergeKey));
  const patchKeys = new Set(patch.map((item) => keyOf(item, mergeKey)));
  const merged = patch.map((item) => {
    const at = originalKeys.indexOf(keyOf(item, mergeKey));
    return at >= 0 ? strategicMerge(original[at], item) : structuredClone(item);
  });
  const originalOnly = original.filter((item) => !patchKeys.has(keyOf(item, mergeKey)));
  const serverIndex = (item) => originalKeys.indexOf(keyOf(item, mergeKey));
  const out = [];
  let i = 0;
  let j = 0;
  while (i < originalOnly.length || j < merged.length) {
    if (j >= merged.length) out.push(originalOnly[i++]);
    else if (i >= originalOnly.length) out.push(merged[j++]);
    else {
      const left = serverIndex(originalOnly[i]);
      const right = serverIndex(merged[j]);
      if (left >= 0 && right >= 0 && left < right) out.push(originalOnly[i++]);
      else out.push(merged[j++]);
    }
  }
  return out;
}

// src/convert/pods/render-v2.ts
var NODE = "node";
var ANCESTOR_LABEL = "trainer.kubeflow.org/trainjob-ancestor-step";
var TRAINER_PORT = 29500;
var COMPLETION_INDEX = "batch.kubernetes.io/job-completion-index";
var COMPLETION_INDEX_PATH = `metadata.annotations['${COMPLETION_INDEX}']`;
var DEFAULT_BACKOFF_LIMIT = 6;
var atLeast = (release, since) => Number(release) >= Number(since);
function runtimeFor(trainJob, runtime, release) {
  if (isPlainObject(runtime)) return runtime;
  const ref2 = trainJob.spec?.runtimeRef ?? {};
  const name = ref2.name ?? "torch-distributed";
  if (name !== "torch-distributed" || ref2.kind !== void 0 && ref2.kind !== "ClusterTrainingRuntime") {
    throw new Error(
      `renderV2Pods: runtime ${String(name)} was not given and is not the built-in torch-distributed`
    );
  }
  return BUILTIN_TORCH_DISTRIBUTED[release];
}
var isTrainerJob = (job) => job.name === NODE || job.template?.metadata?.labels?.[ANCESTOR_LABEL] === "trainer";
function applyOverrides(jobSetSpec, spec, release) {
  let out = jobSetSpec;
  if (atLeast(release, "2.2")) {
    for (const patch of spec.runtimePatches ?? []) {
      const template = patch.trainingRuntimeSpec?.template ?? {};
      if (template.spec) out = strategicMerge(out, template.spec);
    }
    return out;
  }
  const jobs = out.replicatedJobs ?? [];
  const overrides = (release === "2.1" ? spec.podTemplateOverrides : spec.podSpecOverrides) ?? [];
  for (const override of overrides) {
    const targets = (override.targetJobs ?? []).map((target) => target.name);
    for (const job of jobs) {
      if (!targets.includes(job.name)) continue;
      const jobTemplate = job.template;
      jobTemplate.spec ??= {};
      const jobSpec = jobTemplate.spec;
      jobSpec.template ??= {};
      const podTemplate = jobSpec.template;
      if (release === "2.1") {
        jobSpec.template = strategicMerge(podTemplate, { metadata: override.metadata, spec: override.spec });
      } else {
        const { targetJobs: _targets, ...podSpecPatch } = override;
        podTemplate.spec = strategicMerge(podTemplate.spec ?? {}, podSpecPatch);
      }
    }
  }
  return out;
}
function resourcesOf(container) {
  return container?.resources ?? {};
}
function gpuCount(resources) {
  const count = (list) => {
    for (const [name, value] of Object.entries(list ?? {})) {
      if (name.toLowerCase().includes("gpu")) return quantityValue(value);
    }
    return 0;
  };
  const requested = count(resources.requests);
  return requested === 0 ? count(resources.limits) : requested;
}
function cpuCount(resources) {
  const request = quantity(resources.requests?.cpu);
  if (request === void 0 || request === 0)
    return quantityValue(resources.limits?.cpu);
  return quantityValue(request);
}
function resolveNproc(trainer, mlTorch, runtimeResources, release) {
  if (release === "2.0") return nprocV20(trainer, mlTorch);
  let nproc = trainer.numProcPerNode !== void 0 ? String(trainer.numProcPerNode) : release === "2.1" && mlTorch.numProcPerNode !== void 0 ? String(mlTorch.numProcPerNode) : "auto";
  const resources = isPlainObject(trainer.resourcesPerNode) ? trainer.resourcesPerNode : runtimeResources;
  if (release === "2.1" && nproc === "cpu" || nproc === "auto" && gpuCount(resources) === 0) {
    nproc = String(Math.max(1, cpuCount(resources)));
  }
  return nproc;
}
function nprocV20(trainer, mlTorch) {
  const nproc = String(trainer.numProcPerNode ?? mlTorch.numProcPerNode ?? "auto");
  if (!isPlainObject(trainer.resourcesPerNode)) return nproc;
  const usesCpu = (list) => nproc === "auto" ? !Object.keys(list).some((name) => name.toLowerCase().includes("gpu")) : nproc === "cpu" ? "cpu" in list : false;
  const fallback = nproc === "cpu" ? "1" : nproc;
  const calculate = (list) => {
    if (!isPlainObject(list)) return ["1", false];
    if (usesCpu(list)) return [String(Math.max(1, quantityValue(list.cpu))), true];
    return [fallback, false];
  };
  const [fromLimits, usedCpu] = calculate(trainer.resourcesPerNode.limits);
  return usedCpu ? fromLimits : calculate(trainer.resourcesPerNode.requests)[0];
}
function upsert(env, entries) {
  const out = [...env];
  for (const entry of entries) {
    const at = out.findIndex((existing) => existing.name === entry.name);
    if (at >= 0) out[at] = structuredClone(entry);
    else out.push(structuredClone(entry));
  }
  return out;
}
function trainerResources(current, perNode, release) {
  if (!atLeast(release, "2.3")) return structuredClone(perNode);
  return strategicMerge(current, perNode);
}
function renderV2Pods(trainJob, runtime, release) {
  if (!isPlainObject(trainJob)) throw new TypeError("renderV2Pods: not an object");
  const metadata = trainJob.metadata ?? {};
  const name = String(metadata.name ?? "");
  const namespace = metadata.namespace;
  const spec = trainJob.spec ?? {};
  const trainer = spec.trainer ?? {};
  const runtimeObject = runtimeFor(trainJob, runtime, release);
  const runtimeSpec = runtimeObject.spec ?? {};
  const mlPolicy = runtimeSpec.mlPolicy ?? {};
  const mlTorch = mlPolicy.torch ?? {};
  const jobSetSpec = applyOverrides(
    structuredClone(runtimeSpec.template?.spec ?? {}),
    spec,
    release
  );
  const nodeJob = (jobSetSpec.replicatedJobs ?? []).find(isTrainerJob);
  if (!nodeJob)
    return { side: "v2", name, pods: [], unsupported: "the runtime has no trainer (node) replicated job" };
  const jobTemplate = nodeJob.template ?? {};
  const jobSpec = jobTemplate.spec ?? {};
  const podTemplate = jobSpec.template ?? {};
  const podSpec = structuredClone(podTemplate.spec ?? {});
  const containers = podSpec.containers ?? [];
  const node = containers.find((container) => container.name === NODE);
  const runtimeResources = resourcesOf(node);
  const count = typeof trainer.numNodes === "number" ? trainer.numNodes : Number(mlPolicy.numNodes ?? 1);
  const unsupported = !isPlainObject(mlPolicy.torch) ? "the runtime has no torch mlPolicy" : void 0;
  if (node) {
    if (trainer.image !== void 0) node.image = trainer.image;
    if (Array.isArray(trainer.command) && trainer.command.length > 0) node.command = [...trainer.command];
    if (Array.isArray(trainer.args) && trainer.args.length > 0) node.args = [...trainer.args];
    if (isPlainObject(trainer.resourcesPerNode)) {
      node.resources = trainerResources(runtimeResources, trainer.resourcesPerNode, release);
    }
    if (!unsupported) {
      const nproc = resolveNproc(trainer, mlTorch, runtimeResources, release);
      let env = upsert(node.env ?? [], trainer.env ?? []);
      env = upsert(env, [
        { name: "PET_NNODES", value: String(count) },
        { name: "PET_NPROC_PER_NODE", value: nproc },
        { name: "PET_NODE_RANK", valueFrom: { fieldRef: { fieldPath: COMPLETION_INDEX_PATH } } },
        { name: "PET_MASTER_ADDR", value: `${name}-${NODE}-0-0.${name}` },
        { name: "PET_MASTER_PORT", value: String(TRAINER_PORT) }
      ]);
      node.env = env;
      const ports = node.ports ?? [];
      if (!ports.some((port) => port.containerPort === TRAINER_PORT))
        node.ports = [...ports, { containerPort: TRAINER_PORT }];
    }
  }
  podSpec.restartPolicy ??= "OnFailure";
  const backoffLimit = typeof jobSpec.backoffLimit === "number" ? jobSpec.backoffLimit : DEFAULT_BACKOFF_LIMIT;
  const jobName2 = `${name}-${String(nodeJob.name)}-0`;
  const podMeta = podTemplate.metadata ?? {};
  const pods = [];
  for (let index = 0; index < count; index += 1) {
    const pod = structuredClone(podSpec);
    for (const container of [
      ...pod.initContainers ?? [],
      ...pod.containers ?? []
    ]) {
      if (!(container.env ?? []).some((entry) => entry.name === "JOB_COMPLETION_INDEX")) {
        container.env = [
          ...container.env ?? [],
          { name: "JOB_COMPLETION_INDEX", valueFrom: { fieldRef: { fieldPath: COMPLETION_INDEX_PATH } } }
        ];
      }
    }
    pod.hostname = `${jobName2}-${index}`;
    pod.subdomain = name;
    const jobSetKeys = {
      "jobset.sigs.k8s.io/jobset-name": name,
      "jobset.sigs.k8s.io/replicatedjob-name": String(nodeJob.name),
      "jobset.sigs.k8s.io/job-index": "0",
      "jobset.sigs.k8s.io/replicatedjob-replicas": "1"
    };
    pods.push({
      rank: index,
      replica: `${String(nodeJob.name)} ${index}`,
      name: `${jobName2}-${index}`,
      namespace,
      labels: {
        ...podMeta.labels ?? {},
        ...jobSetKeys,
        [COMPLETION_INDEX]: String(index),
        "batch.kubernetes.io/job-name": jobName2
      },
      annotations: {
        ...podMeta.annotations ?? {},
        ...jobSetKeys,
        [COMPLETION_INDEX]: String(index)
      },
      spec: pod,
      trainerContainer: NODE,
      restartPolicy: String(pod.restartPolicy),
      backoffLimit,
      rank0Hosts: serviceHosts(`${jobName2}-0.${name}`, namespace)
    });
  }
  return { side: "v2", name, pods, ...unsupported && { unsupported } };
}

// src/convert/pods/index.ts
function checkEquivalence(pyTorchJob, trainJob, options) {
  return comparePods(renderV1Pods(pyTorchJob), renderV2Pods(trainJob, options.runtime, options.release));
}

// src/gitops/kustomize/merge.ts
var isObject = (value) => isPlainObject(value);
function clone(value) {
  return structuredClone(value);
}
function usesDirectives(patch) {
  if (Array.isArray(patch)) return patch.some(usesDirectives);
  if (!isObject(patch)) return false;
  return Object.entries(patch).some(([key, value]) => key.startsWith("$") || usesDirectives(value));
}
function mergeStrategic(target, patch) {
  return mergeAt(target, patch, []);
}
function mergeAt(target, patch, path) {
  if (!isObject(patch)) return clone(patch);
  const base = isObject(target) ? target : {};
  const merged = { ...base };
  const isStringMap = path.length === 2 && path[0] === "metadata" && /^(?:labels|annotations)$/.test(path[1] ?? "");
  for (const [key, value] of Object.entries(patch)) {
    if (value === null && isStringMap) merged[key] = "null";
    else if (value === null) delete merged[key];
    else merged[key] = mergeAt(base[key], value, [...path, key]);
  }
  return merged;
}
function strategicDiff(from, to) {
  const patch = {};
  for (const key of Object.keys(from)) {
    if (!(key in to)) patch[key] = null;
  }
  for (const [key, value] of Object.entries(to)) {
    const before = from[key];
    if (deepEqual(before, value)) continue;
    patch[key] = isObject(before) && isObject(value) ? strategicDiff(before, value) : clone(value);
  }
  return patch;
}
function unescapePointer(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function escapePointer(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`"${pointer}" is not a JSON pointer (it must start with /)`);
  return pointer.slice(1).split("/").map(unescapePointer);
}
function getAt(document, tokens, pointer) {
  let current = document;
  for (const token of tokens) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isObject(current) && token in current) current = current[token];
    else throw new Error(`path ${pointer} does not exist`);
    if (current === void 0) throw new Error(`path ${pointer} does not exist`);
  }
  return current;
}
function setAt(document, tokens, value, mode, pointer) {
  if (tokens.length === 0) return value;
  const parent = getAt(document, tokens.slice(0, -1), pointer);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    const index = last === "-" ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) {
      throw new Error(`index ${last} is out of range at ${pointer}`);
    }
    if (mode === "add") parent.splice(index, 0, value);
    else if (index < parent.length) parent[index] = value;
    else throw new Error(`path ${pointer} does not exist`);
  } else if (isObject(parent)) {
    if (mode === "replace" && !(last in parent)) throw new Error(`path ${pointer} does not exist`);
    parent[last] = value;
  } else {
    throw new Error(`path ${pointer} does not exist`);
  }
  return document;
}
function removeAt(document, tokens, pointer) {
  const parent = getAt(document, tokens.slice(0, -1), pointer);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent) && Number(last) < parent.length) parent.splice(Number(last), 1);
  else if (isObject(parent) && last in parent) delete parent[last];
  else throw new Error(`path ${pointer} does not exist`);
  return document;
}
function applyJsonPatch(document, operations) {
  let result = clone(document);
  for (const operation of operations) {
    const tokens = parsePointer(operation.path);
    switch (operation.op) {
      case "add":
      case "replace":
        result = setAt(result, tokens, clone(operation.value ?? null), operation.op, operation.path);
        break;
      case "remove":
        result = removeAt(result, tokens, operation.path);
        break;
      case "move":
      case "copy": {
        const fromTokens = parsePointer(operation.from ?? "");
        const value = clone(getAt(result, fromTokens, operation.from ?? ""));
        if (operation.op === "move") result = removeAt(result, fromTokens, operation.from ?? "");
        result = setAt(result, tokens, value, "add", operation.path);
        break;
      }
      case "test":
        if (!deepEqual(getAt(result, tokens, operation.path), operation.value)) {
          throw new Error(`test at ${operation.path} fails`);
        }
        break;
      default:
        throw new Error(`unknown operation ${operation.op}`);
    }
  }
  return result;
}
function jsonPatchDiff(from, to, prefix = "") {
  if (deepEqual(from, to)) return [];
  if (!isObject(from) || !isObject(to)) return [{ op: "replace", path: prefix, value: clone(to) }];
  const operations = [];
  for (const key of Object.keys(from)) {
    if (!(key in to)) operations.push({ op: "remove", path: `${prefix}/${escapePointer(key)}` });
  }
  for (const [key, value] of Object.entries(to)) {
    const path = `${prefix}/${escapePointer(key)}`;
    if (!(key in from)) operations.push({ op: "add", path, value: clone(value) });
    else operations.push(...jsonPatchDiff(from[key], value, path));
  }
  return operations;
}

// src/gitops/kustomize/translate.ts
function convertJob(job, options) {
  const result = convertPyTorchJob(job, options);
  if (result.status === "converted" && result.trainJob)
    return { ok: true, trainJob: result.trainJob };
  const reasons = result.findings.filter((finding2) => finding2.severity !== "info").map((finding2) => `${finding2.code}${finding2.path ? ` at ${finding2.path}` : ""}`);
  return { ok: false, reason: `the patched job would need review (${reasons.join(", ") || result.status})` };
}
var IDENTITY_KEYS = ["apiVersion", "kind"];
function withoutIdentity(object) {
  const copy = { ...object };
  for (const key of IDENTITY_KEYS) delete copy[key];
  return copy;
}
function translateStrategicPatch(base, patch, options) {
  if (usesDirectives(patch))
    return { ok: false, reason: "it uses $patch directives, which have no exact TrainJob form" };
  const before = convertJob(base, options);
  if (!before.ok) return before;
  const patched = mergeStrategic(base, withoutIdentity(patch));
  const after = convertJob(patched, options);
  if (!after.ok) return after;
  const difference = strategicDiff(withoutIdentity(before.trainJob), withoutIdentity(after.trainJob));
  const metadata = isObject(difference.metadata) ? { ...difference.metadata } : {};
  const patchMetadata = isObject(patch.metadata) ? patch.metadata : {};
  for (const key of ["name", "namespace"]) {
    if (patchMetadata[key] !== void 0) metadata[key] = patchMetadata[key];
  }
  const translated = {};
  if (patch.apiVersion !== void 0) translated.apiVersion = TRAINJOB_API_VERSION;
  if (patch.kind !== void 0) translated.kind = TRAINJOB_KIND;
  if (Object.keys(metadata).length > 0) translated.metadata = metadata;
  for (const [key, value] of Object.entries(difference)) if (key !== "metadata") translated[key] = value;
  const check = mergeStrategic(before.trainJob, withoutIdentity(translated));
  if (!deepEqual(check, after.trainJob)) {
    return { ok: false, reason: "its TrainJob form does not reproduce the converted patched job" };
  }
  return { ok: true, value: translated, patched };
}
function translateJsonPatch(base, operations, options) {
  const before = convertJob(base, options);
  if (!before.ok) return before;
  let patched;
  try {
    patched = applyJsonPatch(base, operations);
  } catch (error) {
    return { ok: false, reason: `it does not apply to the job (${error.message})` };
  }
  const after = convertJob(patched, options);
  if (!after.ok) return after;
  const translated = jsonPatchDiff(before.trainJob, after.trainJob);
  if (translated.length === 0) return { ok: false, reason: "it changes nothing that a TrainJob carries" };
  if (!deepEqual(applyJsonPatch(before.trainJob, translated), after.trainJob)) {
    return { ok: false, reason: "its TrainJob form does not reproduce the converted patched job" };
  }
  return { ok: true, value: translated, patched };
}
var SENTINEL = "trainjob-migrate-replacement-probe";
function translateReplacementPaths(base, fieldPaths, options) {
  const before = convertJob(base, options);
  if (!before.ok) return before;
  let probed = structuredClone(base);
  for (const fieldPath of fieldPaths) {
    const pointer = fieldPathToPointer(probed, fieldPath);
    if (pointer === void 0) return { ok: false, reason: `the field path ${fieldPath} is not in the job` };
    probed = applyJsonPatch(probed, [{ op: "replace", path: pointer, value: SENTINEL }]);
  }
  const after = convertJob(probed, options);
  if (!after.ok) return after;
  const landed = locationsOf(after.trainJob, SENTINEL);
  const inexact = {
    ok: false,
    reason: "the replaced value does not land unchanged in TrainJob fields"
  };
  if (landed.length === 0) return inexact;
  try {
    const operations = landed.map((path) => ({ op: "replace", path, value: SENTINEL }));
    if (!deepEqual(applyJsonPatch(before.trainJob, operations), after.trainJob)) return inexact;
  } catch {
    return inexact;
  }
  return { ok: true, value: landed.map(pointerToFieldPath), patched: probed };
}
function locationsOf(document, value, prefix = "") {
  if (document === value) return [prefix];
  if (Array.isArray(document))
    return document.flatMap((item, index) => locationsOf(item, value, `${prefix}/${index}`));
  if (isObject(document)) {
    return Object.entries(document).flatMap(
      ([key, child]) => locationsOf(child, value, `${prefix}/${escapePointer(key)}`)
    );
  }
  return [];
}
var REPLICA_PATH = /^spec\.pytorchReplicaSpecs\.([^.]+)\.(.+)$/;
function translateSourcePath(base, fieldPath, options) {
  const inReplica = REPLICA_PATH.exec(fieldPath);
  let probed = [fieldPath];
  if (inReplica) {
    const specs = isObject(base.spec) && base.spec.pytorchReplicaSpecs || {};
    const value = valueAt2(base, fieldPath);
    probed = Object.keys(isObject(specs) ? specs : {}).map((role) => `spec.pytorchReplicaSpecs.${role}.${inReplica[2]}`).filter((path) => path === fieldPath || value !== void 0 && deepEqual(valueAt2(base, path), value));
  }
  const result = translateReplacementPaths(base, probed, options);
  if (!result.ok) return result;
  if (result.value.length !== 1) {
    return { ok: false, reason: `its value lands in ${result.value.length} TrainJob fields, not one` };
  }
  return { ok: true, value: result.value[0], patched: base };
}
function valueAt2(object, fieldPath) {
  const pointer = fieldPathToPointer(object, fieldPath);
  if (pointer === void 0) return void 0;
  let current = object;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    current = Array.isArray(current) ? current[Number(key)] : isObject(current) ? current[key] : void 0;
  }
  return current;
}
function fieldPathToPointer(object, fieldPath) {
  const tokens = [];
  let current = object;
  for (const segment of splitFieldPath(fieldPath)) {
    if (Array.isArray(current)) {
      const selector = /^\[([^=]+)=(.*)\]$/.exec(segment);
      const index = selector ? current.findIndex((item) => isObject(item) && String(item[selector[1]]) === selector[2]) : Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= current.length) return void 0;
      tokens.push(String(index));
      current = current[index];
    } else if (isObject(current) && segment in current) {
      tokens.push(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
      current = current[segment];
    } else {
      return void 0;
    }
  }
  return `/${tokens.join("/")}`;
}
function splitFieldPath(fieldPath) {
  return fieldPath.match(/\[[^\]]*\]|[^.]+/g) ?? [];
}
function pointerToFieldPath(pointer) {
  return pointer.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
}

// src/gitops/kustomize/verify.ts
function parseBuild(output) {
  return (0, import_yaml8.parseAllDocuments)(output).flatMap((document) => "toJSON" in document ? [document.toJSON()] : []).filter(isObject);
}
function identity2(object) {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  return `${String(metadata.namespace ?? "")}/${String(metadata.name ?? "")}`;
}
function builtJobFor(object, built) {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const name = String(metadata.name ?? "");
  const namespace = String(metadata.namespace ?? "");
  return built.find((job) => job.name === name && (job.namespace ?? "") === namespace);
}
function verifyBuild(before, after, jobs, isConverted, optionsFor) {
  const afterByKind = (kind, id) => after.find((object) => object.kind === kind && identity2(object) === id);
  const checked = [];
  for (const built of before.filter((object) => object.kind === "PyTorchJob")) {
    const id = identity2(built);
    const source = builtJobFor(built, jobs)?.source;
    if (!source || !isConverted(source)) {
      if (!deepEqual(afterByKind("PyTorchJob", id), built)) {
        return {
          ok: false,
          message: `PyTorchJob ${id} that stays a PyTorchJob builds differently after the change`
        };
      }
      checked.push(`${shown(id)} stays a PyTorchJob, built unchanged`);
      continue;
    }
    const expected = convertJob(built, optionsFor(source.relPath));
    if (!expected.ok)
      return { ok: false, message: `PyTorchJob ${id} as built: ${expected.reason}`, job: source };
    const actual = afterByKind("TrainJob", id);
    if (!actual)
      return {
        ok: false,
        message: `PyTorchJob ${id} has no TrainJob in the build after the change`,
        job: source
      };
    const difference = firstDifference(expected.trainJob, actual);
    if (difference !== void 0) {
      return {
        ok: false,
        message: `TrainJob ${id} differs from the converted built PyTorchJob at ${difference}`,
        job: source
      };
    }
    const pods = comparePodsOf(built, actual, after, optionsFor(source.relPath));
    if (!pods.ok) return { ...pods, job: source };
    checked.push(`${shown(id)} \u2192 TrainJob, ${pods.checked}`);
  }
  const renamed = renamedRuntime(before, after, jobs);
  if (renamed !== void 0) return { ok: false, message: renamed };
  return checked.length === 0 ? { ok: true } : { ok: true, checked: checked.join("; ") };
}
var shown = (id) => id.replace(/^\//, "");
var nameOf = (object) => String((isObject(object.metadata) ? object.metadata.name : "") ?? "");
function renamedRuntime(before, after, jobs) {
  for (const trainJob of after.filter((object) => object.kind === "TrainJob")) {
    const spec = isObject(trainJob.spec) ? trainJob.spec : {};
    const ref2 = isObject(spec.runtimeRef) ? spec.runtimeRef : void 0;
    if (typeof ref2?.name !== "string") continue;
    const { name } = ref2;
    const kind = typeof ref2.kind === "string" ? ref2.kind : "ClusterTrainingRuntime";
    const built = after.filter((object) => object.kind === kind);
    if (built.some((runtime) => nameOf(runtime) === name)) continue;
    const job = builtJobFor(trainJob, jobs);
    const added = built.find(
      (runtime) => !before.some((old) => old.kind === kind && nameOf(old) === nameOf(runtime)) && (job ? nameOf(runtime) === `${job.prefix}${name}${job.suffix}` : sharesAffixes(nameOf(runtime), name, nameOf(trainJob)))
    );
    if (added === void 0) continue;
    return `TrainJob ${identity2(trainJob)} references the ${kind} ${name}, which the build renames to ${nameOf(added)} (namePrefix or nameSuffix) without renaming the reference; list the runtime in a kustomization without the prefix, or add a nameReference field spec for TrainJob spec/runtimeRef/name`;
  }
  return void 0;
}
function sharesAffixes(renamed, reference, jobName2) {
  if (renamed === reference) return false;
  for (let start = renamed.indexOf(reference); start !== -1; start = renamed.indexOf(reference, start + 1)) {
    const prefix = renamed.slice(0, start);
    const suffix = renamed.slice(start + reference.length);
    if (jobName2.length > prefix.length + suffix.length && jobName2.startsWith(prefix) && jobName2.endsWith(suffix))
      return true;
  }
  return false;
}
function comparePodsOf(pyTorchJob, trainJob, after, options) {
  const spec = isObject(trainJob.spec) ? trainJob.spec : {};
  const ref2 = isObject(spec.runtimeRef) ? spec.runtimeRef : {};
  const name = String(ref2.name ?? "");
  const kind = typeof ref2.kind === "string" ? ref2.kind : "ClusterTrainingRuntime";
  const runtime = after.find((object) => object.kind === kind && nameOf(object) === name);
  if (runtime === void 0 && name !== "torch-distributed")
    return { ok: true, checked: `pods not compared (the runtime ${name} is not in the build)` };
  const comparison = checkEquivalence(pyTorchJob, trainJob, {
    release: options.trainerVersion,
    ...runtime !== void 0 && { runtime }
  });
  const numNodes = isObject(spec.trainer) ? spec.trainer.numNodes : void 0;
  if (comparison.equivalent)
    return { ok: true, checked: `${numNodes ?? 1} node(s), pods equivalent to v1's (runtime ${name})` };
  const first = comparison.differences[0];
  const where = first ? ` (rank ${first.rank}, ${first.field})` : "";
  return {
    ok: false,
    message: `TrainJob ${identity2(trainJob)}: its pods differ from the built PyTorchJob's${where}`
  };
}
function firstDifference(expected, actual, path = "") {
  if (deepEqual(expected, actual)) return void 0;
  if (isObject(expected) && isObject(actual)) {
    for (const key of /* @__PURE__ */ new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const found = firstDifference(expected[key], actual[key], `${path}/${key}`);
      if (found !== void 0) return found;
    }
  }
  return path === "" ? "/" : path;
}

// src/gitops/kustomize/build-check.ts
async function checkBuilds(plan, world, affected, held, changes, binary, concurrency, builds) {
  const failures = /* @__PURE__ */ new Map();
  const copy = await mkdtemp(join5(tmpdir2(), "trainjob-migrate-kustomize-"));
  try {
    const built = affected.filter(willBuild);
    if (built.length > 0) await materialise(plan, world, built, changes, held, copy);
    const queue = [...affected];
    const worker = async () => {
      for (let evaluation = queue.shift(); evaluation; evaluation = queue.shift()) {
        const { kustomization } = evaluation;
        if (evaluation.problems.length > 0) {
          builds.set(kustomization.relPath, { build: "not-run", message: evaluation.problems.join("; ") });
          continue;
        }
        if (kustomization.isComponent) {
          builds.set(kustomization.relPath, {
            build: "not-run",
            message: "a component is checked through the builds of the kustomizations that list it"
          });
          continue;
        }
        const folder = kustomization.dir;
        const before = await buildKustomization(binary, join5(plan.root, folder));
        const after = before.ok ? await buildKustomization(binary, join5(copy, folder)) : before;
        const verdict = !before.ok ? { ok: false, message: `it does not build before the change either (${before.message})` } : !after.ok ? { ok: false, message: `it no longer builds after the change (${after.message})` } : verifyBuild(
          parseBuild(before.output),
          parseBuild(after.output),
          evaluation.built,
          (job) => job.converting && !held.has(job.key),
          world.optionsFor
        );
        builds.set(
          kustomization.relPath,
          verdict.ok ? { build: "passed", ...verdict.checked !== void 0 && { message: verdict.checked } } : { build: "failed", message: verdict.message }
        );
        if (verdict.ok) continue;
        const reached = verdict.job ? [verdict.job] : evaluation.jobs;
        for (const job of reached) {
          if (job.converting && !held.has(job.key))
            failures.set(
              job.key,
              `${kustomization.relPath}: the kustomize build check failed: ${verdict.message}`
            );
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
  return failures;
}
function willBuild(evaluation) {
  return evaluation.problems.length === 0 && !evaluation.kustomization.isComponent;
}
async function materialise(plan, world, affected, changes, held, copy) {
  const folders = /* @__PURE__ */ new Set();
  const visit = (kustomization) => {
    if (folders.has(kustomization.dir)) return;
    folders.add(kustomization.dir);
    for (const reference of kustomization.references) {
      const resolved = world.resolve(kustomization.dir, reference.value);
      if (resolved.type === "kustomization")
        visit(world.kustomizations.get(resolved.relPath));
      if (resolved.type === "file")
        folders.add(dirname3(resolved.relPath) === "." ? "" : dirname3(resolved.relPath));
    }
  };
  for (const evaluation of affected) visit(evaluation.kustomization);
  const sorted = [...folders].sort();
  const outermost = sorted.filter(
    (folder, index) => !sorted.slice(0, index).some((outer) => outer === "" || folder.startsWith(`${outer}/`))
  );
  for (const folder of outermost) {
    await cp(join5(plan.root, folder), join5(copy, folder), {
      recursive: true,
      filter: (source) => !/[/\\](?:\.git|node_modules)$/.test(source)
    });
  }
  const written = new Map(
    changes.list.flatMap((change) => change.text === void 0 ? [] : [[change.relPath, change.text]])
  );
  for (const file of plan.files.values()) {
    const { newText, jobs } = file.rewrite;
    if (newText === void 0 || written.has(file.relPath)) continue;
    written.set(
      file.relPath,
      file.original !== void 0 && jobs.length > 0 ? textWithHolds(plan, file.relPath, file.original, held) : newText
    );
  }
  for (const [relPath, text] of written) {
    if (!outermost.some((folder) => folder === "" || relPath.startsWith(`${folder}/`))) continue;
    await mkdir2(dirname3(join5(copy, relPath)), { recursive: true });
    await writeFile(join5(copy, relPath), text);
  }
}
function textWithHolds(plan, relPath, original, held) {
  const keyOf2 = (job) => `${relPath}#${job.namespace ?? ""}/${job.name}`;
  const options = plan.rewriteOptionsFor(relPath);
  const earlierHold = options.hold;
  options.hold = (job) => held.has(keyOf2(job)) ? [holdFinding("KUSTOMIZE_OVERLAY", "held")] : earlierHold?.(job);
  return rewriteFile(relPath, original, options).newText ?? original;
}

// src/gitops/kustomize/instances.ts
function builtJobOf(instance) {
  const { source, name, namespace, prefix, suffix } = instance;
  return namespace === void 0 ? { source, name, prefix, suffix } : { source, name, namespace, prefix, suffix };
}
function instanceOf(job) {
  const instance = {
    source: job,
    current: structuredClone(job.job),
    name: job.name,
    prefix: "",
    suffix: ""
  };
  if (job.namespace !== void 0) instance.namespace = job.namespace;
  return instance;
}
function copyInstance(instance) {
  return { ...instance, current: structuredClone(instance.current) };
}
function uniqueJobs(jobs) {
  return [...new Map(jobs.map((job) => [job.key, job])).values()];
}
function renameInstances(kustomization, instances) {
  for (const instance of instances) {
    instance.prefix = `${kustomization.namePrefix ?? ""}${instance.prefix}`;
    instance.suffix = `${instance.suffix}${kustomization.nameSuffix ?? ""}`;
    instance.name = `${kustomization.namePrefix ?? ""}${instance.name}${kustomization.nameSuffix ?? ""}`;
    if (kustomization.namespace !== void 0) instance.namespace = kustomization.namespace;
  }
}

// src/gitops/kustomize/component-runs.ts
function mergeRuns(runs) {
  const first = runs[0];
  return {
    kustomization: first.kustomization,
    jobs: uniqueJobs(runs.flatMap((run2) => run2.jobs)),
    built: runs.flatMap((run2) => run2.built),
    problems: [...new Set(runs.flatMap((run2) => run2.problems))],
    overrides: first.overrides.map(
      (override, index) => mergeOverride(runs.map((run2) => run2.overrides[index] ?? override))
    )
  };
}
function mergeOverride(results) {
  const first = results[0];
  const reached = uniqueJobs(results.flatMap((result) => result.reached));
  const holds = results.flatMap((result) => result.holds ?? []);
  const merged = (outcome2) => ({
    ...first,
    reached,
    outcome: outcome2,
    ...holds.length > 0 && { holds }
  });
  const active = results.filter((result) => result.outcome.type !== "unaffected");
  const hold = active.find((result) => result.outcome.type === "hold");
  let outcome = hold?.outcome ?? active[0]?.outcome ?? { type: "unaffected" };
  const key = outcomeKey(outcome);
  const patchOutcomes = active.map((result) => result.outcome);
  if (!hold && patchOutcomes.length > 1 && patchOutcomes.every(isPatchOutcome)) {
    return merged(mergedPatchOutcome(patchOutcomes));
  }
  if (!hold && active.some((result) => outcomeKey(result.outcome) !== key)) {
    outcome = {
      type: "hold",
      reason: "the component is listed by several kustomizations, and its TrainJob forms would differ between them"
    };
  }
  return merged(outcome);
}
function outcomeKey(outcome) {
  if (outcome.type !== "replacement") return JSON.stringify(outcome);
  return JSON.stringify(outcome.replacements.map(({ node: _node, ...translation }) => translation));
}
var isPatchOutcome = (outcome) => outcome.type === "rewrite" || outcome.type === "split";
function mergedPatchOutcome(outcomes) {
  const groups = /* @__PURE__ */ new Map();
  let keepOriginal = false;
  for (const outcome of outcomes) {
    const formed2 = outcome.type === "rewrite" ? [{ names: [], documents: outcome.documents }] : outcome.groups;
    if (outcome.type === "split") keepOriginal ||= outcome.keepOriginal;
    for (const group of formed2) {
      const documentKey = JSON.stringify(group.documents);
      const known = groups.get(documentKey) ?? { names: [], documents: group.documents };
      for (const name of group.names) if (!known.names.includes(name)) known.names.push(name);
      groups.set(documentKey, known);
    }
  }
  const formed = [...groups.values()];
  if (formed.length === 1 && !keepOriginal)
    return { type: "rewrite", documents: formed[0].documents };
  if (formed.some((group) => group.names.length === 0))
    return {
      type: "hold",
      reason: "the component is listed by several kustomizations, and its TrainJob forms would differ between them"
    };
  return { type: "split", groups: formed, keepOriginal };
}

// src/gitops/kustomize/patch-evaluation.ts
var import_yaml9 = __toESM(require_dist(), 1);

// src/gitops/kustomize/selectors.ts
var SELECTOR_KEYS = [
  "group",
  "version",
  "kind",
  "name",
  "namespace",
  "labelSelector",
  "annotationSelector"
];
function selectorOf(value) {
  if (!isObject(value)) return void 0;
  const selector = {};
  for (const key of SELECTOR_KEYS) if (typeof value[key] === "string") selector[key] = value[key];
  return Object.keys(selector).length > 0 ? selector : void 0;
}
function selectsByJobKind(selector) {
  return selector.kind !== void 0 || selector.group !== void 0;
}
function usesImage(job, name) {
  const images = [];
  const walk2 = (value, inContainers) => {
    if (Array.isArray(value)) for (const item of value) walk2(item, inContainers);
    else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (inContainers && key === "image" && typeof child === "string") images.push(child);
        walk2(child, key === "containers" || key === "initContainers");
      }
    }
  };
  walk2(job, false);
  return images.some((image) => imageName(image) === name);
}
function imageName(image) {
  const withoutDigest = image.split("@")[0];
  const colon = withoutDigest.lastIndexOf(":");
  return colon > withoutDigest.lastIndexOf("/") ? withoutDigest.slice(0, colon) : withoutDigest;
}
function matchesEmbedded(instance, document) {
  if (document.kind !== "PyTorchJob") return false;
  const metadata = isObject(document.metadata) ? document.metadata : {};
  if (metadata.name !== instance.name && metadata.name !== instance.source.name) return false;
  return metadata.namespace === void 0 || metadata.namespace === instance.namespace || metadata.namespace === instance.source.namespace;
}
function matchesTarget(instance, target) {
  const [group, version] = splitApiVersion(String(instance.current.apiVersion ?? ""));
  if (target.kind !== void 0 && !fullMatch2(target.kind, String(instance.current.kind ?? ""))) return false;
  if (target.group !== void 0 && !fullMatch2(target.group, group)) return false;
  if (target.version !== void 0 && !fullMatch2(target.version, version)) return false;
  if (target.name !== void 0 && !fullMatch2(target.name, instance.name) && !fullMatch2(target.name, instance.source.name))
    return false;
  if (target.namespace !== void 0 && !fullMatch2(target.namespace, instance.namespace ?? "default"))
    return false;
  const metadata = isObject(instance.current.metadata) ? instance.current.metadata : {};
  if (target.labelSelector !== void 0 && !matchesSelector(target.labelSelector, metadata.labels))
    return false;
  if (target.annotationSelector !== void 0 && !matchesSelector(target.annotationSelector, metadata.annotations))
    return false;
  return true;
}
function splitApiVersion(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? ["", apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}
function fullMatch2(pattern, value) {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
}
function matchesSelector(selector, labels) {
  const map = isObject(labels) ? labels : {};
  return selector.split(",").map((term) => term.trim()).filter((term) => term.length > 0).every((term) => {
    const unequal = /^([^!=]+)!=(.*)$/.exec(term);
    if (unequal) return map[unequal[1].trim()] !== unequal[2].trim();
    const equal = /^([^=]+)==?(.*)$/.exec(term);
    if (equal) return map[equal[1].trim()] === equal[2].trim();
    if (term.startsWith("!")) return !(term.slice(1) in map);
    return term in map;
  });
}

// src/gitops/kustomize/patch-evaluation.ts
function evaluatePatch(world, kustomization, override, instances, isConverting, result) {
  let text;
  if (override.source.type === "inline") text = override.source.text;
  else {
    result.patchFile = joinPath(kustomization.dir, override.source.value);
    text = world.read(result.patchFile);
  }
  const targeted = override.target ? instances.filter((instance) => matchesTarget(instance, override.target)) : [];
  if (text === void 0) {
    if (targeted.length > 0) {
      result.reached = uniqueJobs(targeted.map((instance) => instance.source));
      result.outcome = { type: "hold", reason: `the patch file ${result.patchFile} cannot be read` };
    }
    return result;
  }
  if (instances.length === 0 && !text.includes("PyTorchJob")) return result;
  let documents;
  try {
    const parsed = (0, import_yaml9.parseAllDocuments)(text);
    if (!Array.isArray(parsed)) throw new Error("not YAML");
    const error = parsed.flatMap((document) => document.errors)[0];
    if (error) throw error;
    documents = parsed.map((document) => document.toJSON()).filter((document) => document !== null);
  } catch (error) {
    if (targeted.length > 0 || /PyTorchJob/.test(text)) {
      result.reached = uniqueJobs(
        (targeted.length > 0 ? targeted : instances).map((instance) => instance.source)
      );
      result.outcome = { type: "hold", reason: `the patch cannot be parsed (${error.message})` };
    }
    return result;
  }
  if (override.style === "patches-smp" && documents.length === 1 && Array.isArray(documents[0])) {
    override.style = "patches-json6902";
  }
  if (override.target?.kind !== void 0) {
    if (targeted.length === 0) return result;
    return evaluateTargeted(world, documents, targeted, isConverting, result);
  }
  const translatedDocuments = [];
  const reached = [];
  let holdReason;
  for (const document of documents) {
    const isJsonPatch = Array.isArray(document);
    const matched = override.target ? targeted : isObject(document) && !isJsonPatch ? instances.filter((instance) => matchesEmbedded(instance, document)) : [];
    if (matched.length === 0) {
      translatedDocuments.push({ type: "other", value: document });
      continue;
    }
    reached.push(...matched);
    if (override.target && override.target.kind === void 0) {
      holdReason ??= "its target selects by name or labels only, so it may also patch objects that are not jobs";
    }
    if (matched.some((instance) => !isConverting(instance.source))) {
      holdReason ??= "it also reaches a job that stays a PyTorchJob, and one patch cannot fit both kinds";
    }
    let translatedOnce;
    for (const instance of matched) {
      const options = world.optionsFor(instance.source.relPath);
      if (options.strategy === "side-by-side") {
        holdReason ??= "side-by-side keeps the PyTorchJob and its patches; patches for the added TrainJob are not written";
        continue;
      }
      const outcome = isJsonPatch ? translateJsonPatch(instance.current, document, options) : translateStrategicPatch(instance.current, document, options);
      if (!outcome.ok) {
        holdReason ??= outcome.reason;
        continue;
      }
      instance.current = outcome.patched;
      const translated = isJsonPatch ? { type: "json6902", value: outcome.value } : { type: "strategic", value: outcome.value };
      if (translatedOnce && JSON.stringify(translatedOnce) !== JSON.stringify(translated)) {
        holdReason ??= "it reaches several jobs whose TrainJob patches would differ";
      }
      translatedOnce ??= translated;
    }
    if (translatedOnce) translatedDocuments.push(translatedOnce);
  }
  result.reached = uniqueJobs(reached.map((instance) => instance.source));
  if (result.reached.length === 0) return result;
  result.outcome = holdReason === void 0 ? { type: "rewrite", documents: translatedDocuments } : { type: "hold", reason: holdReason };
  return result;
}
function evaluateTargeted(world, documents, targeted, isConverting, result) {
  result.reached = uniqueJobs(targeted.map((instance) => instance.source));
  const groups = /* @__PURE__ */ new Map();
  const holds = [];
  let keepOriginal = false;
  for (const instance of targeted) {
    if (!isConverting(instance.source)) {
      keepOriginal = true;
      continue;
    }
    const options = world.optionsFor(instance.source.relPath);
    if (options.strategy === "side-by-side") {
      holds.push({
        job: instance.source,
        reason: "side-by-side keeps the PyTorchJob and its patches; patches for the added TrainJob are not written"
      });
      continue;
    }
    let current = instance.current;
    const translated = [];
    let failure;
    for (const document of documents) {
      const outcome = Array.isArray(document) ? translateJsonPatch(current, document, options) : isObject(document) ? translateStrategicPatch(current, document, options) : { ok: false, reason: "a patch document is neither a map nor a list" };
      if (!outcome.ok) {
        failure = outcome.reason;
        break;
      }
      current = outcome.patched;
      translated.push(
        Array.isArray(document) ? { type: "json6902", value: outcome.value } : { type: "strategic", value: outcome.value }
      );
    }
    if (failure !== void 0) {
      holds.push({ job: instance.source, reason: `for ${instance.name}, ${failure}` });
      continue;
    }
    instance.current = current;
    const key = JSON.stringify(translated);
    const group = groups.get(key) ?? { names: [], documents: translated };
    if (!group.names.includes(instance.name)) group.names.push(instance.name);
    groups.set(key, group);
  }
  if (holds.length > 0) result.holds = holds;
  const formed = [...groups.values()];
  if (formed.length === 0) {
    if (keepOriginal || holds.length > 0) result.outcome = { type: "split", groups: [], keepOriginal: true };
    return result;
  }
  result.outcome = formed.length === 1 && !keepOriginal && holds.length === 0 ? { type: "rewrite", documents: formed[0].documents } : { type: "split", groups: formed, keepOriginal: keepOriginal || holds.length > 0 };
  return result;
}

// src/gitops/kustomize/replacement-evaluation.ts
var import_yaml10 = __toESM(require_dist(), 1);
function replacementEntries(world, kustomization, override, result) {
  if (override.path === void 0) return [{ node: override.node, value: override.value ?? null }];
  result.patchFile = joinPath(kustomization.dir, override.path);
  const text = world.read(result.patchFile);
  if (text === void 0) return `the replacement file ${result.patchFile} cannot be read`;
  const document = (0, import_yaml10.parseDocument)(text);
  const error = document.errors[0];
  if (error) return `the replacement file ${result.patchFile} cannot be parsed (${error.message})`;
  const root = document.contents;
  const maps = (0, import_yaml10.isMap)(root) ? [root] : (0, import_yaml10.isSeq)(root) ? root.items.filter(import_yaml10.isMap) : [];
  return maps.map((node) => ({ node, value: node.toJSON() }));
}
function evaluateReplacement(world, kustomization, override, instances, isConverting, result) {
  const entries = replacementEntries(world, kustomization, override, result);
  if (typeof entries === "string") {
    result.reached = uniqueJobs(instances.map((instance) => instance.source));
    if (result.reached.length > 0) result.outcome = { type: "hold", reason: entries };
    return result;
  }
  const reached = [];
  const translations = [];
  let holdReason;
  for (const entry of entries) {
    const effect = replacementEffect(world, entry, instances, isConverting);
    reached.push(...effect.reached);
    holdReason ??= effect.holdReason;
    if (effect.translation) translations.push(effect.translation);
  }
  result.reached = uniqueJobs(reached.map((instance) => instance.source));
  if (result.reached.length === 0) return result;
  result.outcome = holdReason === void 0 ? { type: "replacement", replacements: translations } : { type: "hold", reason: holdReason };
  return result;
}
function replacementEffect(world, entry, instances, isConverting) {
  const value = isObject(entry.value) ? entry.value : {};
  const reached = [];
  const translation = { node: entry.node, retargetSource: false, targets: [] };
  let holdReason;
  const translatePaths = (matched, fieldPaths, role) => {
    let agreed;
    for (const instance of matched) {
      if (!isConverting(instance.source)) {
        holdReason ??= `its ${role} also reaches a job that stays a PyTorchJob, and one replacement cannot fit both kinds`;
        return void 0;
      }
      const options = world.optionsFor(instance.source.relPath);
      if (options.strategy === "side-by-side") {
        holdReason ??= "side-by-side keeps the PyTorchJob and its replacements; none are written for the added TrainJob";
        return void 0;
      }
      const outcome = role === "source" ? translateSourcePath(instance.current, fieldPaths[0], options) : translateReplacementPaths(instance.current, fieldPaths, options);
      if (!outcome.ok) {
        holdReason ??= `its ${role} field paths (${fieldPaths.join(", ")}): ${outcome.reason}`;
        return void 0;
      }
      const paths = typeof outcome.value === "string" ? [outcome.value] : outcome.value;
      if (agreed && agreed.join() !== paths.join()) {
        holdReason ??= `its ${role} reaches several jobs whose TrainJob field paths would differ`;
        return void 0;
      }
      agreed ??= paths;
    }
    return agreed;
  };
  const source = isObject(value.source) ? value.source : void 0;
  const sourceSelector = selectorOf(source);
  if (source && sourceSelector) {
    const matched = instances.filter((instance) => matchesTarget(instance, sourceSelector));
    if (matched.length > 0) {
      reached.push(...matched);
      const fieldPath = typeof source.fieldPath === "string" ? source.fieldPath : "metadata.name";
      const path = translatePaths(matched, [fieldPath], "source")?.[0];
      if (path !== void 0 && path !== fieldPath) {
        if (typeof source.fieldPath === "string") translation.sourceFieldPath = path;
        else holdReason ??= "its source has no fieldPath to rewrite";
      }
      translation.retargetSource = selectsByJobKind(sourceSelector);
    }
  }
  const targets = Array.isArray(value.targets) ? value.targets : [];
  targets.forEach((target, index) => {
    if (!isObject(target)) return;
    const select = selectorOf(target.select);
    if (!select) return;
    const rejects = (Array.isArray(target.reject) ? target.reject : []).map(selectorOf).filter((reject) => reject !== void 0);
    const selected = instances.filter((instance) => matchesTarget(instance, select));
    const rejectedByKind = selected.filter(
      (instance) => rejects.some((reject) => selectsByJobKind(reject) && matchesTarget(instance, reject))
    );
    const matched = selected.filter((instance) => !rejects.some((reject) => matchesTarget(instance, reject)));
    if (rejectedByKind.some((instance) => isConverting(instance.source))) {
      reached.push(...rejectedByKind);
      holdReason ??= "its reject list names the PyTorchJob by kind or group, which the TrainJob would no longer match";
    }
    if (matched.length === 0) return;
    reached.push(...matched);
    if (select.kind === void 0) {
      holdReason ??= "its target selects by name or labels only, so it may also reach objects that are not jobs";
      return;
    }
    const fieldPaths = Array.isArray(target.fieldPaths) ? target.fieldPaths.filter((path) => typeof path === "string") : [];
    if (fieldPaths.length === 0) {
      holdReason ??= "its target names no fieldPaths";
      return;
    }
    const paths = translatePaths(matched, fieldPaths, "target");
    if (paths) translation.targets.push({ index, fieldPaths: paths });
  });
  return {
    reached,
    ...holdReason === void 0 ? { translation } : { holdReason }
  };
}

// src/gitops/kustomize/kustomization-pass.ts
function evaluateOnce(world, held) {
  const memo = /* @__PURE__ */ new Map();
  const componentRuns = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const isConverting = (job) => job.converting && !held.has(job.key);
  const accumulate = (kustomization, instances, evaluation) => {
    const components = [];
    for (const reference of kustomization.references) {
      if (reference.field === "configurations") continue;
      const resolved = world.resolve(kustomization.dir, reference.value);
      if (resolved.type === "remote") {
        evaluation.problems.push(
          `line ${reference.line} names a remote ${reference.field} entry (${reference.value}), which is not fetched`
        );
      } else if (resolved.type === "missing") {
        evaluation.problems.push(`line ${reference.line}: ${resolved.why}`);
      } else if (reference.field === "components") {
        if (resolved.type === "kustomization")
          components.push({ relPath: resolved.relPath, line: reference.line });
        else evaluation.problems.push(`line ${reference.line}: component ${reference.value} is not a folder`);
      } else if (resolved.type === "file") {
        for (const job of world.jobsIn(resolved.relPath)) instances.push(instanceOf(job));
      } else {
        const inner = visit(resolved.relPath);
        instances.push(...inner.instances.map(copyInstance));
        evaluation.problems.push(
          ...inner.evaluation.problems.map((problem) => `${resolved.relPath}: ${problem}`)
        );
      }
    }
    for (const component of components) applyComponent(component.relPath, instances, evaluation);
  };
  const transform = (kustomization, instances, evaluation) => {
    for (const override of kustomization.overrides) {
      evaluation.overrides.push(evaluateOverride(world, kustomization, override, instances, isConverting));
    }
    renameInstances(kustomization, instances);
    evaluation.jobs = uniqueJobs(instances.map((instance) => instance.source));
    evaluation.built = instances.map(builtJobOf);
  };
  const visit = (relPath) => {
    const known = memo.get(relPath);
    if (known) return known;
    const kustomization = world.kustomizations.get(relPath);
    const evaluation = emptyEvaluation(kustomization);
    if (visiting.has(relPath)) {
      evaluation.problems.push("it includes itself through its resources");
      return { instances: [], evaluation };
    }
    visiting.add(relPath);
    if (kustomization.parseError) evaluation.problems.push(`it cannot be read (${kustomization.parseError})`);
    const instances = [];
    accumulate(kustomization, instances, evaluation);
    transform(kustomization, instances, evaluation);
    visiting.delete(relPath);
    const result = { instances, evaluation };
    memo.set(relPath, result);
    return result;
  };
  const applyComponent = (relPath, instances, parent) => {
    const kustomization = world.kustomizations.get(relPath);
    if (visiting.has(relPath)) {
      parent.problems.push(`${relPath}: it includes itself through its components`);
      return;
    }
    visiting.add(relPath);
    const evaluation = emptyEvaluation(kustomization);
    if (kustomization.parseError) evaluation.problems.push(`it cannot be read (${kustomization.parseError})`);
    accumulate(kustomization, instances, evaluation);
    transform(kustomization, instances, evaluation);
    visiting.delete(relPath);
    parent.problems.push(...evaluation.problems.map((problem) => `${relPath}: ${problem}`));
    componentRuns.set(relPath, [...componentRuns.get(relPath) ?? [], evaluation]);
  };
  const relPaths = [...world.kustomizations.keys()];
  for (const relPath of relPaths) {
    if (!world.kustomizations.get(relPath)?.isComponent) visit(relPath);
  }
  return relPaths.map((relPath) => {
    const runs = componentRuns.get(relPath);
    return runs ? mergeRuns(runs) : visit(relPath).evaluation;
  });
}
function evaluateOverride(world, kustomization, override, instances, isConverting) {
  const result = {
    kustomization,
    override,
    reached: [],
    outcome: { type: "unaffected" }
  };
  if (override.kind === "image") {
    result.reached = uniqueJobs(
      instances.filter((instance) => usesImage(instance.current, override.name)).map((instance) => instance.source)
    );
    if (result.reached.length > 0) result.outcome = { type: "image" };
    return result;
  }
  if (override.kind === "replacement") {
    return evaluateReplacement(world, kustomization, override, instances, isConverting, result);
  }
  return evaluatePatch(world, kustomization, override, instances, isConverting, result);
}
function emptyEvaluation(kustomization) {
  return { kustomization, jobs: [], built: [], overrides: [], problems: [] };
}

// src/gitops/kustomize/evaluate.ts
function evaluateAll(world, initiallyHeld = /* @__PURE__ */ new Set()) {
  const held = new Map([...initiallyHeld].map((key) => [key, []]));
  for (; ; ) {
    const evaluations = evaluateOnce(world, held);
    let grew = false;
    for (const evaluation of evaluations) {
      const reasons = holdReasons(evaluation);
      for (const job of evaluation.jobs) {
        const reason = reasons.get(job.key);
        if (reason === void 0 || !job.converting) continue;
        const known = held.get(job.key);
        if (!known) {
          held.set(job.key, [reason]);
          grew = true;
        } else if (!known.includes(reason)) known.push(reason);
      }
    }
    if (!grew) return { evaluations, held };
  }
}
function holdReasons(evaluation) {
  const reasons = /* @__PURE__ */ new Map();
  const where = evaluation.kustomization.relPath;
  if (evaluation.problems.length > 0) {
    for (const job of evaluation.jobs) reasons.set(job.key, `${where}: ${evaluation.problems.join("; ")}`);
  }
  for (const result of evaluation.overrides) {
    for (const { job, reason } of result.holds ?? [])
      reasons.set(job.key, `${describeOverride(result)}: ${reason}`);
    if (result.outcome.type !== "hold") continue;
    const what = describeOverride(result);
    for (const job of result.reached) reasons.set(job.key, `${what}: ${result.outcome.reason}`);
  }
  return reasons;
}
function describeOverride(result) {
  const { kustomization, override, patchFile } = result;
  const file = patchFile === void 0 ? "" : ` (${patchFile})`;
  return `${kustomization.relPath} line ${override.line}, ${override.style} entry${file}`;
}

// src/gitops/kustomize/edits.ts
var import_yaml11 = __toESM(require_dist(), 1);
function applySplices(text, splices) {
  let result = text;
  const ordered = splices.map((splice, index) => ({ splice, index }));
  ordered.sort((a, b) => b.splice.start - a.splice.start || b.index - a.index);
  for (const { splice } of ordered) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  }
  return result;
}
function patchText(documents, asJson) {
  if (asJson && documents.length === 1)
    return `${JSON.stringify(documents[0].value, null, 2)}
`;
  return documents.map((document) => (0, import_yaml11.stringify)(document.value, { lineWidth: 0 })).join("---\n");
}
function looksLikeJson(text) {
  const start = text.trimStart();
  return start.startsWith("[") || start.startsWith("{");
}
var RETARGET = {
  kind: ["PyTorchJob", "TrainJob"],
  group: ["kubeflow.org", "trainer.kubeflow.org"],
  version: ["v1", "v1alpha1"]
};
function selectorSplices(selector) {
  const splices = [];
  const names = selector?.get("kind") === "PyTorchJob" || selector?.get("group") === "kubeflow.org";
  for (const pair of selector?.items ?? []) {
    if (!(0, import_yaml11.isScalar)(pair.key) || !(0, import_yaml11.isScalar)(pair.value)) continue;
    const rule = RETARGET[String(pair.key.value)];
    const node = pair.value;
    if (!rule || node.value !== rule[0] || !node.range) continue;
    if (pair.key.value === "version" && !names) continue;
    splices.push({ start: node.range[0], end: node.range[1], text: rule[1] });
  }
  return splices;
}
function scalarSplice(node, value) {
  const [start, end] = node.range ?? [0, 0];
  const text = node.type === "QUOTE_DOUBLE" ? JSON.stringify(value) : node.type === "QUOTE_SINGLE" ? `'${value}'` : value;
  return { start, end, text };
}
function sequenceSplices(text, sequence, values) {
  if (!(0, import_yaml11.isSeq)(sequence) || !sequence.range) return [];
  const items = sequence.items.filter(import_yaml11.isScalar);
  if (sequence.flow || items.length === 0) {
    const [start, end] = sequence.range;
    return [{ start, end, text: `[${values.join(", ")}]` }];
  }
  const splices = [];
  items.forEach((item, index) => {
    const value = values[index];
    if (value !== void 0) {
      if (value !== item.value) splices.push(scalarSplice(item, value));
      return;
    }
    const [start, end] = item.range ?? [0, 0];
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", end);
    splices.push({ start: lineStart, end: lineEnd === -1 ? text.length : lineEnd + 1, text: "" });
  });
  const last = items[items.length - 1];
  const [lastStart, lastEnd] = last.range ?? [0, 0];
  const prefix = text.slice(text.lastIndexOf("\n", lastStart - 1) + 1, lastStart);
  const added = values.slice(items.length).map((value) => `
${prefix}${value}`);
  if (added.length > 0) splices.push({ start: lastEnd, end: lastEnd, text: added.join("") });
  return splices;
}
function replacementSplices(text, translation) {
  const splices = [];
  const source = translation.node.get("source", true);
  if ((0, import_yaml11.isMap)(source)) {
    if (translation.retargetSource) splices.push(...selectorSplices(source));
    const fieldPath = source.get("fieldPath", true);
    if (translation.sourceFieldPath !== void 0 && (0, import_yaml11.isScalar)(fieldPath)) {
      splices.push(scalarSplice(fieldPath, translation.sourceFieldPath));
    }
  }
  const targets = translation.node.get("targets", true);
  for (const { index, fieldPaths } of translation.targets) {
    const target = (0, import_yaml11.isSeq)(targets) ? targets.items[index] : void 0;
    if (!(0, import_yaml11.isMap)(target)) continue;
    const select = target.get("select", true);
    if ((0, import_yaml11.isMap)(select)) splices.push(...selectorSplices(select));
    const rejects = target.get("reject", true);
    for (const reject of (0, import_yaml11.isSeq)(rejects) ? rejects.items : [])
      if ((0, import_yaml11.isMap)(reject)) splices.push(...selectorSplices(reject));
    splices.push(...sequenceSplices(text, target.get("fieldPaths", true), fieldPaths));
  }
  return splices;
}
function inlineSplice(kustomization, node, newText) {
  const [start, end] = node.range ?? [0, 0];
  const source = kustomization.text.slice(start, end);
  if (node.type !== "BLOCK_LITERAL" && node.type !== "BLOCK_FOLDED") {
    return { start, end, text: JSON.stringify(newText) };
  }
  const contentIndent = /\n([ \t]+)\S/.exec(source)?.[1] ?? "  ";
  const lines = newText.replace(/\n$/, "").split("\n");
  const body = lines.map((line) => line === "" ? "" : `${contentIndent}${line}`).join("\n");
  const chomp = /^[|>]-/.test(source) ? "-" : "";
  return { start, end, text: `|${chomp}
${body}
` };
}
function replacementEdits(kustomization, result, fileText) {
  const edits = { splices: [], files: /* @__PURE__ */ new Map() };
  if (result.outcome.type !== "replacement") return edits;
  const file = result.patchFile;
  const text = file === void 0 ? kustomization.text : fileText(file);
  if (text === void 0) return edits;
  const splices = result.outcome.replacements.flatMap((translation) => replacementSplices(text, translation));
  if (file === void 0) edits.splices.push(...splices);
  else if (splices.length > 0) edits.files.set(file, applySplices(text, splices));
  return edits;
}
function patchEdits(kustomization, result, fileText) {
  const edits = { splices: [], files: /* @__PURE__ */ new Map() };
  if (result.outcome.type !== "rewrite" || result.override.kind !== "patch") return edits;
  const override = result.override;
  edits.splices.push(...selectorSplices(override.targetNode));
  const documents = result.outcome.documents;
  if (override.source.type === "inline") {
    const text = patchText(documents, looksLikeJson(override.source.text));
    edits.splices.push(inlineSplice(kustomization, override.source.node, text));
  } else if (result.patchFile !== void 0) {
    const original = fileText(result.patchFile) ?? "";
    const asJson = /\.json$/i.test(result.patchFile) || looksLikeJson(original);
    edits.files.set(result.patchFile, leadingComments(original) + patchText(documents, asJson));
  }
  return edits;
}
function leadingComments(text) {
  return /^(?:[ \t]*#[^\n]*\n)*/.exec(text)?.[0] ?? "";
}
var IMAGE_CONFIG_FILE = "trainjob-images.yaml";
var IMAGE_CONFIG_TEXT = `# kustomize's images: transformer only rewrites image fields in containers lists; this field spec
# lets the images: overrides of this kustomization reach TrainJobs (spec.trainer.image) as well.
images:
  - kind: TrainJob
    path: spec/trainer/image
`;
function configurationSplice(kustomization) {
  return listEntrySplice(kustomization, "configurations", IMAGE_CONFIG_FILE);
}
function listEntrySplice(kustomization, field, entry) {
  const node = field === "configurations" ? kustomization.configurationsNode : kustomization.transformersNode;
  const text = kustomization.text;
  if (node?.range) {
    const [start, end] = node.range;
    const source = text.slice(start, end);
    if (source.trimStart().startsWith("[")) {
      const close = start + source.lastIndexOf("]");
      const empty = /\[\s*\]$/.test(source.trimEnd());
      return { start: close, end: close, text: empty ? entry : `, ${entry}` };
    }
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const indent = text.slice(lineStart, start);
    const itemIndent = /^\s*$/.test(indent) ? indent : "";
    if (text[end - 1] === "\n") return { start: end, end, text: `${itemIndent}- ${entry}
` };
    return { start: end, end, text: `
${itemIndent}- ${entry}` };
  }
  const prefix = text.length === 0 || text.endsWith("\n") ? "" : "\n";
  return { start: text.length, end: text.length, text: `${prefix}${field}:
  - ${entry}
` };
}
var CLUSTER_SCOPED_FILE = "trainjob-cluster-scoped.yaml";
var CLUSTER_SCOPED_TEXT = `# ClusterTrainingRuntimes are cluster-scoped, but kustomize does not know it: the namespace:
# transformer of this kustomization stamps its namespace on them. This transformer, which runs
# after it, removes the namespace again.
apiVersion: builtin
kind: PatchTransformer
metadata:
  name: trainjob-cluster-scoped-runtimes
target:
  group: trainer.kubeflow.org
  kind: ClusterTrainingRuntime
patch: |-
  - op: remove
    path: /metadata/namespace
`;
var TRAINJOB_TARGET = "group: trainer.kubeflow.org, version: v1alpha1, kind: TrainJob";
function namesPattern(names) {
  return names.map((name) => name.replace(/[.]/g, "\\.")).join("|");
}
function targetNameSplice(text, target, pattern) {
  const quoted = JSON.stringify(pattern);
  const name = target.get("name", true);
  if ((0, import_yaml11.isScalar)(name) && name.range) return { start: name.range[0], end: name.range[1], text: quoted };
  const [start, end] = target.range ?? [0, 0];
  if (target.flow) {
    const close = start + text.slice(start, end).lastIndexOf("}");
    return { start: close, end: close, text: `, name: ${quoted}` };
  }
  const first = target.items[0]?.key;
  const keyStart = first?.range?.[0] ?? start;
  const indent = text.slice(text.lastIndexOf("\n", keyStart - 1) + 1, keyStart);
  const lineEnd = text.indexOf("\n", Math.max(start, end - 1));
  const at = lineEnd === -1 ? text.length : lineEnd + 1;
  return { start: at, end: at, text: `${/^\s*$/.test(indent) ? indent : "  "}name: ${quoted}
` };
}
function groupEntryText(itemIndent, pattern, documents, line) {
  const body = patchText(documents, false).replace(/\n$/, "").split("\n");
  const inner = `${itemIndent}    `;
  return [
    `${itemIndent}# The entry at line ${line} in TrainJob form, for the converted jobs it reaches.`,
    `${itemIndent}- target: {${TRAINJOB_TARGET}, name: ${JSON.stringify(pattern)}}`,
    `${itemIndent}  patch: |-`,
    ...body.map((bodyLine) => bodyLine === "" ? "" : `${inner}${bodyLine}`),
    ""
  ].join("\n");
}
function splitEdits(kustomization, result, fileText) {
  const edits = { splices: [], files: /* @__PURE__ */ new Map() };
  const { override, outcome } = result;
  if (outcome.type !== "split" || override.kind !== "patch" || !override.entryNode?.range) return edits;
  const text = kustomization.text;
  const groups = [...outcome.groups];
  if (!outcome.keepOriginal) {
    const first = groups.shift();
    const inPlace = patchEdits(
      kustomization,
      { ...result, outcome: { type: "rewrite", documents: first.documents } },
      fileText
    );
    edits.splices.push(...inPlace.splices);
    for (const [relPath, fileNew] of inPlace.files) edits.files.set(relPath, fileNew);
    if (override.targetNode)
      edits.splices.push(targetNameSplice(text, override.targetNode, namesPattern(first.names)));
  }
  if (groups.length === 0) return edits;
  const entry = override.entryNode;
  const entryStart = entry.range?.[0] ?? 0;
  const lineStart = text.lastIndexOf("\n", entryStart - 1) + 1;
  const dash = text.lastIndexOf("-", entryStart);
  const itemIndent = text.slice(lineStart, dash >= lineStart ? dash : entryStart).replace(/\S.*$/, "");
  const entryEnd = entry.range?.[1] ?? text.length;
  const at = text[entryEnd - 1] === "\n" ? entryEnd : nextLine(text, entryEnd);
  const added = groups.map((group) => groupEntryText(itemIndent, namesPattern(group.names), group.documents, override.line)).join("");
  edits.splices.push({ start: at, end: at, text: added });
  return edits;
}
function nextLine(text, offset) {
  const lineEnd = text.indexOf("\n", offset);
  return lineEnd === -1 ? text.length : lineEnd + 1;
}

// src/gitops/kustomize/kustomize-report.ts
function isAffected(evaluation) {
  return evaluation.jobs.length > 0 || evaluation.problems.length > 0;
}
function kustomizeReport(outcome, builds, binary) {
  const report = {
    kustomizations: outcome.evaluations.filter(isAffected).map((evaluation) => reportOf(evaluation, outcome.held, builds, binary))
  };
  if (binary) {
    report.binary = binary.display;
    if (binary.version !== void 0) report.version = binary.version;
  }
  return report;
}
function replacementSummary(replacements) {
  const paths = replacements.flatMap((replacement) => [
    ...replacement.sourceFieldPath === void 0 ? [] : [`source ${replacement.sourceFieldPath}`],
    ...replacement.targets.flatMap((target) => target.fieldPaths)
  ]);
  return paths.length > 0 ? `field paths ${[...new Set(paths)].join(", ")}` : "selectors retargeted";
}
function splitSummary(groups, keepOriginal) {
  const converted = groups.map((group) => group.names.join(", ")).join("; ");
  return `carried over to the TrainJobs ${converted} in an entry of its own per TrainJob form${keepOriginal ? "; the entry itself stays for the jobs that remain PyTorchJobs" : ""}`;
}
function reportOf(evaluation, held, builds, binary) {
  const { kustomization } = evaluation;
  const isHeld = evaluation.jobs.some((job) => held.has(job.key) && job.converting);
  const anyConverting = evaluation.jobs.some((job) => job.converting && !held.has(job.key));
  const overrides = evaluation.overrides.filter((result) => result.reached.length > 0).map((result) => {
    const rewritten = result.outcome.type === "split" || result.reached.every((job) => job.converting && !held.has(job.key));
    const entry = {
      style: result.override.style,
      path: result.patchFile ?? kustomization.relPath,
      line: result.override.line,
      outcome: result.outcome.type === "hold" || !rewritten ? "held" : "rewritten",
      message: result.outcome.type === "hold" ? `${describeOverride(result)}: ${result.outcome.reason}` : !rewritten ? "left as it is: the jobs it reaches stay PyTorchJobs" : result.outcome.type === "image" ? `the image override reaches the TrainJob through the ${IMAGE_CONFIG_FILE} field spec` : result.outcome.type === "replacement" ? `carried over to the TrainJob (${replacementSummary(result.outcome.replacements)})` : result.outcome.type === "split" ? splitSummary(result.outcome.groups, result.outcome.keepOriginal) : "carried over to the TrainJob"
    };
    if (result.patchFile !== void 0) entry.line = result.override.line;
    return entry;
  });
  const build = builds.get(kustomization.relPath);
  const report = {
    path: kustomization.relPath,
    status: evaluation.problems.length > 0 ? "error" : isHeld ? "held" : anyConverting ? "rewritten" : "unaffected",
    build: build?.build ?? "not-run",
    jobs: evaluation.jobs.map((job) => ({
      name: job.name,
      path: job.relPath,
      ...job.namespace === void 0 ? {} : { namespace: job.namespace }
    })),
    overrides,
    findings: []
  };
  const message = build?.message ?? (binary ? void 0 : "no kustomize or kubectl binary was found on PATH, so no build check was run");
  if (message !== void 0) report.buildMessage = message;
  for (const result of evaluation.overrides) {
    if (result.outcome.type !== "image" || !result.reached.some((job) => job.converting && !held.has(job.key)))
      continue;
    report.findings.push({
      severity: "info",
      code: "KUSTOMIZE_IMAGE_OVERRIDE",
      message: `the images: entry at line ${result.override.line} retags a converted job; kustomize only reaches spec.trainer.image of a TrainJob through the field spec in ${IMAGE_CONFIG_FILE}, listed under configurations`,
      path: ""
    });
  }
  if (evaluation.problems.length > 0) {
    report.findings.push({
      severity: "warning",
      code: evaluation.problems.some((problem) => REMOTE_PROBLEM.test(problem)) ? "KUSTOMIZE_REMOTE" : "KUSTOMIZE_OVERLAY",
      message: evaluation.problems.join("; "),
      path: ""
    });
  }
  return report;
}

// src/gitops/kustomize/plan-world.ts
var import_yaml12 = __toESM(require_dist(), 1);
import { existsSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { join as join6 } from "node:path";
function worldOf(plan, kustomizations) {
  const jobCache = /* @__PURE__ */ new Map();
  const view = rootViewOf(plan);
  return {
    kustomizations,
    resolve: (dir, value) => resolveReference(plan, kustomizations, dir, value),
    jobsIn(relPath) {
      let jobs = jobCache.get(relPath);
      if (!jobs) {
        jobs = jobsOf(plan, relPath);
        jobCache.set(relPath, jobs);
      }
      return jobs;
    },
    read: (relPath) => view.readBefore(relPath),
    optionsFor: (relPath) => {
      const { hold: _hold, validate: _validate, ...options } = plan.rewriteOptionsFor(relPath);
      return options;
    }
  };
}
function resolveReference(plan, kustomizations, dir, value) {
  const { root } = plan;
  if (isRemoteReference(value)) return { type: "remote" };
  const relPath = joinPath(dir, value);
  if (relPath.startsWith("../")) return { type: "missing", why: `${value} is outside the scanned folder` };
  const planned = plan.files.get(relPath);
  if (planned?.original === void 0 && planned?.rewrite.newText !== void 0) {
    return { type: "file", relPath };
  }
  const absolute = join6(root, relPath);
  let isDirectory;
  try {
    isDirectory = statSync2(absolute).isDirectory();
  } catch {
    return { type: "missing", why: `${value} does not exist` };
  }
  if (!isDirectory) return { type: "file", relPath };
  for (const name of KUSTOMIZATION_NAMES) {
    const candidate = relPath === "" ? name : `${relPath}/${name}`;
    if (kustomizations.has(candidate)) return { type: "kustomization", relPath: candidate };
    if (existsSync(join6(root, candidate))) {
      return { type: "missing", why: `${candidate} was not scanned (check the include and exclude globs)` };
    }
  }
  return { type: "missing", why: `${value} is a folder without a kustomization file` };
}
function jobsOf(plan, relPath) {
  const file = plan.files.get(relPath);
  if (file?.original === void 0 || !/PyTorchJob/.test(file.original)) return [];
  const jobs = [];
  for (const document of (0, import_yaml12.parseAllDocuments)(file.original)) {
    if (!("toJSON" in document) || document.errors.length > 0) continue;
    const object = document.toJSON();
    if (!isObject(object) || object.kind !== "PyTorchJob") continue;
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const name = String(metadata.name ?? "");
    const namespace = typeof metadata.namespace === "string" ? metadata.namespace : void 0;
    const planned = file.rewrite.jobs.find((job2) => job2.name === name && job2.namespace === namespace);
    const job = {
      key: `${relPath}#${namespace ?? ""}/${name}`,
      relPath,
      name,
      job: object,
      converting: planned?.status === "converted" && file.rewrite.newText !== void 0
    };
    if (namespace !== void 0) job.namespace = namespace;
    jobs.push(job);
  }
  return jobs;
}
function readIfExists(root, relPath) {
  try {
    return readFileSync2(join6(root, relPath), "utf8");
  } catch {
    return void 0;
  }
}

// src/gitops/kustomize/planned-changes.ts
var import_yaml14 = __toESM(require_dist(), 1);

// src/gitops/kustomize/field-specs.ts
var import_yaml13 = __toESM(require_dist(), 1);
var PROBE = "trainjob-migrate-field-spec-probe";
function placesOf(value, segments, at = []) {
  if (Array.isArray(value)) return value.flatMap((item, index) => placesOf(item, segments, [...at, index]));
  if (segments.length === 0) return typeof value === "string" ? [at] : [];
  if (!isObject(value)) return [];
  const [head, ...rest] = segments;
  return head in value ? placesOf(value[head], rest, [...at, head]) : [];
}
function setAt2(object, place, value) {
  let node = object;
  for (const key of place.slice(0, -1)) node = node[key];
  node[place.at(-1)] = value;
}
function trainJobFieldSpecPaths(jobs, path, optionsFor) {
  const segments = path.split("/").filter((segment) => segment !== "");
  const found = /* @__PURE__ */ new Set();
  for (const job of jobs) {
    for (const place of placesOf(job, segments)) {
      const probed = structuredClone(job);
      setAt2(probed, place, PROBE);
      const converted = convertJob(probed, optionsFor(job));
      if (!converted.ok) continue;
      for (const pointer of locationsOf(converted.trainJob, PROBE)) {
        const parts = pointer.split("/").slice(1).filter((part) => !/^\d+$/.test(part)).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
        found.add(parts.join("/"));
      }
    }
  }
  return [...found].sort();
}
function pytorchJobFieldSpecs(text) {
  const lines = new import_yaml13.LineCounter();
  const document = (0, import_yaml13.parseDocument)(text, { lineCounter: lines });
  if (document.errors.length > 0) return [];
  const specs = [];
  const walk2 = (node) => {
    if ((0, import_yaml13.isSeq)(node)) for (const item of node.items) walk2(item);
    else if ((0, import_yaml13.isMap)(node)) {
      const path = node.get("path");
      if (node.get("kind") === "PyTorchJob" && typeof path === "string") {
        specs.push({ node, path, line: lines.linePos(node.range?.[0] ?? 0).line });
        return;
      }
      for (const pair of node.items) walk2(pair.value);
    }
  };
  walk2(document.contents);
  return specs;
}
var TRAINJOB_VALUES = {
  kind: "TrainJob",
  group: "trainer.kubeflow.org",
  version: "v1alpha1"
};
function withTrainJobFieldSpecs(text, pathsFor) {
  const existing = new Set(
    pytorchJobFieldSpecs(text.replace(/kind: TrainJob/g, "kind: PyTorchJob")).map((spec) => spec.path)
  );
  const splices = [];
  for (const spec of pytorchJobFieldSpecs(text)) {
    const [start, end] = spec.node.range ?? [0, 0];
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", Math.max(start, end - 1));
    const itemEnd = lineEnd === -1 ? text.length : lineEnd + 1;
    const item = text.slice(lineStart, itemEnd);
    for (const path of pathsFor(spec)) {
      if (existing.has(path)) continue;
      const edits = [];
      for (const pair of spec.node.items) {
        if (!(0, import_yaml13.isScalar)(pair.key) || !(0, import_yaml13.isScalar)(pair.value)) continue;
        const key = String(pair.key.value);
        const value = key === "path" ? path : TRAINJOB_VALUES[key];
        const range = pair.value.range;
        if (value === void 0 || !range) continue;
        edits.push({ start: range[0] - lineStart, end: range[1] - lineStart, text: value });
      }
      const added = applySplices(item.endsWith("\n") ? item : `${item}
`, edits);
      splices.push({ start: itemEnd, end: itemEnd, text: `${item.endsWith("\n") ? "" : "\n"}${added}` });
      existing.add(path);
    }
  }
  return splices.length === 0 ? void 0 : applySplices(text, splices);
}

// src/gitops/kustomize/planned-changes.ts
function changesOf(plan, evaluations, held, optionsFor) {
  const list = [];
  const texts = /* @__PURE__ */ new Map();
  const patchFiles = /* @__PURE__ */ new Set();
  const together = /* @__PURE__ */ new Map();
  for (const evaluation of evaluations) {
    const { kustomization } = evaluation;
    const splices = [];
    const touched = /* @__PURE__ */ new Set();
    for (const result of evaluation.overrides) {
      if (result.patchFile !== void 0 && result.reached.length > 0) patchFiles.add(result.patchFile);
      const split = result.outcome.type === "split";
      if (!split && result.reached.some((job) => held.has(job.key) || !job.converting)) continue;
      if (split || result.outcome.type === "rewrite" || result.outcome.type === "replacement") {
        const edit = split ? splitEdits : result.outcome.type === "rewrite" ? patchEdits : replacementEdits;
        const edits = edit(
          kustomization,
          result,
          (relPath) => plan.files.get(relPath)?.original ?? readIfExists(plan.root, relPath)
        );
        splices.push(...edits.splices);
        for (const [relPath, text] of edits.files) if (!texts.has(relPath)) texts.set(relPath, text);
        for (const relPath of [...edits.files.keys(), ...result.reached.map((job) => job.relPath)]) {
          touched.add(relPath);
        }
      }
    }
    const needsImageSpec = evaluation.overrides.some(
      (result) => result.outcome.type === "image" && result.reached.some((job) => job.converting && !held.has(job.key))
    );
    const configPath = joinPath(kustomization.dir, IMAGE_CONFIG_FILE);
    const listed2 = kustomization.references.some(
      (reference) => reference.field === "configurations" && joinPath(kustomization.dir, reference.value) === configPath
    );
    if (needsImageSpec && !listed2) {
      splices.push(configurationSplice(kustomization));
      if (readIfExists(plan.root, configPath) === void 0) texts.set(configPath, IMAGE_CONFIG_TEXT);
    }
    if (deploysCreatedClusterRuntime(plan, evaluation, held)) {
      const transformerPath = joinPath(kustomization.dir, CLUSTER_SCOPED_FILE);
      const listedTransformer = kustomization.transformersNode?.toJSON?.();
      if (!(Array.isArray(listedTransformer) && listedTransformer.includes(CLUSTER_SCOPED_FILE))) {
        splices.push(listEntrySplice(kustomization, "transformers", CLUSTER_SCOPED_FILE));
        if (readIfExists(plan.root, transformerPath) === void 0) {
          texts.set(transformerPath, CLUSTER_SCOPED_TEXT);
          touched.add(transformerPath);
        }
      }
    }
    if (splices.length > 0) {
      texts.set(kustomization.relPath, applySplices(kustomization.text, splices));
      touched.add(kustomization.relPath);
      if (texts.has(configPath)) touched.add(configPath);
    }
    const converted = evaluation.jobs.filter((job) => job.converting && !held.has(job.key));
    for (const reference of kustomization.references) {
      if (reference.field !== "configurations" || converted.length === 0) continue;
      const relPath = joinPath(kustomization.dir, reference.value);
      const text = texts.get(relPath) ?? plan.files.get(relPath)?.original ?? readIfExists(plan.root, relPath);
      if (text === void 0) continue;
      const updated = withTrainJobFieldSpecs(
        text,
        (spec) => trainJobFieldSpecPaths(
          converted.map((job) => job.job),
          spec.path,
          (job) => optionsFor(converted.find((source) => source.job === job)?.relPath ?? "")
        )
      );
      if (updated !== void 0) {
        texts.set(relPath, updated);
        touched.add(relPath);
      }
    }
    for (const relPath of touched)
      together.set(relPath, /* @__PURE__ */ new Set([...together.get(relPath) ?? [], ...touched]));
  }
  for (const [relPath, text] of texts) {
    const change = { relPath, text, kind: "kustomization", dropJobs: true, skipReason: null };
    const partners = together.get(relPath);
    if (partners) change.together = [...partners];
    const onDisk2 = plan.files.has(relPath) ? void 0 : readIfExists(plan.root, relPath);
    if (onDisk2 !== void 0) change.original = onDisk2;
    list.push(change);
  }
  const kept = new Map([
    ...[...patchFiles].map((relPath) => [relPath, plan.files.get(relPath)?.original]),
    ...evaluations.map(({ kustomization }) => [kustomization.relPath, kustomization.text])
  ]);
  for (const [relPath, text] of kept) {
    if (texts.has(relPath) || plan.files.get(relPath)?.original === void 0 || text === void 0) continue;
    list.push({ relPath, text, kind: "kustomization", dropJobs: true, skipReason: null });
  }
  return { list, texts };
}
function deploysCreatedClusterRuntime(plan, evaluation, held) {
  const { kustomization } = evaluation;
  if (kustomization.namespace === void 0 || kustomization.isComponent) return false;
  const used = new Set(
    evaluation.jobs.filter((job) => job.converting && !held.has(job.key)).flatMap(
      (job) => plan.files.get(job.relPath)?.rewrite.jobs.find((j) => j.name === job.name)?.runtime ?? []
    )
  );
  if (used.size === 0) return false;
  const closure = kustomizationClosure(kustomization.dir, plannedFiles(plan));
  return (closure?.files ?? []).some((relPath) => {
    const file = plan.files.get(relPath);
    if (file === void 0 || file.original !== void 0) return false;
    return (0, import_yaml14.parseAllDocuments)(file.rewrite.newText ?? "").some((document) => {
      const object = document.toJSON();
      return isObject(object) && object.kind === "ClusterTrainingRuntime" && isObject(object.metadata) && used.has(String(object.metadata.name));
    });
  });
}

// src/gitops/kustomize/analyser.ts
var BUILD_ROUNDS = 3;
function kustomizeAnalyser(settings = {}) {
  let binaryLookup;
  const binary = () => {
    if (settings.binary !== void 0) return Promise.resolve(settings.binary ?? void 0);
    binaryLookup ??= findKustomize();
    return binaryLookup;
  };
  return {
    name: "kustomize",
    requests: [KUSTOMIZATION_REQUEST],
    async analyse(plan) {
      const found = await plan.findFiles(KUSTOMIZATION_REQUEST);
      if (found.length === 0) return {};
      const kustomizations = new Map(
        found.map((file) => [
          file.relPath,
          parseKustomization(file.relPath, plan.files.get(file.relPath)?.rewrite.newText ?? file.text)
        ])
      );
      return analyse(plan, kustomizations, await binary(), settings.concurrency ?? 4);
    }
  };
}
async function analyse(plan, kustomizations, binary, concurrency) {
  const world = worldOf(plan, kustomizations);
  const extraHolds = /* @__PURE__ */ new Map();
  const builds = /* @__PURE__ */ new Map();
  let outcome = evaluateAll(world, new Set(extraHolds.keys()));
  let changes = changesOf(plan, outcome.evaluations, outcome.held, world.optionsFor);
  for (let round = 0; binary && round < BUILD_ROUNDS; round++) {
    const affected = outcome.evaluations.filter(isAffected);
    const failures = await checkBuilds(
      plan,
      world,
      affected,
      outcome.held,
      changes,
      binary,
      concurrency,
      builds
    );
    if (failures.size === 0) break;
    for (const [key, reason] of failures) extraHolds.set(key, reason);
    outcome = evaluateAll(world, new Set(extraHolds.keys()));
    changes = changesOf(plan, outcome.evaluations, outcome.held, world.optionsFor);
  }
  return {
    holds: jobHolds(outcome, extraHolds),
    changes: changes.list,
    report: { kustomize: kustomizeReport(outcome, builds, binary) }
  };
}

// src/runtimes/analyser.ts
import { posix as posix5 } from "node:path";

// src/runtimes/collect.ts
var import_yaml15 = __toESM(require_dist(), 1);
var RUNTIME_KINDS2 = /* @__PURE__ */ new Set(["ClusterTrainingRuntime", "TrainingRuntime"]);
function collectRuntimes(relPath, text) {
  if (!text.includes("TrainingRuntime")) return [];
  const lineCounter = new import_yaml15.LineCounter();
  const found = [];
  for (const doc of (0, import_yaml15.parseAllDocuments)(text, { lineCounter })) {
    if (doc.errors.length > 0) continue;
    const value = doc.toJS({ maxAliasCount: 100 });
    const items = isPlainObject(value) && Array.isArray(value.items) ? value.items : [value];
    for (const item of items) {
      if (!isPlainObject(item) || !RUNTIME_KINDS2.has(String(item.kind))) continue;
      if (!String(item.apiVersion ?? "").startsWith("trainer.kubeflow.org/")) continue;
      const metadata = isPlainObject(item.metadata) ? item.metadata : {};
      if (typeof metadata.name !== "string") continue;
      found.push({
        kind: item.kind,
        name: metadata.name,
        ...typeof metadata.namespace === "string" && { namespace: metadata.namespace },
        path: relPath,
        line: lineCounter.linePos(doc.range[0]).line,
        object: item
      });
    }
  }
  return found;
}

// src/runtimes/equivalence.ts
function definedRuntimeHolds(plan, defined) {
  if (defined.length === 0) return [];
  const holds = [];
  for (const file of plan.files.values()) {
    const converted = file.rewrite.jobs.filter(
      (job) => job.status === "converted" && job.conversion?.trainJob
    );
    if (converted.length === 0 || file.original === void 0) continue;
    const options = plan.rewriteOptionsFor(file.relPath);
    const original = file.original;
    let objects;
    const objectsOfFile = () => {
      objects ??= manifestObjects(original);
      return objects;
    };
    for (const job of converted) {
      const runtimeName = job.conversion?.summary?.runtime;
      const runtime = defined.find(
        (candidate) => candidate.name === runtimeName && candidate.kind === options.runtimeKind && (candidate.kind === "ClusterTrainingRuntime" || candidate.namespace === job.namespace)
      );
      const pyTorchJob = runtime && pyTorchJobNamed(objectsOfFile(), job);
      if (!runtime || !pyTorchJob) continue;
      const comparison = checkEquivalence(pyTorchJob, job.conversion?.trainJob, {
        release: options.trainerVersion,
        runtime: runtime.object
      });
      if (comparison.equivalent) continue;
      const differences = comparison.differences.slice(0, 3).map(
        (d) => `${d.rank < 0 ? "" : `rank ${d.rank} `}${d.field}: ${JSON.stringify(d.v1)} \u2192 ${JSON.stringify(d.v2)}`
      ).join("; ");
      holds.push({
        relPath: file.relPath,
        name: job.name,
        ...job.namespace !== void 0 && { namespace: job.namespace },
        findings: [
          {
            severity: "error",
            code: "RUNTIME_CHANGES_PODS",
            path: "spec.runtimeRef",
            message: `the ${runtime.kind} ${runtime.name} (${runtime.path}:${runtime.line}) changes what the pods run (${differences}). Point the job at a runtime that adds nothing the PyTorchJob did not have (--runtime), or set the same in the PyTorchJob, then convert again.`
          }
        ]
      });
    }
  }
  return holds;
}
function pyTorchJobNamed(objects, job) {
  return objects.find(
    ({ object }) => object.kind === "PyTorchJob" && isPlainObject(object.metadata) && object.metadata.name === job.name && object.metadata.namespace === job.namespace
  )?.object;
}

// src/runtimes/generator.ts
import { posix as posix4 } from "node:path";
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";

// src/runtimes/build.ts
var import_yaml16 = __toESM(require_dist(), 1);
var RUNTIME_API_VERSION = "trainer.kubeflow.org/v1alpha1";
var TORCH_DISTRIBUTED_IMAGE = "pytorch/pytorch:2.13.0-cuda13.0-cudnn9-runtime";
var NODE2 = "node";
function buildGeneratedRuntime(name, settings) {
  const { containers: sidecars, initContainers, ...podFields } = settings.podSpec ?? {};
  const podSpec = {
    ...podFields,
    ...Array.isArray(initContainers) && { initContainers },
    containers: [
      { name: NODE2, image: TORCH_DISTRIBUTED_IMAGE, ...settings.container },
      ...Array.isArray(sidecars) ? sidecars : []
    ]
  };
  return {
    apiVersion: RUNTIME_API_VERSION,
    kind: "ClusterTrainingRuntime",
    metadata: { name, labels: { "trainer.kubeflow.org/framework": "torch" } },
    spec: {
      mlPolicy: { numNodes: 1, torch: {} },
      template: {
        spec: {
          ...settings.jobSetSpec,
          replicatedJobs: [
            {
              name: NODE2,
              template: {
                metadata: { labels: { "trainer.kubeflow.org/trainjob-ancestor-step": "trainer" } },
                spec: { ...settings.jobSpec, template: { spec: podSpec } }
              }
            }
          ]
        }
      }
    }
  };
}
function renderRuntimes(runtimes) {
  return runtimes.map(
    (runtime) => "# torch-distributed (Kubeflow Trainer v2.3.0) plus settings a TrainJob cannot carry,\n# generated by trainjob-migrate for the TrainJobs that reference it. Apply it before them.\n" + (0, import_yaml16.stringify)(runtime, { lineWidth: 0 })
  ).join("---\n");
}

// src/runtimes/name.ts
import { createHash as createHash2 } from "node:crypto";
var GENERATED_RUNTIME_PREFIX = "torch-distributed-";
var MAX_NAME_LENGTH = 63;
var HASH_LENGTH = 6;
var FIELD_WORDS = {
  priorityClassName: "prio",
  schedulerName: "sched",
  restartPolicy: "restart",
  backoffLimit: "backoff",
  ttlSecondsAfterFinished: "ttl",
  imagePullPolicy: "pull",
  activeDeadlineSeconds: "deadline",
  runtimeClassName: "rtclass",
  dnsPolicy: "dns",
  preemptionPolicy: "preempt"
};
var toLabel = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
function tokensOf(settings) {
  const tokens = [];
  for (const section of ["jobSetSpec", "jobSpec", "podSpec", "container"]) {
    const fields = settings[section] ?? {};
    for (const key of Object.keys(fields).sort()) {
      const value = fields[key];
      if (key === "containers" || key === "initContainers") {
        const word = key === "containers" ? "sidecar" : "init";
        for (const container of Array.isArray(value) ? value : []) {
          const name = container.name;
          tokens.push({ text: `${word}-${toLabel(String(name))}`, exact: false });
        }
      } else if (typeof value === "boolean") {
        tokens.push({ text: `${value ? "" : "no-"}${toLabel(key)}`, exact: true });
      } else if (typeof value === "string" || typeof value === "number") {
        const shown2 = toLabel(String(value));
        tokens.push({ text: `${FIELD_WORDS[key] ?? toLabel(key)}-${shown2}`, exact: shown2 === String(value) });
      } else {
        tokens.push({ text: FIELD_WORDS[key] ?? toLabel(key), exact: false });
      }
    }
  }
  return tokens;
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : 1);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function settingsHash(settings) {
  return createHash2("sha256").update(canonical(settings)).digest("hex").slice(0, HASH_LENGTH);
}
function generatedRuntimeName(settings) {
  const tokens = tokensOf(settings);
  const words = tokens.map((token) => token.text).join("-");
  const exact = tokens.every((token) => token.exact);
  const room = MAX_NAME_LENGTH - GENERATED_RUNTIME_PREFIX.length;
  if (exact && words.length > 0 && words.length <= room) return `${GENERATED_RUNTIME_PREFIX}${words}`;
  const hash = settingsHash(settings);
  const kept = [];
  let length = 0;
  for (const token of tokens) {
    const text = token.text.slice(0, room - HASH_LENGTH - 1);
    if (length + text.length + 1 > room - HASH_LENGTH) break;
    kept.push(text);
    length += text.length + 1;
  }
  return `${GENERATED_RUNTIME_PREFIX}${kept.map((text) => `${text}-`).join("")}${hash}`;
}

// src/runtimes/generator.ts
var RUNTIMES_FILE_NAME = "trainjob-runtimes.yaml";
var RuntimeGenerator = class {
  constructor(defined, validate) {
    this.defined = defined;
    this.validate = validate;
  }
  defined;
  validate;
  requested = /* @__PURE__ */ new Map();
  settings = /* @__PURE__ */ new Map();
  /** Names a scanned manifest already defines differently: not generated, the job stays for review. */
  conflicts = /* @__PURE__ */ new Set();
  /** Runtimes the release schema rejects (name → problems): not generated, the jobs stay for review. */
  invalid = /* @__PURE__ */ new Map();
  /** For `ConvertOptions.runtimeForSettings`. */
  request = (settings) => {
    const name = generatedRuntimeName(settings);
    const object = buildGeneratedRuntime(name, settings);
    const problems = this.validate?.(object) ?? [];
    if (problems.length > 0) {
      this.invalid.set(
        name,
        problems.map((problem) => `${problem.path}: ${problem.message}`)
      );
      return void 0;
    }
    const existing = this.defined.find(
      (runtime) => runtime.kind === "ClusterTrainingRuntime" && runtime.name === name
    );
    if (existing && !isDeepStrictEqual2(existing.object.spec, object.spec)) {
      this.conflicts.add(name);
      return void 0;
    }
    this.requested.set(name, object);
    this.settings.set(name, settings);
    return name;
  };
  settingsOf(name) {
    return this.settings.get(name);
  }
  isGenerated(name) {
    return this.requested.has(name);
  }
  /** Where an already defined runtime of that name is (a run before this one wrote it). */
  definedAt(name) {
    return this.defined.find((runtime) => runtime.kind === "ClusterTrainingRuntime" && runtime.name === name);
  }
  /** The files to write for the runtimes the converted jobs use and no scanned manifest defines yet. */
  filesFor(uses) {
    const files = /* @__PURE__ */ new Map();
    const placed = /* @__PURE__ */ new Set();
    const sorted = [...uses].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    for (const use of sorted) {
      const object = this.requested.get(use.runtime);
      if (!object || placed.has(use.runtime) || this.definedAt(use.runtime)) continue;
      placed.add(use.runtime);
      const path = posix4.join(posix4.dirname(use.path), RUNTIMES_FILE_NAME);
      const file = files.get(path) ?? { path, runtimes: [] };
      file.runtimes.push({ name: use.runtime, object });
      files.set(path, file);
    }
    return [...files.values()];
  }
};
function runtimesFileText(file, existing) {
  const added = renderRuntimes(file.runtimes.map((runtime) => runtime.object));
  if (existing === void 0 || existing.trim() === "") return added;
  return `${existing.replace(/\n*$/, "\n")}---
${added}`;
}

// src/runtimes/kustomization-resource.ts
var import_yaml17 = __toESM(require_dist(), 1);
function addKustomizeResource(text, entry) {
  const doc = (0, import_yaml17.parseDocument)(text);
  if (doc.errors.length > 0 || !(0, import_yaml17.isMap)(doc.contents)) return void 0;
  const pair = doc.contents.items.find((item) => (0, import_yaml17.isScalar)(item.key) && item.key.value === "resources");
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  if (!pair) {
    const body = text.length === 0 || text.endsWith("\n") ? text : `${text}${newline}`;
    return `${body}resources:${newline}- ${entry}${newline}`;
  }
  const list = pair.value;
  if (!(0, import_yaml17.isSeq)(list) || !list.range) return void 0;
  if (list.items.some((item) => (0, import_yaml17.isScalar)(item) && item.value === entry)) return text;
  const last = list.items.at(-1);
  if (list.flow) {
    const close = text.lastIndexOf("]", list.range[1]);
    if (close < 0) return void 0;
    return `${text.slice(0, close).replace(/\s*$/, "")}${last ? ", " : ""}${entry}${text.slice(close)}`;
  }
  if (!last || !(0, import_yaml17.isScalar)(last) || !last.range) return void 0;
  const lineStart = text.lastIndexOf("\n", last.range[0]) + 1;
  const dash = text.slice(lineStart, last.range[0]).match(/^(\s*-\s*)/)?.[1];
  if (dash === void 0) return void 0;
  const lineEnd = text.indexOf("\n", last.range[1]);
  if (lineEnd < 0) return `${text}${newline}${dash}${entry}`;
  return `${text.slice(0, lineEnd + 1)}${dash}${entry}${newline}${text.slice(lineEnd + 1)}`;
}
function removeKustomizeResource(text, entry) {
  const doc = (0, import_yaml17.parseDocument)(text);
  if (doc.errors.length > 0 || !(0, import_yaml17.isMap)(doc.contents)) return text;
  const list = doc.contents.get("resources", true);
  if (!(0, import_yaml17.isSeq)(list)) return text;
  const item = list.items.find((node) => (0, import_yaml17.isScalar)(node) && node.value === entry);
  if (!(0, import_yaml17.isScalar)(item) || !item.range) return text;
  const [start, end] = item.range;
  if (list.flow) {
    const before = text.slice(0, start).replace(/,\s*$/, "");
    const after = before.length < start ? text.slice(end) : text.slice(end).replace(/^\s*,\s*/, "");
    return before + after;
  }
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  return text.slice(0, lineStart) + (lineEnd === -1 ? "" : text.slice(lineEnd + 1));
}

// src/runtimes/missing.ts
function isRuntimeDefined(ref2, defined) {
  return defined.some(
    (runtime) => runtime.kind === ref2.kind && runtime.name === ref2.name && // A namespaced runtime without a namespace lands wherever the job's manifests are applied.
    (ref2.kind === "ClusterTrainingRuntime" || runtime.namespace === void 0 || ref2.namespace === void 0 || runtime.namespace === ref2.namespace)
  );
}
function missingRuntimeFinding(ref2, defined, installed) {
  if (installed.includes(ref2.name) || isRuntimeDefined(ref2, defined)) return void 0;
  const where = ref2.kind === "TrainingRuntime" && ref2.namespace ? ` in namespace ${ref2.namespace}` : "";
  return {
    severity: "warning",
    code: "RUNTIME_NOT_FOUND",
    message: `the TrainJob references the ${ref2.kind} "${ref2.name}"${where}, which no scanned manifest defines; the Trainer's webhook rejects a TrainJob whose runtime does not exist, and the Helm chart leaves the built-in runtimes off by default (runtimes.defaultEnabled: false). Install or enable it before merging, and if it is already installed list it with --installed-runtimes ${ref2.name}`,
    path: "spec.runtimeRef.name"
  };
}

// src/runtimes/analyser.ts
var KUSTOMIZATION_FILES2 = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var RUNTIMES_REQUEST = { needles: ["TrainingRuntime"] };
function runtimeAnalysers() {
  const state = /* @__PURE__ */ new WeakMap();
  const sharedFor = async (plan) => {
    let shared = state.get(plan);
    if (!shared) {
      const found = await plan.findFiles(RUNTIMES_REQUEST);
      shared = {
        defined: found.flatMap((file) => collectRuntimes(file.relPath, file.text)),
        writtenTo: /* @__PURE__ */ new Map(),
        files: []
      };
      state.set(plan, shared);
    }
    return shared;
  };
  return {
    generation: {
      name: "runtime-generation",
      requests: [RUNTIMES_REQUEST],
      async analyse(plan) {
        const shared = await sharedFor(plan);
        const holds = definedRuntimeHolds(plan, shared.defined);
        if (plan.options.generateRuntimes !== true) return holds.length > 0 ? { holds } : {};
        const schema = await releaseValidator(plan.options.convert.trainerVersion, "ClusterTrainingRuntime");
        const generated = generateRuntimes(plan, shared, schema.validate);
        return holds.length > 0 ? { ...generated, holds } : generated;
      }
    },
    check: {
      name: "runtime-check",
      requests: [RUNTIMES_REQUEST],
      async analyse(plan) {
        const shared = await sharedFor(plan);
        const runtimes = checkRuntimes(plan, shared, plan.options.installedRuntimes ?? []);
        const { changes, notes } = withoutUnused(plan, shared, runtimes);
        return { changes, report: { runtimes: { runtimes, ...notes.length > 0 && { notes } } } };
      }
    }
  };
}
var convertedRuntime = (job) => job.status === "converted" ? job.conversion?.summary?.runtime : void 0;
function generateRuntimes(plan, shared, validate) {
  const generator = new RuntimeGenerator(shared.defined, validate);
  shared.generator = generator;
  const replans = [];
  const uses = [];
  for (const file of plan.files.values()) {
    const candidate = (job) => job.status === "needs-review" || job.findings.some((finding2) => finding2.runtimeSetting);
    if (file.original === void 0 || !file.rewrite.jobs.some(candidate)) continue;
    const options = { ...plan.rewriteOptionsFor(file.relPath), runtimeForSettings: generator.request };
    const preview = rewriteFile(file.relPath, file.original, options);
    const generated = preview.jobs.map(convertedRuntime).filter((name) => name !== void 0 && generator.isGenerated(name));
    if (generated.length === 0) continue;
    replans.push({ relPath: file.relPath, options: { runtimeForSettings: generator.request } });
    uses.push(...generated.map((runtime) => ({ runtime, path: file.relPath })));
  }
  const changes = [];
  const notes = [];
  const createdFiles = [];
  for (const runtimeFile of generator.filesFor(uses)) {
    const existing = textOf(plan, runtimeFile.path);
    const names = new Set(runtimeFile.runtimes.map((runtime) => runtime.name));
    changes.push({
      ...unplannedOriginal(plan, runtimeFile.path, existing),
      relPath: runtimeFile.path,
      text: runtimesFileText(runtimeFile, existing),
      // The jobs that use a generated runtime are written with it, or not at all.
      together: uses.filter((use) => names.has(use.runtime)).map((use) => use.path)
    });
    for (const runtime of runtimeFile.runtimes) shared.writtenTo.set(runtime.name, runtimeFile.path);
    if (existing === void 0) createdFiles.push(runtimeFile.path);
    shared.files.push({ file: runtimeFile, ...existing !== void 0 && { existing } });
  }
  const listed2 = listInKustomizations(plan, createdFiles);
  for (const entry of shared.files) {
    const change = listed2.changes.find(
      (change2) => posix5.dirname(change2.relPath) === posix5.dirname(entry.file.path)
    );
    if (change) entry.listedIn = change.relPath;
  }
  changes.push(...listed2.changes);
  notes.push(...listed2.notes);
  for (const [name, problems] of generator.invalid) {
    notes.push(
      `The generated ClusterTrainingRuntime ${name} would not pass the Trainer ${plan.options.convert.trainerVersion} schema (${problems.join("; ")}); the jobs that need it stay for review.`
    );
  }
  for (const name of generator.conflicts) {
    notes.push(
      `A ClusterTrainingRuntime named ${name} already exists in the repository with other settings; the jobs that need it stay for review. Rename or remove that runtime and run again.`
    );
  }
  return { replans, changes, ...notes.length > 0 && { report: { runtimes: { runtimes: [], notes } } } };
}
function listInKustomizations(plan, createdFiles) {
  const changes = [];
  const notes = [];
  for (const runtimesFile of createdFiles) {
    const folder = posix5.dirname(runtimesFile);
    const kustomization = KUSTOMIZATION_FILES2.map((name) => posix5.join(folder, name)).find(
      (path) => rootViewOf(plan).exists(path)
    );
    if (kustomization === void 0) continue;
    const text = textOf(plan, kustomization) ?? "";
    const updated = addKustomizeResource(text, RUNTIMES_FILE_NAME);
    if (updated === void 0) {
      notes.push(
        `${kustomization}: add ${RUNTIMES_FILE_NAME} to its resources by hand (the file could not be edited safely), so that the generated runtimes are deployed with the jobs.`
      );
    } else if (updated !== text) {
      changes.push({
        ...unplannedOriginal(plan, kustomization, onDisk(plan, kustomization)),
        relPath: kustomization,
        text: updated,
        kind: "kustomization",
        skipReason: null,
        together: [runtimesFile]
      });
    }
  }
  return { changes, notes };
}
function withoutUnused(plan, shared, usages) {
  const used = new Set(usages.filter((usage) => usage.status === "generated").map((usage) => usage.name));
  const changes = [];
  const notes = [];
  for (const { file, existing, listedIn } of shared.files) {
    const kept = file.runtimes.filter((runtime) => used.has(runtime.name));
    if (kept.length === file.runtimes.length) continue;
    for (const runtime of file.runtimes.filter((runtime2) => !used.has(runtime2.name))) {
      shared.writtenTo.delete(runtime.name);
      notes.push(
        `${file.path}: the ClusterTrainingRuntime ${runtime.name} is not written: every job that needed it stays a PyTorchJob (see its findings).`
      );
    }
    if (kept.length > 0 || existing !== void 0) {
      changes.push({
        relPath: file.path,
        text: kept.length > 0 ? runtimesFileText({ ...file, runtimes: kept }, existing) : existing
      });
      continue;
    }
    changes.push({ relPath: file.path, remove: true });
    const kustomization = listedIn === void 0 ? void 0 : plan.files.get(listedIn);
    const text = kustomization === void 0 ? void 0 : plannedText(kustomization);
    if (listedIn !== void 0 && text !== void 0)
      changes.push({ relPath: listedIn, text: removeKustomizeResource(text, RUNTIMES_FILE_NAME) });
  }
  return { changes, notes };
}
function onDisk(plan, relPath) {
  return rootViewOf(plan).readBefore(relPath);
}
function unplannedOriginal(plan, relPath, onDisk2) {
  return plan.files.has(relPath) || onDisk2 === void 0 ? {} : { original: onDisk2 };
}
function textOf(plan, relPath) {
  return rootViewOf(plan).read(relPath);
}
function checkRuntimes(plan, shared, installed) {
  const usages = /* @__PURE__ */ new Map();
  for (const file of plan.files.values()) {
    for (const job of file.rewrite.jobs) {
      const name = convertedRuntime(job);
      if (name === void 0) continue;
      const generated = shared.generator?.isGenerated(name) === true;
      const kind = generated ? "ClusterTrainingRuntime" : plan.rewriteOptionsFor(file.relPath).runtimeKind;
      const key = `${kind}/${name}`;
      let usage = usages.get(key);
      if (!usage) {
        usage = describeRuntime(kind, name, shared, installed, generated);
        usages.set(key, usage);
      }
      usage.jobs.push({
        name: job.name,
        ...job.namespace !== void 0 && { namespace: job.namespace },
        path: file.relPath
      });
      if (usage.status === "missing") {
        const finding2 = missingRuntimeFinding(
          { kind, name, ...job.namespace !== void 0 && { namespace: job.namespace } },
          shared.defined,
          installed
        );
        if (finding2 && usage.findings.length === 0) usage.findings.push(finding2);
        if (finding2 && !job.findings.some((f) => f.code === finding2.code)) job.findings.push(finding2);
      }
    }
  }
  return [...usages.values()];
}
function describeRuntime(kind, name, shared, installed, generated) {
  const base = { kind, name, jobs: [], findings: [] };
  const written = shared.writtenTo.get(name);
  if (generated && written !== void 0)
    return { ...base, status: "generated", path: written, ...settingsOf(shared, name) };
  const defined = shared.defined.find((runtime) => runtime.kind === kind && runtime.name === name);
  if (defined) return { ...base, status: "defined", path: defined.path, line: defined.line };
  if (installed.includes(name)) return { ...base, status: "installed" };
  return { ...base, status: "missing" };
}
function settingsOf(shared, name) {
  const settings = shared.generator?.settingsOf(name);
  return settings ? { settings } : {};
}

// src/pipeline/analysers.ts
function defaultAnalysers() {
  const runtimes = runtimeAnalysers();
  const apps = appsAnalyser({
    kustomizationFiles: (plan, folder) => kustomizationClosure(folder, plannedFiles(plan)),
    kustomizationFolders
  });
  return [
    runtimes.generation,
    appPatchAnalyser(),
    kustomizeAnalyser(),
    runtimes.check,
    // `kustomizationFolders` asks for the kustomizations: read in the same pass.
    { ...apps, requests: [...apps.requests ?? [], KUSTOMIZATION_REQUEST] },
    behaviourAnalyser()
  ];
}
function withInputNamed(report, input) {
  const named = {};
  for (const [key, section] of Object.entries(report)) {
    named[key] = nameInputs(section, input);
  }
  return named;
}
function nameInputs(section, input) {
  if (typeof section !== "object" || section === null || Array.isArray(section)) return section;
  const named = {};
  for (const [key, value] of Object.entries(section)) {
    named[key] = Array.isArray(value) ? value.map((item) => typeof item === "object" && item !== null ? { ...item, input } : item) : value;
  }
  return named;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/fs/test-pause.ts
import { existsSync as existsSync2, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
var PAUSE_VARIABLE = "TRAINJOB_MIGRATE_TEST_PAUSE_BEFORE_WRITE";
async function pauseBeforeWriteForTests() {
  const path = process.env[PAUSE_VARIABLE];
  if (!path) return;
  writeFileSync(path, String(process.pid));
  while (existsSync2(path)) await sleep(5);
}

// src/fs/write-groups.ts
import {
  closeSync,
  constants,
  linkSync,
  openSync,
  readFileSync as readFileSync3,
  renameSync,
  rmSync,
  unlinkSync
} from "node:fs";
import { rename, unlink as unlink3 } from "node:fs/promises";
import { dirname as dirname4 } from "node:path";
var PREPARE_CONCURRENCY = 16;
var READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
async function writeFileGroups(root, groups) {
  const prepared = groups.flat().map((write) => prepare(root, write));
  await mapBounded(prepared, PREPARE_CONCURRENCY, syncPrepared);
  const byPath = new Map(prepared.map((entry) => [entry.write.relPath, entry]));
  const committed = await mapBounded(groups, PREPARE_CONCURRENCY, async (group) => {
    const entries = group.map((write) => byPath.get(write.relPath));
    return { entries, results: await commitGroup(root, entries) };
  });
  const outcomes = [];
  const touchedFolders = /* @__PURE__ */ new Set();
  for (const { entries, results } of committed) {
    for (const [index, entry] of entries.entries()) {
      const error = results[index];
      if (error === void 0 && entry.target) touchedFolders.add(dirname4(entry.target.absPath));
      outcomes.push(
        error === void 0 ? { relPath: entry.write.relPath, written: true } : { relPath: entry.write.relPath, written: false, error }
      );
    }
  }
  await Promise.all([...touchedFolders].map(syncFolder));
  return outcomes;
}
function prepare(root, write) {
  const entry = { write };
  try {
    entry.target = resolveWriteTargetSync(root, write.relPath);
    entry.tempPath = tempPathBeside(entry.target.absPath);
    writeTempFile(entry.tempPath, write.text, entry.target.existingMode);
  } catch (error) {
    failPrepared(entry, error);
  }
  return entry;
}
async function syncPrepared(entry) {
  if (entry.tempPath === void 0) return;
  await syncFile(entry.tempPath).catch((error) => failPrepared(entry, error));
}
function failPrepared(entry, error) {
  if (entry.tempPath) rmSync(entry.tempPath, { force: true });
  delete entry.tempPath;
  entry.error = `could not write ${entry.write.relPath}: ${reasonOf(error)}; the file is unchanged`;
}
async function commitGroup(root, entries) {
  const failed = entries.find((entry) => entry.error !== void 0);
  if (failed) return abandon(entries, failed, failed.error);
  for (const entry of entries) {
    const changed = changeSincePlanned(root, entry);
    if (changed !== void 0) {
      entry.error = `changed during the run: ${entry.write.relPath} ${changed} after it was read, so it was not written. Run again to convert what it holds now.`;
      return abandon(entries, entry, entry.error);
    }
  }
  const done = [];
  for (const entry of entries) {
    try {
      put(entry);
      done.push(entry);
    } catch (error) {
      await undo(done);
      entry.error = `could not write ${entry.write.relPath}: ${reasonOf(error)}; the file is unchanged`;
      return abandon(entries, entry, entry.error);
    }
  }
  return entries.map(() => void 0);
}
function changeSincePlanned(root, entry) {
  let target;
  try {
    target = resolveWriteTargetSync(root, entry.write.relPath);
  } catch {
    return "was moved or replaced";
  }
  if (target.absPath !== entry.target?.absPath) return "was moved or replaced";
  const expected = entry.write.expected;
  let current;
  try {
    current = readExact(target.absPath);
  } catch {
    return "can no longer be read";
  }
  if (expected === void 0) return current === void 0 ? void 0 : "was created by someone else";
  if (current === void 0) return "was deleted";
  return current.equals(Buffer.from(expected, "utf8")) ? void 0 : "was edited";
}
function readExact(absPath) {
  let fd;
  try {
    fd = openSync(absPath, READ_FLAGS);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  try {
    return readFileSync3(fd);
  } finally {
    closeSync(fd);
  }
}
function put(entry) {
  const { tempPath, target } = entry;
  if (entry.write.expected !== void 0) {
    renameSync(tempPath, target.absPath);
    return;
  }
  linkSync(tempPath, target.absPath);
  unlinkSync(tempPath);
}
async function undo(done) {
  for (const entry of done) {
    const absPath = entry.target?.absPath;
    const { expected } = entry.write;
    if (expected === void 0) {
      await unlink3(absPath).catch(() => void 0);
      continue;
    }
    const restore = tempPathBeside(absPath);
    await writeAndSync(restore, expected, entry.target?.existingMode).then(() => rename(restore, absPath)).catch(() => unlink3(restore).catch(() => void 0));
  }
}
async function abandon(entries, cause, message) {
  await Promise.all(
    entries.map((entry) => entry.tempPath ? unlink3(entry.tempPath).catch(() => void 0) : void 0)
  );
  return entries.map(
    (entry) => entry === cause ? message : `not written: it must change together with ${cause.write.relPath}, which was not written (${message})`
  );
}
function reasonOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/pipeline/threaded-scan.ts
import { Worker } from "node:worker_threads";
async function* scanRootThreaded(root, options, wants, onThread) {
  const reader = onThread && isBundled() ? startReader({ root, options, wants }) : void 0;
  if (!reader) {
    yield* scanRootShared(root, options, wants);
    return;
  }
  const messages = [];
  let next = 0;
  let exited = false;
  let wake;
  const arrived = () => {
    wake?.();
    wake = void 0;
  };
  reader.on("message", (message) => {
    messages.push(message);
    arrived();
  });
  reader.on("error", (error) => {
    messages.push({ type: "failed", message: error.message });
    arrived();
  });
  reader.on("exit", () => {
    exited = true;
    arrived();
  });
  try {
    for (; ; ) {
      if (next === messages.length) {
        if (exited) throw new Error("the reader thread stopped before the end of the tree");
        await new Promise((resolve5) => {
          wake = resolve5;
        });
        continue;
      }
      const message = messages[next];
      messages[next++] = void 0;
      if (message.type === "entry") yield message.entry;
      else if (message.type === "done") return;
      else {
        throw message.exitCode === void 0 ? new Error(message.message) : new UserError(message.message, { exitCode: message.exitCode });
      }
    }
  } finally {
    await reader.terminate();
  }
}
function startReader(setup) {
  const early = takeEarlyReader();
  if (early) {
    early.postMessage(setup);
    return early;
  }
  try {
    return new Worker(bundleFile("scan-worker.js"), { workerData: setup });
  } catch {
    return void 0;
  }
}

// src/pipeline/plan.ts
async function readRoot(root, onlyFile, options, requests, onCandidate, onReaderThread = false) {
  const keys = [...new Set(requests.map(requestKey))];
  const asked = keys.map((key) => JSON.parse(key));
  const patterns = asked.map(
    (request) => request.pattern === void 0 ? void 0 : new RegExp(request.pattern, "m")
  );
  const wants = onlyFile === void 0 ? asked.map((request) => wantOf(request, options)) : [];
  const found = keys.map(() => []);
  const entries = [];
  const tempFiles = [];
  const target = onlyFile === void 0 ? root : `${root}/${onlyFile}`;
  for await (const shared of scanRootThreaded(target, options.scan, wants, onReaderThread)) {
    if (shared.tempFile !== void 0) tempFiles.push(shared.tempFile);
    if (shared.primary) {
      entries.push(shared.primary);
      if (shared.primary.type === "candidate") onCandidate?.(shared.primary.relPath, shared.primary.text);
    }
    const wanted = shared.wanted;
    if (!wanted) continue;
    for (const index of wanted.wants) {
      if (patterns[index]?.test(wanted.text) === false) continue;
      found[index]?.push({ relPath: wanted.relPath, text: wanted.text });
    }
  }
  const byKey = new Map(keys.map((key, index) => [key, found[index] ?? []]));
  return { entries, tempFiles, found: (request) => byKey.get(requestKey(request)) };
}
function requestKey(request) {
  return JSON.stringify({
    needles: request.needles,
    ...request.include !== void 0 && { include: request.include },
    ...request.pattern !== void 0 && { pattern: request.pattern }
  });
}
function wantOf(request, options) {
  return { needles: request.needles, include: request.include ?? options.scan.include };
}
function planRoot(input, read, onFile, rewritten) {
  const replanOptions = /* @__PURE__ */ new Map();
  const holds = /* @__PURE__ */ new Map();
  const foundCache = /* @__PURE__ */ new Map();
  const plan = {
    root: input.root,
    input: input.input,
    options: input.options,
    files: /* @__PURE__ */ new Map(),
    rewriteOptionsFor(relPath) {
      const options = { ...input.baseOptionsFor(relPath), ...replanOptions.get(relPath) };
      const held = holds.get(relPath);
      if (held) options.hold = (job) => holdFindings(held, job);
      return options;
    },
    findFiles(request) {
      const key = requestKey(request);
      let found = foundCache.get(key);
      if (!found) {
        const fromPass = input.onlyFile === void 0 ? read.found(request) : [];
        found = fromPass ? Promise.resolve(fromPass) : findFiles(input, request);
        foundCache.set(key, found);
      }
      return found;
    }
  };
  internalState.set(plan, { replanOptions, holds });
  for (const entry of read.entries) {
    if (entry.type === "skipped") {
      plan.files.set(entry.relPath, {
        relPath: entry.relPath,
        rewrite: { kind: "unknown", jobs: [] },
        scanSkipReason: entry.reason,
        ...entry.mentionsNeedle && { scanSkipMentionsJob: true }
      });
      onFile?.(entry.relPath, 0);
      continue;
    }
    const rewrite = rewritten?.get(entry.relPath) ?? safeRewrite(entry.relPath, entry.text, plan.rewriteOptionsFor(entry.relPath));
    plan.files.set(entry.relPath, { relPath: entry.relPath, original: entry.text, rewrite });
    onFile?.(entry.relPath, rewrite.jobs.length);
  }
  return plan;
}
var internalState = /* @__PURE__ */ new WeakMap();
function holdFindings(held, job) {
  const matching = held.filter(
    (hold) => hold.name === job.name && (hold.namespace === void 0 || hold.namespace === job.namespace)
  );
  return matching.length === 0 ? void 0 : matching.flatMap((hold) => hold.findings);
}
async function findFiles(input, request) {
  const found = [];
  const scan = {
    ...input.options.scan,
    needles: request.needles,
    include: request.include ?? input.options.scan.include
  };
  const pattern = request.pattern === void 0 ? void 0 : new RegExp(request.pattern, "m");
  for await (const entry of scanRoot(input.root, scan)) {
    if (entry.type !== "candidate") continue;
    if (pattern && !pattern.test(entry.text)) continue;
    found.push({ relPath: entry.relPath, text: entry.text });
  }
  return found;
}
async function analyseRoot(plan, analysers) {
  let report = {};
  for (const analyser of analysers) {
    const result = await analyser.analyse(plan);
    applyAnalysis(plan, result);
    if (result.report) report = mergeGitOpsReports(report, result.report);
  }
  return report;
}
function applyAnalysis(plan, result) {
  const state = internalState.get(plan);
  if (!state) throw new Error("applyAnalysis: the plan was not made by planRoot.");
  const touched = /* @__PURE__ */ new Set();
  for (const replan of result.replans ?? []) {
    state.replanOptions.set(replan.relPath, {
      ...state.replanOptions.get(replan.relPath),
      ...replan.options
    });
    touched.add(replan.relPath);
  }
  for (const hold of result.holds ?? []) {
    state.holds.set(hold.relPath, [...state.holds.get(hold.relPath) ?? [], hold]);
    touched.add(hold.relPath);
  }
  for (const relPath of touched) {
    const file = plan.files.get(relPath);
    if (file?.original === void 0) continue;
    file.rewrite = safeRewrite(relPath, file.original, plan.rewriteOptionsFor(relPath));
  }
  for (const change of result.changes ?? []) applyChange(plan, change);
}
function applyChange(plan, change) {
  if (change.remove) {
    if (plan.files.get(change.relPath)?.original === void 0) plan.files.delete(change.relPath);
    return;
  }
  let file = plan.files.get(change.relPath);
  if (!file) {
    file = { relPath: change.relPath, rewrite: { kind: change.kind ?? "yaml", jobs: [] } };
    if (change.original !== void 0) file.original = change.original;
    plan.files.set(change.relPath, file);
  }
  const rewrite = { ...file.rewrite };
  if (change.text !== void 0) rewrite.newText = change.text;
  if (change.kind !== void 0) rewrite.kind = change.kind;
  if (change.dropJobs) rewrite.jobs = [];
  if (change.skipReason === null) delete rewrite.skipReason;
  else if (change.skipReason !== void 0) rewrite.skipReason = change.skipReason;
  file.rewrite = rewrite;
  const together = (change.together ?? []).filter((relPath) => relPath !== change.relPath);
  if (together.length > 0) file.together = /* @__PURE__ */ new Set([...file.together ?? [], ...together]);
}
function mergeGitOpsReports(a, b) {
  return mergeValues(a, b);
}
function mergeValues(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isPlainObject(a) && isPlainObject(b)) {
    const merged = { ...a };
    for (const [key, value] of Object.entries(b)) {
      merged[key] = key in merged ? mergeValues(merged[key], value) : value;
    }
    return merged;
  }
  return b === void 0 ? a : b;
}
async function applyPlan(plan, mode) {
  const applied = [];
  const writes = [];
  for (const file of plan.files.values()) {
    const { newText } = file.rewrite;
    if (newText === void 0 || newText === file.original) {
      applied.push({ file });
      continue;
    }
    writes.push({ relPath: file.relPath, text: newText, expected: file.original });
    const entry = { file, newText };
    if (mode.withDiffs) entry.diff = unifiedDiff(file.relPath, file.original, newText);
    applied.push(entry);
  }
  if (!mode.write || writes.length === 0) return { applied, changedFiles: [] };
  await pauseBeforeWriteForTests();
  const outcomes = await writeFileGroups(plan.root, groupsOf(plan, writes));
  const errors = new Map(
    outcomes.flatMap((outcome) => outcome.written ? [] : [[outcome.relPath, outcome.error]])
  );
  for (const entry of applied) {
    const error = errors.get(entry.file.relPath);
    if (error === void 0) continue;
    entry.writeError = error;
    delete entry.diff;
  }
  const changedFiles2 = writes.map((write) => write.relPath).filter((relPath) => !errors.has(relPath));
  return { applied, changedFiles: changedFiles2 };
}
function groupsOf(plan, writes) {
  const parent = new Map(writes.map((write) => [write.relPath, write.relPath]));
  const find = (relPath) => {
    let root = relPath;
    while (parent.get(root) !== root) root = parent.get(root);
    parent.set(relPath, root);
    return root;
  };
  for (const write of writes) {
    for (const other of plan.files.get(write.relPath)?.together ?? []) {
      if (parent.has(other)) parent.set(find(other), find(write.relPath));
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const write of writes) {
    const key = find(write.relPath);
    groups.set(key, [...groups.get(key) ?? [], write]);
  }
  return [...groups.values()];
}
function unifiedDiff(relPath, before, after) {
  const patch = createTwoFilesPatch(
    before === void 0 ? "/dev/null" : `a/${relPath}`,
    `b/${relPath}`,
    before ?? "",
    after,
    void 0,
    void 0,
    {
      context: 3,
      headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true }
    }
  );
  return patch;
}

// src/pipeline/rewrite-pool.ts
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker as Worker2 } from "node:worker_threads";
var BATCH_FILES = 4;
var BATCHES_AHEAD = 2;
var MIN_FILES_FOR_WORKERS = 24;
var TURN_MS = 10;
var liveWorkers = 0;
function createRewritePool(setup, options) {
  const wanted = isBundled() ? options.workers : 0;
  let onThisThread = 0;
  let alongside;
  const queue = [];
  const retry = [];
  const results = /* @__PURE__ */ new Map();
  const workers = [];
  let next = 0;
  let batchIds = 0;
  let started = false;
  let closed = false;
  let wake;
  const wakeFinish = () => {
    wake?.();
    wake = void 0;
  };
  const take = () => {
    const fromRetry = retry.pop();
    if (fromRetry) return fromRetry;
    while (next < queue.length) {
      const file = queue[next];
      queue[next++] = void 0;
      if (file) return file;
    }
    return void 0;
  };
  const pump = () => {
    for (const state of workers) {
      while (state.ready && !state.dead && state.inFlight.size < BATCHES_AHEAD) {
        const files = [];
        for (let file = take(); file; file = files.length < BATCH_FILES ? take() : void 0)
          files.push(file);
        if (files.length === 0) return;
        const batch = { id: batchIds++, files };
        state.inFlight.set(batch.id, files);
        state.worker.postMessage(batch);
      }
    }
  };
  const fail = (state) => {
    if (state.dead) return;
    state.dead = true;
    for (const files of state.inFlight.values()) retry.push(...files);
    state.inFlight.clear();
    wakeFinish();
  };
  const spawn = () => {
    let worker;
    try {
      worker = new Worker2(bundleFile("rewrite-worker.js"), { workerData: setup });
    } catch {
      return;
    }
    liveWorkers += 1;
    const state = { worker, ready: false, dead: false, inFlight: /* @__PURE__ */ new Map() };
    workers.push(state);
    worker.on("message", (message) => {
      if (message.type === "ready") state.ready = true;
      else if (message.type === "failed") fail(state);
      else {
        const files = state.inFlight.get(message.batch) ?? [];
        state.inFlight.delete(message.batch);
        files.forEach((file, index) => {
          const rewrite = message.rewrites[index];
          if (rewrite) results.set(file.relPath, rewrite);
          else retry.push(file);
        });
        wakeFinish();
      }
      if (!closed) pump();
    });
    worker.on("error", () => fail(state));
    worker.on("exit", () => {
      liveWorkers -= 1;
      fail(state);
    });
  };
  const start = () => {
    started = true;
    const count = Math.max(0, wanted - liveWorkers);
    for (let i = 0; i < count; i++) spawn();
  };
  const rewriteWaiting = (rewriteHere) => {
    if (wanted > 0) return;
    for (let file = take(); file; file = take()) {
      results.set(file.relPath, rewriteHere(file.relPath, file.text));
      onThisThread += 1;
    }
  };
  const close = async () => {
    closed = true;
    await Promise.all(workers.map((state) => state.worker.terminate()));
  };
  return {
    add(relPath, text) {
      queue.push({ relPath, text });
      if (!started && wanted > 0 && queue.length >= MIN_FILES_FOR_WORKERS) start();
      pump();
      if (alongside) rewriteWaiting(alongside);
    },
    rewriteAlongside(rewriteHere) {
      alongside = rewriteHere;
      rewriteWaiting(rewriteHere);
    },
    async finish(rewriteHere) {
      let turnStart = performance.now();
      for (; ; ) {
        const file = take();
        if (file) {
          results.set(file.relPath, rewriteHere(file.relPath, file.text));
          onThisThread += 1;
          if (performance.now() - turnStart > TURN_MS) {
            await nextTurn();
            turnStart = performance.now();
          }
          continue;
        }
        if (!workers.some((state) => !state.dead && state.inFlight.size > 0)) break;
        await new Promise((resolve5) => {
          wake = resolve5;
        });
      }
      await close();
      return {
        rewrites: results,
        onThisThread,
        onWorkers: results.size - onThisThread,
        workers: workers.length
      };
    },
    close
  };
}

// src/report/describe-options.ts
function convertKeys(options) {
  const { runtimeName, ...rest } = options;
  return runtimeName === void 0 ? rest : { runtime: runtimeName, ...rest };
}
function describeOptions(options) {
  return {
    ...convertKeys(options.convert),
    include: options.scan.include,
    exclude: options.scan.exclude,
    maxFileSize: options.scan.maxFileSize,
    concurrency: options.inputConcurrency,
    ...options.crd === void 0 ? {} : { crd: options.crd },
    ...options.installedRuntimes === void 0 ? {} : { installedRuntimes: options.installedRuntimes },
    ...options.generateRuntimes === void 0 ? {} : { generateRuntimes: options.generateRuntimes },
    overrides: options.overrides.map((override) => ({
      path: override.path,
      ...convertKeys(override.options)
    }))
  };
}

// src/run.ts
var REPOSITORY_CRD_REQUEST = {
  needles: [REPOSITORY_CRD_NEEDLE],
  pattern: REPOSITORY_CRD_PATTERN.source
};
function isGitUrl(input) {
  return /^(https?|ssh|git|file):\/\//i.test(input) || /^[\w.-]+@[\w.-]+:(?!\/\/)/.test(input);
}
async function cloneShallow(url) {
  const dir = await mkdtemp2(join7(tmpdir3(), "trainjob-migrate-"));
  const cleanup = () => rm2(dir, { recursive: true, force: true });
  try {
    const [{ simpleGit }, { hermeticGitEnvironment }] = await Promise.all([
      import("./esm-ZULIMEUX.js"),
      import("./git-54PK23GW.js")
    ]);
    await simpleGit({ baseDir: dir }).env(hermeticGitEnvironment(process.env)).clone(url, dir, ["--depth", "1", "--no-tags", "--quiet"]);
  } catch (error) {
    await cleanup();
    const lines = error.message.trim().split("\n");
    const detail = (lines.find((line) => line.startsWith("fatal:")) ?? lines.at(-1) ?? "").replace(
      /^fatal: /,
      ""
    );
    throw new UserError(`cannot clone ${url}: ${detail}. Check the URL and your access to the repository.`, {
      exitCode: 1
    });
  }
  return { root: dir, cleanup };
}
async function resolveInput(input, cwd) {
  if (isGitUrl(input)) return cloneShallow(input);
  const absolute = resolve4(cwd, input);
  const found = await stat4(absolute).catch(() => void 0);
  if (!found) throw new UserError(`${input}: no such file or folder.`, { exitCode: 2 });
  if (found.isDirectory()) return { root: absolute };
  if (found.isFile()) return { root: dirname5(absolute), onlyFile: basename(absolute) };
  throw new UserError(`${input}: not a file or folder.`, { exitCode: 2 });
}
function toJobReport(job) {
  const summary = job.conversion?.summary;
  const report = {
    name: job.name,
    line: job.line,
    status: job.status,
    linesBefore: job.linesBefore,
    linesAfter: job.linesAfter,
    findings: job.findings
  };
  if (job.namespace !== void 0) report.namespace = job.namespace;
  if (summary?.numNodes !== void 0 && summary.numNodes > 0) report.numNodes = summary.numNodes;
  if (summary?.runtime !== void 0 && job.status === "converted") report.runtime = summary.runtime;
  if (summary?.replicas !== void 0) report.replicas = summary.replicas;
  return report;
}
function toFileReport(applied) {
  const { file, newText, diff, writeError } = applied;
  const rewrite = file.rewrite;
  const report = {
    path: file.relPath,
    kind: rewrite.kind,
    status: "unchanged",
    jobs: rewrite.jobs.map(toJobReport)
  };
  if (file.scanSkipReason !== void 0) {
    report.status = "skipped";
    report.skipReason = file.scanSkipReason;
    if (file.scanSkipMentionsJob) {
      report.status = "error";
      report.error = {
        message: `not checked: ${file.scanSkipReason}; it may hold a PyTorchJob, so it needs a look`
      };
    }
    return report;
  }
  if (rewrite.error) report.error = rewrite.error;
  else if (writeError !== void 0) {
    report.error = { message: writeError };
    report.jobs = report.jobs.map(
      (job) => job.status === "converted" ? { ...job, status: "error", linesAfter: job.linesBefore } : job
    );
  }
  if (rewrite.skipReason !== void 0) report.skipReason = rewrite.skipReason;
  if (diff !== void 0) report.diff = diff;
  report.status = fileStatusOf(report, newText !== void 0 && writeError === void 0);
  return report;
}
async function migrateRoot(resolved, input, options, mode, progress) {
  if (!mode.write) return planAndApply(resolved, input, options, mode, progress);
  const notify = mode.notify ?? ((message) => process.stderr.write(`${TOOL_NAME}: ${message}
`));
  return withWriteLock(resolved.root, notify, async (runStart) => {
    const rootReal = await realpath3(resolved.root);
    if (resolved.onlyFile !== void 0) {
      for (const note of await removeTempLeftovers(rootReal, runStart, 1)) notify(note);
      return planAndApply(resolved, input, options, mode, progress);
    }
    const removeLeftovers = async (relPaths) => {
      for (const note of await removeTempFiles(rootReal, relPaths, runStart)) notify(note);
    };
    return planAndApply(resolved, input, options, mode, progress, removeLeftovers);
  });
}
async function withWriteLock(root, notify, work) {
  const runStart = Date.now();
  const lock = await acquireRunLock(root, notify);
  try {
    return await work(runStart);
  } finally {
    await lock.release();
  }
}
function removeTempLeftoversLocked(root, notify) {
  return withWriteLock(root, notify, async (runStart) => {
    for (const note of await removeTempLeftovers(await realpath3(root), runStart)) notify(note);
  });
}
async function planAndApply(resolved, input, options, mode, progress, onTempFiles) {
  const analysers = resolved.onlyFile === void 0 ? mode.analysers ?? defaultAnalysers() : [];
  const lookForCrd = options.crd === void 0 && resolved.onlyFile === void 0;
  const threads = threadPlan(threadBudget());
  const readerThread = threads.readerThread && resolved.onlyFile === void 0;
  const { rewriteWorkers } = threads;
  const pool = createRewritePool({ options }, { workers: rewriteWorkers });
  const likely = prepareRewrite({ options });
  likely.catch(() => void 0);
  if (readerThread) {
    void likely.then(
      (setup) => pool.rewriteAlongside((relPath, text) => safeRewrite(relPath, text, setup.baseOptionsFor(relPath))),
      () => void 0
      // the same preparation fails again below, where its error is reported
    );
  }
  let plan;
  let prepared;
  try {
    const read = await readRoot(
      resolved.root,
      resolved.onlyFile,
      options,
      [
        ...analysers.flatMap((analyser) => analyser.requests ?? []),
        ...lookForCrd ? [REPOSITORY_CRD_REQUEST] : []
      ],
      (relPath, text) => pool.add(relPath, text),
      readerThread
    );
    await onTempFiles?.(read.tempFiles);
    const repositoryCrd2 = lookForCrd ? findRepositoryCrd(read.found(REPOSITORY_CRD_REQUEST) ?? []) : void 0;
    prepared = repositoryCrd2 ? await prepareRewrite(
      { options, repositoryCrd: { relPath: repositoryCrd2.relPath, text: repositoryCrd2.text } },
      repositoryCrd2
    ) : await likely;
    const rewriteHere = (relPath, text) => safeRewrite(relPath, text, prepared.baseOptionsFor(relPath));
    const shared = repositoryCrd2 ? void 0 : await pool.finish(rewriteHere);
    if (shared) mode.debug?.(`${input}: ${describeSharing(shared, readerThread)}`);
    const rewritten = shared?.rewrites;
    const planInput = {
      root: resolved.root,
      input,
      options,
      baseOptionsFor: prepared.baseOptionsFor
    };
    if (resolved.onlyFile !== void 0) planInput.onlyFile = resolved.onlyFile;
    plan = planRoot(
      planInput,
      read,
      (path, jobs) => progress?.({ type: "file", input, path, jobs }),
      rewritten
    );
  } finally {
    await pool.close();
  }
  const { validation, repositoryCrd } = prepared;
  const gitops = await analyseRoot(plan, analysers);
  const { applied, changedFiles: changedFiles2 } = await applyPlan(plan, mode);
  const crd = options.crd ?? repositoryCrd?.relPath;
  return {
    files: applied.map(toFileReport),
    changedFiles: changedFiles2,
    gitops,
    validation: validation.report,
    ...crd !== void 0 && { crd }
  };
}
function describeSharing(shared, readerThread) {
  const total = shared.onThisThread + shared.onWorkers;
  return `read the tree on ${readerThread ? "a reader thread" : "the main thread"}; rewrote ${total} file(s): ${shared.onThisThread} on the main thread, ${shared.onWorkers} on ${shared.workers} worker thread(s)`;
}
function buildReport(options, inputs, files, gitops) {
  const report = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    options: describeOptions(options),
    summary: summarize(files, inputs),
    inputs,
    files
  };
  if (Object.keys(gitops).length > 0) report.gitops = gitops;
  return report;
}
async function migrateInputs(inputs, options, mode, progress) {
  const several = inputs.length > 1;
  const outcomes = await mapBounded(inputs, options.inputConcurrency, async (input) => {
    progress?.({ type: "input-start", input });
    let resolved;
    try {
      resolved = await resolveInput(input, mode.cwd ?? process.cwd());
      if (mode.write && isGitUrl(input)) {
        throw new UserError(
          `--write cannot change a cloned repository (${input}); clone it and run on the folder.`,
          { exitCode: 2 }
        );
      }
      const inputOptions = mode.optionsForRoot ? await mode.optionsForRoot(resolved.root, input) : options;
      const { files, gitops, crd, validation } = await migrateRoot(
        resolved,
        input,
        inputOptions,
        mode,
        progress
      );
      progress?.({ type: "input-done", input, status: "ok" });
      const withInput = several ? files.map((file) => ({ ...file, input })) : files;
      return {
        report: { input, status: "ok", validation, ...crd !== void 0 && { crd } },
        files: withInput,
        gitops: several ? withInputNamed(gitops, input) : gitops
      };
    } catch (error) {
      progress?.({ type: "input-done", input, status: "error" });
      return {
        report: { input, status: "error", error: error.message },
        files: [],
        gitops: {}
      };
    } finally {
      await resolved?.cleanup?.();
    }
  });
  return buildReport(
    options,
    outcomes.map((outcome) => outcome.report),
    outcomes.flatMap((outcome) => outcome.files),
    outcomes.reduce((merged, outcome) => mergeGitOpsReports(merged, outcome.gitops), {})
  );
}
async function migrateDirectory(dir, options, mode) {
  const root = resolve4(dir);
  const found = await stat4(root).catch(() => void 0);
  if (!found?.isDirectory())
    throw new UserError(`${dir}: not a folder; give the repository's working tree.`, { exitCode: 2 });
  const result = await migrateRoot({ root }, dir, options, mode, void 0);
  return {
    report: buildReport(
      options,
      [
        {
          input: dir,
          status: "ok",
          validation: result.validation,
          ...result.crd !== void 0 && { crd: result.crd }
        }
      ],
      result.files,
      result.gitops
    ),
    changedFiles: result.changedFiles
  };
}

export {
  ConfigError,
  loadConfigFile,
  findConfigAt,
  sharedOptionSpec,
  resolveFormat,
  resolveMigrationOptions,
  renderJson,
  behaviourText,
  DOCS_URL,
  ruleHelp,
  ruleTitle,
  ruleHelpUri,
  summarize,
  needsAttention,
  FINDINGS_SHOWN_ONCE,
  validationSentence,
  renderMarkdown,
  isGitUrl,
  removeTempLeftoversLocked,
  migrateInputs,
  migrateDirectory
};
