/**
 * The licence-type editor's rows ⇄ the JSON Schema the server keeps (`LicenceFieldsSchema`), and the browser-side
 * check of a GB/T 36904 type code (the server checks again).
 */
import { validateCreditCode, type LicenceFieldDefinition, type LicenceFieldsSchema } from '@onetrip/core';

export type FieldType = LicenceFieldDefinition['type'];
export const FIELD_TYPES: readonly FieldType[] = ['string', 'number', 'integer', 'boolean'];

export interface FieldRow {
  name: string;
  title: string;
  type: FieldType;
  required: boolean;
  maxLength?: number | null;
  formKey?: string | null;
  /** Allowed values (kept as they are; not edited here). */
  enum?: (string | number)[];
}

export function rowsOfSchema(schema: LicenceFieldsSchema): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, def]) => ({
    name,
    title: def.title,
    type: def.type,
    required: required.has(name),
    maxLength: def.maxLength ?? null,
    formKey: def['x-formKey'] ?? null,
    ...(def.enum ? { enum: def.enum } : {}),
  }));
}

export function schemaOfRows(rows: readonly FieldRow[]): LicenceFieldsSchema {
  const properties: Record<string, LicenceFieldDefinition> = {};
  for (const row of rows) {
    const name = row.name.trim();
    const formKey = row.formKey?.trim();
    properties[name] = {
      type: row.type,
      title: row.title.trim(),
      ...(row.type === 'string' && row.maxLength ? { maxLength: row.maxLength } : {}),
      ...(row.enum ? { enum: row.enum } : {}),
      ...(formKey && formKey !== name ? { 'x-formKey': formKey } : {}),
    };
  }
  const required = rows.filter((r) => r.required).map((r) => r.name.trim());
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

/** True for a unified social credit code (upper case, valid check characters) followed by 3 digits. */
export function isLicenceTypeCode(code: string): boolean {
  if (code.length !== 21 || !/^\d{3}$/.test(code.slice(18))) return false;
  const authority = validateCreditCode(code.slice(0, 18));
  return authority.valid && authority.normalized === code.slice(0, 18);
}
