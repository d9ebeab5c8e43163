import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { ALWAYS_EXCLUDE, DEFAULT_INCLUDE } from '../../src/scan/default-globs.js';
import { compileGlobs, pruneGlobs } from '../../src/scan/path-filter.js';

const GLOB_SETS: string[][] = [
  [...DEFAULT_INCLUDE],
  [...ALWAYS_EXCLUDE, 'vendor', 'clusters/*/secrets/**'],
  pruneGlobs(['build', '**/generated/**']),
  ['**/kustomization.yaml', '**/kustomization.yml', '**/Kustomization'],
  ['a+(b).yaml', 'jobs/[ab]/*.json', '!(x).yml'],
];

const segment = fc.constantFrom(
  'a',
  'b',
  'x',
  '.git',
  'node_modules',
  'vendor',
  'clusters',
  'prod',
  'secrets',
  'generated',
  'build',
  '.hidden',
  'kustomization.yaml',
  'Kustomization',
  'job.yaml',
  'job.yml.tmpl',
  'c.json',
  'a+(b).yaml',
  'jobs',
  'x.yml',
  'README.md',
  'with space.yaml',
  'ünï.yaml',
);

describe('compiled globs', () => {
  it('answer as picomatch does, for every glob set and path', () => {
    for (const globs of GLOB_SETS) {
      const reference = picomatch(globs, { dot: true });
      const compiled = compileGlobs(globs);
      fc.assert(
        fc.property(fc.array(segment, { minLength: 0, maxLength: 5 }), (segments) => {
          const relPath = segments.join('/');
          expect(compiled(relPath)).toBe(reference(relPath));
        }),
        { numRuns: 2000 },
      );
      // A path equal to a glob matches it, whatever the glob's special characters say.
      for (const glob of globs) expect(compiled(glob)).toBe(reference(glob));
    }
  });
});
