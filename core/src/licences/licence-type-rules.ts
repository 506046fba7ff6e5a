/**
 * Rules of a licence type that issuing, the import and the admin editor share: the validity rule and the fields
 * definition (a JSON Schema object whose properties are strings, numbers, integers or booleans).
 */
import { dayNumberOf, isoDateOfDayNumber, type IsoDate } from '../calendar/iso-date.ts';
import type { LicenceFieldValue } from './licence-metadata.ts';

export type LicenceValidity = { kind: 'years'; years: number } | { kind: 'months'; months: number } | { kind: 'indefinite' };

/** One licence field as the type defines it (a JSON Schema property with our `x-` extensions). */
export interface LicenceFieldDefinition {
  type: 'string' | 'number' | 'integer' | 'boolean';
  title: string;
  maxLength?: number;
  enum?: (string | number)[];
  /** Where the value comes from in a case's application form (default: the same name). */
  'x-formKey'?: string;
}

export interface LicenceFieldsSchema {
  type: 'object';
  properties: Record<string, LicenceFieldDefinition>;
  required?: string[];
}

/** The last valid day: `validFrom` + the period − 1 day (a 5-year licence from 2026-11-23 ends 2031-11-22); null = 长期. */
export function licenceValidUntil(rule: LicenceValidity, validFrom: IsoDate): IsoDate | null {
  if (rule.kind === 'indefinite') return null;
  const [y, m, d] = validFrom.split('-').map(Number) as [number, number, number];
  const months = rule.kind === 'years' ? rule.years * 12 : rule.months;
  const targetMonth = m - 1 + months;
  const year = y + Math.floor(targetMonth / 12);
  const month = (targetMonth % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  const same = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isoDateOfDayNumber(dayNumberOf(same) - 1);
}

export function isLicenceValidity(value: unknown): value is LicenceValidity {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v['kind'] === 'indefinite') return Object.keys(v).length === 1;
  if (v['kind'] === 'years') return Number.isInteger(v['years']) && (v['years'] as number) >= 1 && (v['years'] as number) <= 100 && Object.keys(v).length === 2;
  if (v['kind'] === 'months') return Number.isInteger(v['months']) && (v['months'] as number) >= 1 && (v['months'] as number) <= 1200 && Object.keys(v).length === 2;
  return false;
}

const FIELD_NAME = /^[\p{L}\p{N}_]{1,40}$/u;

/** Problems of a fields definition (empty = acceptable): paths like `/properties/经营范围/type`. */
export function licenceFieldsSchemaProblems(schema: unknown): string[] {
  const problems: string[] = [];
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return ['/'];
  const s = schema as Record<string, unknown>;
  if (s['type'] !== 'object') problems.push('/type');
  const properties = s['properties'];
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return [...problems, '/properties'];
  const names = Object.keys(properties);
  if (names.length > 60) problems.push('/properties');
  for (const [name, raw] of Object.entries(properties as Record<string, unknown>)) {
    const at = `/properties/${name}`;
    if (!FIELD_NAME.test(name)) problems.push(at);
    if (typeof raw !== 'object' || raw === null) { problems.push(at); continue; }
    const p = raw as Record<string, unknown>;
    if (!['string', 'number', 'integer', 'boolean'].includes(p['type'] as string)) problems.push(`${at}/type`);
    if (typeof p['title'] !== 'string' || p['title'].trim() === '' || p['title'].length > 40) problems.push(`${at}/title`);
    if (p['maxLength'] !== undefined && !(Number.isInteger(p['maxLength']) && (p['maxLength'] as number) > 0 && (p['maxLength'] as number) <= 2000)) problems.push(`${at}/maxLength`);
    if (p['enum'] !== undefined && !(Array.isArray(p['enum']) && p['enum'].length > 0 && p['enum'].every((e) => typeof e === 'string' || typeof e === 'number'))) problems.push(`${at}/enum`);
    if (p['x-formKey'] !== undefined && (typeof p['x-formKey'] !== 'string' || !FIELD_NAME.test(p['x-formKey']))) problems.push(`${at}/x-formKey`);
  }
  const required = s['required'];
  if (required !== undefined && !(Array.isArray(required) && required.every((r) => typeof r === 'string' && names.includes(r)))) problems.push('/required');
  return problems;
}

/** Coerces one value to the field's type (numbers and booleans may arrive as text from a form or a spreadsheet). */
function coerce(def: LicenceFieldDefinition, value: unknown): LicenceFieldValue | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (def.type === 'string') return typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  if (def.type === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === '是') return true;
    if (value === 'false' || value === '否') return false;
    return undefined;
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : NaN;
  if (!Number.isFinite(n) || (def.type === 'integer' && !Number.isInteger(n))) return undefined;
  return n;
}

export interface LicenceFieldProblem {
  field: string;
  problem: 'required' | 'type' | 'max_length' | 'enum';
}

/**
 * The licence's fields from source values (a case's form data via `x-formKey`, or a spreadsheet row by field name):
 * every defined field that has a value, coerced to its type; problems for a missing required field or a value that
 * does not fit. Values of names the schema does not define are ignored.
 */
export function licenceFieldsFrom(schema: LicenceFieldsSchema, source: Record<string, unknown>, options: { byFormKey: boolean }): { fields: Record<string, LicenceFieldValue>; problems: LicenceFieldProblem[] } {
  const fields: Record<string, LicenceFieldValue> = {};
  const problems: LicenceFieldProblem[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, def] of Object.entries(schema.properties)) {
    const raw = source[options.byFormKey ? (def['x-formKey'] ?? name) : name];
    const present = raw !== undefined && raw !== null && raw !== '';
    if (!present) {
      if (required.has(name)) problems.push({ field: name, problem: 'required' });
      continue;
    }
    const value = coerce(def, raw);
    if (value === undefined) { problems.push({ field: name, problem: 'type' }); continue; }
    if (typeof value === 'string' && def.maxLength !== undefined && [...value].length > def.maxLength) { problems.push({ field: name, problem: 'max_length' }); continue; }
    if (def.enum && !def.enum.includes(value as string | number)) { problems.push({ field: name, problem: 'enum' }); continue; }
    fields[name] = value;
  }
  return { fields, problems };
}
