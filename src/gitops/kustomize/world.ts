/** What evaluation reads of a root: its kustomizations, their references, job files and patch files. */
import type { ConvertOptions } from '../../model/conversion.js';
import type { Kustomization } from './kustomization.js';
import type { JsonObject } from './merge.js';

export interface SourceJob {
  /** `relPath#namespace/name`. */
  key: string;
  relPath: string;
  name: string;
  namespace?: string;
  job: JsonObject;
  /** The plan converts it (not held, not needing review). */
  converting: boolean;
}

export type Resolved =
  | { type: 'kustomization'; relPath: string }
  | { type: 'file'; relPath: string }
  | { type: 'remote' }
  | { type: 'missing'; why: string };

export interface KustomizeWorld {
  kustomizations: ReadonlyMap<string, Kustomization>;
  /** A reference written in the kustomization in `dir`. */
  resolve(dir: string, value: string): Resolved;
  jobsIn(relPath: string): SourceJob[];
  /** A patch file's text (relative to the root), or undefined when missing. */
  read(relPath: string): string | undefined;
  optionsFor(relPath: string): ConvertOptions;
}

/** A reference resolved against a kustomization's folder; `../` left over means it leaves the root. */
export function joinPath(dir: string, value: string): string {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of value.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return `../${value}`;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
