import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Names a file the write phase creates and then waits on, for tests that act between plan and write. */
const PAUSE_VARIABLE = 'TRAINJOB_MIGRATE_TEST_PAUSE_BEFORE_WRITE';

/**
 * Test hook: when the variable names a file, creates it (with this process id) and waits until it is
 * removed before writing anything. Lets a test edit files, start a second run or kill this one at a
 * known point of a real run. Unset, it costs one lookup.
 */
export async function pauseBeforeWriteForTests(): Promise<void> {
  const path = process.env[PAUSE_VARIABLE];
  if (!path) return;
  writeFileSync(path, String(process.pid));
  while (existsSync(path)) await sleep(5);
}
