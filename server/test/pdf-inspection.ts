// Test helpers that read PDFs the way a viewer does: pdf.js (legacy Node build) extracts the text through each
// font's ToUnicode map, and renders pages (via @napi-rs/canvas) so jsQR can decode the QR code from the pixels.
import { createRequire } from 'node:module';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const require = createRequire(import.meta.url);
const jsQR = require('jsqr') as JsQr;

interface CanvasAndContext {
  canvas: unknown;
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray; width: number; height: number } };
}

async function withPdf<T>(pdf: Uint8Array, use: (document: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: pdf.slice(), verbosity: 0 });
  try {
    return await use(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** The text of every page, in reading order, with all white space removed (CJK runs are split arbitrarily). */
export async function extractPagesText(pdf: Uint8Array): Promise<string[]> {
  return withPdf(pdf, async (document) => {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
    }
    return pages;
  });
}

/** Decoded QR codes, one entry per page that has one (null where none was found). */
export async function decodeQrCodes(pdf: Uint8Array, scale = 2): Promise<(string | null)[]> {
  return withPdf(pdf, async (document) => {
    const found: (string | null)[] = [];
    const factory = document.canvasFactory as { create(width: number, height: number): CanvasAndContext };
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale });
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
      const image = context.getImageData(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
      found.push(jsQR(image.data, image.width, image.height)?.data ?? null);
    }
    return found;
  });
}

/** The uncompressed parts of the file (dictionaries; pdfkit writes no object streams) as Latin-1 text. */
export function pdfSyntax(pdf: Uint8Array): string {
  return Buffer.from(pdf).toString('latin1');
}
