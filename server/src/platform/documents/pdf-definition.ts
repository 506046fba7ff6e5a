/**
 * pdfmake content (https://pdfmake.github.io/docs/0.3/document-definition-object/), the subset the notices use,
 * as plain data. pdfmake itself validates the rest at render time.
 */
export type Content = string | Content[] | TextNode | StackNode | ColumnsNode | TableNode | QrNode | ImageNode | SvgNode;

export type Margins = number | [number, number] | [number, number, number, number];

/** Style properties any node may carry (named styles via `style`). */
export interface NodeStyle {
  style?: DocumentStyleName | DocumentStyleName[];
  margin?: Margins;
  alignment?: 'left' | 'center' | 'right' | 'justify';
  bold?: boolean;
  fontSize?: number;
  color?: string;
  fillColor?: string;
  lineHeight?: number;
  characterSpacing?: number;
  leadingIndent?: number;
  /** Width inside `columns`: points, '*' or 'auto'. */
  width?: number | string;
  /** Keeps the node on one page. */
  unbreakable?: boolean;
  /** Draws the node offset from where it would stand, without taking up space (used for the seal). */
  relativePosition?: { x: number; y: number };
  pageBreak?: 'before' | 'after';
  colSpan?: number;
  rowSpan?: number;
}

export interface TextNode extends NodeStyle {
  text: string | Content[];
}
export interface StackNode extends NodeStyle {
  stack: Content[];
}
export interface ColumnsNode extends NodeStyle {
  columns: Content[];
  columnGap?: number;
}
export interface TableNode extends NodeStyle {
  table: { body: Content[][]; widths?: (number | string)[]; headerRows?: number; dontBreakRows?: boolean };
  /** 'official' (thin black grid, defined by the renderer), 'noBorders', 'lightHorizontalLines', 'headerLineOnly'. */
  layout?: 'official' | 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly';
}
export interface QrNode extends NodeStyle {
  qr: string;
  fit?: number;
  eccLevel?: 'L' | 'M' | 'Q' | 'H';
}
export interface ImageNode extends NodeStyle {
  /** A data URL (PNG or JPEG); the renderer refuses URLs and file paths. */
  image: string;
  height?: number;
  fit?: [number, number];
}
export interface SvgNode extends NodeStyle {
  /** SVG markup. */
  svg: string;
  height?: number;
}

/**
 * What `renderPdf` takes: a document in pdfmake's content model plus the few page-level settings we allow.
 * It must be plain JSON (no functions, no class instances) because it is posted to a worker thread; the page
 * furniture that pdfmake expresses as functions (the footer with page numbers, table layouts) is added by the
 * renderer. Page size, margins, fonts and the named styles below are fixed by the renderer, so every notice
 * has the same official look.
 */
export interface PdfDefinition {
  /** Document title: PDF metadata (shown in viewers' title bars). */
  title: string;
  /** Body, pdfmake content. Use the named styles in `DOCUMENT_STYLE_NAMES`; images and SVG only as data. */
  content: Content;
  /** Printed at the left of every page footer, e.g. "办件编号 …"; the right side always shows 第 x 页 共 y 页. */
  footerNote?: string;
  /** PDF metadata. */
  subject?: string;
  author?: string;
  keywords?: string;
  /** A4 portrait unless 'landscape' (the licences' layouts choose). */
  pageOrientation?: 'portrait' | 'landscape';
  /** A double frame round every page in this colour (certificates); none when absent. */
  pageBorder?: { color: string };
  /** false: no footer line (a one-page certificate); default true. */
  pageFooter?: boolean;
  /** Files embedded in the PDF (PDF 1.7 EmbeddedFiles, pdfkit `file()`), e.g. a licence's Verifiable Credential. */
  attachments?: PdfAttachment[];
}

/** A file carried inside the PDF: listed by viewers as an attachment, extractable with `pdfdetach -saveall`. */
export interface PdfAttachment {
  /** File name, unique within the document. */
  name: string;
  /** MIME type, written as the embedded file's /Subtype. */
  mimeType: string;
  /** The content, base64. */
  base64: string;
  description?: string;
}

/** Named styles defined by the renderer (see `pdf-styles.ts`). */
export const DOCUMENT_STYLE_NAMES = [
  'issuer',
  'title',
  'documentNumber',
  'salutation',
  'body',
  'sectionHeading',
  'tableHeader',
  'tableCell',
  'note',
  'signature',
  'qrCaption',
] as const;
export type DocumentStyleName = (typeof DOCUMENT_STYLE_NAMES)[number];

/**
 * The seal hook. Electronic seals arrive with the licences work (SM2-signed seals after GB/T 38540); until then a
 * notice is printed and stamped by hand in the reserved blank area. When given, the image is drawn over the
 * signature block (department name and date), as a seal is placed on paper.
 */
export interface SealImage {
  /** `data:image/png;base64,…` or `data:image/svg+xml;…` (base64 or URL-encoded). Nothing else is loaded. */
  dataUrl: string;
  /** Printed width (and height) of the seal in points; a round official seal is about 42 mm ≈ 119 pt. */
  size?: number;
  /** Shift from the default position (centred on the department name and date), in points; +x right, +y down. */
  offset?: { x: number; y: number };
}
