import pdfmake from 'pdfmake';
import { loadFontBuffers } from './fonts.ts';
import type { Content, PdfDefinition } from './pdf-definition.ts';
import { DOCUMENT_STYLES, FONT_FAMILY, OFFICIAL_TABLE_LAYOUT, PAGE_MARGINS } from './pdf-styles.ts';

const REGULAR_FILE = 'NotoSansSC-Regular.ttf';
const BOLD_FILE = 'NotoSansSC-Bold.ttf';

let isConfigured = false;

// pdfmake is a process-wide (here: thread-wide) singleton. Fonts go into its virtual file system once, and every
// outside resource is refused: a definition can neither fetch a URL nor read a local file, only use data URLs.
function configurePdfmake(): void {
  if (isConfigured) return;
  const fonts = loadFontBuffers();
  pdfmake.virtualfs.writeFileSync(REGULAR_FILE, fonts.regular);
  pdfmake.virtualfs.writeFileSync(BOLD_FILE, fonts.bold);
  pdfmake.setFonts({
    [FONT_FAMILY]: { normal: REGULAR_FILE, bold: BOLD_FILE, italics: REGULAR_FILE, bolditalics: BOLD_FILE },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setTableLayouts({ official: OFFICIAL_TABLE_LAYOUT });
  isConfigured = true;
}

function assertDefinition(definition: unknown): asserts definition is PdfDefinition {
  if (typeof definition !== 'object' || definition === null) throw new TypeError('PDF definition must be an object');
  const candidate = definition as Partial<PdfDefinition>;
  if (typeof candidate.title !== 'string' || candidate.title.trim() === '') throw new TypeError('PDF definition needs a title');
  if (candidate.content === undefined || candidate.content === null) throw new TypeError('PDF definition needs content');
  if (candidate.footerNote !== undefined && typeof candidate.footerNote !== 'string') throw new TypeError('footerNote must be a string');
  for (const attachment of candidate.attachments ?? []) {
    if (typeof attachment?.name !== 'string' || attachment.name === '' || !/^[\w.+-]+\/[\w.+-]+$/.test(attachment.mimeType ?? '') || !/^[A-Za-z0-9+/]*={0,2}$/.test(attachment.base64 ?? '')) {
      throw new TypeError('attachments need a name, a MIME type and base64 content');
    }
  }
}

/** Two frames, 24 pt and 30 pt inside the page edge: a heavy outer line and a thin inner one. */
function pageBorder(color: string): (currentPage: number, pageSize: { width: number; height: number }) => object {
  return (_currentPage, pageSize) => ({
    canvas: [
      { type: 'rect', x: 24, y: 24, w: pageSize.width - 48, h: pageSize.height - 48, lineWidth: 3, lineColor: color },
      { type: 'rect', x: 31, y: 31, w: pageSize.width - 62, h: pageSize.height - 62, lineWidth: 0.8, lineColor: color },
    ],
  });
}

function toDocumentDefinition(definition: PdfDefinition): object {
  const footerNote = definition.footerNote ?? '';
  const files = Object.fromEntries(
    (definition.attachments ?? []).map((file) => [
      file.name,
      { src: `data:${file.mimeType};base64,${file.base64}`, name: file.name, description: file.description, relationship: 'Data' },
    ]),
  );
  return {
    pageSize: 'A4',
    pageOrientation: definition.pageOrientation ?? 'portrait',
    pageMargins: PAGE_MARGINS,
    files,
    ...(definition.pageBorder ? { background: pageBorder(definition.pageBorder.color) } : {}),
    info: {
      title: definition.title,
      subject: definition.subject ?? definition.title,
      author: definition.author ?? 'OneTrip',
      keywords: definition.keywords ?? '',
      creator: 'OneTrip',
      producer: 'OneTrip (pdfmake)',
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 12 },
    styles: DOCUMENT_STYLES,
    content: definition.content,
    footer: (currentPage: number, pageCount: number): Content => definition.pageFooter === false ? '' : ({
      margin: [PAGE_MARGINS[0], 40, PAGE_MARGINS[2], 0],
      columns: [
        { text: footerNote, fontSize: 9, color: '#555555' },
        { text: `第 ${currentPage} 页 共 ${pageCount} 页`, fontSize: 9, alignment: 'right', color: '#555555', width: 'auto' },
      ],
    }),
  };
}

/**
 * Renders on the calling thread. Only the render worker calls this; everything else goes through `renderPdf`
 * (the worker pool), because a layout takes tens of milliseconds of CPU that would stall the event loop.
 */
export async function renderPdfNow(definition: unknown): Promise<Uint8Array> {
  assertDefinition(definition);
  configurePdfmake();
  // pdfmake mutates the definition it lays out; keep the caller's object intact.
  const documentDefinition = toDocumentDefinition(structuredClone(definition));
  const buffer = await pdfmake.createPdf(documentDefinition).getBuffer();
  // A fresh, exactly sized copy: small Buffers share Node's pool and could not be transferred to another thread.
  return new Uint8Array(buffer);
}
