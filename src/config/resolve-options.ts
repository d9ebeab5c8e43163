/**
 * The option model both front ends share: the flags of `scan`, `convert` and `pr` (the Action maps its
 * inputs onto the same flags) and how they combine with the config file into the MigrationOptions
 * handed to the pipeline. Flags win over the file.
 */
import { dirname, resolve } from 'node:path';
import {
  type ConvertOptions,
  DEFAULT_CONVERT_OPTIONS,
  RUNTIME_KINDS,
  type RuntimeKind,
  STRATEGIES,
  type Strategy,
  TRAINER_VERSIONS,
  type TrainerVersion,
} from '../model/conversion.js';
import { DEFAULT_SCAN_OPTIONS } from '../model/scan.js';
import {
  DEFAULT_MIGRATION_OPTIONS,
  type MigrationOptions,
  OUTPUT_FORMATS,
  type OutputFormat,
  type PathOverride,
} from '../options.js';
import { UsageError } from '../util/usage-error.js';
import { parseByteSize } from './byte-size.js';
import { climbsOutOfRoot } from './paths-inside.js';
import type { ConvertSettings, LoadedConfig } from './types.js';

/** `util.parseArgs` option spec of the conversion and scan flags; each command adds its own. */
export const sharedOptionSpec = {
  format: { type: 'string', short: 'f' },
  runtime: { type: 'string' },
  'runtime-kind': { type: 'string' },
  'trainer-version': { type: 'string' },
  strategy: { type: 'string' },
  'name-suffix': { type: 'string' },
  'allow-lossy': { type: 'boolean' },
  'patch-manager': { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  config: { type: 'string' },
  crd: { type: 'string' },
  concurrency: { type: 'string' },
  'installed-runtimes': { type: 'string', multiple: true },
  'generate-runtimes': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The values `parseArgs` returns for `sharedOptionSpec`. */
export interface SharedFlags {
  format?: string;
  runtime?: string;
  'runtime-kind'?: string;
  'trainer-version'?: string;
  strategy?: string;
  'name-suffix'?: string;
  'allow-lossy'?: boolean;
  'patch-manager'?: string;
  include?: string[];
  exclude?: string[];
  'max-file-size'?: string;
  config?: string;
  crd?: string;
  concurrency?: string;
  'installed-runtimes'?: string[];
  'generate-runtimes'?: boolean;
  quiet?: boolean;
  help?: boolean;
}

export interface ResolveEnv {
  /** Relative flag paths (`--crd`) resolve against it. */
  cwd: string;
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}").`);
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`--${flag} must not be empty.`);
  return value;
}

const RUNTIME_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
/** What the side-by-side strategy appends must keep a name an RFC 1035 label. */
const NAME_SUFFIX = /^[-a-z0-9]*[a-z0-9]$/;

/** A value that becomes a Kubernetes object name (or part of one) must be valid before it is written. */
function kubernetesName(flag: string, value: string | undefined, pattern: RegExp, maxLength: number) {
  if (value === undefined) return undefined;
  if (!pattern.test(value) || value.length > maxLength) {
    throw new UsageError(
      `--${flag} "${value}" is not valid in a Kubernetes object name: use lower-case letters, digits and "-", starting and ending with a letter or digit (at most ${maxLength} characters).`,
    );
  }
  return value;
}

/** Include and exclude globs are relative to each input folder and may not climb out of it. */
function globsInside(flag: string, patterns: string[] | undefined): string[] | undefined {
  const outside = patterns?.find(climbsOutOfRoot);
  if (outside !== undefined) {
    throw new UsageError(
      `--${flag} '${outside}' leaves the scanned folder: patterns are relative to each input folder. Give the other folder as an input instead.`,
    );
  }
  return patterns;
}

/** `--installed-runtimes a,b` (repeatable): runtime names, each a valid Kubernetes object name. */
export function parseInstalledRuntimes(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const names = values.flatMap((value) => value.split(',')).map((name) => name.trim());
  for (const name of names) {
    if (!RUNTIME_NAME.test(name)) {
      throw new UsageError(
        `--installed-runtimes takes runtime names separated by commas, e.g. torch-distributed,my-runtime (got "${name}").`,
      );
    }
  }
  return [...new Set(names)];
}

