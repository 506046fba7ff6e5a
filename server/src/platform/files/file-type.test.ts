import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition, detectFileKind, mediaTypeOf, zipEntryNames } from './file-type.ts';

/** A zip with stored (uncompressed) entries, enough for the local-header scan. */
function zip(entries: Record<string, string>): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = new TextEncoder().encode(name);
    const data = new TextEncoder().encode(text);
    const header = new Uint8Array(30);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint32(18, data.length, true);
    view.setUint32(22, data.length, true);
    view.setUint16(26, nameBytes.length, true);
    parts.push(header, nameBytes, data);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) { out.set(p, offset); offset += p.length; }
  return out;
}

const pdf = new TextEncoder().encode('%PDF-1.7\n');
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
const docx = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
const xlsx = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
const ofd = zip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' });
const plainZip = zip({ 'readme.txt': 'hello' });

describe('detectFileKind', () => {
  it.each([
    ['PDF', pdf, 'pdf'], ['JPEG', jpeg, 'jpeg'], ['PNG', png, 'png'], ['OLE2 (doc/xls)', ole, 'doc_or_xls'],
    ['DOCX', docx, 'docx'], ['XLSX', xlsx, 'xlsx'], ['OFD', ofd, 'ofd'], ['other zip', plainZip, 'zip'],
    ['HTML', new TextEncoder().encode('<html>'), null], ['empty', new Uint8Array(), null], ['truncated PNG', png.subarray(0, 4), null],
  ] as const)('%s', (_name, bytes, kind) => {
    expect(detectFileKind(bytes)).toBe(kind);
  });

  it('lists zip entries and survives a truncated archive', () => {
    expect(zipEntryNames(docx)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(zipEntryNames(docx.subarray(0, 60))).toEqual(['[Content_Types].xml']);
  });
});

describe('mediaTypeOf', () => {
  const all = ['pdf', 'ofd', 'docx', 'xlsx', 'doc_or_xls', 'jpeg', 'png'] as const;
  it('answers the media type when the extension agrees with the bytes', () => {
    expect(mediaTypeOf('申请表.PDF', pdf, all)).toBe('application/pdf');
    expect(mediaTypeOf('photo.jpg', jpeg, all)).toBe('image/jpeg');
    expect(mediaTypeOf('form.docx', docx, all)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(mediaTypeOf('form.doc', ole, all)).toBe('application/msword');
    expect(mediaTypeOf('list.xls', ole, all)).toBe('application/vnd.ms-excel');
    expect(mediaTypeOf('licence.ofd', ofd, all)).toBe('application/ofd');
  });
  it('refuses a mismatch, an unknown extension, a kind not allowed here, and a plain zip', () => {
    expect(mediaTypeOf('form.pdf', png, all)).toBeNull();
    expect(mediaTypeOf('form.docx', xlsx, all)).toBeNull();
    expect(mediaTypeOf('form', pdf, all)).toBeNull();
    expect(mediaTypeOf('form.exe', pdf, all)).toBeNull();
    expect(mediaTypeOf('form.docx', docx, ['pdf'])).toBeNull();
    expect(mediaTypeOf('a.zip', plainZip, all)).toBeNull();
  });
});

describe('file names', () => {
  it('strips paths, control characters and quotes', () => {
    expect(cleanFileName('C:\\Users\\x\\申请表.pdf')).toBe('申请表.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\r\nb".pdf')).toBe('ab.pdf');
  });
  it('writes an RFC 6266 header with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('attachment', '申请表 1.pdf')).toBe(`attachment; filename="___ 1.pdf"; filename*=UTF-8''${encodeURIComponent('申请表 1.pdf')}`);
  });
});
