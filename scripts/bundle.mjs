// Bundles the CLI, the GitHub Action and the library into dist/ (committed: the Action runs it as is),
// and precompiles the release schemas' validators into dist/validators/ (ajv standalone code).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { importTs } from './import-ts.mjs';
import { nodeBundleOptions } from './node-bundle.mjs';

const common = {
  ...nodeBundleOptions,
  sourcemap: false,
  legalComments: 'none',
  define: {
    TRAINJOB_MIGRATE_PRECOMPILED: 'true',
  },
};

const RELEASES = ['2.0', '2.1', '2.2', '2.3'];
const KINDS = ['trainjob', 'clustertrainingruntime'];

/** What a precompiled validator depends on: its schema and the code that turns it into a module. */
const PRECOMPILE_INPUTS = [
  'src/validate/precompile.ts',
  'src/validate/crd-validator.ts',
  'src/validate/schema-rules.ts',
  'src/validate/schema-parts.ts',
  'node_modules/ajv/package.json',
];

async function precompileValidators() {
  const inputs = await Promise.all(PRECOMPILE_INPUTS.map((file) => readFile(file)));
  let precompiledSource;
  const work = join('node_modules', '.cache', 'trainjob-migrate', 'validators');
  await mkdir(work, { recursive: true });
  await mkdir('dist/validators', { recursive: true });
  for (const release of RELEASES) {
    for (const kind of KINDS) {
      const schemaText = await readFile(`schemas/trainer/${release}/${kind}.schema.json`, 'utf8');
      const hash = createHash('sha256').update(schemaText);
      for (const input of inputs) hash.update(input);
      const stamp = `// precompiled from schemas/trainer/${release}/${kind}.schema.json, inputs sha256 ${hash.digest('hex')}\n`;
      const outfile = `dist/validators/${release}-${kind}.js`;
      // Compiling takes seconds per schema: an up-to-date file is kept.
      if ((await readFile(outfile, 'utf8').catch(() => '')).startsWith(stamp)) continue;
      precompiledSource ??= (await importTs('src/validate/precompile.ts')).precompiledSource;
      const entry = join(work, `${release}-${kind}.mjs`);
      await writeFile(entry, precompiledSource(JSON.parse(schemaText)));
      await build({
        ...common,
        entryPoints: [entry],
        outfile,
        minify: true,
        banner: { js: stamp + common.banner.js },
      });
    }
  }
}

/**
 * The CLI, the Action and the library in one build, split into chunks they share: each entry loads
 * only what it imports up front, and the code of a command, the GitHub client or git loads when used.
 */
async function bundleEntries() {
  const { metafile } = await build({
    ...common,
    entryPoints: {
      cli: 'src/cli/index.ts',
      index: 'src/action/index.ts',
      lib: 'src/index.ts',
      'rewrite-worker': 'src/pipeline/rewrite-worker.ts',
      'scan-worker': 'src/pipeline/scan-worker.ts',
    },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  // Chunks of earlier builds go; the ones just written are never removed (a running CLI may load them).
  const built = new Set(Object.keys(metafile.outputs).map((file) => file.replace(/^dist\//, '')));
  const chunks = await readdir('dist/chunks').catch(() => []);
  await Promise.all(
    chunks.filter((name) => !built.has(`chunks/${name}`)).map((name) => rm(join('dist/chunks', name))),
  );
  const cli = await readFile('dist/cli.js', 'utf8');
  await writeFile('dist/cli.js', `#!/usr/bin/env node\n${cli}`);
}

/**
 * ajv's compiler, apart: only runs that compile a schema at run time load it (`schemaCompiler`). As
 * CommonJS, so it loads with a synchronous `require`.
 */
async function bundleSchemaCompiler() {
  await build({
    ...common,
    entryPoints: ['src/validate/ajv-entry.ts'],
    outfile: 'dist/ajv.cjs',
    format: 'cjs',
    banner: {},
  });
}

await Promise.all([bundleEntries(), bundleSchemaCompiler(), precompileValidators()]);
