import type { DocumentStyleName, NodeStyle } from './pdf-definition.ts';

/** Font family name registered with pdfmake; the files come from `fonts.ts`. */
export const FONT_FAMILY = 'NotoSansSC';

/** Noto Sans SC's line box is 1.448 em (ascender 1.160 + descender 0.288); pdfmake's lineHeight multiplies it. */
export const FONT_LINE_BOX = 1.448;

export const SIGNATURE_FONT_SIZE = 12;
export const SIGNATURE_LINE_HEIGHT = 1.4;

// After GB/T 9704-2012 (党政机关公文格式) where a single sans-serif face allows: the title in 二号 (22 pt); body text
// in 小四 (12 pt) rather than 三号, so that a notice with its tables usually fits on one page; tables in 五号 (10.5 pt).
export const DOCUMENT_STYLES: Record<DocumentStyleName, Omit<NodeStyle, 'style'>> = {
  issuer: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
  title: { fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 4], characterSpacing: 2 },
  documentNumber: { fontSize: 12, alignment: 'center', margin: [0, 0, 0, 12] },
  salutation: { fontSize: 12, margin: [0, 0, 0, 4] },
  body: { fontSize: 12, lineHeight: 1.4, margin: [0, 0, 0, 4], leadingIndent: 24 },
  sectionHeading: { fontSize: 12, bold: true, margin: [0, 6, 0, 2] },
  tableHeader: { fontSize: 10.5, bold: true, alignment: 'center', fillColor: '#eeeeee' },
  tableCell: { fontSize: 10.5, lineHeight: 1.3 },
  note: { fontSize: 10.5, lineHeight: 1.4, color: '#333333', margin: [0, 6, 0, 0] },
  signature: { fontSize: SIGNATURE_FONT_SIZE, alignment: 'center', lineHeight: SIGNATURE_LINE_HEIGHT },
  qrCaption: { fontSize: 9, alignment: 'center', color: '#333333' },
};

/** Thin black grid for the materials tables (named 'official'; a function, so it lives in the renderer). */
export const OFFICIAL_TABLE_LAYOUT = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A4; left 28 mm and right 26 mm as GB/T 9704-2012, top 25 mm and bottom 25 mm (a notice has no 版头), in points. */
export const PAGE_MARGINS: [number, number, number, number] = [79, 71, 74, 71];
