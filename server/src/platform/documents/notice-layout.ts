// Building blocks shared by the notice templates: the official header, the facts table, the signature block with
// the seal hook and the tracking QR code. Pure functions from plain data to a `PdfDefinition`.
import type { Content, PdfDefinition, SealImage, TableNode } from './pdf-definition.ts';
import { FONT_LINE_BOX, SIGNATURE_FONT_SIZE, SIGNATURE_LINE_HEIGHT } from './pdf-styles.ts';

/** The fields every notice carries. Dates are calendar dates `YYYY-MM-DD` (no time zone involved). */
export interface NoticeBase {
  /** The issuing department (the one whose seal the notice bears). */
  department: { name: string };
  /** 文号, e.g. "赤市监许受〔2026〕15号"; when absent a blank is printed to fill in by hand. */
  documentNumber?: string;
  /** Date of the notice (成文日期). */
  issuedOn: string;
  caseNumber: string;
  applicant: ApplicantRef;
  itemName: string;
  /** Public progress-lookup URL, printed as a QR code. */
  trackingUrl: string;
  /** Electronic seal image; without it the seal area is left blank for a hand stamp. */
  seal?: SealImage;
}

export interface ApplicantRef {
  /** Person's name or enterprise name. */
  name: string;
  /** Masked identifier exactly as it should be printed, e.g. "150402********1234". Never the full number. */
  maskedId?: string;
  /** Label of that identifier; default 证件号码. E.g. 居民身份证号码, 统一社会信用代码. */
  idLabel?: string;
}

/** Who hears an appeal; when absent the notice names them generically, as the law does. */
export interface RemedyBodies {
  /** 行政复议机关, usually the people's government at the same level (行政复议法 2023, art. 24). */
  reconsiderationBody?: string;
  /** 人民法院 with jurisdiction. */
  court?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-11-23` → `2026年11月23日` (GB/T 9704-2012: Arabic numerals, no leading zeros). */
export function formatChineseDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (match === null) throw new TypeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) throw new TypeError(`No such date: ${isoDate}`);
  return `${Number(year)}年${Number(month)}月${Number(day)}日`;
}

export function requireText(value: string | undefined, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`Notice field "${field}" is required`);
  return value.trim();
}

function checkBase(base: NoticeBase): void {
  requireText(base.department?.name, 'department.name');
  requireText(base.caseNumber, 'caseNumber');
  requireText(base.applicant?.name, 'applicant.name');
  requireText(base.itemName, 'itemName');
  requireText(base.trackingUrl, 'trackingUrl');
  formatChineseDate(base.issuedOn);
}

/** Paragraph of running text with the first-line indent of Chinese documents. */
export function paragraph(text: string | Content[]): Content {
  return { text, style: 'body' };
}

/** A bordered table with a header row; `widths` in points or '*' / 'auto'. */
export function gridTable(headers: string[], rows: string[][], widths: (number | string)[]): TableNode {
  const body: Content[][] = [
    headers.map((header): Content => ({ text: header, style: 'tableHeader' })),
    ...rows.map((row) => row.map((cell): Content => ({ text: cell, style: 'tableCell' }))),
  ];
  return { table: { headerRows: 1, widths, body, dontBreakRows: true }, layout: 'official', margin: [0, 4, 0, 8] };
}

function factsTable(base: NoticeBase): Content {
  const applicant = base.applicant.maskedId
    ? `${base.applicant.name}（${base.applicant.idLabel ?? '证件号码'}：${base.applicant.maskedId}）`
    : base.applicant.name;
  const row = (label: string, value: string): Content[] => [
    { text: label, style: 'tableCell', bold: true },
    { text: value, style: 'tableCell' },
  ];
  return {
    table: { widths: [70, '*'], body: [row('办件编号', base.caseNumber), row('申请事项', base.itemName), row('申  请  人', applicant)] },
    layout: 'official',
    margin: [0, 0, 0, 12],
  };
}

const SEAL_DATA_URL = /^data:image\/(png|jpeg|svg\+xml)(;[^,]*)?,/;

function sealNode(seal: SealImage, blockWidth: number): Content {
  const match = SEAL_DATA_URL.exec(seal.dataUrl);
  if (match === null) throw new TypeError('Seal image must be a PNG, JPEG or SVG data URL');
  const size = seal.size ?? 119;
  // The node follows the date line, so y = 0 is the bottom of the signature; centre the seal on its two lines
  // (department name and date), as a seal on paper covers both.
  const signatureLine = SIGNATURE_FONT_SIZE * FONT_LINE_BOX * SIGNATURE_LINE_HEIGHT;
  const relativePosition = { x: (blockWidth - size) / 2 + (seal.offset?.x ?? 0), y: -signatureLine - size / 2 + (seal.offset?.y ?? 0) };
  if (match[1] === 'svg+xml') {
    const payload = seal.dataUrl.slice(match[0].length);
    const svg = match[2]?.includes('base64') ? Buffer.from(payload, 'base64').toString('utf8') : decodeURIComponent(payload);
    return { svg, width: size, height: size, relativePosition };
  }
  return { image: seal.dataUrl, width: size, height: size, relativePosition };
}

const SIGNATURE_WIDTH = 200;

/** Tracking QR (left) and the signature block with the seal area (right); kept on one page. */
function closingBlock(base: NoticeBase): Content {
  const signature: Content[] = [
    // The blank above the name is the seal area: a hand stamp goes here when there is no electronic seal.
    { text: ' ', margin: [0, 16, 0, 0] },
    { text: base.department.name, style: 'signature' },
    { text: formatChineseDate(base.issuedOn), style: 'signature' },
  ];
  if (base.seal) signature.push(sealNode(base.seal, SIGNATURE_WIDTH));
  return {
    unbreakable: true,
    margin: [0, 8, 0, 0],
    columns: [
      {
        width: 96,
        stack: [
          { qr: base.trackingUrl, fit: 76, eccLevel: 'M', alignment: 'center' },
          { text: '扫码查询办理进度', style: 'qrCaption', margin: [0, 2, 0, 0] },
        ],
      },
      { width: '*', text: '' },
      { width: SIGNATURE_WIDTH, stack: signature },
    ],
  };
}

export interface NoticeParts {
  title: string;
  /** Defaults to the applicant's name; `null` for forms without a salutation (the sign-off slip). */
  salutation?: string | null;
  body: Content[];
}

/** Assembles a notice: issuer, title, 文号, facts, salutation, body, QR + signature + seal, footer. */
export function officialNotice(base: NoticeBase, parts: NoticeParts): PdfDefinition {
  checkBase(base);
  const salutation = parts.salutation === undefined ? `${base.applicant.name}：` : parts.salutation;
  const content: Content[] = [
    { text: base.department.name, style: 'issuer' },
    { text: parts.title, style: 'title' },
    { text: base.documentNumber?.trim() || '〔　　　　〕　　　号', style: 'documentNumber' },
    factsTable(base),
    ...(salutation === null ? [] : [{ text: salutation, style: 'salutation' } satisfies Content]),
    ...parts.body,
    closingBlock(base),
  ];
  return {
    title: parts.title,
    subject: `${parts.title}（${base.caseNumber}）`,
    author: base.department.name,
    keywords: base.caseNumber,
    content,
    footerNote: `${parts.title}  办件编号 ${base.caseNumber}`,
  };
}
