import { link, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../util/user-error.js';
import { writeAndSync } from './atomic-write.js';
import { resolveWriteTarget } from './safe-path.js';
import { syncFolder, tempPathBeside } from './temp-file.js';

/**
 * Creates `relPath` under `root` with `text`, all at once: writes and fsyncs a temp file in the same
 * folder, then hard-links it into place, which fails rather than replace a file that appeared in
 * the meantime. The folder must exist. Refuses an existing file, a path that leaves the root or one
 * that goes through a symlink, as `writeFileAtomic` does.
 */
export async function createFileAtomic(root: string, relPath: string, text: string): Promise<void> {
  const target = await resolveWriteTarget(root, relPath);
  if (target.existingMode !== undefined) {
    throw new UserError(
      `Could not create ${relPath} (${target.absPath}): the file already exists. Move it away or remove it, then run again.`,
      { exitCode: 1 },
    );
  }
  const folder = dirname(target.absPath);
  const tempPath = tempPathBeside(target.absPath);
  try {
    await writeAndSync(tempPath, text, undefined);
    await link(tempPath, target.absPath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      `Could not create ${relPath} (${target.absPath}): ${reason}. Nothing was written there.`,
      { exitCode: 1, cause: error },
    );
  } finally {
    await unlink(tempPath).catch(() => undefined);
  }
  await syncFolder(folder);
}
