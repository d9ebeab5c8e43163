import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from './shared.js';

/** The real-world corpus files that mention a PyTorchJob, relative to corpus/real-world, sorted. */
export function corpusFiles(): string[] {
  const root = sharedPath('corpus', 'real-world');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.endsWith('SOURCES.tsv'))
    .filter((f) => {
      try {
        return readFileSync(join(root, f)).includes('PyTorchJob');
      } catch {
        return false;
      }
    })
    .sort();
}
