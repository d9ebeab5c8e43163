/**
 * Hands out generated runtime names during conversion and plans the files that define them: each
 * runtime written once, in `trainjob-runtimes.yaml` beside the first job (in path order) that uses it.
 */
import { posix } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { TrainJobValidator } from '../edit/types.js';
import type { RuntimeSetting } from '../model/conversion.js';
import { buildGeneratedRuntime, renderRuntimes } from './build.js';
import type { DefinedRuntime } from './collect.js';
import { generatedRuntimeName } from './name.js';

export const RUNTIMES_FILE_NAME = 'trainjob-runtimes.yaml';

export interface RuntimeUse {
  runtime: string;
  /** The file of a converted job that references it. */
  path: string;
}

export interface RuntimeFile {
  /** `<jobs' folder>/trainjob-runtimes.yaml`. */
  path: string;
  runtimes: { name: string; object: Record<string, unknown> }[];
}

export class RuntimeGenerator {
  private readonly requested = new Map<string, Record<string, unknown>>();
  private readonly settings = new Map<string, RuntimeSetting>();
  /** Names a scanned manifest already defines differently: not generated, the job stays for review. */
  readonly conflicts = new Set<string>();
  /** Runtimes the release schema rejects (name → problems): not generated, the jobs stay for review. */
  readonly invalid = new Map<string, string[]>();

  constructor(
    private readonly defined: readonly DefinedRuntime[],
    private readonly validate?: TrainJobValidator,
  ) {}

  /** For `ConvertOptions.runtimeForSettings`. */
  readonly request = (settings: RuntimeSetting): string | undefined => {
    const name = generatedRuntimeName(settings);
    const object = buildGeneratedRuntime(name, settings);
    const problems = this.validate?.(object) ?? [];
    if (problems.length > 0) {
      this.invalid.set(
        name,
        problems.map((problem) => `${problem.path}: ${problem.message}`),
      );
      return undefined;
    }
    const existing = this.defined.find(
      (runtime) => runtime.kind === 'ClusterTrainingRuntime' && runtime.name === name,
    );
    if (existing && !isDeepStrictEqual(existing.object.spec, object.spec)) {
      this.conflicts.add(name);
      return undefined;
    }
    this.requested.set(name, object);
    this.settings.set(name, settings);
    return name;
  };

  settingsOf(name: string): RuntimeSetting | undefined {
    return this.settings.get(name);
  }

  isGenerated(name: string): boolean {
    return this.requested.has(name);
  }

  /** Where an already defined runtime of that name is (a run before this one wrote it). */
  definedAt(name: string): DefinedRuntime | undefined {
    return this.defined.find((runtime) => runtime.kind === 'ClusterTrainingRuntime' && runtime.name === name);
  }

  /** The files to write for the runtimes the converted jobs use and no scanned manifest defines yet. */
  filesFor(uses: readonly RuntimeUse[]): RuntimeFile[] {
    const files = new Map<string, RuntimeFile>();
    const placed = new Set<string>();
    const sorted = [...uses].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const use of sorted) {
      const object = this.requested.get(use.runtime);
      if (!object || placed.has(use.runtime) || this.definedAt(use.runtime)) continue;
      placed.add(use.runtime);
      const path = posix.join(posix.dirname(use.path), RUNTIMES_FILE_NAME);
      const file = files.get(path) ?? { path, runtimes: [] };
      file.runtimes.push({ name: use.runtime, object });
      files.set(path, file);
    }
    return [...files.values()];
  }
}

/** The new text of a runtimes file: appended to what is there, or a new file. */
export function runtimesFileText(file: RuntimeFile, existing: string | undefined): string {
  const added = renderRuntimes(file.runtimes.map((runtime) => runtime.object));
  if (existing === undefined || existing.trim() === '') return added;
  return `${existing.replace(/\n*$/, '\n')}---\n${added}`;
}
