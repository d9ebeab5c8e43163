// Bundles the CLI, the GitHub Action and the library into dist/ (committed: the Action runs it as is).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
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
