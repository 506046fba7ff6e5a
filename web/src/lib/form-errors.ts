import type { FormInstance } from 'antd';
import { isApiError } from './api-client.ts';

/** `/idNumber` → `idNumber`; `/windows/0/name` → `['windows', 0, 'name']`. */
export function pointerToFieldName(path: string): string | (string | number)[] {
  const parts = path
    .replace(/^\//, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  return parts;
}

/**
 * Puts the server's per-field errors onto the form. Returns the messages that could not be attached to a
 * field of this form (or the error's own message when there were no field errors), for a general alert.
 */
export function applyApiErrorToForm(form: FormInstance, error: unknown, knownFields: readonly string[]): string[] {
  if (!isApiError(error)) return [error instanceof Error ? error.message : String(error)];
  if (error.fields.length === 0) return [error.message];
  const leftOver: string[] = [];
  const byField = new Map<string, { name: string | (string | number)[]; errors: string[] }>();
  for (const field of error.fields) {
    const name = pointerToFieldName(field.path);
    const root = Array.isArray(name) ? String(name[0]) : name;
    if (!knownFields.includes(root)) {
      leftOver.push(field.message);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(field.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return leftOver;
}
