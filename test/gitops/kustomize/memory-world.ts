/**
 * A `KustomizeWorld` over files held in memory, as a scanned root would present them: the input
 * the evaluation works on, without a pipeline around it.
 */
import { parseAllDocuments } from 'yaml';
import { joinPath, type KustomizeWorld, type SourceJob } from '../../../src/gitops/kustomize/evaluate.js';
import {
  isKustomizationPath,
  KUSTOMIZATION_NAMES,
  parseKustomization,
} from '../../../src/gitops/kustomize/kustomization.js';
import { isObject, type JsonObject } from '../../../src/gitops/kustomize/merge.js';
import { convertJob } from '../../../src/gitops/kustomize/translate.js';
import { type ConvertOptions, DEFAULT_CONVERT_OPTIONS } from '../../../src/model/conversion.js';

export interface MemoryWorldOptions {
  /** Jobs (`relPath#namespace/name`) the plan does not convert. */
  notConverting?: string[];
  options?: ConvertOptions;
}

export function memoryWorld(
  files: Record<string, string>,
  settings: MemoryWorldOptions = {},
): KustomizeWorld {
  const options = settings.options ?? DEFAULT_CONVERT_OPTIONS;
  const kustomizations = new Map(
    Object.entries(files)
      .filter(([relPath]) => isKustomizationPath(relPath))
      .map(([relPath, text]) => [relPath, parseKustomization(relPath, text)]),
  );
  const isFolder = (relPath: string): boolean =>
    relPath === '' || Object.keys(files).some((path) => path.startsWith(`${relPath}/`));
  return {
    kustomizations,
    resolve(dir, value) {
      if (/^(?:https?:\/\/|github\.com\/)/.test(value)) return { type: 'remote' };
      const relPath = joinPath(dir, value);
      if (files[relPath] !== undefined) return { type: 'file', relPath };
      if (!isFolder(relPath)) return { type: 'missing', why: `${value} does not exist` };
      const name = KUSTOMIZATION_NAMES.find((candidate) => kustomizations.has(joinPath(relPath, candidate)));
      return name === undefined
        ? { type: 'missing', why: `${value} is a folder without a kustomization file` }
        : { type: 'kustomization', relPath: joinPath(relPath, name) };
    },
    jobsIn(relPath) {
      const jobs: SourceJob[] = [];
      for (const document of parseAllDocuments(files[relPath] ?? '')) {
        const object = document.toJSON() as unknown;
        if (!isObject(object) || object.kind !== 'PyTorchJob') continue;
        const metadata = object.metadata as JsonObject;
        const name = String(metadata.name);
        const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
        const key = `${relPath}#${namespace ?? ''}/${name}`;
        jobs.push({
          key,
          relPath,
          name,
          ...(namespace === undefined ? {} : { namespace }),
          job: object,
          converting: !settings.notConverting?.includes(key) && convertJob(object, options).ok,
        });
      }
      return jobs;
    },
    read: (relPath) => files[relPath],
    optionsFor: () => options,
  };
}
