// Imports a TypeScript module of src/ from a build script: esbuild bundles it (dependencies stay
// imports from node_modules) into node_modules/.cache, then Node imports that file.
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function importTs(entry) {
  const outdir = join('node_modules', '.cache', 'trainjob-migrate');
  await mkdir(outdir, { recursive: true });
  const outfile = join(outdir, `${basename(entry, '.ts')}.${process.pid}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(join(process.cwd(), outfile)).href);
}
