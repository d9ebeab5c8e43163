import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared` beside the checkout: CRDs, runtimes, the real-world corpus and the seed. */
export const sharedDir = process.env.TRAINJOB_MIGRATE_SHARED ?? resolve(projectRoot, '..', 'shared');

export const hasShared = existsSync(join(sharedDir, 'kubeflow'));

/**
 * Tests that need ../shared skip on a machine without it, but fail in CI
 * (`TRAINJOB_MIGRATE_REQUIRE_SHARED=1`, set by .ci/run), so the checks are never silently skipped there.
 */
export function requireShared(): boolean {
  if (!hasShared && process.env.TRAINJOB_MIGRATE_REQUIRE_SHARED === '1') {
    throw new Error(
      `../shared not found at ${sharedDir}: CI requires it (TRAINJOB_MIGRATE_REQUIRE_SHARED=1)`,
    );
  }
  return hasShared;
}

export const sharedPath = (...parts: string[]): string => join(sharedDir, ...parts);

export const fixturesDir = join(projectRoot, 'fixtures');
export { projectRoot };
