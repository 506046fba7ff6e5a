import { afterAll, describe, expect, it } from 'vitest';
import { extractPagesText } from '../../../test/pdf-inspection.ts';
import { acceptanceNotice, closePdfRenderer, PdfRenderError, PdfRenderPool, renderPdf, type PdfDefinition } from './index.ts';
import { exampleAcceptance, exampleCorrection } from './notice-examples.ts';
import { correctionNotice } from './correction-notice.ts';
import { DEFAULT_WORKER_POOL_SIZE } from '../workers/worker-pool.ts';

const pool = new PdfRenderPool({ size: 2 });
afterAll(() => pool.close());

const isPdf = (pdf: Uint8Array): boolean =>
  Buffer.from(pdf.subarray(0, 5)).toString('latin1') === '%PDF-' && /%%EOF\s*$/.test(Buffer.from(pdf.subarray(-8)).toString('latin1'));

describe('PDF render pool', () => {
  it('sizes itself to the CPU count: one worker on two cores, never more than two', () => {
    expect(DEFAULT_WORKER_POOL_SIZE).toBeGreaterThanOrEqual(1);
    expect(DEFAULT_WORKER_POOL_SIZE).toBeLessThanOrEqual(2);
  });

  it('renders 20 notices concurrently, each with its own content', async () => {
    const caseNumbers = Array.from({ length: 20 }, (_, index) => `11150400MB15983748301130000000020261123${String(index + 1).padStart(4, '0')}`);
    const started = performance.now();
    const pdfs = await Promise.all(caseNumbers.map((caseNumber) => pool.render(acceptanceNotice({ ...exampleAcceptance, caseNumber }))));
    const elapsed = performance.now() - started;
    expect(pdfs.every(isPdf)).toBe(true);
    expect(pool.pending).toBe(0);
    const texts = await Promise.all(pdfs.map(async (pdf) => (await extractPagesText(pdf)).join('')));
    texts.forEach((text, index) => expect(text).toContain(caseNumbers[index]));
    console.info(`[documents] 20 acceptance notices in ${elapsed.toFixed(0)} ms with 2 workers (${(elapsed / 20).toFixed(1)} ms each)`);
  });

  it('rejects a bad definition with an error and keeps working', async () => {
    const bad: PdfDefinition[] = [
      { title: '坏图片', content: [{ image: 'data:image/png;base64,AAAA' }] },
      { title: '远程图片', content: [{ image: 'https://example.org/a.png' }] },
      { title: '本地文件', content: [{ image: '/etc/hostname' }] },
      { title: '', content: '没有标题' },
      { title: '没有内容' } as unknown as PdfDefinition,
      null as unknown as PdfDefinition,
    ];
    const outcomes = await Promise.allSettled(bad.map((definition) => pool.render(definition)));
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(PdfRenderError);
    }
    expect(isPdf(await pool.render(acceptanceNotice(exampleAcceptance)))).toBe(true);
  });

  it('refuses a definition that is not plain data before sending it', async () => {
    const withFunction = { title: '函数', content: [{ text: () => 'x' }] } as unknown as PdfDefinition;
    await expect(pool.render(withFunction)).rejects.toThrow(/not plain data/);
    expect(isPdf(await pool.render(acceptanceNotice(exampleAcceptance)))).toBe(true);
  });

  it('abandons a render that runs too long, replaces the worker and renders the next one', async () => {
    const impatient = new PdfRenderPool({ size: 1, taskTimeoutMs: 1 });
    try {
      await expect(impatient.render(correctionNotice(exampleCorrection))).rejects.toThrow(/timed out/);
    } finally {
      await impatient.close();
    }
    const patient = new PdfRenderPool({ size: 1 });
    try {
      expect(isPdf(await patient.render(correctionNotice(exampleCorrection)))).toBe(true);
    } finally {
      await patient.close();
    }
  });

  it('refuses work once closed and when the queue is full', async () => {
    const closed = new PdfRenderPool({ size: 1 });
    await closed.close();
    await expect(closed.render(acceptanceNotice(exampleAcceptance))).rejects.toThrow(/closed/);

    const tiny = new PdfRenderPool({ size: 1, maxQueue: 1 });
    try {
      const first = tiny.render(acceptanceNotice(exampleAcceptance)); // running
      const second = tiny.render(acceptanceNotice(exampleAcceptance)); // queued
      await expect(tiny.render(acceptanceNotice(exampleAcceptance))).rejects.toThrow(/queue is full/);
      expect((await Promise.all([first, second])).every(isPdf)).toBe(true);
    } finally {
      await tiny.close();
    }
  });

  it('offers a shared pool through renderPdf()', async () => {
    try {
      expect(isPdf(await renderPdf(acceptanceNotice(exampleAcceptance)))).toBe(true);
    } finally {
      await closePdfRenderer();
    }
  });
});
