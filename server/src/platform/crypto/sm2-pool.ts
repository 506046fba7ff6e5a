import { WorkerPool } from '../workers/worker-pool.ts';
import type { Sm2KeyPair } from './sm2.ts';
import type { Sm2Reply, Sm2Request } from './sm2-protocol.ts';

/** An SM2 operation that failed: bad input (the worker's message), a crashed worker, a full queue or a closed pool. */
export class Sm2PoolError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'Sm2PoolError';
  }
}

export interface Sm2PoolOptions {
  /** Worker threads; default 1 on a 2-core machine, 2 from 3 cores on (one core stays with the event loop). */
  size?: number;
  /** Requests sent ahead to one worker, so it never waits for a round trip between two operations. */
  inFlightPerWorker?: number;
  /** Requests waiting beyond this are refused at once instead of piling up memory. */
  maxQueue?: number;
}

type Body = Sm2Request extends infer R ? (R extends Sm2Request ? Omit<R, 'id'> : never) : never;

/**
 * SM2 key generation, signing and verification in worker threads (platform/workers/worker-pool.ts), so the event
 * loop never runs the elliptic-curve arithmetic (≈ 0.3 ms a signature, 1–4 ms a verification). Requests queue FIFO;
 * each worker gets a few ahead. Private keys cross to the worker in a message and are not kept there.
 */
export class Sm2Pool extends WorkerPool<Body, Sm2Reply & { ok: true }, Sm2PoolError> {
  constructor(options: Sm2PoolOptions = {}) {
    super({
      url: new URL('./sm2-worker.ts', import.meta.url), name: 'sm2', label: 'SM2',
      error: (message, errorOptions) => new Sm2PoolError(message, errorOptions),
      size: options.size, inFlightPerWorker: options.inFlightPerWorker ?? 8, maxQueue: options.maxQueue ?? 10_000,
    });
  }

  async generateKeyPair(): Promise<Sm2KeyPair> {
    const reply = await this.run({ op: 'generate' });
    if (reply.op !== 'generate') throw new Sm2PoolError('unexpected SM2 worker reply');
    return { privateKeyHex: reply.privateKeyHex, publicKeyHex: reply.publicKeyHex };
  }

  /** GM/T 0003 signature (SM3, user id 1234567812345678) over `data`, DER-encoded. */
  async sign(data: Uint8Array, privateKeyHex: string, publicKeyHex: string): Promise<Uint8Array> {
    const reply = await this.run({ op: 'sign', data, privateKeyHex, publicKeyHex });
    if (reply.op !== 'sign') throw new Sm2PoolError('unexpected SM2 worker reply');
    return reply.signature;
  }

  /** Whether `signatureDer` is a valid signature over `data` by `publicKeyHex`; false for malformed input. */
  async verify(data: Uint8Array, signatureDer: Uint8Array, publicKeyHex: string): Promise<boolean> {
    const reply = await this.run({ op: 'verify', data, signature: signatureDer, publicKeyHex });
    if (reply.op !== 'verify') throw new Sm2PoolError('unexpected SM2 worker reply');
    return reply.valid;
  }
}

let sharedPool: Sm2Pool | undefined;

/** The shared SM2 pool (created on first use, sized to the CPU count). */
export function sm2Pool(): Sm2Pool {
  sharedPool ??= new Sm2Pool();
  return sharedPool;
}

/** Stops the shared pool's workers (tests, clean shutdown); the next `sm2Pool()` starts a new one. */
export async function closeSm2Pool(): Promise<void> {
  const pool = sharedPool;
  sharedPool = undefined;
  await pool?.close();
}
