// Used by scripts/bundle.mjs (the tool) and scripts/bench.mjs (the floor it is measured against).
import { readFile } from 'node:fs/promises';

/**
 * The `yaml` parser reads `process.env.LOG_TOKENS` (a debugging switch) once per token, about a third
 * of its parsing time. It reads it through a local alias of `process`, which `define` cannot reach, so
 * the check is removed from that one file as it is bundled.
 */
export const yamlTokenLogOff = {
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
