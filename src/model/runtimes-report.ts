/** The `runtimes` part of the report's `gitops` section. */
import type { Finding, RuntimeKind, RuntimeSetting } from './conversion.js';

export type RuntimeStatus = 'defined' | 'installed' | 'generated' | 'missing';

export interface RuntimeUsageReport {
  kind: RuntimeKind;
  name: string;
  /** defined: a scanned manifest defines it; installed: listed with --installed-runtimes; generated: this run writes it. */
  status: RuntimeStatus;
  /** Where it is defined or written, relative to the input root. */
  path?: string;
  line?: number;
  input?: string;
  /** What a generated runtime carries beyond torch-distributed. */
  settings?: RuntimeSetting;
  /** The converted jobs that reference it. */
  jobs: { name: string; namespace?: string; path: string }[];
  findings: Finding[];
}

export interface RuntimesReport {
  runtimes: RuntimeUsageReport[];
  /** Things to do by hand (a kustomization that could not take the runtimes file, a name clash...). */
  notes?: string[];
}
