import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfDefinition } from './pdf-definition.ts';
import type { RenderReply, RenderRequest } from './render-protocol.ts';

/** A render that failed: a bad definition (the worker's message), a crashed worker, a timeout or a full queue. */
export class PdfRenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfRenderError';
  }
}

export interface PdfRenderPoolOptions {
  /** Worker threads; default 1 on a 2-core machine, 2 from 3 cores on (one core stays with the event loop). */
  size?: number;
  /** A render running longer is abandoned and its worker replaced (guards against layout loops). */
  taskTimeoutMs?: number;
  /** Renders waiting beyond this are refused at once instead of piling up memory. */
  maxQueue?: number;
}

interface Task {
  id: number;
  definition: PdfDefinition;
  resolve: (pdf: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_URL = new URL('./render-worker.ts', import.meta.url);

export function defaultPoolSize(): number {
  return Math.min(2, Math.max(1, availableParallelism() - 1));
}

/**
 * A small pool of worker threads that render PDFs, with a FIFO queue. pdfmake's layout is synchronous CPU work
 * (≈ 30–80 ms per notice), so it runs here rather than on the event loop. Idle workers are unref'd: the pool
 * never keeps the process alive by itself.
 */
export class PdfRenderPool {
  readonly size: number;
  readonly #taskTimeoutMs: number;
  readonly #maxQueue: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Task[] = [];
  #nextId = 1;
  #isClosed = false;

  constructor(options: PdfRenderPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    this.#taskTimeoutMs = options.taskTimeoutMs ?? 30_000;
    this.#maxQueue = options.maxQueue ?? 1_000;
  }

  /** Renders in a worker thread; resolves with the PDF bytes, rejects with `PdfRenderError`. */
  render(definition: PdfDefinition): Promise<Uint8Array> {
    if (this.#isClosed) return Promise.reject(new PdfRenderError('PDF render pool is closed'));
    if (this.#queue.length >= this.#maxQueue) return Promise.reject(new PdfRenderError('PDF render queue is full'));
    return new Promise<Uint8Array>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, definition, resolve, reject });
      this.#dispatch();
    });
  }

  /** Renders waiting plus renders running. */
  get pending(): number {
    return this.#queue.length + this.#slots.filter((slot) => slot.task !== null).length;
  }

  /** Terminates the workers; running and queued renders are rejected. */
  async close(): Promise<void> {
    this.#isClosed = true;
    for (const task of this.#queue.splice(0)) task.reject(new PdfRenderError('PDF render pool closed'));
    const slots = this.#slots.splice(0);
    for (const slot of slots) this.#finish(slot, new PdfRenderError('PDF render pool closed'));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((candidate) => candidate.task === null);
      if (slot === undefined && this.#slots.length < this.size) slot = this.#spawn();
      if (slot === undefined) return;
      const task = this.#queue.shift()!;
      this.#start(slot, task);
    }
  }

  #spawn(): Slot {
    const worker = new Worker(WORKER_URL, { name: 'pdf-render' });
    const slot: Slot = { worker, task: null, timer: null };
    worker.unref();
    worker.on('message', (message: RenderReply | { ready: true }) => {
      if ('ready' in message) return;
      if (slot.task === null || slot.task.id !== message.id) return;
      if (message.ok) this.#finish(slot, message.pdf);
      else this.#finish(slot, new PdfRenderError(`PDF rendering failed: ${message.error.message}`));
      this.#dispatch();
    });
    // A crash (an exception pdfmake throws outside our try, out of memory): fail the one render, replace the worker.
    worker.on('error', (error: Error) => this.#replace(slot, new PdfRenderError(`PDF render worker crashed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => this.#replace(slot, new PdfRenderError(`PDF render worker exited with code ${code}`)));
    this.#slots.push(slot);
    return slot;
  }

  #start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      const error = new PdfRenderError(`PDF rendering timed out after ${this.#taskTimeoutMs} ms`);
      this.#replace(slot, error);
      void slot.worker.terminate();
    }, this.#taskTimeoutMs);
    const request: RenderRequest = { id: task.id, definition: task.definition };
    try {
      slot.worker.postMessage(request);
    } catch (error) {
      // Not structured-cloneable (a function, a class instance): a bad definition, refused before any work.
      this.#finish(slot, new PdfRenderError('PDF definition is not plain data', { cause: error }));
    }
  }

  #finish(slot: Slot, outcome: Uint8Array | Error): void {
    const task = slot.task;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    slot.worker.unref();
    if (task === null) return;
    if (outcome instanceof Error) task.reject(outcome);
    else task.resolve(outcome);
  }

  #replace(slot: Slot, error: Error): void {
    const index = this.#slots.indexOf(slot);
    if (index === -1) return; // already replaced (error, then exit)
    this.#slots.splice(index, 1);
    this.#finish(slot, error);
    if (!this.#isClosed) this.#dispatch();
  }
}

let sharedPool: PdfRenderPool | undefined;

/** Renders a PDF in the shared worker pool (created on first use, sized to the CPU count). */
export function renderPdf(definition: PdfDefinition): Promise<Uint8Array> {
  sharedPool ??= new PdfRenderPool();
  return sharedPool.render(definition);
}

/** Stops the shared pool's workers (tests, clean shutdown); the next `renderPdf` starts a new pool. */
export async function closePdfRenderer(): Promise<void> {
  const pool = sharedPool;
  sharedPool = undefined;
  await pool?.close();
}
