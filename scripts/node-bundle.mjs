// How the project bundles for Node: scripts/bundle.mjs (the tool) and scripts/bench.mjs (the floor the
// tool is measured against) build with the same options, so both run the same `yaml`.
import { readFile } from 'node:fs/promises';

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

export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  plugins: [yamlTokenLogOff],
  // Bundled CommonJS dependencies call require(); give them one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};
