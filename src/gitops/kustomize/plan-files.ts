/**
 * The root's files as the plan leaves them (planned text first, then the disk), for following
 * kustomizations after earlier analysers changed or created files.
 */
import { posix } from 'node:path';
import type { FileRequest, RootPlan } from '../../analysis/contract.js';
import { rootViewOf } from '../../analysis/root-view.js';
import type { ClosureFiles } from './closure.js';
import { isKustomizationPath, KUSTOMIZATION_NAMES } from './kustomization.js';

/** The second pass that finds the kustomizations of a root (shared, so it is scanned once). */
export const KUSTOMIZATION_REQUEST: FileRequest = {
  needles: ['resources', 'bases', 'components', 'patches', 'images', 'replacements', 'Kustomization'],
  include: KUSTOMIZATION_NAMES.map((name) => `**/${name}`),
};

export function plannedFiles(plan: RootPlan): ClosureFiles {
  const view = rootViewOf(plan);
  return { read: (relPath) => view.read(relPath), isFolder: (relPath) => view.isFolder(relPath) };
}

/** The folders of the root that hold a kustomization ('' for the root), sorted. */
export async function kustomizationFolders(plan: RootPlan): Promise<string[]> {
  const found = await plan.findFiles(KUSTOMIZATION_REQUEST);
  const paths = [...found.map((file) => file.relPath), ...[...plan.files.keys()].filter(isKustomizationPath)];
  const folders = paths.map((relPath) => {
    const folder = posix.dirname(relPath);
    return folder === '.' ? '' : folder;
  });
  return [...new Set(folders)].sort();
}
