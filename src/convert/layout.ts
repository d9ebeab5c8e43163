/**
 * Where pod customisation lives in each Trainer release, and which pod fields each can express
 * (trainer-v2-api.md §3 and §5.3).
 */
import type { Path, TrainerVersion } from '../model/conversion.js';

/** Pod template fields that a TrainJob can patch, with the first release that supports each. */
export const PATCHABLE_POD_FIELDS = {
  serviceAccountName: '2.0',
  nodeSelector: '2.0',
  tolerations: '2.0',
  volumes: '2.0',
  schedulingGates: '2.0',
  affinity: '2.1',
  imagePullSecrets: '2.1',
  securityContext: '2.2',
  terminationGracePeriodSeconds: '2.3',
} as const satisfies Record<string, TrainerVersion>;
export type PatchablePodField = keyof typeof PATCHABLE_POD_FIELDS;

/** Fields of the trainer container that go into the pod patch (not `trainer.*`). */
export const PATCHABLE_CONTAINER_FIELDS = {
  volumeMounts: '2.0',
  securityContext: '2.2',
} as const satisfies Record<string, TrainerVersion>;
export type PatchableContainerField = keyof typeof PATCHABLE_CONTAINER_FIELDS;

/** Pod template metadata (labels, annotations) can be patched from 2.1. */
export const POD_METADATA_SINCE: TrainerVersion = '2.1';
export const ACTIVE_DEADLINE_SINCE: TrainerVersion = '2.2';

/** Orders release numbers part by part, so 2.10 comes after 2.9. */
export function compareVersions(a: string, b: string): number {
  const partsA = a.split('.').map(Number);
  const partsB = b.split('.').map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export const atLeast = (version: TrainerVersion, since: TrainerVersion): boolean =>
  compareVersions(version, since) >= 0;

/** The name of the replicated job and of its trainer container in the built-in torch runtimes. */
export const NODE = 'node';

export interface Layout {
  version: TrainerVersion;
  /** The spec field that holds the customisation entry. */
  root: Path;
  /** Where a pod spec field goes. */
  podSpec(field: string): Path;
  /** Where pod metadata labels/annotations go, when the version can express them. */
  podMetadata(field: 'labels' | 'annotations'): Path | undefined;
  /** Where a field of the `node` container patch goes. */
  container(field: string): Path;
  /** The fixed parts of the customisation entry (manager, target job, container name). */
  skeleton(patchManager: string): { to: Path; value: unknown }[];
}

const PATCH_POD: Path = [
  'spec',
  'runtimePatches',
  0,
  'trainingRuntimeSpec',
  'template',
  'spec',
  'replicatedJobs',
  0,
  'template',
  'spec',
  'template',
];

function runtimePatchesLayout(version: TrainerVersion): Layout {
  return {
    version,
    root: ['spec', 'runtimePatches'],
    podSpec: (field) => [...PATCH_POD, 'spec', field],
    podMetadata: (field) => [...PATCH_POD, 'metadata', field],
    container: (field) => [...PATCH_POD, 'spec', 'containers', 0, field],
    skeleton: (patchManager) => [
      { to: ['spec', 'runtimePatches', 0, 'manager'], value: patchManager },
      {
        to: [
          'spec',
          'runtimePatches',
          0,
          'trainingRuntimeSpec',
          'template',
          'spec',
          'replicatedJobs',
          0,
          'name',
        ],
        value: NODE,
      },
      { to: [...PATCH_POD, 'spec', 'containers', 0, 'name'], value: NODE },
    ],
  };
}

const PTO: Path = ['spec', 'podTemplateOverrides', 0];
const podTemplateOverridesLayout: Layout = {
  version: '2.1',
  root: ['spec', 'podTemplateOverrides'],
  podSpec: (field) => [...PTO, 'spec', field],
  podMetadata: (field) => [...PTO, 'metadata', field],
  container: (field) => [...PTO, 'spec', 'containers', 0, field],
  skeleton: () => [
    { to: [...PTO, 'targetJobs'], value: [{ name: NODE }] },
    { to: [...PTO, 'spec', 'containers', 0, 'name'], value: NODE },
  ],
};

const PSO: Path = ['spec', 'podSpecOverrides', 0];
const podSpecOverridesLayout: Layout = {
  version: '2.0',
  root: ['spec', 'podSpecOverrides'],
  podSpec: (field) => [...PSO, field],
  podMetadata: () => undefined,
  container: (field) => [...PSO, 'containers', 0, field],
  skeleton: () => [
    { to: [...PSO, 'targetJobs'], value: [{ name: NODE }] },
    { to: [...PSO, 'containers', 0, 'name'], value: NODE },
  ],
};

export function layoutFor(version: TrainerVersion): Layout {
  if (version === '2.0') return podSpecOverridesLayout;
  if (version === '2.1') return podTemplateOverridesLayout;
  return runtimePatchesLayout(version);
}

/** How the version calls its pod customisation, for messages. */
export function customisationName(version: TrainerVersion): string {
  if (version === '2.0') return 'podSpecOverrides';
  if (version === '2.1') return 'podTemplateOverrides';
  return 'runtimePatches';
}
