/**
 * The editor's form state and the content it saves. The antd form holds the implementation content as it is, except
 * the application form, which is edited as two JSON texts. `toContent` turns the form state back into the document
 * the API stores; it is also what the guide checker runs on while the maintainer types.
 */
import { LOCAL_ELEMENTS, deepEqual, type ApplicationForm, type ImplementationContent, type Material } from '@onetrip/core';

/** The application form as edited: JSON Schema and UI hints, each as JSON text. */
export interface FormJsonValues {
  schemaText: string;
  uiText: string;
}

/** Values of the editor's form: the content with the application form as JSON text. */
export type EditorValues = Omit<ImplementationContent, 'form'> & { form: FormJsonValues };

export type FormJsonProblem = 'schemaJson' | 'schemaShape' | 'uiJson' | 'uiShape';
export type FormJsonResult = { ok: true; form: ApplicationForm } | { ok: false; problem: FormJsonProblem; detail: string };

const EMPTY_SCHEMA: ApplicationForm['schema'] = { type: 'object', properties: {} };
const EMPTY_UI: ApplicationForm['ui'] = { order: [], fields: {} };

/** Booleans whose absence means false: an omitted flag and `false` are the same content. */
const FLAG_KEYS = new Set(['countersign', 'allowsCommitment', 'reducible']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The form state for a stored content (deep copy; empty lists where the editor needs a list). */
export function toEditorValues(content: ImplementationContent): EditorValues {
  const copy = cloneJson(content);
  return {
    ...copy,
    conditions: copy.conditions ?? [],
    // A select shows its placeholder for undefined, not for null.
    materials: (copy.materials ?? []).map((material) => ({ ...material, commonMistakes: material.commonMistakes ?? [], proofCode: material.proofCode ?? undefined })),
    fees: copy.fees ?? [],
    process: copy.process ?? [],
    specialProcedures: copy.specialProcedures ?? [],
    channels: copy.channels ?? [],
    audiences: copy.audiences ?? [],
    themes: copy.themes ?? [],
    faq: copy.faq ?? [],
    intermediaryServices: copy.intermediaryServices ?? [],
    jointDepartments: copy.jointDepartments ?? [],
    form: {
      schemaText: JSON.stringify(copy.form?.schema ?? EMPTY_SCHEMA, null, 2),
      uiText: JSON.stringify(copy.form?.ui ?? EMPTY_UI, null, 2),
    },
  };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: FormJsonProblem; detail: string };

function parseJson(text: string | undefined): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(text ?? '') as unknown };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The JSON Schema text: valid JSON, an object schema with `properties` (the guide checker judges the rest). */
export function parseSchemaText(text: string | undefined): Parsed<ApplicationForm['schema']> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problem: 'schemaJson', detail: parsed.detail };
  const schema = parsed.value;
  if (!isRecord(schema) || schema.type !== 'object' || !isRecord(schema.properties)) return { ok: false, problem: 'schemaShape', detail: '' };
  return { ok: true, value: schema as ApplicationForm['schema'] };
}

/** The UI hints text: valid JSON with `order` (field keys) and `fields` (hints by key). */
export function parseUiText(text: string | undefined): Parsed<ApplicationForm['ui']> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problem: 'uiJson', detail: parsed.detail };
  const ui = parsed.value;
  if (!isRecord(ui) || !Array.isArray(ui.order) || !ui.order.every((key) => typeof key === 'string') || !isRecord(ui.fields)) {
    return { ok: false, problem: 'uiShape', detail: '' };
  }
  return { ok: true, value: ui as ApplicationForm['ui'] };
}

