import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  syncFolder,
  tempPathBeside
} from "./chunk-LCNQD2CP.js";
import {
  UserError
} from "./chunk-GFBUO7Q4.js";

// src/model/conversion.ts
var TRAINER_VERSIONS = ["2.0", "2.1", "2.2", "2.3"];
var RUNTIME_KINDS = ["ClusterTrainingRuntime", "TrainingRuntime"];
var STRATEGIES = ["replace", "side-by-side"];
var DEFAULT_CONVERT_OPTIONS = {
  trainerVersion: "2.3",
  runtimeName: "torch-distributed",
  runtimeKind: "ClusterTrainingRuntime",
  patchManager: "trainjob-migrate.dev/pytorchjob-migrator",
  strategy: "replace",
  nameSuffix: "-v2",
  allowLossy: false
};

// src/fs/atomic-write.ts
import { closeSync, fchmodSync, fsync, openSync, writeSync } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { promisify } from "node:util";

// src/fs/safe-path.ts
import { lstatSync, realpathSync } from "node:fs";
import { isAbsolute, join, normalize, sep } from "node:path";
async function resolveWriteTarget(root, relPath) {
  return resolveWriteTargetSync(root, relPath);
}
function resolveWriteTargetSync(root, relPath) {
  const refuse = (why) => new Error(`Refusing to write ${relPath} under ${root}: ${why}. Write the file through its real path.`);
  if (relPath === "" || isAbsolute(relPath)) throw refuse("the path must be relative to the root");
  const parts = normalize(relPath).split(sep);
  if (parts.includes("..")) throw refuse("the path leaves the root");
  const rootReal = realpathSync.native(root);
  let current = rootReal;
  for (const [index, part] of parts.entries()) {
    current = join(current, part);
    const isTarget = index === parts.length - 1;
    let stat;
    try {
      stat = lstatSync(current);
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" || !isTarget)
        throw refuse(`${current} cannot be read (${code ?? error.message})`);
    }
    if (stat === void 0) return { absPath: current };
    if (stat.isSymbolicLink()) throw refuse(`${current} is a symlink`);
    if (!isTarget && !stat.isDirectory()) throw refuse(`${current} is not a folder`);
    if (isTarget) return { absPath: current, existingMode: stat.mode & 4095 };
  }
  throw refuse("the path names the root itself");
}

// src/fs/atomic-write.ts
var NEW_FILE_MODE = 438;
async function writeFileAtomic(root, relPath, text) {
  const target = await resolveWriteTarget(root, relPath);
  const folder = dirname(target.absPath);
  const tempPath = tempPathBeside(target.absPath);
  try {
    await writeAndSync(tempPath, text, target.existingMode);
    await rename(tempPath, target.absPath);
  } catch (error) {
    await unlink(tempPath).catch(() => void 0);
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      `Could not write ${relPath} (${target.absPath}): ${reason}. The original file is unchanged.`,
      { exitCode: 1, cause: error }
    );
  }
  await syncFolder(folder);
}
async function writeAndSync(tempPath, text, mode) {
  writeTempFile(tempPath, text, mode);
  await syncFile(tempPath);
}
function writeTempFile(tempPath, text, mode) {
  const fd = openSync(tempPath, "wx", mode ?? NEW_FILE_MODE);
  try {
    writeFullSync(fd, Buffer.from(text, "utf8"));
    if (mode !== void 0) fchmodSync(fd, mode);
  } finally {
    closeSync(fd);
  }
}
async function syncFile(path) {
  const fd = openSync(path, "r+");
  try {
    await fsyncAsync(fd);
  } finally {
    closeSync(fd);
  }
}
function writeFullSync(fd, bytes) {
  for (let written = 0; written < bytes.length; ) {
    written += writeSync(fd, bytes, written, bytes.length - written);
  }
}
var fsyncAsync = promisify(fsync);

export {
  TRAINER_VERSIONS,
  RUNTIME_KINDS,
  STRATEGIES,
  DEFAULT_CONVERT_OPTIONS,
  resolveWriteTargetSync,
  writeFileAtomic,
  writeAndSync,
  writeTempFile,
  syncFile
};
