// Bundles the CLI, the GitHub Action and the library into dist/ (committed: the Action runs it as is).
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

/**
 * The `yaml` parser reads `process.env.LOG_TOKENS` (a debugging switch) once per token, about a third
 * of its parsing time. It reads it through a local alias of `process`, which `define` cannot reach, so
 * the check is removed from that one file as it is bundled.
 */
const yamlTokenLogOff = {
  name: 'yaml-token-log-off',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const check = 'if (node_process.env.LOG_TOKENS)';
      if (!source.includes(check)) throw new Error(`${path}: the LOG_TOKENS check was not found`);
      return { contents: source.replace(check, 'if (false)'), loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [yamlTokenLogOff],
  // Bundled CommonJS dependencies call require(); give them one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
  }),
  build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/lib.js' }),
]);