function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 64) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 64 (got "${value}").`);
  }
  return parsed;
}

function parseMaxFileSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = parseByteSize(value);
  if (bytes === undefined) {
    throw new UsageError(
      `--max-file-size must be a number of bytes or a size like 5MB or 512KiB (got "${value}").`,
    );
  }
  return bytes;
}

export function resolveFormat(flags: SharedFlags, config: LoadedConfig | undefined): OutputFormat {
  return oneOf('format', flags.format, OUTPUT_FORMATS) ?? config?.settings.format ?? 'text';
}

function convertSettingsToOptions(settings: ConvertSettings): Partial<ConvertOptions> {
  const options: Partial<ConvertOptions> = {};
  if (settings.runtime !== undefined) options.runtimeName = settings.runtime;
  if (settings.runtimeKind !== undefined) options.runtimeKind = settings.runtimeKind;
  if (settings.trainerVersion !== undefined) options.trainerVersion = settings.trainerVersion;
  if (settings.strategy !== undefined) options.strategy = settings.strategy;
  if (settings.nameSuffix !== undefined) options.nameSuffix = settings.nameSuffix;
  if (settings.allowLossy !== undefined) options.allowLossy = settings.allowLossy;
  if (settings.patchManager !== undefined) options.patchManager = settings.patchManager;
  return options;
}

function flagConvertOptions(flags: SharedFlags): Partial<ConvertOptions> {
  return convertSettingsToOptions({
    runtime: kubernetesName('runtime', nonEmpty('runtime', flags.runtime), RUNTIME_NAME, 253),
    runtimeKind: oneOf<RuntimeKind>('runtime-kind', flags['runtime-kind'], RUNTIME_KINDS),
    trainerVersion: oneOf<TrainerVersion>('trainer-version', flags['trainer-version'], TRAINER_VERSIONS),
    strategy: oneOf<Strategy>('strategy', flags.strategy, STRATEGIES),
    nameSuffix: kubernetesName('name-suffix', nonEmpty('name-suffix', flags['name-suffix']), NAME_SUFFIX, 62),
    allowLossy: flags['allow-lossy'],
    patchManager: nonEmpty('patch-manager', flags['patch-manager']),
  });
}

function withoutKeys(options: Partial<ConvertOptions>, keys: readonly string[]): Partial<ConvertOptions> {
  return Object.fromEntries(Object.entries(options).filter(([key]) => !keys.includes(key)));
}

/**
 * Flags win over the config file, also over its per-path overrides: a value given on the command line
 * applies everywhere.
 */
export function resolveMigrationOptions(
  flags: SharedFlags,
  config: LoadedConfig | undefined,
  env: ResolveEnv,
): MigrationOptions {
  const settings = config?.settings ?? {};
  const fromFlags = flagConvertOptions(flags);
  const convert: ConvertOptions = {
    ...DEFAULT_CONVERT_OPTIONS,
    ...convertSettingsToOptions(settings),
    ...fromFlags,
  };
  const overrides: PathOverride[] = (settings.overrides ?? [])
    .map((override) => ({
      path: override.path,
      options: withoutKeys(convertSettingsToOptions(override), Object.keys(fromFlags)),
    }))
    .filter((override) => Object.keys(override.options).length > 0);
  const configMaxFileSize =
    settings.maxFileSize === undefined ? undefined : parseByteSize(settings.maxFileSize);
  const crd =
    flags.crd !== undefined
      ? resolve(env.cwd, nonEmpty('crd', flags.crd) ?? '')
      : settings.crd !== undefined && config
        ? resolve(dirname(config.file), settings.crd)
        : undefined;
  const options: MigrationOptions = {
    convert,
    scan: {
      ...DEFAULT_SCAN_OPTIONS,
      include: globsInside('include', flags.include) ?? settings.include ?? DEFAULT_SCAN_OPTIONS.include,
      exclude: globsInside('exclude', flags.exclude) ?? settings.exclude ?? DEFAULT_SCAN_OPTIONS.exclude,
      maxFileSize:
        parseMaxFileSize(flags['max-file-size']) ?? configMaxFileSize ?? DEFAULT_SCAN_OPTIONS.maxFileSize,
    },
    overrides,
    inputConcurrency:
      parseConcurrency(flags.concurrency) ??
      settings.concurrency ??
      DEFAULT_MIGRATION_OPTIONS.inputConcurrency,
  };
  if (crd !== undefined) options.crd = crd;
  const installedRuntimes = parseInstalledRuntimes(flags['installed-runtimes']) ?? settings.installedRuntimes;
  if (installedRuntimes !== undefined) options.installedRuntimes = installedRuntimes;
  const generateRuntimes = flags['generate-runtimes'] ?? settings.generateRuntimes;
  if (generateRuntimes !== undefined) options.generateRuntimes = generateRuntimes;
  return options;
}
