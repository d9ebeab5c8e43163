import { posix } from 'node:path';
import picomatch from 'picomatch';
import { ALWAYS_EXCLUDE, DEFAULT_INCLUDE } from './default-globs.js';

export interface PathFilter {
  /** The file name matches an include glob. */
  isIncluded(relPath: string): boolean;
  /** The path, or a folder above it, matches an exclude glob (so `vendor` excludes `vendor/a.yaml`). */
  isExcluded(relPath: string): boolean;
}

/**
 * A test of a path against globs, as `picomatch(globs, { dot: true })` answers it: the path equals a
 * glob or matches its regular expression. Tested on every file of the tree, so the expressions are
 * compiled once and run bare, without picomatch's per-call result objects.
 */
export function compileGlobs(globs: readonly string[]): (relPath: string) => boolean {
  const literal = new Set(globs);
  const expressions = globs.map((glob) => picomatch.makeRe(glob, { dot: true }));
  return (relPath) =>
    relPath !== '' && (literal.has(relPath) || expressions.some((expression) => expression.test(relPath)));
}

export function createPathFilter(include: readonly string[], exclude: readonly string[]): PathFilter {
  const includeGlobs = include.length > 0 ? include : DEFAULT_INCLUDE;
  const matchesInclude = compileGlobs(includeGlobs);
  const matchesExclude = compileGlobs([...ALWAYS_EXCLUDE, ...exclude]);
  // Folders are tested once each, not once for every file below them.
  const folderVerdicts = new Map<string, boolean>();
  const isExcluded = (relPath: string): boolean => {
    if (matchesExclude(relPath)) return true;
    const parent = posix.dirname(relPath);
    if (parent === '.') return false;
    let verdict = folderVerdicts.get(parent);
    if (verdict === undefined) {
      verdict = isExcluded(parent);
      folderVerdicts.set(parent, verdict);
    }
    return verdict;
  };
  return { isIncluded: (relPath) => matchesInclude(relPath), isExcluded };
}

/** Globs of the folders the listing does not descend into at all. */
export function pruneGlobs(exclude: readonly string[]): string[] {
  return [...ALWAYS_EXCLUDE, ...exclude].flatMap((glob) =>
    glob.endsWith('/**') ? [glob] : [glob, `${glob}/**`],
  );
}
