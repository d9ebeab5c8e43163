/**
 * Every file a kustomization folder deploys or reads: its kustomization, the resources it lists
 * (files, and folders through their own kustomizations), bases, components, configurations, and the
 * patch and replacement files of each kustomization on the way. Remote and missing references are
 * listed, not followed. Pure: file access comes in through `ClosureFiles`.
 */
import { isRemoteReference, KUSTOMIZATION_NAMES, parseKustomization } from './kustomization.js';
import { joinPath } from './world.js';

export interface ClosureFiles {
  /** A file's text (as planned), or undefined when there is no such file. */
  read(relPath: string): string | undefined;
  isFolder(relPath: string): boolean;
}

export interface KustomizationClosure {
  /** Relative to the root, sorted; includes the kustomization files themselves. */
  files: string[];
  /** References that were not followed, in words naming the file and line. */
  unfollowed: string[];
}

/** The kustomization file of a folder ('' for the root), if it has one. */
export function kustomizationFileIn(folder: string, files: ClosureFiles): string | undefined {
  return KUSTOMIZATION_NAMES.map((name) => joinPath(folder, name)).find(
    (relPath) => files.read(relPath) !== undefined,
  );
}

/** Undefined when the folder has no kustomization file. */
export function kustomizationClosure(folder: string, files: ClosureFiles): KustomizationClosure | undefined {
  const start = kustomizationFileIn(folder, files);
  if (start === undefined) return undefined;
  const found = new Set<string>();
  const unfollowed: string[] = [];
  const visited = new Set<string>();
  const visit = (relPath: string): void => {
    // A kustomization reached twice (a cycle, or a base shared by two overlays) is read once.
    if (visited.has(relPath)) return;
    visited.add(relPath);
    found.add(relPath);
    const kustomization = parseKustomization(relPath, files.read(relPath) ?? '');
    if (kustomization.parseError !== undefined) {
      unfollowed.push(`${relPath} cannot be read (${kustomization.parseError})`);
      return;
    }
    const { dir } = kustomization;
    for (const reference of kustomization.references) {
      const where = `${relPath} line ${reference.line}`;
      if (isRemoteReference(reference.value)) {
        unfollowed.push(`${where}: remote ${reference.field} entry ${reference.value} (not fetched)`);
        continue;
      }
      const target = joinPath(dir, reference.value);
      if (target.startsWith('../')) {
        unfollowed.push(`${where}: ${reference.value} is outside the scanned folder`);
      } else if (files.read(target) !== undefined) {
        found.add(target);
      } else if (files.isFolder(target)) {
        const inner = kustomizationFileIn(target, files);
        if (inner === undefined) unfollowed.push(`${where}: ${reference.value} has no kustomization file`);
        else visit(inner);
      } else {
        unfollowed.push(`${where}: ${reference.value} does not exist`);
      }
    }
    for (const override of kustomization.overrides) {
      const file =
        override.kind === 'patch' && override.source.type === 'file'
          ? override.source.value
          : override.kind === 'replacement'
            ? override.path
            : undefined;
      if (file === undefined) continue;
      const target = joinPath(dir, file);
      if (files.read(target) !== undefined) found.add(target);
      else unfollowed.push(`${relPath} line ${override.line}: ${file} does not exist`);
    }
  };
  visit(start);
  return { files: [...found].sort(), unfollowed };
}
