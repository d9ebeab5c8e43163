/**
 * Build step (scripts/bundle.mjs): turns a release schema into the source of an ES module that
 * exports its ajv validation function as standalone code, its CEL and list-map rules, and its origin,
 * so the bundled tool neither parses CRD YAML nor compiles ajv at start-up.
 */
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS } from './crd-validator.js';
import { PART_OPTIONS, splitIntoParts } from './schema-parts.js';
import { readSchemaRules } from './schema-rules.js';

export function precompiledSource(schema: Record<string, unknown>): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, ...PART_OPTIONS, code: { source: true, esm: true } });
  const code = standaloneCode.default(ajv, ajv.compile(splitIntoParts(schema)));
  const rules = JSON.stringify(readSchemaRules(schema));
  const origin = JSON.stringify(schema['x-trainjob-migrate-origin']);
  return `${code}\nexport const rules = ${rules};\nexport const origin = ${origin};\n`;
}
