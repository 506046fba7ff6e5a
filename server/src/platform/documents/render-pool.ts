import { WorkerPool } from '../workers/worker-pool.ts';
import type { PdfDefinition } from './pdf-definition.ts';
import type { RenderReply } from './render-protocol.ts';

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

/**
 * PDFs rendered in worker threads (platform/workers/worker-pool.ts), one at a time per worker, FIFO. pdfmake's
 * layout is synchronous CPU work (≈ 30–80 ms per notice), so it runs there rather than on the event loop.
 */
export class PdfRenderPool extends WorkerPool<{ definition: PdfDefinition }, RenderReply & { ok: true }, PdfRenderError> {
  constructor(options: PdfRenderPoolOptions = {}) {
    super({
      url: new URL('./render-worker.ts', import.meta.url), name: 'pdf-render', label: 'PDF render',
      error: (message, errorOptions) => new PdfRenderError(message, errorOptions),
      size: options.size, taskTimeoutMs: options.taskTimeoutMs ?? 30_000, maxQueue: options.maxQueue ?? 1_000,
    });
  }

  /** Renders in a worker thread; resolves with the PDF bytes, rejects with `PdfRenderError`. */
  async render(definition: PdfDefinition): Promise<Uint8Array> {
    return (await this.run({ definition })).pdf;
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
