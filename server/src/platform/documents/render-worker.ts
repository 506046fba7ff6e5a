// Worker-thread entry of the PDF render pool: one render at a time, errors answered as messages so a bad
// definition never takes the thread down.
import { parentPort } from 'node:worker_threads';
import { renderPdfNow } from './render-pdf-now.ts';
import type { RenderReply, RenderRequest } from './render-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('render-worker.ts must run in a worker thread');

port.on('message', (request: RenderRequest) => {
  void (async () => {
    let reply: RenderReply;
    try {
      const pdf = await renderPdfNow(request.definition);
      reply = { id: request.id, ok: true, pdf };
      port.postMessage(reply, [pdf.buffer as ArrayBuffer]);
    } catch (error) {
      const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
      reply = { id: request.id, ok: false, error: { name, message } };
      port.postMessage(reply);
    }
  })();
});

// Load the fonts (~21 MB) and pdfmake now, so the first notice does not pay for it.
void renderPdfNow({ title: 'warm-up', content: '预热' }).then(
  () => port.postMessage({ ready: true }),
  () => port.postMessage({ ready: true }),
);
