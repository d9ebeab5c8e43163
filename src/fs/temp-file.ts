import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files end with this, so a leftover from a killed process can be recognised. */
export const TEMP_FILE_SUFFIX = '.tjm-tmp';

/** The exact shape of our temp names: a dot, 12 hex digits, the suffix. */
const OUR_TEMP_NAME = /^\.[0-9a-f]{12}\.tjm-tmp$/;

/** A fresh temp path in the target's folder: short and hidden, so long names fit and globs pass it over. */
export function tempPathBeside(absPath: string): string {
  return join(dirname(absPath), `.${randomBytes(6).toString('hex')}${TEMP_FILE_SUFFIX}`);
}

export function isOurTempFile(path: string): boolean {
  return OUR_TEMP_NAME.test(basename(path));
}

/** A hidden file ending with the suffix: ours, or one named like ours (reported, never removed). */
export function isNamedLikeTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_FILE_SUFFIX);
}

/** Makes renames in `folder` durable. Some platforms cannot open or fsync a folder; the writes already happened. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}
