/** The entry of dist/ajv.cjs (scripts/bundle.mjs), loaded by `schemaCompiler` when a schema is compiled. */
export { Ajv } from 'ajv';
