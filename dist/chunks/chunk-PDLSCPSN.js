import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/bundle.ts
function isBundled() {
  return true;
}
function bundleFile(relPath) {
  const here = new URL(".", import.meta.url);
  const dist = here.pathname.endsWith("/chunks/") ? new URL("..", here) : here;
  return new URL(relPath, dist);
}

export {
  isBundled,
  bundleFile
};
