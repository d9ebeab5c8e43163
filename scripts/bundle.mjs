// Bundles the CLI, the GitHub Action and the library into dist/ (committed: the Action runs it as is),
// and precompiles the release schemas' validators into dist/validators/ (ajv standalone code).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { importTs } from './import-ts.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    TRAINJOB_MIGRATE_PRECOMPILED: 'true',
  },
  // Bundled CommonJS dependencies call require(); give them one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

const RELEASES = ['2.0', '2.1', '2.2', '2.3'];
const KINDS = ['trainjob', 'clustertrainingruntime'];

async function precompileValidators() {
  const { precompiledSource } = await importTs('src/validate/precompile.ts');
  const work = join('node_modules', '.cache', 'trainjob-migrate', 'validators');
  await mkdir(work, { recursive: true });
  await rm('dist/validators', { recursive: true, force: true });
  await Promise.all(
    RELEASES.flatMap((release) =>
      KINDS.map(async (kind) => {
        const schema = JSON.parse(await readFile(`schemas/trainer/${release}/${kind}.schema.json`, 'utf8'));
        const entry = join(work, `${release}-${kind}.mjs`);
        await writeFile(entry, precompiledSource(schema));
        await build({
          ...common,
          entryPoints: [entry],
          outfile: `dist/validators/${release}-${kind}.js`,
          minify: true,
        });
      }),
    ),
  );
}

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
  }),
  build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/lib.js' }),
  precompileValidators(),
]);
