/**
 * Is an upload really an xlsx workbook? Decided from the bytes alone (never the name or the browser's content
 * type): a zip archive whose central directory lists `[Content_Types].xml` and `xl/workbook.xml`. The central
 * directory also gives the unpacked size, so a zip bomb is refused before anything is decompressed. The central
 * directory is read rather than the local headers because streaming writers (Excel, exceljs, POI) may leave the
 * sizes of the local headers empty.
 */
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

export type XlsxCheck = { ok: true; unpackedBytes: number } | { ok: false; reason: 'not_zip' | 'not_xlsx' | 'too_large_unpacked' };

export function checkXlsx(bytes: Uint8Array, maxUnpackedBytes: number): XlsxCheck {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return { ok: false, reason: 'not_zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is within the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) { eocd = i; break; }
  }
  if (eocd < 0) return { ok: false, reason: 'not_zip' };
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset + size > bytes.length) return { ok: false, reason: 'not_zip' };
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const names = new Set<string>();
  let unpacked = 0;
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return { ok: false, reason: 'not_zip' };
    unpacked += view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return { ok: false, reason: 'not_zip' };
    names.add(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) return { ok: false, reason: 'not_xlsx' };
  if (unpacked > maxUnpackedBytes) return { ok: false, reason: 'too_large_unpacked' };
  return { ok: true, unpackedBytes: unpacked };
}
