import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../src/scan/ordered-pool.js';

describe('mapInOrder', () => {
  it('keeps at most `concurrency` tasks running and yields in input order', async () => {
    let running = 0;
    let peak = 0;
    const task = async (delay: number): Promise<number> => {
      running += 1;
      peak = Math.max(peak, running);
      await sleep(delay);
      running -= 1;
      return delay;
    };
    const delays = [30, 1, 20, 2, 10, 5, 1, 25, 3, 1];
    const results: number[] = [];
    for await (const result of mapInOrder(delays, 3, task)) results.push(result);
    expect(results).toEqual(delays);
    expect(peak).toBe(3);
  });

  it('surfaces a failing task at its turn, after the results before it', async () => {
    const results: number[] = [];
    const run = async () => {
      for await (const result of mapInOrder([1, 2, 3], 3, async (item) => {
        if (item === 2) throw new Error('item 2 failed');
        return item;
      })) {
        results.push(result);
      }
    };
    await expect(run()).rejects.toThrow('item 2 failed');
    expect(results).toEqual([1]);
  });
});
