import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Worker threads a pool starts by default: 1 on a 2-core machine, 2 from 3 cores on (one core stays with the event loop). */
export const DEFAULT_WORKER_POOL_SIZE = Math.min(2, Math.max(1, availableParallelism() - 1));

/** A worker's answer to one request: `{ id, ok: true, … }` or `{ id, ok: false, error }`. */
export type WorkerReply = { id: number; ok: true } | { id: number; ok: false; error: { name: string; message: string } };

export interface WorkerPoolOptions<E extends Error> {
  /** The worker module, and the threads' name (profilers and `perf` show it). */
  url: URL;
  name: string;
  /** Names the work in every error message: "PDF render queue is full", "SM2 worker crashed: …". */
  label: string;
  /** Makes the pool's errors (each pool has its own class, e.g. PdfRenderError). */
  error: (message: string, options?: { cause?: unknown }) => E;
  /** Worker threads; default DEFAULT_WORKER_POOL_SIZE. */
  size?: number | undefined;
  /** Requests sent ahead to one worker, so it never waits for a round trip between two (default 1: one at a time). */
  inFlightPerWorker?: number | undefined;
  /** A request running longer is abandoned and its worker replaced (guards against loops); none by default. */
  taskTimeoutMs?: number | undefined;
  /** Requests waiting beyond this are refused at once instead of piling up memory. */
  maxQueue: number;
}

interface Task<Req, Res> {
  id: number;
  body: Req;
  resolve: (reply: Res) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout | null;
}

interface Slot<Req, Res> {
  worker: Worker;
  tasks: Map<number, Task<Req, Res>>;
}

/**
 * A small pool of worker threads for CPU work the event loop must not run (PDF layout, SM2 arithmetic), with a FIFO
 * queue: each request goes to an idle worker (started on demand up to `size`), else to the least busy one with room.
 * A worker that crashes, exits or overruns `taskTimeoutMs` fails the requests it holds and is replaced on the next
 * request. Idle workers are unref'd: the pool never keeps the process alive by itself. Requests and replies are
 * structured-cloned; a request that cannot be is refused before any work.
 */
export class WorkerPool<Req extends object, Res extends WorkerReply & { ok: true }, E extends Error = Error> {
  readonly size: number;
  readonly #options: WorkerPoolOptions<E>;
  readonly #inFlightPerWorker: number;
  readonly #slots: Slot<Req, Res>[] = [];
  readonly #queue: Task<Req, Res>[] = [];
  #nextId = 1;
  #isClosed = false;

  constructor(options: WorkerPoolOptions<E>) {
    this.#options = options;
    this.size = Math.max(1, options.size ?? DEFAULT_WORKER_POOL_SIZE);
    this.#inFlightPerWorker = Math.max(1, options.inFlightPerWorker ?? 1);
  }

  /** Runs one request in a worker; resolves with its successful reply, rejects with the pool's error. */
  run(body: Req): Promise<Res> {
    const { label, error } = this.#options;
    if (this.#isClosed) return Promise.reject(error(`${label} pool is closed`));
    if (this.#queue.length >= this.#options.maxQueue) return Promise.reject(error(`${label} queue is full`));
    return new Promise<Res>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, body, resolve, reject, timer: null });
      this.#dispatch();
    });
  }

  /** Requests waiting plus requests sent to a worker. */
  get pending(): number {
    return this.#queue.length + this.#slots.reduce((sum, slot) => sum + slot.tasks.size, 0);
  }

  /** Terminates the workers; waiting and running requests are rejected. */
  async close(): Promise<void> {
    this.#isClosed = true;
    const closed = () => this.#options.error(`${this.#options.label} pool closed`);
    for (const task of this.#queue.splice(0)) task.reject(closed());
    const slots = this.#slots.splice(0);
    for (const slot of slots) this.#failAll(slot, closed());
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((candidate) => candidate.tasks.size === 0);
      if (slot === undefined && this.#slots.length < this.size) slot = this.#spawn();
      slot ??= this.#slots.filter((candidate) => candidate.tasks.size < this.#inFlightPerWorker).sort((a, b) => a.tasks.size - b.tasks.size)[0];
      if (slot === undefined) return;
      this.#send(slot, this.#queue.shift()!);
    }
  }

  #spawn(): Slot<Req, Res> {
    const { label, error } = this.#options;
    const worker = new Worker(this.#options.url, { name: this.#options.name });
    const slot: Slot<Req, Res> = { worker, tasks: new Map() };
    worker.unref();
    worker.on('message', (reply: WorkerReply | Record<string, unknown>) => {
      const task = typeof reply.id === 'number' ? slot.tasks.get(reply.id) : undefined;
      if (task === undefined) return; // e.g. a worker's "ready", or a reply to a request already failed
      this.#settle(slot, task);
      const answer = reply as WorkerReply;
      if (answer.ok) task.resolve(answer as Res);
      else task.reject(error(`${label} failed: ${answer.error.message}`));
      this.#dispatch();
    });
    // A crash (an exception outside the worker's own try, out of memory): fail what it holds, replace it.
    worker.on('error', (cause: Error) => this.#replace(slot, error(`${label} worker crashed: ${cause.message}`, { cause })));
    worker.on('exit', (code) => this.#replace(slot, error(`${label} worker exited with code ${code}`)));
    this.#slots.push(slot);
    return slot;
  }

  #send(slot: Slot<Req, Res>, task: Task<Req, Res>): void {
    const { label, error, taskTimeoutMs } = this.#options;
    slot.tasks.set(task.id, task);
    slot.worker.ref();
    if (taskTimeoutMs !== undefined) {
      task.timer = setTimeout(() => {
        this.#replace(slot, error(`${label} timed out after ${taskTimeoutMs} ms`));
        void slot.worker.terminate();
      }, taskTimeoutMs);
    }
    try {
      slot.worker.postMessage({ ...task.body, id: task.id });
    } catch (cause) {
      // Not structured-cloneable (a function, a class instance): a bad request, refused before any work.
      this.#settle(slot, task);
      task.reject(error(`${label} request is not plain data`, { cause }));
    }
  }

  /** Takes a task off its worker (which goes back to sleep when it holds nothing). */
  #settle(slot: Slot<Req, Res>, task: Task<Req, Res>): void {
    if (task.timer !== null) clearTimeout(task.timer);
    task.timer = null;
    slot.tasks.delete(task.id);
    if (slot.tasks.size === 0) slot.worker.unref();
  }

  #failAll(slot: Slot<Req, Res>, failure: Error): void {
    for (const task of [...slot.tasks.values()]) {
      this.#settle(slot, task);
      task.reject(failure);
    }
  }

  #replace(slot: Slot<Req, Res>, failure: Error): void {
    const index = this.#slots.indexOf(slot);
    if (index === -1) return; // already replaced (error, then exit)
    this.#slots.splice(index, 1);
    this.#failAll(slot, failure);
    if (!this.#isClosed) this.#dispatch();
  }
}
