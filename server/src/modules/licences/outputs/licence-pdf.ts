/**
 * The PDF of an electronic licence: a certificate with the licence type's layout (title, orientation, fields in
 * order, accent colour, footnote), the holder in full (the PDF is the licence itself), issuer and dates, the
 * GB/T 36904 identifier, a verification QR code and the issuing department's seal picture over the issuer line.
 *
 * The licence's signed Verifiable Credential (JSON) travels inside the PDF as an embedded file (PDF EmbeddedFiles,
 * `/AFRelationship /Data`, MIME `application/vc`, named `licence-<identifier>.vc.json`): a viewer lists it as an
 * attachment, `pdfdetach -saveall licence.pdf` extracts it, and `readLicenceUpload` (licence-upload.ts) finds and
 * inflates it with node:zlib alone, so an uploaded PDF verifies exactly like the JSON.
 *
 * Pure: data in, `PdfDefinition` out; render it with the shared pool: `renderPdf(licencePdfDefinition(input))`.
 */
import { HOLDER_CODE_TYPES, type LicenceFieldValue, type LicenceMetadata } from '@onetrip/core';
import type { LicenceLayout } from '../../../platform/db/schema.ts';
import { formatChineseDate, type PdfDefinition } from '../../../platform/documents/index.ts';
import type { Content } from '../../../platform/documents/pdf-definition.ts';

export const LICENCE_CREDENTIAL_MIME_TYPE = 'application/vc';
const DEFAULT_ACCENT = '#b8860b';
const SEAL_SIZE = 119;

export interface LicencePdfInput {
  /** The full metadata, holder code included: the PDF is the licence. */
  metadata: LicenceMetadata;
  layout: LicenceLayout;
  /** Printed titles of the licence type's fields (from its JSON Schema), by field name; the name when missing. */
  fieldTitles: Record<string, string>;
  /** The seal picture (renderSealSvg). */
  sealSvg: string;
  /** The seal's name (e.g. 电子证照专用章), written into the PDF's keywords; the picture shows it. */
  sealName: string;
  /** Public verification URL, printed as the QR code. */
  verifyUrl: string;
  /** The signed Verifiable Credential, embedded as a file. */
  credentialJson: string;
}

/** Printed label of the holder's code by its code type. */
export function holderCodeLabel(codeType: string): string {
  if (codeType === '111') return '公民身份号码';
  if (codeType === '001') return '统一社会信用代码';
  return Object.hasOwn(HOLDER_CODE_TYPES, codeType) ? HOLDER_CODE_TYPES[codeType as keyof typeof HOLDER_CODE_TYPES] : '证件号码';
}

/** A field value as printed: 是/否 for booleans, a dash for empty. */
export function formatFieldValue(value: LicenceFieldValue | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

/** `2026年11月23日 至 2031年11月22日`, or `… 至 长期` without an end. */
export function formatValidity(validFrom: string, validUntil: string | null): string {
  return `${formatChineseDate(validFrom)} 至 ${validUntil === null ? '长期' : formatChineseDate(validUntil)}`;
}

/** The file name the credential is embedded under. */
export function credentialAttachmentName(identifier: string): string {
  return `licence-${identifier.replace(/[^0-9A-Za-z.-]/g, '_')}.vc.json`;
}

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`licence PDF: ${name} is required`);
  return value;
}

function accentOf(layout: LicenceLayout): string {
  return /^#[0-9a-fA-F]{6}$/.test(layout.accentColor) ? layout.accentColor : DEFAULT_ACCENT;
}

function factsTable(input: LicencePdfInput, labelWidth: number, rowGap: number): Content {
  const { metadata } = input;
  const row = (label: string, value: string): Content[] => [
    { text: label, bold: true, fontSize: 12, color: '#333333', margin: [0, rowGap, 0, rowGap] },
    { text: value, fontSize: 12.5, lineHeight: 1.2, margin: [0, rowGap, 0, rowGap] },
  ];
  const rows: Content[][] = [
    row(metadata.holder.codeType === '111' ? '持  证  人' : '持证主体', metadata.holder.name),
    row(holderCodeLabel(metadata.holder.codeType), metadata.holder.code),
    ...input.layout.fieldOrder.map((name) => row(input.fieldTitles[name] ?? name, formatFieldValue(metadata.fields[name]))),
    ...(metadata.number ? [row('证照编号', metadata.number)] : []),
    row('有效期限', formatValidity(metadata.validFrom, metadata.validUntil)),
    row('发证机关', metadata.issuer.name),
    row('发证日期', formatChineseDate(metadata.issueDate)),
  ];
  return { table: { widths: [labelWidth, '*'], body: rows, dontBreakRows: true }, layout: 'noBorders', margin: [0, 4, 0, 8] };
}

