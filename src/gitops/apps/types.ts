/** Argo CD and Flux objects, reduced to what decides what merging a conversion does. */

import type { AppController, AppKind, SyncPolicy } from '../../model/apps-report.js';
import type { FindingCode } from '../../model/conversion.js';

export interface AppSource {
  /** Folder relative to the repository root (`''` for the root); may be a glob for ApplicationSets. */
  path: string;
  /** Argo CD `directory.recurse`; Flux always recurses into a path without a kustomization. */
  recurse: boolean;
  /**
   * Flux: with no kustomization at `path`, a subfolder that has one is built with kustomize (and
   * deploys what that kustomization includes) instead of being walked.
   */
  buildsSubfolderKustomizations?: boolean;
  /** Argo CD `directory.include` / `directory.exclude` globs, relative to `path`. */
  include?: string;
  exclude?: string;
  repoURL?: string;
}

export interface GitOpsApp {
  controller: AppController;
  kind: AppKind;
  name: string;
  namespace?: string;
  /** The file that defines it, and the 1-based line of its document. */
  path: string;
  line: number;
  sources: AppSource[];
  syncPolicy: SyncPolicy;
  /** Why its sources could not be worked out (e.g. an ApplicationSet cluster generator). */
  unresolved?: string;
  /** ApplicationSet git directory generator: the name template, filled per matched folder. */
  nameTemplate?: string;
}

/** A health check, diff setting or patch keyed to `kubeflow.org/PyTorchJob`. */
export interface Customisation {
  controller: AppController;
  code: FindingCode;
  /** Where it is: file and line of its document, and the key or field. */
  path: string;
  line: number;
  field: string;
  /** The app it belongs to, when it is part of one. */
  app?: string;
  message: string;
  /** The TrainJob equivalent to add, as YAML. */
  equivalent?: string;
}

/** What a kustomization folder deploys, followed through its resources, bases and components. */
export interface KustomizationFiles {
  /** Files relative to the repository root, the kustomization files among them. */
  files: readonly string[];
  /** References not followed (remote, missing), in words naming the file and line. */
  unfollowed: readonly string[];
}

/** One object read from a manifest file, with where it was. */
export interface DocumentAt {
  object: Record<string, unknown>;
  path: string;
  line: number;
}
