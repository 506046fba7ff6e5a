/**
 * The columns of a stock-licence import file (docs/licences.md, "Stock import"): seven fixed columns, then one
 * column per field of the licence type. One header row; a header is the column's Chinese title, with a trailing `*`
 * on required columns (the `*` is optional when reading). A field's column may also be headed by the field's name.
 */
import type { LicenceFieldsSchema } from '@onetrip/core';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;
/** What an xlsx may unpack to (a zip bomb is refused before it is read). */
export const MAX_IMPORT_UNPACKED_BYTES = 120 * 1024 * 1024;
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

export type FixedColumnKey = 'holderName' | 'holderCodeType' | 'holderCode' | 'number' | 'issueDate' | 'validFrom' | 'validUntil';

export interface ImportColumn {
  /** A fixed column's key, or `field:<name>` for a field of the type. */
  key: FixedColumnKey | `field:${string}`;
  /** The header (without the required mark); also what the error report names. */
  title: string;
  required: boolean;
  /** Other headers accepted for this column (a field's name). */
  aliases: string[];
  /** How to fill it in (template's notes and README sheet, docs). */
  hint: string;
  kind: 'text' | 'date' | 'code_type' | 'number' | 'boolean';
  field?: string;
}

export const FIXED_COLUMNS: readonly ImportColumn[] = [
  { key: 'holderName', title: '持证主体名称', required: true, aliases: [], kind: 'text', hint: '个人姓名或单位全称，最多 200 字' },
  { key: 'holderCodeType', title: '持证主体代码类型', required: true, aliases: [], kind: 'code_type', hint: '111 = 居民身份证，001 = 统一社会信用代码（也可填“居民身份证”或“统一社会信用代码”）' },
  { key: 'holderCode', title: '持证主体代码', required: true, aliases: [], kind: 'text', hint: '18 位居民身份证号码或统一社会信用代码（含校验位）；请设为文本格式' },
  { key: 'number', title: '证照编号', required: true, aliases: [], kind: 'text', hint: '纸质证照上的编号，最多 100 字' },
  { key: 'issueDate', title: '颁证日期', required: true, aliases: [], kind: 'date', hint: 'YYYY-MM-DD，不晚于今天' },
  { key: 'validFrom', title: '有效期起始', required: false, aliases: [], kind: 'date', hint: 'YYYY-MM-DD；留空 = 颁证日期' },
  { key: 'validUntil', title: '有效期截止', required: false, aliases: [], kind: 'date', hint: 'YYYY-MM-DD（含当日）；留空 = 长期' },
];

const KIND_HINT: Record<'string' | 'number' | 'integer' | 'boolean', string> = {
  string: '文本', number: '数字', integer: '整数', boolean: '是 / 否',
};

/** What the columns depend on: the type's fields and its layout's field order (jsonb does not keep key order). */
export interface ImportColumnSource {
  fields_schema: unknown;
  layout: unknown;
}

/** Every column of a type's import file, in template order: the fixed ones, then the fields in the layout's order. */
export function importColumnsOf(type: ImportColumnSource): ImportColumn[] {
  const schema = type.fields_schema as LicenceFieldsSchema;
  const layoutOrder = (type.layout as { fieldOrder?: unknown } | null)?.fieldOrder;
  const names = Object.keys(schema.properties);
  const order = Array.isArray(layoutOrder) ? layoutOrder.filter((n): n is string => typeof n === 'string' && names.includes(n)) : [];
  for (const n of names) if (!order.includes(n)) order.push(n);
  const required = new Set(schema.required ?? []);
  const taken = new Set(FIXED_COLUMNS.map((c) => c.title));
  const fields: ImportColumn[] = order.map((name) => [name, schema.properties[name]!] as const).map(([name, def]) => {
    // A title that repeats another column's header would be ambiguous: the field's own name heads it then.
    const title = taken.has(def.title) ? name : def.title;
    taken.add(title);
    const hints = [KIND_HINT[def.type]];
    if (def.maxLength !== undefined) hints.push(`最多 ${def.maxLength} 字`);
    if (def.enum) hints.push(`可选值：${def.enum.join('、')}`);
    if (title !== name) hints.push(`字段名 ${name}`);
    return {
      key: `field:${name}`, title, required: required.has(name), aliases: title === name ? [] : [name], field: name, hint: hints.join('；'),
      kind: def.type === 'boolean' ? 'boolean' : def.type === 'string' ? 'text' : 'number',
    };
  });
  return [...FIXED_COLUMNS, ...fields];
}

/** The header as written in the template: the title, `*` when required. */
export function headerOf(column: ImportColumn): string {
  return column.required ? `${column.title}*` : column.title;
}

/** A header cell as typed by a person: without the required mark, surrounding blanks or a byte-order mark. */
export function normalizeHeader(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\s+/g, '').replace(/[*＊]+$/, '').replace(/[（(]必填[)）]$/, '');
}
