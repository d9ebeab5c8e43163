/** Reads and validates a `.trainjob-migrate.yaml` file. */
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { schemaCompiler } from '../validate/schema-compiler.js';
import { ConfigError } from './config-error.js';
import { describeError } from './describe-errors.js';
import { climbsOutOfRoot, isInside } from './paths-inside.js';
import { CONFIG_FILE_NAME, type ConfigSettings, type LoadedConfig } from './types.js';

// Compiled on first use: most runs read no configuration file.
let settingsValidator: ValidateFunction<ConfigSettings> | undefined;
function validateSettings(): ValidateFunction<ConfigSettings> {
  if (!settingsValidator) {
    const Ajv = schemaCompiler();
    settingsValidator = new Ajv({ allErrors: true, verbose: true, strict: true }).compile<ConfigSettings>(
      configSchema,
    );
  }
  return settingsValidator;
}

function instanceKeys(error: ErrorObject): string[] {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (error.keyword === 'additionalProperties') {
    parts.push(String((error.params as { additionalProperty: string }).additionalProperty));
  }
  return parts;
}

/** Validates parsed settings; every problem is one sentence prefixed with `file:line`. */
export function parseConfigText(text: string, file: string): ConfigSettings {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const [yamlError] = doc.errors;
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new ConfigError(`${file}:${line}: not valid YAML: ${yamlError.message.split('\n')[0]}`, file);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigError(`${file}: cannot be read as settings: ${(error as Error).message}.`, file);
  }
  const validate = validateSettings();
  if (validate(data)) return checkPathsInside(data, file, doc, lineCounter);
  const lineOf = (error: ErrorObject): number => {
    let keys = instanceKeys(error);
    while (keys.length > 0) {
      const node = doc.getIn(keys, true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      // An unknown key has no value node of its own: point at the key by its parent.
      keys = keys.slice(0, -1);
    }
    return 1;
  };
  const errors = validate.errors ?? [];
  const oneOfPaths = new Set(
    errors.filter((error) => error.keyword === 'oneOf').map((error) => error.instancePath),
  );
  const problems = [
    ...new Set(
      errors
        .filter((error) => error.keyword === 'oneOf' || !oneOfPaths.has(error.instancePath))
        .map((error) => `${file}:${lineOf(error)}: ${describeError(error, data)}`),
    ),
  ];
  throw new ConfigError(problems.join('\n'), file, problems);
}

/** Globs are relative to the root the file sits in: one that climbs out of it would scan nothing. */
function checkPathsInside(
  settings: ConfigSettings,
  file: string,
  doc: Document,
  lineCounter: LineCounter,
): ConfigSettings {
  const globs: [string[], string][] = [
    ...(settings.include ?? []).map((glob, index): [string[], string] => [['include', String(index)], glob]),
    ...(settings.exclude ?? []).map((glob, index): [string[], string] => [['exclude', String(index)], glob]),
    ...(settings.overrides ?? []).map((o, index): [string[], string] => [
      ['overrides', String(index), 'path'],
      o.path,
    ]),
  ];
  const problems = globs
    .filter(([, glob]) => climbsOutOfRoot(glob))
    .map(([keys, glob]) => {
      const node = doc.getIn(keys, true);
      const line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : 1;
      return `${file}:${line}: "${glob}" leaves the folder of the config file; paths and globs are relative to it and must stay inside`;
    });
  if (problems.length > 0) throw new ConfigError(problems.join('\n'), file, problems);
  return settings;
}

export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ConfigError(`${file}: cannot read the config file (${reason}); check the --config path.`, file);
  }
  return { file, settings: parseConfigText(text, file) };
}

/**
 * The `.trainjob-migrate.yaml` at a repository root, or undefined when there is none. A repository's
 * own file may only name files inside that root (its `crd:`), as it is not the user's to trust.
 */
export async function findConfigAt(root: string): Promise<LoadedConfig | undefined> {
  const file = join(root, CONFIG_FILE_NAME);
  const found = await stat(file).catch(() => undefined);
  if (!found?.isFile()) return undefined;
  const config = await loadConfigFile(file);
  const { crd } = config.settings;
  if (crd !== undefined) {
    const target = resolve(root, crd);
    const rootReal = await realpath(root);
    const real = await realpath(target).catch(() => target);
    if (!isInside(resolve(root), target) || !isInside(rootReal, real)) {
      throw new ConfigError(
        `${file}: "crd: ${crd}" names a file outside the repository; a repository's own config may only name files inside it. Pass such a CRD with --crd.`,
        file,
      );
    }
  }
  return config;
}
