import { deflateSync, crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeQrCodes, extractPagesText, pdfSyntax } from '../../../test/pdf-inspection.ts';
import {
  acceptanceNotice,
  correctionNotice,
  decisionLetter,
  formatChineseDate,
  pickupReceipt,
  PdfRenderPool,
  rejectionNotice,
  type PdfDefinition,
} from './index.ts';
import {
  EXAMPLE_SEAL_SVG,
  exampleAcceptance,
  exampleApproval,
  exampleBase,
  exampleCorrection,
  exampleDenial,
  examplePickup,
  exampleRejection,
} from './notice-examples.ts';

const pool = new PdfRenderPool({ size: 2 });
afterAll(() => pool.close());

const squash = (text: string): string => text.replace(/\s+/g, '');

/** What every notice must show, whatever its kind. */
const COMMON_TEXT = [
  exampleBase.department.name,
  exampleBase.documentNumber!,
  exampleBase.caseNumber,
  exampleBase.applicant.name,
  exampleBase.applicant.maskedId!,
  exampleBase.itemName,
  '2026年11月23日',
  '扫码查询办理进度',
];

const TEMPLATES: { name: string; definition: PdfDefinition; title: string; text: string[] }[] = [
  {
    name: 'acceptance notice',
    definition: acceptanceNotice(exampleAcceptance),
    title: '受理通知书',
    text: [
      ...exampleAcceptance.materialsReceived.map((material) => material.name),
      '2026年12月4日前作出决定',
      '承诺办结时限为9个工作日',
      '《中华人民共和国行政许可法》第三十二条第一款第（五）项',
      '第四十五条',
    ],
  },
  {
    name: 'rejection notice',
    definition: rejectionNotice(exampleRejection),
    title: '不予受理通知书',
    text: [exampleRejection.reason, exampleRejection.legalBasis, '决定不予受理', '六十日内向赤峰市红山区人民政府申请行政复议', '六个月内直接向赤峰市红山区人民法院提起行政诉讼'],
  },
  {
    name: 'correction notice',
    definition: correctionNotice(exampleCorrection),
    title: '一次性补正告知书',
    text: ['共4项', '2026年12月8日前补正', exampleCorrection.resubmission.onlineUrl!, exampleCorrection.resubmission.window!.address, '第三十二条第一款第（四）项'],
  },
  {
    name: 'decision letter (approved)',
    definition: decisionLetter(exampleApproval),
    title: '准予行政许可决定书',
    text: ['决定准予行政许可', '准予你单位从事预包装食品（含冷藏冷冻食品）销售', 'JY11504020012345', '2026年12月1日至2031年11月30日', '第三十八条第一款'],
  },
  {
    name: 'decision letter (denied)',
    definition: decisionLetter(exampleDenial),
    title: '不予行政许可决定书',
    text: [
      '经现场核查，经营场所与有毒、有害场所的距离不符合食品安全要求',
      '《中华人民共和国食品安全法》第三十三条第一款第（一）项',
      '第三十八条第二款',
      '决定不予行政许可',
      '可以自知道该行政行为之日起六十日内向赤峰市红山区人民政府申请行政复议（《中华人民共和国行政复议法》第二十条第一款）',
      '也可以自知道该行政行为之日起六个月内直接向赤峰市红山区人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条第一款）',
    ],
  },
  {
    name: 'pickup receipt',
    definition: pickupReceipt(examplePickup),
    title: '批复材料签收单',
    text: [...examplePickup.documents.map((document) => document.name), '领取人（签字）', examplePickup.windowName!, examplePickup.clerkName!],
  },
];

describe.each(TEMPLATES)('$name', ({ definition, title, text }) => {
  let rendered: Promise<Uint8Array> | undefined;
  const render = (): Promise<Uint8Array> => (rendered ??= pool.render(definition));

  it('renders a complete PDF file', async () => {
    const pdf = await render();
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(pdf.subarray(-8)).toString('latin1')).toMatch(/%%EOF\s*$/);
    expect(pdf.length).toBeLessThan(200_000); // the font is subset, not embedded whole (10.5 MB per weight)
  });

  it('embeds Noto Sans SC subsets and references no other font', async () => {
    const syntax = pdfSyntax(await render());
    expect(syntax).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(syntax).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansSC-Bold/);
    const descriptors = syntax.match(/\/Type \/FontDescriptor/g) ?? [];
    const fontFiles = syntax.match(/\/FontFile2 \d+ 0 R/g) ?? [];
    expect(descriptors.length).toBeGreaterThanOrEqual(2);
    expect(fontFiles.length).toBe(descriptors.length); // every font program is embedded
    const baseFonts = [...syntax.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((match) => match[1]);
    expect(baseFonts.length).toBeGreaterThan(0);
    for (const baseFont of baseFonts) expect(baseFont).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
    expect(syntax).not.toMatch(/Helvetica|Times-Roman|Courier|SimSun|Arial/);
    expect(syntax).toContain('/ToUnicode');
  });

  it('contains its Chinese text (extracted as a viewer does)', async () => {
    const pages = await extractPagesText(await render());
    const all = pages.join('');
    for (const expected of [title, ...COMMON_TEXT, ...text]) expect(all).toContain(squash(expected));
    pages.forEach((page, index) => expect(page).toContain(`第${index + 1}页共${pages.length}页`));
  });

  it('carries the tracking QR code', async () => {
    const codes = await decodeQrCodes(await render());
    expect(codes.filter((code) => code !== null)).toEqual([exampleBase.trackingUrl]);
  });
});