/** Issuer and issue date with the seal drawn over them, as a seal on paper covers the signature. */
function signatureBlock(input: LicencePdfInput, width: number): Content {
  const { metadata } = input;
  const lineHeight = 12 * 1.448 * 1.4;
  return {
    width,
    stack: [
      { text: ' ', margin: [0, 30, 0, 0] },
      { text: metadata.issuer.name, fontSize: 12, alignment: 'center', lineHeight: 1.4 },
      { text: formatChineseDate(metadata.issueDate), fontSize: 12, alignment: 'center', lineHeight: 1.4 },
      // Pulled up by a negative margin (not relativePosition, which pdfmake still lays out below and may push onto
      // a new page), centred on the two lines and drawn after them, so the seal lies over the text as on paper.
      { svg: input.sealSvg, width: SEAL_SIZE, height: SEAL_SIZE, alignment: 'center', margin: [0, -lineHeight - SEAL_SIZE / 2, 0, 0] },
    ],
  };
}

/**
 * The identifier in lines of at most `width` characters, broken after a dot (it has no other break opportunity, and
 * the font has no zero-width space).
 */
export function identifierLines(identifier: string, width = 36): string[] {
  const lines: string[] = [];
  let line = '';
  for (const segment of identifier.split(/(?<=\.)/)) {
    if (line !== '' && line.length + segment.length > width) {
      lines.push(line);
      line = '';
    }
    line += segment;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function verificationBlock(input: LicencePdfInput, width: number): Content {
  return {
    width,
    stack: [
      { qr: input.verifyUrl, fit: 84, eccLevel: 'M', alignment: 'left' },
      { text: '扫码核验', style: 'qrCaption', alignment: 'left', margin: [14, 2, 0, 6] },
      { text: '证照标识', fontSize: 8, bold: true, color: '#333333' },
      { text: identifierLines(input.metadata.identifier).join('\n'), fontSize: 8, color: '#333333', lineHeight: 1.1 },
    ],
  };
}

/** The licence as a pdfmake definition for `renderPdf` (portrait or landscape per the layout). */
export function licencePdfDefinition(input: LicencePdfInput): PdfDefinition {
  const { metadata, layout } = input;
  requireText(layout?.title, 'layout.title');
  requireText(metadata?.identifier, 'metadata.identifier');
  requireText(metadata.holder?.name, 'metadata.holder.name');
  requireText(metadata.holder?.code, 'metadata.holder.code');
  requireText(input.sealSvg, 'sealSvg');
  requireText(input.verifyUrl, 'verifyUrl');
  requireText(input.credentialJson, 'credentialJson');
  if (!Array.isArray(layout.fieldOrder)) throw new TypeError('licence PDF: layout.fieldOrder must be an array');
  const accent = accentOf(layout);
  const landscape = layout.orientation === 'landscape';

  const heading: Content[] = [
    { text: metadata.issuer.name, fontSize: 13, alignment: 'center', color: '#333333', margin: [0, landscape ? 0 : 10, 0, landscape ? 2 : 6] },
    { text: layout.title, fontSize: landscape ? 28 : 32, bold: true, alignment: 'center', color: accent, characterSpacing: 8, margin: [0, 0, 0, landscape ? 0 : 4] },
    ...(metadata.name === layout.title ? [] : [{ text: metadata.name, fontSize: 11, alignment: 'center', color: '#555555' } satisfies Content]),
    { text: '', margin: [0, 0, 0, landscape ? 6 : 18] },
  ];
  const footnote: Content[] = layout.footnote?.trim() ? [{ text: layout.footnote.trim(), style: 'note', fontSize: 9 }] : [];

  const body: Content[] = landscape
    ? [
        ...heading,
        {
          columns: [
            { width: '*', stack: [factsTable(input, 110, 0.5)] },
            { width: 200, stack: [verificationBlock(input, 200), { columns: [signatureBlock(input, 200)], margin: [0, 8, 0, 0] }] },
          ],
          columnGap: 24,
        },
        ...footnote,
      ]
    : [
        ...heading,
        factsTable(input, 120, 3),
        { unbreakable: true, margin: [0, 16, 0, 0], columns: [verificationBlock(input, 170), { width: '*', text: '' }, signatureBlock(input, 200)] },
        ...footnote,
      ];

  return {
    title: `${layout.title}（${metadata.holder.name}）`,
    subject: `${metadata.name} ${metadata.identifier}`,
    author: metadata.issuer.name,
    keywords: `${metadata.identifier} ${input.sealName}`,
    content: body,
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageBorder: { color: accent },
    pageFooter: false,
    attachments: [
      {
        name: credentialAttachmentName(metadata.identifier),
        mimeType: LICENCE_CREDENTIAL_MIME_TYPE,
        base64: Buffer.from(input.credentialJson, 'utf8').toString('base64'),
        description: `${metadata.name} ${metadata.identifier}: W3C Verifiable Credential`,
      },
    ],
  };
}
