/**
 * ajv's schema compiler, loaded the first time a schema is compiled at run time (`--crd`, a
 * repository's TrainJob CRD, a configuration file). The release validators are precompiled, so most
 * runs never compile a schema, and loading the compiler (~260 KB of code) cost every start ~15 ms.
 * The bundle keeps it in dist/ajv.cjs, loaded with `require` so the callers stay synchronous.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv } from 'ajv';
import { bundleFile, isBundled } from '../util/bundle.js';

let compiler: typeof Ajv | undefined;

/** The `Ajv` class. */
export function schemaCompiler(): typeof Ajv {
  if (!compiler) {
    // Not named `require`: the bundler would follow a `require('ajv')` into the main bundle.
    const load = createRequire(import.meta.url);
    const module = (isBundled() ? load(fileURLToPath(bundleFile('ajv.cjs'))) : load('ajv')) as {
      Ajv: typeof Ajv;
    };
    compiler = module.Ajv;
  }
  return compiler;
}
