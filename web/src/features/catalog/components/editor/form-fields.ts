/**
 * Structured editing of the application form (JSON Schema + UI hints): the field kinds a maintainer picks from and
 * the edits they make, as pure functions from one form to the next. Anything a kind does not model (patterns, length
 * limits, `allOf` conditions) is kept as it is; the JSON view edits it.
 */
import type { ApplicationForm, FormFieldUi } from '@onetrip/core';

// Formats the application checks on submission (GB 11643 ID number, GB 32100 credit code, mainland phone).
const ID_NUMBER_PATTERN = '^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[0-9X]$';
const CREDIT_CODE_PATTERN = '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$';
const PHONE_PATTERN = '^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$';

type Schema = Record<string, unknown>;

/** What a new field is: its schema (without title) and its widget. */
export const FIELD_KINDS = {
  text: { schema: { type: 'string', maxLength: 100 }, widget: 'input' },
  textarea: { schema: { type: 'string', maxLength: 1000 }, widget: 'textarea' },
  integer: { schema: { type: 'integer', minimum: 0 }, widget: 'number' },
  amount: { schema: { type: 'number', minimum: 0 }, widget: 'number' },
  date: { schema: { type: 'string', format: 'date' }, widget: 'date' },
  select: { schema: { type: 'string', enum: [] }, widget: 'select' },
  radio: { schema: { type: 'string', enum: [] }, widget: 'radio' },
  checkbox: { schema: { type: 'array', items: { type: 'string', enum: [] }, minItems: 1, uniqueItems: true }, widget: 'checkbox' },
  pledge: { schema: { type: 'boolean', const: true }, widget: 'checkbox' },
  idNumber: { schema: { type: 'string', pattern: ID_NUMBER_PATTERN }, widget: 'id_number' },
  creditCode: { schema: { type: 'string', pattern: CREDIT_CODE_PATTERN }, widget: 'credit_code' },
  phone: { schema: { type: 'string', pattern: PHONE_PATTERN }, widget: 'phone' },
  address: { schema: { type: 'string', maxLength: 200 }, widget: 'address' },
  region: { schema: { type: 'string', pattern: '^\\d{6}(\\d{6})?$' }, widget: 'region' },
} as const satisfies Record<string, { schema: Schema; widget: NonNullable<FormFieldUi['widget']> }>;
export type FieldKind = keyof typeof FIELD_KINDS;
export const FIELD_KIND_NAMES = Object.keys(FIELD_KINDS) as FieldKind[];

export const PREFILL_SOURCES = ['name', 'idNumber', 'creditCode', 'phone', 'legalRepresentative'] as const;

/** Field keys are identifiers: the application's data is stored under them. */
export const FIELD_KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,59}$/;

