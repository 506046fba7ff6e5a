/**
 * The browser's check of an application form against the implementation version's own JSON Schema, so the applicant
 * sees problems before sending. Covers the keywords the catalogue's forms use (type, required, `allOf` if/then,
 * min/maxLength, pattern, enum, const, minimum/maximum, minItems, format date); the server validates again with AJV
 * and its field errors are shown on the same fields.
 */
import type { ApplicationForm, FormFieldUi } from '@onetrip/core';

type PropertySchema = Record<string, unknown>;

export type FieldProblem =
  | { code: 'required' }
  | { code: 'minLength' | 'maxLength' | 'minItems'; limit: number }
  | { code: 'minimum' | 'maximum'; limit: number }
  | { code: 'pattern' | 'enum' | 'type' | 'date' | 'const' };

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Whether a field is shown: a `showWhen` field only while the other field has the given value. */
export function isFieldVisible(ui: FormFieldUi | undefined, values: Record<string, unknown>): boolean {
  if (!ui?.showWhen) return true;
  return values[ui.showWhen.field] === ui.showWhen.equals;
}

/** The fields in display order (every schema property, `ui.order` first), with the visible ones only. */
export function visibleFields(form: ApplicationForm, values: Record<string, unknown>): string[] {
  const names = [...form.ui.order, ...Object.keys(form.schema.properties).filter((name) => !form.ui.order.includes(name))];
  return names.filter((name) => name in form.schema.properties && isFieldVisible(form.ui.fields[name], values));
}

function matches(condition: unknown, values: Record<string, unknown>): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  const { properties, required } = condition as { properties?: Record<string, PropertySchema>; required?: string[] };
  if (required?.some((name) => isEmpty(values[name]))) return false;
  return Object.entries(properties ?? {}).every(([name, rule]) => {
    const value = values[name];
    if ('const' in rule && value !== rule.const) return false;
    if (Array.isArray(rule.enum) && !rule.enum.includes(value)) return false;
    return true;
  });
}

/** Required fields: the schema's `required` plus every `allOf` if/then whose condition holds. */
export function requiredFields(form: ApplicationForm, values: Record<string, unknown>): Set<string> {
  const required = new Set(form.schema.required ?? []);
  for (const rule of form.schema.allOf ?? []) {
    const { if: condition, then } = rule as { if?: unknown; then?: { required?: string[] } };
    if (then?.required && matches(condition, values)) then.required.forEach((name) => required.add(name));
  }
  return required;
}

function checkValue(schema: PropertySchema, value: unknown): FieldProblem | null {
  const type = schema.type;
  if ('const' in schema && value !== schema.const) return { code: 'const' };
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return { code: 'enum' };
  if (type === 'string') {
    if (typeof value !== 'string') return { code: 'type' };
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) return { code: 'minLength', limit: schema.minLength };
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return { code: 'maxLength', limit: schema.maxLength };
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return { code: 'pattern' };
    if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return { code: 'date' };
  }
  if (type === 'number' || type === 'integer') {
    if (typeof value !== 'number' || Number.isNaN(value) || (type === 'integer' && !Number.isInteger(value))) return { code: 'type' };
    if (typeof schema.minimum === 'number' && value < schema.minimum) return { code: 'minimum', limit: schema.minimum };
    if (typeof schema.maximum === 'number' && value > schema.maximum) return { code: 'maximum', limit: schema.maximum };
  }
  if (type === 'boolean' && typeof value !== 'boolean') return { code: 'type' };
  if (type === 'array') {
    if (!Array.isArray(value)) return { code: 'type' };
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return { code: 'minItems', limit: schema.minItems };
    const items = schema.items as PropertySchema | undefined;
    if (items && value.some((item) => checkValue(items, item) !== null)) return { code: 'enum' };
  }
  return null;
}

/**
 * Problems of the visible fields, by field name. `partial` (saving a draft) skips `required`, as the server does;
 * a value that is there must still be well-formed.
 */
export function validateApplicationForm(form: ApplicationForm, values: Record<string, unknown>, options: { partial: boolean }): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const required = options.partial ? new Set<string>() : requiredFields(form, values);
  for (const name of visibleFields(form, values)) {
    const value = values[name];
    if (isEmpty(value)) {
      if (required.has(name)) problems[name] = { code: 'required' };
      continue;
    }
    const problem = checkValue(form.schema.properties[name] ?? {}, value);
    if (problem) problems[name] = problem;
  }
  return problems;
}

/** The values to send: hidden conditional fields and empty values left out (the schema refuses unknown ones anyway). */
export function formDataToSend(form: ApplicationForm, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of visibleFields(form, values)) if (!isEmpty(values[name])) out[name] = values[name];
  return out;
}
