import { randomBytes } from 'node:crypto';
import { link, open, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TEMP_FILE_SUFFIX } from './atomic-write.js';
import { resolveWriteTarget } from './safe-path.js';

/**
 * Creates `relPath` under `root` with `text`, all at once: writes and fsyncs a temp file in the same
 * folder, then hard-links it into place, which fails rather than replace a file that appeared in
 * the meantime. The folder must exist. Refuses an existing file, a path that leaves the root or one
 * that goes through a symlink, as `writeFileAtomic` does.
 */
export async function createFileAtomic(root: string, relPath: string, text: string): Promise<void> {
  const target = await resolveWriteTarget(root, relPath);
  if (target.existingMode !== undefined) {
    throw new Error(
      `Could not create ${relPath} (${target.absPath}): the file already exists. Move it away or remove it, then run again.`,
    );
  }
  const folder = dirname(target.absPath);
  const tempPath = join(folder, `.${randomBytes(6).toString('hex')}${TEMP_FILE_SUFFIX}`);
  try {
    const handle = await open(tempPath, 'wx', 0o666);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(tempPath, target.absPath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not create ${relPath} (${target.absPath}): ${reason}. Nothing was written there.`,
      {
        cause: error,
      },
    );
  } finally {
    await unlink(tempPath).catch(() => undefined);
  }
  const handle = await open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}
