import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool, type WorkerPoolOptions } from './worker-pool.ts';

class TestPoolError extends Error {}

type Request = { op: 'echo' | 'fail' | 'exit' | 'hang'; value?: unknown };
type Reply = { id: number; ok: true; value: unknown };

const pools: WorkerPool<Request, Reply, TestPoolError>[] = [];
function pool(options: Partial<WorkerPoolOptions<TestPoolError>> = {}) {
  const created = new WorkerPool<Request, Reply, TestPoolError>({
    url: new URL('./test-worker.fixture.ts', import.meta.url), name: 'test-worker', label: 'Test',
    error: (message, errorOptions) => new TestPoolError(message, errorOptions), maxQueue: 100, ...options,
  });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('WorkerPool', () => {
  it('answers every request with its own reply, several in flight per worker, and ends with nothing pending', async () => {
    const p = pool({ size: 2, inFlightPerWorker: 4 });
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => p.run({ op: 'echo', value: i })));
    expect(replies.map((r) => r.value)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(p.pending).toBe(0);
  });

  it('rejects a failed request with the pool\'s error and the worker\'s message, and keeps working', async () => {
    const p = pool({ size: 1 });
    const failed = p.run({ op: 'fail' });
    await expect(failed).rejects.toBeInstanceOf(TestPoolError);
    await expect(failed).rejects.toThrow('Test failed: asked to fail');
    expect((await p.run({ op: 'echo', value: 'after' })).value).toBe('after');
  });

  it('fails what a worker that exits was holding, and runs the next request on a new worker', async () => {
    const p = pool({ size: 1, inFlightPerWorker: 4 });
    const held = await Promise.allSettled([p.run({ op: 'hang' }), p.run({ op: 'exit' })]);
    expect(held.map((outcome) => outcome.status === 'rejected' && String(outcome.reason))).toEqual(Array(2).fill('Error: Test worker exited with code 3'));
    expect(p.pending).toBe(0);
    expect((await p.run({ op: 'echo', value: 'new worker' })).value).toBe('new worker');
  });

  it('abandons a request past its time limit, replaces the worker and goes on with the queue', async () => {
    const p = pool({ size: 1, taskTimeoutMs: 200 });
    const hung = p.run({ op: 'hang' });
    const queued = p.run({ op: 'echo', value: 'queued behind it' });
    await expect(hung).rejects.toThrow('Test timed out after 200 ms');
    expect((await queued).value).toBe('queued behind it');
  });

  it('refuses what cannot be sent, a request beyond the queue\'s limit and any request once closed', async () => {
    const p = pool({ size: 1, maxQueue: 1 });
    await expect(p.run({ op: 'echo', value: () => 1 })).rejects.toThrow('Test request is not plain data');
    expect(p.pending).toBe(0);
    const running = p.run({ op: 'hang' }); // sent to the worker: the queue is empty again
    const waiting = p.run({ op: 'echo', value: 1 });
    await expect(p.run({ op: 'echo', value: 2 })).rejects.toThrow('Test queue is full');
    const outcomes = Promise.allSettled([running, waiting]);
    await p.close();
    expect((await outcomes).map((outcome) => outcome.status === 'rejected' && String(outcome.reason))).toEqual(Array(2).fill('Error: Test pool closed'));
    await expect(p.run({ op: 'echo' })).rejects.toThrow('Test pool is closed');
  });
});
