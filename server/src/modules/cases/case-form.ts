/**
 * The application form of a case: validated with the implementation version's own JSON Schema (the one the browser
 * renders and validates with), and pre-filled from the applicant's account for fields with a `prefill` hint.
 *
 * Drafts are checked without the `required` rules (a half-filled draft is saved as it is, but a value that is there
 * must be well-formed); submission checks everything. Fields the schema does not declare are refused, so nothing the
 * guide does not ask for is stored (no requirement beyond the guide [001]).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isIsoDate, type ApplicationForm, type FormFieldUi } from '@onetrip/core';
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { describeIssue } from '../../platform/errors/error-handler.ts';

export type FormData = Record<string, unknown>;

// One instance for all forms; `strict: false` because guide authors' schemas carry UI-ish keywords (title, …).
const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false, logger: false });
ajv.addFormat('date', { type: 'string', validate: (v: string) => isIsoDate(v) });
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);

const MAX_CACHED = 500;
const compiled = new Map<string, ValidateFunction>();

/** The compiled validator of an implementation version's form (versions are immutable, so the cache never goes stale). */
function validatorOf(cacheKey: string, form: ApplicationForm): ValidateFunction {
  let validate = compiled.get(cacheKey);
  if (!validate) {
    validate = ajv.compile(form.schema);
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
    compiled.set(cacheKey, validate);
  }
  return validate;
}

/** Field errors of `data` against the form; `partial` (drafts) ignores missing required fields. */
export function formErrors(cacheKey: string, form: ApplicationForm, data: FormData, options: { partial: boolean }): FieldError[] {
  const fields: FieldError[] = [];
  for (const key of Object.keys(data)) {
    if (!Object.hasOwn(form.schema.properties, key)) fields.push({ path: `/formData/${key}`, code: 'CASE_FORM_INVALID', messages: { zh: `表单中没有字段 ${key}`, en: `The form has no field ${key}` } });
  }
  const validate = validatorOf(cacheKey, form);
  if (!validate(data)) {
    const issues = (validate.errors ?? []).filter((e) => !options.partial || !isRequiredIssue(e));
    const seen = new Set<string>();
    for (const issue of issues) {
      const missing = issue.keyword === 'required' && typeof issue.params['missingProperty'] === 'string' ? `/${issue.params['missingProperty']}` : '';
      const path = `/formData${issue.instancePath}${missing}`;
      // `if` only says which branch failed; the branch's own issue names the field.
      if (issue.keyword === 'if' || seen.has(path)) continue;
      seen.add(path);
      fields.push({ path, code: 'CASE_FORM_INVALID', messages: describeIssue(issue) });
    }
  }
  return fields;
}

function isRequiredIssue(e: ErrorObject): boolean {
  return e.keyword === 'required' || e.keyword === 'if' || e.keyword === 'dependentRequired';
}

/** Throws CASE_FORM_INVALID listing every bad field. */
export function assertFormValid(cacheKey: string, form: ApplicationForm, data: FormData, options: { partial: boolean }): void {
  const fields = formErrors(cacheKey, form, data, options);
  if (fields.length > 0) throw new AppError('CASE_FORM_INVALID', { fields });
}

export interface PrefillSource {
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  phone: string | null;
  legalRepresentative: string | null;
}

/** Values for the fields whose UI hint says to fill them from the account (only fields the schema declares). */
export function prefillForm(form: ApplicationForm, account: PrefillSource): FormData {
  const data: FormData = {};
  for (const [key, ui] of Object.entries<FormFieldUi>(form.ui.fields)) {
    if (!ui.prefill || !Object.hasOwn(form.schema.properties, key)) continue;
    const value = account[ui.prefill];
    if (value) data[key] = value;
  }
  return data;
}
