/** Reads and validates a `.trainjob-migrate.yaml` file. */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { isNode, LineCounter, parseDocument } from 'yaml';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { ConfigError } from './config-error.js';
import { describeError } from './describe-errors.js';
import { CONFIG_FILE_NAME, type ConfigSettings, type LoadedConfig } from './types.js';

const validateSettings = new Ajv({ allErrors: true, verbose: true, strict: true }).compile<ConfigSettings>(
  configSchema,
);

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
  const data: unknown = doc.toJS() ?? {};
  if (validateSettings(data)) return data;
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
  const errors = validateSettings.errors ?? [];
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

/** The `.trainjob-migrate.yaml` at a repository root, or undefined when there is none. */
export async function findConfigAt(root: string): Promise<LoadedConfig | undefined> {
  const file = join(root, CONFIG_FILE_NAME);
  const found = await stat(file).catch(() => undefined);
  return found?.isFile() ? loadConfigFile(file) : undefined;
}
