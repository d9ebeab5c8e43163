/**
 * Runs `task` over `items` with at most `concurrency` tasks in flight and yields the results in the
 * order of `items`. Only the results inside the window are held, so memory does not grow with the
 * number of items. A rejected task surfaces as a throw when its turn comes, not before.
 */
export async function* mapInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const limit = Number.isFinite(concurrency) && concurrency >= 1 ? Math.floor(concurrency) : 1;
  const inFlight: Promise<R>[] = [];
  let nextIndex = 0;
  const refill = (): void => {
    while (inFlight.length < limit && nextIndex < items.length) {
      const pending = task(items[nextIndex] as T);
      // Observed now so an early rejection is not reported as unhandled while earlier items finish.
      pending.catch(() => undefined);
      inFlight.push(pending);
      nextIndex += 1;
    }
  };
  refill();
  while (inFlight.length > 0) {
    const result = await (inFlight.shift() as Promise<R>);
    refill();
    yield result;
  }
}
