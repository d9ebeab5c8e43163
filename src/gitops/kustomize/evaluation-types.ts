/** What evaluation finds: per kustomization, the jobs it reaches and each override's outcome. */
import type { YAMLMap } from 'yaml';
import type { BuiltJob } from './instances.js';
import type { Kustomization, Override } from './kustomization.js';
import type { Json, JsonObject, JsonPatchOperation } from './merge.js';
import type { SourceJob } from './world.js';

export type PatchDocument =
  | { type: 'strategic'; value: JsonObject }
  | { type: 'json6902'; value: JsonPatchOperation[] };

/** A replacement carried over: its selectors retargeted at TrainJobs and its field paths translated. */
export interface TranslatedReplacement {
  /** The replacement's map, in the kustomization or in its replacement file. */
  node: YAMLMap;
  /** The source selects a converted job by kind or group: retarget it. */
  retargetSource: boolean;
  /** The source's new fieldPath, when it changes. */
  sourceFieldPath?: string;
  /** By index in `targets`: the TrainJob field paths. */
  targets: { index: number; fieldPaths: string[] }[];
}

/** Converted jobs a targeted patch reaches whose TrainJob forms are the same (names as targeted). */
export interface PatchGroup {
  names: string[];
  documents: PatchDocument[];
}

/**
 * A targeted patch reaching jobs that end up in different forms (`split`): the original entry stays
 * for the jobs that remain PyTorchJobs (`keepOriginal`; otherwise it becomes the first group's), and
 * each group gets its own TrainJob entry, targeted by exact name.
 */
export type OverrideOutcome =
  | { type: 'unaffected' }
  | { type: 'rewrite'; documents: (PatchDocument | { type: 'other'; value: Json })[] }
  | { type: 'replacement'; replacements: TranslatedReplacement[] }
  | { type: 'split'; groups: PatchGroup[]; keepOriginal: boolean }
  | { type: 'image' }
  | { type: 'hold'; reason: string };

export interface OverrideEvaluation {
  kustomization: Kustomization;
  override: Override;
  /** The relPath of the patch (or replacement) file when the override is kept in one. */
  patchFile?: string;
  /** The PyTorchJobs it reaches. */
  reached: SourceJob[];
  outcome: OverrideOutcome;
  /** Jobs held alone: their own effect of the override has no exact TrainJob form. */
  holds?: { job: SourceJob; reason: string }[];
}

export interface KustomizationEvaluation {
  kustomization: Kustomization;
  /**
   * Every PyTorchJob it includes (through resources, bases and components); for a component, the
   * jobs of the kustomizations listing it, which its overrides apply to.
   */
  jobs: SourceJob[];
  /** The jobs as it builds them (final names and namespaces), to pair built objects with sources. */
  built: BuiltJob[];
  overrides: OverrideEvaluation[];
  /** Remote or missing references: no build can be trusted, its jobs are held. */
  problems: string[];
}
