/**
 * How many threads a root is worked on with, and what they are used for. Kept small and apart: the
 * CLI's first line reads it to start the reader thread early, before the rest of the tool loads.
 */
import { availableParallelism } from 'node:os';
import { UserError } from '../util/user-error.js';

/**
 * Threads a root is worked on with, this one included: `TRAINJOB_MIGRATE_THREADS`, else the cores, at
 * least 2 and at most 4. One thread does everything; a second reads the tree while this one rewrites
 * (the reads are system calls, which leave this core free); more rewrite beside this one. On 2 cores a
 * second rewriting thread made the 1,000-file convert slower (3.1 s against 2.9 s): V8's own
 * garbage-collector and compiler threads already use the second core.
 */
export function threadBudget(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const asked = env.TRAINJOB_MIGRATE_THREADS;
  if (asked === undefined || asked === '') return Math.max(2, Math.min(availableParallelism(), 4));
  const threads = Number(asked);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new UserError(
      `TRAINJOB_MIGRATE_THREADS is '${asked}': give a whole number of threads, 1 or more (1 rewrites on the main thread only).`,
      { exitCode: 2 },
    );
  }
  return threads;
}

/** What a thread budget buys: a reader thread from 2 threads on, rewrite workers from 3 on. */
export function threadPlan(threads: number): { readerThread: boolean; rewriteWorkers: number } {
  return { readerThread: threads >= 2, rewriteWorkers: Math.max(0, threads - 2) };
}
