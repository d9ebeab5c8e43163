/** The `apps` part of the report's `gitops` section. */
import type { FindingCode } from '../../convert/types.js';
import type { AppEffect, ChangedJob } from './impact.js';
import type { AppController, AppKind, SyncPolicy } from './types.js';

export interface AppReport {
  controller: AppController;
  kind: AppKind;
  name: string;
  namespace?: string;
  /** The file that defines it, relative to the input root, and the line of its document. */
  path: string;
  line: number;
  input?: string;
  /** The folders it deploys, relative to the repository root (`.` for the root). */
  sources: string[];
  syncPolicy: SyncPolicy;
  effect: AppEffect;
  message: string;
  recommendation?: string;
  changedFiles: string[];
  jobs: ChangedJob[];
  /** Mapped without knowing exactly what a kustomization includes. */
  approximate?: boolean;
}

export interface CustomisationReport {
  controller: AppController;
  code: FindingCode;
  path: string;
  line: number;
  input?: string;
  field: string;
  app?: string;
  message: string;
  /** The TrainJob equivalent to add, as YAML. */
  equivalent?: string;
}

export interface AppsReport {
  apps: AppReport[];
  customisations: CustomisationReport[];
}