describe('correction notice', () => {
  it('lists every material with its problem and remedy', async () => {
    const materials = Array.from({ length: 12 }, (_, index) => ({
      name: `第${index + 1}号测试材料`,
      problem: index % 2 === 0 ? ('missing' as const) : ('defective' as const),
      detail: `问题描述${index + 1}`,
      remedy: `补正办法${index + 1}`,
    }));
    const pages = await extractPagesText(await pool.render(correctionNotice({ ...exampleCorrection, materials })));
    const all = pages.join('');
    expect(all).toContain('共12项');
    for (const [index, material] of materials.entries()) {
      expect(all).toContain(material.name);
      expect(all).toContain(`${index % 2 === 0 ? '缺少' : '不符合要求'}：${material.detail}`);
      expect(all).toContain(material.remedy);
    }
  });

  it('refuses an empty list and a notice without a way to resubmit', () => {
    expect(() => correctionNotice({ ...exampleCorrection, materials: [] })).toThrow(/at least one material/);
    expect(() => correctionNotice({ ...exampleCorrection, resubmission: {} })).toThrow(/how to resubmit/);
  });
});

/** A solid red square as PNG, built by hand (signature, IHDR, IDAT, IEND). */
function redSquarePng(size: number): string {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [212, 0, 0]).flat())]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

describe('seal hook', () => {
  it('draws a PNG seal image over the signature block', async () => {
    const withoutSeal = pdfSyntax(await pool.render(acceptanceNotice(exampleAcceptance)));
    const withSeal = pdfSyntax(await pool.render(acceptanceNotice({ ...exampleAcceptance, seal: { dataUrl: redSquarePng(16), size: 100 } })));
    expect(withoutSeal).not.toContain('/Subtype /Image');
    expect(withSeal).toContain('/Subtype /Image');
  });

  it('draws an SVG seal as vector graphics, base64 or URL-encoded', async () => {
    for (const dataUrl of [
      `data:image/svg+xml;base64,${Buffer.from(EXAMPLE_SEAL_SVG).toString('base64')}`,
      `data:image/svg+xml,${encodeURIComponent(EXAMPLE_SEAL_SVG)}`,
    ]) {
      const pdf = await pool.render(decisionLetter({ ...exampleApproval, seal: { dataUrl, offset: { x: 10, y: -5 } } }));
      expect(pdfSyntax(pdf)).toMatch(/%%EOF\s*$/);
    }
  });

  it('accepts only data URLs of images', () => {
    expect(() => acceptanceNotice({ ...exampleAcceptance, seal: { dataUrl: 'https://example.org/seal.png' } })).toThrow(/data URL/);
    expect(() => acceptanceNotice({ ...exampleAcceptance, seal: { dataUrl: '/etc/passwd' } })).toThrow(/data URL/);
  });
});

describe('template input', () => {
  it('formats dates the official way and refuses malformed ones', () => {
    expect(formatChineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(() => formatChineseDate('2026-02-30')).toThrow(/No such date/);
    expect(() => formatChineseDate('23.11.2026')).toThrow(/YYYY-MM-DD/);
    expect(() => acceptanceNotice({ ...exampleAcceptance, issuedOn: '2026/11/23' })).toThrow(/YYYY-MM-DD/);
  });

  it('refuses a notice without its required fields', () => {
    expect(() => rejectionNotice({ ...exampleRejection, reason: ' ' })).toThrow(/reason/);
    expect(() => acceptanceNotice({ ...exampleAcceptance, caseNumber: '' })).toThrow(/caseNumber/);
    expect(() => pickupReceipt({ ...examplePickup, documents: [] })).toThrow(/at least one document/);
  });

  it('prints a blank 文号 to fill in when none is given, and no ID when none is given', async () => {
    const { documentNumber: _omitted, ...withoutNumber } = exampleAcceptance;
    const definition = acceptanceNotice({ ...withoutNumber, applicant: { name: '内蒙古草原乳业有限公司' } });
    const all = (await extractPagesText(await pool.render(definition))).join('');
    expect(all).toContain('〔〕号');
    expect(all).toContain('内蒙古草原乳业有限公司：');
    expect(all).not.toContain('证件号码');
  });
});
