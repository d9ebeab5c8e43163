/** `scan` and `convert`: parse the command line, run the pipeline, print the report, pick the exit code. */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { findConfigAt, loadConfigFile } from '../config/load-config.js';
import {
  resolveFormat,
  resolveMigrationOptions,
  type SharedFlags,
  sharedOptionSpec,
} from '../config/resolve-options.js';
import type { LoadedConfig } from '../config/types.js';
import type { Report } from '../model/report.js';
import type { MigrationOptions, OutputFormat } from '../options.js';
import { threadBudget } from '../pipeline/thread-budget.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { repositoryPrefixes } from '../report/repository-prefix.js';
import { renderSarif } from '../report/sarif.js';
import { needsAttention } from '../report/summarize.js';
import { renderText } from '../report/text.js';
import { TOOL_NAME } from '../report/tool.js';
import { isGitUrl, type MigrateMode, migrateInputs } from '../run.js';
import { UsageError } from '../util/usage-error.js';
import { CONVERT_HELP, SCAN_HELP } from './help.js';
import { type CliIo, wantsColor, wantsProgress } from './io.js';
import { parseFlags } from './parse-flags.js';
import { createProgressLine } from './progress.js';

export type MigrateCommand = 'scan' | 'convert';

const outputSpec = {
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

const convertSpec = {
  write: { type: 'boolean' },
  check: { type: 'boolean' },
} as const;

interface CommandFlags extends SharedFlags {
  color?: boolean;
  'no-color'?: boolean;
  write?: boolean;
  check?: boolean;
}

function parseCommandFlags(
  command: MigrateCommand,
  args: string[],
): { flags: CommandFlags; inputs: string[] } {
  const spec =
    command === 'convert'
      ? { ...sharedOptionSpec, ...outputSpec, ...convertSpec }
      : { ...sharedOptionSpec, ...outputSpec };
  const { values, positionals } = parseFlags(command, args, spec);
  return { flags: values as CommandFlags, inputs: positionals.length > 0 ? positionals : ['.'] };
}

/** Local inputs must exist, and their config files must be valid, before anything runs (exit 2). */
async function checkLocalInputs(inputs: readonly string[], cwd: string): Promise<void> {
  for (const input of inputs) {
    if (isGitUrl(input)) continue;
    const found = await stat(resolve(cwd, input)).catch(() => undefined);
    if (!found) throw new UsageError(`${input}: no such file or folder. Give a folder, a file or a git URL.`);
  }
}

async function configForRoot(
  root: string,
  fixed: LoadedConfig | undefined,
): Promise<LoadedConfig | undefined> {
  return fixed ?? (await findConfigAt(root));
}

function checkModeFlags(flags: CommandFlags, inputs: readonly string[]): void {
  if (flags.write && flags.check) {
    throw new UsageError('--write and --check cannot be used together: pick one.');
  }
  const remote = flags.write ? inputs.find(isGitUrl) : undefined;
  if (remote) {
    throw new UsageError(
      `--write cannot change a cloned repository (${remote}); clone it and run on the folder.`,
    );
  }
}

/**
 * The config file of each local input root (a file input's folder), read before any work so that a
 * bad one is a usage error (exit 2). Git URLs are read after cloning.
 */
async function readLocalConfigs(
  inputs: readonly string[],
  cwd: string,
  fixed: LoadedConfig | undefined,
): Promise<Map<string, LoadedConfig | undefined>> {
  const configs = new Map<string, LoadedConfig | undefined>();
  for (const input of inputs) {
    if (isGitUrl(input)) continue;
    const path = resolve(cwd, input);
    const root = (await stat(path)).isDirectory() ? path : dirname(path);
    configs.set(root, await configForRoot(root, fixed));
  }
  return configs;
}

function render(
  report: Report,
  format: OutputFormat,
  flags: CommandFlags,
  io: CliIo,
  mode: MigrateMode,
): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, {
        written: mode.write,
        repositoryPrefix: repositoryPrefixes(report, io.cwd),
      });
    case 'markdown':
      return renderMarkdown(report, { written: mode.write });
    case 'text':
      return renderText(report, {
        color: wantsColor(io.stdout, io.env, flags),
        quiet: flags.quiet === true,
        showDiffs: mode.withDiffs,
        dryRun: mode.withDiffs,
      });
  }
}

export async function runMigrateCommand(command: MigrateCommand, args: string[], io: CliIo): Promise<number> {
  const { flags, inputs } = parseCommandFlags(command, args);
  if (flags.help) {
    io.stdout.write(command === 'scan' ? SCAN_HELP : CONVERT_HELP);
    return 0;
  }
  checkModeFlags(flags, inputs);
  threadBudget(io.env); // a bad TRAINJOB_MIGRATE_THREADS is a usage error before any work
  await checkLocalInputs(inputs, io.cwd);
  const fixedConfig =
    flags.config === undefined ? undefined : await loadConfigFile(resolve(io.cwd, flags.config));
  const localConfigs = await readLocalConfigs(inputs, io.cwd, fixedConfig);
  const firstConfig = fixedConfig ?? [...localConfigs.values()].find((config) => config !== undefined);
  const env = { cwd: io.cwd };
  const format = resolveFormat(flags, firstConfig);
  const quiet = flags.quiet ?? firstConfig?.settings.quiet ?? false;
  const baseOptions: MigrationOptions = resolveMigrationOptions(flags, firstConfig, env);
  if (baseOptions.crd !== undefined && !(await stat(baseOptions.crd).catch(() => undefined))?.isFile()) {
    throw new UsageError(`${baseOptions.crd}: the TrainJob CRD file does not exist; check --crd.`);
  }
  // Every local config must combine with the flags too, before any work is done.
  for (const config of localConfigs.values()) resolveMigrationOptions(flags, config, env);

  const mode: MigrateMode = {
    cwd: io.cwd,
    write: command === 'convert' && flags.write === true,
    withDiffs: command === 'convert' && !flags.write && !flags.check,
    notify: (message) => io.stderr.write(`${TOOL_NAME}: ${message}\n`),
    ...(io.debug && { debug: io.debug }),
    optionsForRoot: async (root) => {
      const config = localConfigs.has(root) ? localConfigs.get(root) : await configForRoot(root, fixedConfig);
      return resolveMigrationOptions(flags, config, env);
    },
  };
  const progress = wantsProgress(io) && !quiet ? createProgressLine(io.stderr) : undefined;
  let report: Report;
  try {
    report = await migrateInputs(inputs, baseOptions, mode, progress?.onEvent);
  } finally {
    progress?.finish();
  }
  io.stdout.write(render(report, format, { ...flags, quiet }, io, mode));
  if (flags.check) return report.summary.jobs > 0 || needsAttention(report.summary) ? 1 : 0;
  return needsAttention(report.summary) ? 1 : 0;
}
