/**
 * Validators for the published report schema and for the official SARIF 2.1.0 schema (draft-04),
 * vendored from oasis-tcs/sarif-spec in test/report/sarif/ (SOURCE.md names the commit and blob).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { projectRoot } from '../helpers/shared.js';

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export type Validate = (data: unknown) => { valid: boolean; errors: string[] };

function toValidate(validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }): Validate {
  return (data) => {
    const valid = validate(data);
    return {
      valid,
      errors: (validate.errors ?? []).map(
        (error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`,
      ),
    };
  };
}

export function reportValidator(): Validate {
  const schema = readJson(join(projectRoot, 'schemas', 'report.schema.json'));
  return toValidate(new Ajv({ allErrors: true, strict: true }).compile(schema));
}

export const sarifSchemaPath = (): string =>
  join(projectRoot, 'test', 'report', 'sarif', 'sarif-schema-2.1.0.json');

/**
 * ajv 8 has no draft-04 meta-schema; the SARIF schema uses no draft-04-only keyword except the
 * top-level `id`, so it compiles once `$schema`/`id` are dropped. The formats it names are checked here.
 */
export function sarifValidator(): Validate {
  const { $schema: _draft, id: _id, ...schema } = readJson(sarifSchemaPath());
  // The schema's `language` pattern has a stray `]`, legal only without the regex `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat(
    'uri-reference',
    (value: string) => URL.canParse(value, 'http://base.invalid/') && !/\s/.test(value),
  );
  ajv.addFormat(
    'date-time',
    (value: string) => !Number.isNaN(Date.parse(value)) && /^\d{4}-\d\d-\d\dT/.test(value),
  );
  return toValidate(ajv.compile(schema));
}
