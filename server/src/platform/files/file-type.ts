/**
 * What a file really is, read from its bytes (never from the name or the browser's Content-Type, both of which the
 * uploader controls). Zip-based formats (DOCX, XLSX, OFD) are told apart by the names of their zip entries.
 */
export type FileKind = 'pdf' | 'ofd' | 'jpeg' | 'png' | 'docx' | 'xlsx' | 'doc_or_xls' | 'zip';

export const MEDIA_TYPES: Record<Exclude<FileKind, 'doc_or_xls' | 'zip'>, string> & { doc: string; xls: string } = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** Names of the entries in a zip archive, from its local file headers (enough to recognise OOXML and OFD). */
export function zipEntryNames(bytes: Uint8Array, limit = 200): string[] {
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  while (offset + 30 <= bytes.length && names.length < limit) {
    if (view.getUint32(offset, true) !== 0x04034b50) break;
    const flags = view.getUint16(offset + 6, true);
    const compressedSize = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const nameStart = offset + 30;
    if (nameStart + nameLength > bytes.length) break;
    names.push(decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)));
    // With a data descriptor (bit 3) the size is only known after the data: stop; the names seen so far suffice.
    if ((flags & 0x08) !== 0) break;
    offset = nameStart + nameLength + extraLength + compressedSize;
  }
  return names;
}

/** The kind of the bytes, or null when it is none of the kinds we accept anywhere. */
export function detectFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc_or_xls'; // OLE2 compound file
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names.some((n) => n === 'OFD.xml' || n.endsWith('/OFD.xml'))) return 'ofd';
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    return 'zip';
  }
  return null;
}

const EXTENSIONS: Record<string, FileKind> = {
  pdf: 'pdf', ofd: 'ofd', jpg: 'jpeg', jpeg: 'jpeg', png: 'png', docx: 'docx', xlsx: 'xlsx', doc: 'doc_or_xls', xls: 'doc_or_xls',
};

/**
 * The media type of an upload whose name and bytes agree, or null when they do not (a renamed executable, a PDF
 * called .png, an unknown format).
 */
export function mediaTypeOf(fileName: string, bytes: Uint8Array, allowed: readonly FileKind[]): string | null {
  const extension = /\.([A-Za-z0-9]{2,5})$/.exec(fileName)?.[1]?.toLowerCase();
  const claimed = extension ? EXTENSIONS[extension] : undefined;
  const actual = detectFileKind(bytes);
  if (!claimed || !actual || claimed !== actual || !allowed.includes(actual)) return null;
  if (actual === 'doc_or_xls') return extension === 'doc' ? MEDIA_TYPES.doc : MEDIA_TYPES.xls;
  if (actual === 'zip') return null;
  return MEDIA_TYPES[actual];
}

/** A file name safe to store and to put in a Content-Disposition header: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
}

/** RFC 6266 / RFC 5987 Content-Disposition with a UTF-8 file name and an ASCII fallback. */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
