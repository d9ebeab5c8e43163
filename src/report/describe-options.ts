import type { ConvertOptions } from '../model/conversion.js';
import type { MigrationOptions } from '../options.js';

function convertKeys(options: Partial<ConvertOptions>): Record<string, unknown> {
  const { runtimeName, ...rest } = options;
  return runtimeName === undefined ? rest : { runtime: runtimeName, ...rest };
}

/** The resolved options as the JSON report shows them: the config file's camelCase keys. */
export function describeOptions(options: MigrationOptions): Record<string, unknown> {
  return {
    ...convertKeys(options.convert),
    include: options.scan.include,
    exclude: options.scan.exclude,
    maxFileSize: options.scan.maxFileSize,
    concurrency: options.inputConcurrency,
    ...(options.crd === undefined ? {} : { crd: options.crd }),
    ...(options.installedRuntimes === undefined ? {} : { installedRuntimes: options.installedRuntimes }),
    ...(options.generateRuntimes === undefined ? {} : { generateRuntimes: options.generateRuntimes }),
    overrides: options.overrides.map((override) => ({
      path: override.path,
      ...convertKeys(override.options),
    })),
  };
}
