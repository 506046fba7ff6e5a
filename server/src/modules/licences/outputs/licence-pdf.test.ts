import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_LICENCE, EXAMPLE_PERSON_HOLDER } from '../../../../../core/src/licences/fixtures.ts';
import { decodeQrCodes, extractPagesText, pdfSyntax } from '../../../../test/pdf-inspection.ts';
import { PdfRenderPool } from '../../../platform/documents/index.ts';
import type { LicenceLayout } from '../../../platform/db/schema.ts';
import { signedExampleCredential } from './example-credential.ts';
import {
  credentialAttachmentName,
  formatFieldValue,
  formatValidity,
  holderCodeLabel,
  identifierLines,
  LICENCE_CREDENTIAL_MIME_TYPE,
  licencePdfDefinition,
  type LicencePdfInput,
} from './licence-pdf.ts';
import { embeddedFiles, readLicenceUpload } from './licence-upload.ts';
import { renderSealSvg } from './seal-picture.ts';

const pool = new PdfRenderPool({ size: 1 });
afterAll(() => pool.close());

const VERIFY_URL = `https://zwfw.example.gov.cn/verify/${encodeURIComponent(EXAMPLE_LICENCE.identifier)}`;
const LAYOUT: LicenceLayout = {
  title: '食品经营许可证',
  orientation: 'portrait',
  fieldOrder: ['主体业态', '经营项目', '经营场所', '网络经营'],
  accentColor: '#1f5fa8',
  footnote: '本证照可扫描二维码核验真伪。',
};
const example = signedExampleCredential();
const credentialJson = JSON.stringify(example.credential);

