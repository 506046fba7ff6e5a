/**
 * Catalogue workbooks for tests, generated with exceljs (no binary fixtures): filled templates, edits of a workbook,
 * uploads, and waiting for an import to finish.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImplementationContent } from '@onetrip/core';
import { expect } from 'vitest';
import { writeCatalogWorkbook, type WorkbookItem } from '../src/modules/catalog/import-export/write-workbook.ts';
import { DATA_SHEETS } from '../src/modules/catalog/import-export/workbook-spec.ts';
import type { Client } from './test-app.ts';

export interface ItemInput {
  basicCode: string;
  departmentCreditCode: string;
  content: ImplementationContent;
  regionCode?: string;
  implementationCode?: string;
}

/** A filled-in template (written by the same writer as the template and the export). */
export async function workbookOf(items: ItemInput[]): Promise<Buffer> {
  const rows: WorkbookItem[] = items.map((item, i) => ({
    ref: String(i + 1), basicCode: item.basicCode, departmentCreditCode: item.departmentCreditCode, regionCode: item.regionCode ?? '',
    implementationCode: item.implementationCode ?? '', content: item.content,
  }));
  return streamToBuffer((stream) => writeCatalogWorkbook(stream, {
     
    items: async function* () { yield* rows; },
    departments: [],
    basicItems: [],
  }));
}

export async function streamToBuffer(write: (stream: PassThrough) => Promise<void>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => { stream.on('end', resolve); stream.on('error', reject); });
  await write(stream);
  await ended;
  return Buffer.concat(chunks);
}

export async function loadXlsx(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Loads a workbook, lets the test change it, and writes it again. */
export async function editWorkbook(bytes: Buffer, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await loadXlsx(bytes);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function sheet(workbook: ExcelJS.Workbook, key: (typeof DATA_SHEETS)[number]['key']): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(DATA_SHEETS.find((s) => s.key === key)!.name);
  if (!ws) throw new Error(`no sheet ${key}`);
  return ws;
}

/** The cell of a column (by key) on a row of a data sheet. */
export function cellOf(ws: ExcelJS.Worksheet, row: number, key: string): ExcelJS.Cell {
  const header = ws.getRow(1);
  for (let c = 1; c <= header.cellCount; c += 1) {
    if (header.getCell(c).text.split('\n').pop() === key) return ws.getRow(row).getCell(c);
  }
  throw new Error(`no column ${key} on ${ws.name}`);
}

export function setCell(workbook: ExcelJS.Workbook, key: (typeof DATA_SHEETS)[number]['key'], row: number, column: string, value: ExcelJS.CellValue): void {
  cellOf(sheet(workbook, key), row, column).value = value;
}

export async function upload(client: Client, bytes: Buffer | Uint8Array, options: { fileName?: string; headers?: Record<string, string> } = {}) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), options.fileName ?? 'items.xlsx');
  return client.postForm('/api/catalog/imports', form, options.headers);
}

export interface ImportResult {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  itemCount: number;
  createdCount: number;
  errorCount: number;
  createdImplementations: { id: string; code: string; name: string }[];
  errors: { items: { sheet: string; row: number | null; column: string | null; cell: string | null; code: string; message: { zh: string; en: string } }[]; total: number };
}

/** Polls an import (like the web page does) until it has finished. */
export async function waitForImport(client: Client, id: string, timeoutMs = 20_000): Promise<ImportResult> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.get(`/api/catalog/imports/${id}?pageSize=100`);
    expect(res.statusCode).toBe(200);
    const body = res.json<ImportResult>();
    if (body.status === 'succeeded' || body.status === 'failed') return body;
    if (Date.now() > until) throw new Error(`import ${id} still ${body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Uploads and waits; asserts the upload was accepted. */
export async function importFile(client: Client, bytes: Buffer, headers?: Record<string, string>): Promise<ImportResult> {
  const res = await upload(client, bytes, headers ? { headers } : {});
  expect(res.statusCode, res.body).toBe(202);
  return waitForImport(client, res.json<{ id: string }>().id);
}
