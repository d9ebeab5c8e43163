/** The `apps` part of the report's `gitops` section. */
import type { FindingCode } from './conversion.js';

export type AppController = 'argocd' | 'flux';

export type AppKind = 'Application' | 'ApplicationSet' | 'Kustomization' | 'HelmRelease';

export interface SyncPolicy {
  /** Argo CD `syncPolicy.automated`; Flux always reconciles unless suspended. */
  automated: boolean;
  /** Argo CD `automated.prune`; Flux `spec.prune`; a Helm upgrade removes what a chart stops rendering. */
  prune: boolean;
  selfHeal: boolean;
  /** Argo CD `syncOptions`, e.g. `Replace=true`. */
  options: string[];
}

export interface ChangedJob {
  name: string;
  namespace?: string;
  /** The file it is in. */
  path: string;
  /** Its `kueue.x-k8s.io/queue-name` label. */
  queueName?: string;
}

export type AppEffect =
  | 'deletes-and-restarts'
  | 'old-job-stays'
  | 'manual-sync'
  | 'runs-alongside'
  | 'no-jobs'
  | 'unaffected'
  | 'unresolved';

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
