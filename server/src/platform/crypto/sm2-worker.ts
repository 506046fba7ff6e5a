// Worker-thread entry of the SM2 pool: key generation, signing and verification, one request at a time; errors are
// answered as messages so a bad request never takes the thread down.
import { parentPort } from 'node:worker_threads';
import { generateSm2KeyPair, isSm2PublicKeyHex, prepareSm2VerifyKey, sm2Sign, sm2Verify, type Sm2VerifyKey } from './sm2.ts';
import type { Sm2Reply, Sm2Request } from './sm2-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('sm2-worker.ts must run in a worker thread');

/** Verification keys with precomputed point multiples (≈ 3× faster verification), most recently used last. */
const verifyKeys = new Map<string, Sm2VerifyKey>();
const MAX_VERIFY_KEYS = 256;

function verifyKeyOf(publicKeyHex: string): Sm2VerifyKey | null {
  const key = publicKeyHex.toLowerCase();
  let prepared = verifyKeys.get(key);
  if (prepared !== undefined) {
    verifyKeys.delete(key);
  } else {
    if (!isSm2PublicKeyHex(key)) return null;
    prepared = prepareSm2VerifyKey(key);
    if (verifyKeys.size >= MAX_VERIFY_KEYS) verifyKeys.delete(verifyKeys.keys().next().value!);
  }
  verifyKeys.set(key, prepared);
  return prepared;
}

function handle(request: Sm2Request): Sm2Reply {
  switch (request.op) {
    case 'generate': {
      const pair = generateSm2KeyPair();
      return { id: request.id, ok: true, op: 'generate', ...pair };
    }
    case 'sign':
      return { id: request.id, ok: true, op: 'sign', signature: sm2Sign(request.data, request.privateKeyHex, request.publicKeyHex) };
    case 'verify': {
      const key = verifyKeyOf(request.publicKeyHex);
      return { id: request.id, ok: true, op: 'verify', valid: key !== null && sm2Verify(request.data, request.signature, key) };
    }
    default:
      throw new Error(`unknown SM2 operation ${JSON.stringify((request as { op?: unknown }).op)}`);
  }
}

port.on('message', (request: Sm2Request) => {
  let reply: Sm2Reply;
  try {
    reply = handle(request);
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    reply = { id: request.id, ok: false, error: { name, message } };
  }
  port.postMessage(reply);
});
