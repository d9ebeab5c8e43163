/** Turns ajv's errors into sentences that name the key, the value and what is allowed. */
import type { ErrorObject } from 'ajv';

/** `/overrides/0/runtime` → `overrides[0].runtime`. */
export function keyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

function valueAt(root: unknown, instancePath: string): unknown {
  let node = root;
  for (const part of instancePath.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return node;
}

function allowedKeys(schema: unknown): string[] {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

export function describeError(error: ErrorObject, data: unknown): string {
  const key = keyPath(error.instancePath);
  const subject = key ? `"${key}"` : 'the file';
  const got = `(got ${show(valueAt(data, error.instancePath))})`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const where = key ? ` in "${key}"` : '';
      return `unknown key "${extra}"${where}; allowed keys: ${allowedKeys(error.parentSchema).join(', ')}`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(show).join(', ');
      return `${subject} must be one of ${allowed} ${got}`;
    }
    case 'type': {
      const type = (error.params as { type: string }).type;
      return `${subject} must be ${type === 'integer' || type === 'array' || type === 'object' ? 'an' : 'a'} ${type} ${got}`;
    }
    case 'required':
      return `${subject} needs the key "${(error.params as { missingProperty: string }).missingProperty}"`;
    case 'minimum':
    case 'maximum':
      return `${subject} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${show((error.params as { limit: number }).limit)} ${got}`;
    case 'minLength':
      return `${subject} must not be empty`;
    case 'pattern':
      return `${subject} must match ${(error.params as { pattern: string }).pattern} ${got}`;
    case 'oneOf': {
      // The schema's description says what the accepted forms are, in words.
      const forms =
        (error.parentSchema as { description?: string } | undefined)?.description ??
        'one of the allowed forms';
      return `${subject} must be ${forms.charAt(0).toLowerCase()}${forms.slice(1).replace(/\.$/, '')} ${got}`;
    }
    default:
      return `${subject} ${error.message ?? 'is not valid'} ${got}`;
  }
}