export interface FormFieldView {
  key: string;
  title: string;
  kind: FieldKind | null;
  widget: string;
  isRequired: boolean;
  /** Choices of a select, radio or checkbox field; null when the field has none. */
  options: string[] | null;
  help: string;
  placeholder: string;
  prefill: string;
  showWhen: FormFieldUi['showWhen'] | null;
  isInSchema: boolean;
  isOrdered: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionsOf(schema: Schema | undefined): string[] | null {
  if (!schema) return null;
  if (Array.isArray(schema.enum)) return schema.enum.map(String);
  const items = schema.items;
  if (schema.type === 'array' && isRecord(items) && Array.isArray(items.enum)) return items.enum.map(String);
  return null;
}

/** The kind a field was made as (its widget and schema type), or null for a hand-written combination. */
export function kindOf(schema: Schema | undefined, ui: FormFieldUi | undefined): FieldKind | null {
  if (!schema) return null;
  return FIELD_KIND_NAMES.find((kind) => {
    const def = FIELD_KINDS[kind];
    return def.widget === ui?.widget && def.schema.type === schema.type && ('const' in def.schema) === ('const' in schema);
  }) ?? null;
}

/** The fields in the order the applicant meets them, then any the order leaves out. */
export function listFields(form: ApplicationForm): FormFieldView[] {
  const properties = form.schema.properties;
  const required = new Set(Array.isArray(form.schema.required) ? form.schema.required : []);
  const keys = [...new Set([...form.ui.order, ...Object.keys(properties)])];
  return keys.map((key) => {
    const schema = properties[key];
    const ui = form.ui.fields[key];
    return {
      key,
      title: typeof schema?.title === 'string' ? schema.title : '',
      kind: kindOf(schema, ui),
      widget: ui?.widget ?? '',
      isRequired: required.has(key),
      options: optionsOf(schema),
      help: ui?.help ?? '',
      placeholder: ui?.placeholder ?? '',
      prefill: ui?.prefill ?? '',
      showWhen: ui?.showWhen ?? null,
      isInSchema: schema !== undefined,
      isOrdered: form.ui.order.includes(key),
    };
  });
}

function copy(form: ApplicationForm): ApplicationForm {
  return JSON.parse(JSON.stringify(form)) as ApplicationForm;
}

function uiOf(form: ApplicationForm, key: string): FormFieldUi {
  const ui = form.ui.fields[key] ?? {};
  form.ui.fields[key] = ui;
  return ui;
}

export function addField(form: ApplicationForm, field: { key: string; title: string; kind: FieldKind; isRequired: boolean }): ApplicationForm {
  const next = copy(form);
  const def = FIELD_KINDS[field.kind];
  next.schema.properties[field.key] = { ...(JSON.parse(JSON.stringify(def.schema)) as Schema), title: field.title };
  next.ui.fields[field.key] = { widget: def.widget };
  next.ui.order = [...next.ui.order.filter((key) => key !== field.key), field.key];
  if (field.isRequired) next.schema.required = [...new Set([...(next.schema.required ?? []), field.key])];
  return next;
}

/** Removes the field everywhere the form names it directly; conditions that still name it are the checker's to report. */
export function removeField(form: ApplicationForm, key: string): ApplicationForm {
  const next = copy(form);
  delete next.schema.properties[key];
  delete next.ui.fields[key];
  next.ui.order = next.ui.order.filter((k) => k !== key);
  if (Array.isArray(next.schema.required)) next.schema.required = next.schema.required.filter((k) => k !== key);
  return next;
}

/** Moves a field up or down in the order (a field outside the order is added to it first). */
export function moveField(form: ApplicationForm, key: string, offset: -1 | 1): ApplicationForm {
  const next = copy(form);
  const order = next.ui.order.includes(key) ? [...next.ui.order] : [...next.ui.order, key];
  const from = order.indexOf(key);
  const to = from + offset;
  if (to < 0 || to >= order.length) return next;
  order.splice(from, 1);
  order.splice(to, 0, key);
  next.ui.order = order;
  return next;
}

export type FieldEdit =
  | { title: string }
  | { isRequired: boolean }
  | { help: string }
  | { placeholder: string }
  | { prefill: string }
  | { options: string[] };

export function editField(form: ApplicationForm, key: string, edit: FieldEdit): ApplicationForm {
  const next = copy(form);
  const schema = next.schema.properties[key];
  if (!schema) return next;
  if ('title' in edit) schema.title = edit.title;
  if ('isRequired' in edit) {
    const required = (next.schema.required ?? []).filter((k) => k !== key);
    next.schema.required = edit.isRequired ? [...required, key] : required;
  }
  const setHint = (name: 'help' | 'placeholder' | 'prefill', value: string) => {
    const ui = uiOf(next, key) as Record<string, unknown>;
    if (value) ui[name] = value;
    else delete ui[name];
  };
  if ('help' in edit) setHint('help', edit.help);
  if ('placeholder' in edit) setHint('placeholder', edit.placeholder);
  if ('prefill' in edit) setHint('prefill', edit.prefill);
  if ('options' in edit) {
    const items = schema.items;
    if (schema.type === 'array' && isRecord(items)) items.enum = edit.options;
    else schema.enum = edit.options;
  }
  return next;
}