function input(overrides: Partial<LicencePdfInput> = {}): LicencePdfInput {
  return {
    metadata: EXAMPLE_LICENCE,
    layout: LAYOUT,
    fieldTitles: { 主体业态: '主体业态', 经营项目: '经营项目（许可范围）', 经营场所: '经营场所', 网络经营: '网络经营' },
    sealSvg: renderSealSvg({ departmentName: EXAMPLE_LICENCE.issuer.name, sealName: '电子证照专用章', sealCode: '2200000012345' }),
    sealName: '电子证照专用章',
    verifyUrl: VERIFY_URL,
    credentialJson,
    ...overrides,
  };
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('licence PDF definition', () => {
  it('is a bordered one-page certificate without a page footer, carrying the credential as an attachment', () => {
    const definition = licencePdfDefinition(input());
    expect(definition.pageOrientation).toBe('portrait');
    expect(definition.pageBorder).toEqual({ color: '#1f5fa8' });
    expect(definition.pageFooter).toBe(false);
    expect(definition.title).toBe('食品经营许可证（赤峰示例餐饮有限公司）');
    expect(definition.keywords).toContain(EXAMPLE_LICENCE.identifier);
    expect(definition.attachments).toHaveLength(1);
    const [attachment] = definition.attachments!;
    expect(attachment!.name).toBe(`licence-${EXAMPLE_LICENCE.identifier}.vc.json`);
    expect(attachment!.mimeType).toBe(LICENCE_CREDENTIAL_MIME_TYPE);
    expect(Buffer.from(attachment!.base64, 'base64').toString('utf8')).toBe(credentialJson);
  });

  it('follows the layout: landscape, and an accent colour that is not #rrggbb falls back to dark gold', () => {
    const definition = licencePdfDefinition(input({ layout: { ...LAYOUT, orientation: 'landscape', accentColor: 'red; evil' } }));
    expect(definition.pageOrientation).toBe('landscape');
    expect(definition.pageBorder).toEqual({ color: '#b8860b' });
  });

  it('formats labels, values, validity and the identifier', () => {
    expect(holderCodeLabel('111')).toBe('公民身份号码');
    expect(holderCodeLabel('001')).toBe('统一社会信用代码');
    expect(holderCodeLabel('999')).toBe('证件号码');
    expect([true, false, null, undefined, '', 12, 'x'].map((v) => formatFieldValue(v))).toEqual(['是', '否', '—', '—', '—', '12', 'x']);
    expect(formatValidity('2026-11-23', null)).toBe('2026年11月23日 至 长期');
    expect(formatValidity('2026-11-23', '2031-11-22')).toBe('2026年11月23日 至 2031年11月22日');
    const lines = identifierLines(EXAMPLE_LICENCE.identifier);
    expect(lines.join('')).toBe(EXAMPLE_LICENCE.identifier);
    expect(lines).toEqual(['1.2.156.3005.2.', '11100000000013338W032.', '11220000013544541J.2430599.001.F']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(36);
    expect(identifierLines('ABC')).toEqual(['ABC']);
    expect(credentialAttachmentName('a/b c')).toBe('licence-a_b_c.vc.json');
  });

  it('refuses missing essentials with a TypeError', () => {
    expect(() => licencePdfDefinition(input({ sealSvg: '' }))).toThrow(TypeError);
    expect(() => licencePdfDefinition(input({ verifyUrl: ' ' }))).toThrow(TypeError);
    expect(() => licencePdfDefinition(input({ credentialJson: '' }))).toThrow(TypeError);
    expect(() => licencePdfDefinition(input({ layout: { ...LAYOUT, title: '' } }))).toThrow(TypeError);
    expect(() => licencePdfDefinition(input({ metadata: { ...EXAMPLE_LICENCE, holder: { ...EXAMPLE_LICENCE.holder, code: '' } } }))).toThrow(TypeError);
  });
});

describe('licence PDF, rendered', () => {
  it('prints the licence on one page: title, holder with full code, fields in order, dates, issuer, identifier, footnote', async () => {
    const pdf = await pool.render(licencePdfDefinition(input()));
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pages = await extractPagesText(pdf);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    const inOrder = ['示例市市场监督管理局', '食品经营许可证', '持证主体', '赤峰示例餐饮有限公司', '统一社会信用代码', '91150402MA0N1B2C4P', '主体业态', '餐饮服务经营者', '经营项目（许可范围）', '热食类食品制售', '经营场所', '红山区示例路1号', '网络经营', '否', '证照编号', 'JY12204020012345', '有效期限', '2026年11月23日至2031年11月22日', '发证机关', '发证日期', '扫码核验', '证照标识', squeeze(EXAMPLE_LICENCE.identifier), '本证照可扫描二维码核验真伪。'];
    let from = 0;
    for (const piece of inOrder) {
      const at = text.indexOf(piece, from);
      expect({ piece, found: at >= 0 }).toEqual({ piece, found: true });
      from = at + piece.length;
    }
    // Only the fields the layout lists are printed.
    expect(text).not.toContain('从业人数');
    // Chinese embedded from our font (a subset), no system font.
    const syntax = pdfSyntax(pdf);
    expect(syntax).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(syntax).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-(Regular|Bold)/);
    expect(syntax).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('prints a person holder with 公民身份号码 and a licence without end as 长期, in landscape on one page', async () => {
    const metadata = { ...EXAMPLE_LICENCE, validUntil: null, holder: { ...EXAMPLE_PERSON_HOLDER } };
    const pdf = await pool.render(licencePdfDefinition(input({ metadata, layout: { ...LAYOUT, orientation: 'landscape', footnote: null, title: '就业创业证' } })));
    const pages = await extractPagesText(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('就业创业证');
    expect(pages[0]).toContain('持证人张三公民身份号码150402199003071233');
    expect(pages[0]).toContain('2026年11月23日至长期');
    expect(pages[0]).not.toContain('本证照可扫描');
    expect(pdfSyntax(pdf)).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
  });

  it('refuses an attachment without a name, with a bad MIME type or content that is not base64', async () => {
    for (const attachment of [
      { name: '', mimeType: 'application/vc', base64: 'e30=' },
      { name: 'a.json', mimeType: 'application', base64: 'e30=' },
      { name: 'a.json', mimeType: 'application/vc', base64: '{}' },
    ]) {
      await expect(pool.render({ title: '附件', content: 'x', attachments: [attachment] })).rejects.toThrow(/attachments/);
    }
  });

  it('has a QR code that reads as the verification URL', async () => {
    const pdf = await pool.render(licencePdfDefinition(input()));
    expect(await decodeQrCodes(pdf, 3)).toEqual([VERIFY_URL]);
  });

  it('carries the credential as an embedded file that reads back byte for byte (and pdfdetach would list it)', async () => {
    const pdf = await pool.render(licencePdfDefinition(input()));
    const syntax = pdfSyntax(pdf);
    expect(syntax).toContain('/Type /EmbeddedFile');
    expect(syntax).toContain('/Subtype /application#2Fvc');
    expect(syntax).toContain('/AFRelationship /Data');
    expect(syntax).toMatch(/\/EmbeddedFiles <<\s*\/Names \[\s*\(licence-1\.2\.156\.3005\.2\./);
    // Compressed: the JSON is not in the file as plain text.
    expect(syntax).not.toContain('"credentialSubject"');
    expect(embeddedFiles(pdf).map((file) => Buffer.from(file).toString('utf8'))).toEqual([credentialJson]);
    expect(readLicenceUpload(pdf)).toEqual({ kind: 'credential', credential: example.credential });
  });
});
