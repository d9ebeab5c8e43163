/**
 * Where the bundle in dist/ keeps its files. From source (tests, scripts) there is no bundle: the
 * callers then compile schemas on demand and rewrite on one thread.
 */

/** Set by the bundler (scripts/bundle.mjs): true in dist/, undefined when running from source. */
declare const TRAINJOB_MIGRATE_PRECOMPILED: boolean | undefined;

export function isBundled(): boolean {
  return typeof TRAINJOB_MIGRATE_PRECOMPILED !== 'undefined' && TRAINJOB_MIGRATE_PRECOMPILED;
}

/** The URL of a file of dist/ (e.g. `validators/2.3-trainjob.js`), from an entry file or a shared chunk. */
export function bundleFile(relPath: string): URL {
  const here = new URL('.', import.meta.url);
  const dist = here.pathname.endsWith('/chunks/') ? new URL('..', here) : here;
  return new URL(relPath, dist);
}
