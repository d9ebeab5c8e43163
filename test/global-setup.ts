/**
 * Builds dist/ once before any test file runs, as `npm run build` does after tsc: the tests that run
 * the bundled CLI or Action, or pack the package, use it. One build, so no test runs a bundle while
 * another test file rewrites it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './helpers/shared.js';

export default function buildBundleOnce(): void {
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'bundle.mjs')], {
    cwd: projectRoot,
    stdio: 'pipe',
  });
}