/** Parses the two JSON texts and checks the shape the API requires. */
export function parseFormJson(values: Partial<FormJsonValues> | undefined): FormJsonResult {
  const schema = parseSchemaText(values?.schemaText);
  if (!schema.ok) return schema;
  const ui = parseUiText(values?.uiText);
  if (!ui.ok) return ui;
  return { ok: true, form: { schema: schema.value, ui: ui.value } };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** Optional text: left out when empty. */
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
/** Nullable text (file ids, proof codes, licence types, bases): null when empty. */
const nullableText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const list = <T>(value: readonly T[] | null | undefined): T[] => (Array.isArray(value) ? [...(value as T[])] : []);

function normalizeLimit(limit: unknown): ImplementationContent['legalLimit'] {
  const l = isRecord(limit) ? limit : {};
  return { value: l.value as number, unit: l.unit as ImplementationContent['legalLimit']['unit'], note: optionalText(l.note) };
}

function normalizeMaterial(value: unknown): Material {
  const m = (isRecord(value) ? value : {}) as Partial<Record<keyof Material, unknown>>;
  return {
    key: text(m.key),
    name: text(m.name),
    kind: m.kind as Material['kind'],
    form: m.form as Material['form'],
    necessity: m.necessity as Material['necessity'],
    condition: optionalText(m.condition),
    paperCopies: m.paperCopies as number,
    paperSize: optionalText(m.paperSize),
    source: m.source as Material['source'],
    sourceNote: optionalText(m.sourceNote),
    fillingInstructions: optionalText(m.fillingInstructions),
    blankFormFile: nullableText(m.blankFormFile),
    sampleFile: nullableText(m.sampleFile),
    acceptanceStandard: optionalText(m.acceptanceStandard),
    legalBasis: nullableText(m.legalBasis),
    remarks: optionalText(m.remarks),
    commonMistakes: list(m.commonMistakes as string[] | undefined).map(text),
    proofCode: nullableText(m.proofCode),
    satisfiedByLicenseType: nullableText(m.satisfiedByLicenseType),
  };
}

/** The content as the form state says, before empty values are matched to the stored representation. */
function normalize(values: EditorValues, form: ApplicationForm): ImplementationContent {
  const v = values as Partial<EditorValues>;
  const result: Record<string, unknown> = isRecord(v.result) ? v.result : {};
  return {
    name: text(v.name),
    legalBasis: text(v.legalBasis),
    conditions: list(v.conditions).map(text),
    materials: list(v.materials).map(normalizeMaterial),
    fees: list(v.fees).map((fee) => {
      const f = (isRecord(fee) ? fee : {}) as Record<string, unknown>;
      return { item: text(f.item), standard: text(f.standard), basis: text(f.basis), reducible: f.reducible === true, reductionBasis: optionalText(f.reductionBasis) };
    }),
    legalLimit: normalizeLimit(v.legalLimit),
    promisedLimit: normalizeLimit(v.promisedLimit),
    caseKind: v.caseKind as ImplementationContent['caseKind'],
    process: list(v.process).map((step) => {
      const s = (isRecord(step) ? step : {}) as Record<string, unknown>;
      return {
        key: text(s.key),
        name: text(s.name),
        role: s.role as ImplementationContent['process'][number]['role'],
        limit: normalizeLimit(s.limit),
        countersign: s.countersign === true,
        reviewRules: optionalText(s.reviewRules),
      };
    }),
    specialProcedures: list(v.specialProcedures),
    result: {
      name: text(result.name),
      type: result.type as ImplementationContent['result']['type'],
      sampleFile: nullableText(result.sampleFile),
      licenseTypeCode: nullableText(result.licenseTypeCode),
    },
    onlineDepth: v.onlineDepth as ImplementationContent['onlineDepth'],
    tripsToSite: v.tripsToSite as number,
    visitReason: nullableText(v.visitReason),
    channels: list(v.channels),
    crossRegionScope: v.crossRegionScope as ImplementationContent['crossRegionScope'],
    audiences: list(v.audiences),
    themes: list(v.themes),
    place: text(v.place),
    officeHours: text(v.officeHours),
    consultationPhone: text(v.consultationPhone),
    complaintPhone: text(v.complaintPhone),
    faq: list(v.faq).map((entry) => {
      const e = (isRecord(entry) ? entry : {}) as Record<string, unknown>;
      return { question: text(e.question), answer: text(e.answer) };
    }),
    form,
    allowsCommitment: v.allowsCommitment === true,
    quantityLimit: optionalText(v.quantityLimit),
    intermediaryServices: list(v.intermediaryServices).map(text),
    jointDepartments: list(v.jointDepartments).map(text),
  };
}

function isBlank(value: unknown, key: string | undefined): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return value === false && key !== undefined && FLAG_KEYS.has(key);
}

/**
 * Where the form state and the stored content both say "nothing" (undefined, null, '', [], an unset flag), keeps the
 * stored representation, so an untouched element saves exactly as it was: no spurious change for the reviewer to
 * read and none to an inherited element (which the server refuses). Keyed members are matched by key.
 */
function reconcile(next: unknown, base: unknown, key?: string): unknown {
  if (isBlank(next, key) && isBlank(base, key)) return base;
  if (Array.isArray(next) && Array.isArray(base)) {
    return next.map((item: unknown, index) => {
      const itemKey = isRecord(item) && typeof item.key === 'string' ? item.key : undefined;
      const match: unknown = itemKey !== undefined ? base.find((b: unknown) => isRecord(b) && b.key === itemKey) : base[index];
      return match === undefined ? item : reconcile(item, match);
    });
  }
  if (isRecord(next) && isRecord(base)) {
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(next), ...Object.keys(base)])) {
      const value = reconcile(next[k], base[k], k);
      if (value !== undefined) out[k] = value;
    }
    return out;
  }
  return next;
}

/**
 * The content to save (and to check) from the form state. `base` is the content the edit started from: its
 * representation of empty values is kept, and an inherited implementation takes every element but the local ones
 * from it unchanged. While the form's JSON does not parse, the base's form stands in (saving is refused anyway).
 */
export function toContent(values: EditorValues, base: ImplementationContent, options: { isInherited: boolean }): ImplementationContent {
  const parsed = parseFormJson(values.form);
  const normalized = normalize(values, parsed.ok ? parsed.form : base.form);
  const { form, ...rest } = normalized;
  const { form: _baseForm, ...baseRest } = base;
  const content = { ...(reconcile(rest, baseRest) as Omit<ImplementationContent, 'form'>), form };
  if (!options.isInherited) return content;
  const merged = cloneJson(base) as unknown as Record<string, unknown>;
  for (const element of LOCAL_ELEMENTS) merged[element] = cloneJson(content[element]);
  return merged as unknown as ImplementationContent;
}

/** Whether the form state differs from the content the edit started from (or its JSON does not parse). */
export function hasChanges(values: EditorValues, base: ImplementationContent, options: { isInherited: boolean }): boolean {
  if (!parseFormJson(values.form).ok) return true;
  return !deepEqual(toContent(values, base, options), base);
}

/** A key not yet used in the list: `material-3`, `step-2` … (keys are lowercase letters, digits and hyphens). */
export function nextKey(prefix: string, used: readonly (string | undefined)[]): string {
  const taken = new Set(used);
  let n = used.length + 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export function newMaterial(key: string): Material {
  return {
    key,
    name: '',
    kind: 'original',
    form: 'electronic',
    necessity: 'required',
    paperCopies: 0,
    source: 'applicant',
    legalBasis: null,
    blankFormFile: null,
    sampleFile: null,
    proofCode: null,
    satisfiedByLicenseType: null,
    commonMistakes: [],
  };
}

export function newStep(key: string, role: 'clerk' | 'approver'): ImplementationContent['process'][number] {
  return { key, name: '', role, limit: { value: 1, unit: 'working_days' }, countersign: false };
}
