import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/map-bounded.ts
async function mapBounded(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export {
  mapBounded
};
