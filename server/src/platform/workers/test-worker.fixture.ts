// Worker-thread entry used by worker-pool.test.ts: echoes, fails, exits or never answers, as asked.
import { parentPort } from 'node:worker_threads';

const port = parentPort;
if (port === null) throw new Error('test-worker.fixture.ts must run in a worker thread');

port.on('message', (request: { id: number; op: 'echo' | 'fail' | 'exit' | 'hang'; value?: unknown }) => {
  if (request.op === 'echo') port.postMessage({ id: request.id, ok: true, value: request.value });
  else if (request.op === 'fail') port.postMessage({ id: request.id, ok: false, error: { name: 'Error', message: 'asked to fail' } });
  else if (request.op === 'exit') process.exit(3);
  // 'hang': never answers
});
port.postMessage({ ready: true });
