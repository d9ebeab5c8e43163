/**
 * The root's files as the plan leaves them (planned text first, then the disk), for following
 * kustomizations after earlier analysers changed or created files.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { FileRequest, RootPlan } from '../../analysis/contract.js';
import { plannedText } from '../../analysis/root-view.js';
import type { ClosureFiles } from './closure.js';
import { isKustomizationPath, KUSTOMIZATION_NAMES } from './kustomization.js';

/** The second pass that finds the kustomizations of a root (shared, so it is scanned once). */
export const KUSTOMIZATION_REQUEST: FileRequest = {
  needles: ['resources', 'bases', 'components', 'patches', 'images', 'replacements', 'Kustomization'],
  include: KUSTOMIZATION_NAMES.map((name) => `**/${name}`),
};

export function plannedFiles(plan: RootPlan): ClosureFiles {
  const texts = new Map<string, string | undefined>();
  return {
    read(relPath) {
      if (!texts.has(relPath)) texts.set(relPath, readPlanned(plan, relPath));
      return texts.get(relPath);
    },
    isFolder(relPath) {
      if (relPath === '') return true;
      try {
        if (statSync(join(plan.root, relPath)).isDirectory()) return true;
      } catch {
        // Not on disk: it may be a folder the plan creates.
      }
      return [...plan.files.keys()].some((path) => path.startsWith(`${relPath}/`));
    },
  };
}

function readPlanned(plan: RootPlan, relPath: string): string | undefined {
  const planned = plan.files.get(relPath);
  if (planned) return plannedText(planned);
  const absolute = join(plan.root, relPath);
  try {
    return statSync(absolute).isFile() ? readFileSync(absolute, 'utf8') : undefined;
  } catch {
    return undefined;
  }
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
