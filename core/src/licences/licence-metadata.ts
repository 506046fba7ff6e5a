/**
 * Licence metadata after GB/T 36903-2018 (电子证照 元数据规范): what a licence says, independent of its PDF or
 * credential rendering. This is the data the issuing department signs (see licence-canonical.ts).
 */
import type { IsoDate } from '../calendar/iso-date.ts';
import { isIsoDate } from '../calendar/iso-date.ts';
import { validateCreditCode } from '../identity/credit-code.ts';
import { validateResidentId } from '../identity/resident-id.ts';
import { parseRegionCode } from '../region/region-code.ts';
import { validateLicenceIdentifier } from './licence-identifier.ts';

/** Holder code types (持证主体代码类型) the platform accepts so far. */
export const HOLDER_CODE_TYPES = {
  '111': '居民身份证',
  '001': '统一社会信用代码',
} as const;
export type HolderCodeType = keyof typeof HOLDER_CODE_TYPES;
export const HOLDER_CODE_TYPE_CODES = Object.keys(HOLDER_CODE_TYPES) as HolderCodeType[];

/** A value of a licence's own fields (照面信息): JSON scalars only, so the canonical form is unambiguous. */
export type LicenceFieldValue = string | number | boolean | null;

export interface LicenceParty {
  name: string;
  /** Unified social credit code, 18 characters. */
  code: string;
}

export interface LicenceMetadata {
  /** GB/T 36904 identifier (证照标识). */
  identifier: string;
  /** Licence name (证照名称) as printed, usually the type name. */
  name: string;
  /** Licence type code (证照类型代码), 21 characters; equals the identifier's. */
  typeCode: string;
  /** Licence type name (证照类型名称). */
  typeName: string;
  /** Licence number printed on the licence (证照编号), when it has one besides the identifier. */
  number: string | null;
  /** 3 digits; equals the identifier's. */
  version: string;
  /** Issuing authority (颁发机构) and its code; the code equals the identifier's issuer code. */
  issuer: LicenceParty;
  /** Defining authority (证照定义机构); its code is the first 18 characters of the type code. */
  definingAuthority: LicenceParty;
  /** Issue date (颁证日期), China calendar day. */
  issueDate: IsoDate;
  /** Valid from (有效期起始), inclusive. */
  validFrom: IsoDate;
  /** Valid until (有效期截止), inclusive; null for no end (长期有效). */
  validUntil: IsoDate | null;
  /** Jurisdiction (管辖区域): 6- or 12-digit administrative division code. */
  jurisdictionCode: string;
  /** Holder (持证主体) with its code and code type. */
  holder: { name: string; code: string; codeType: HolderCodeType };
  /** The government service item that produced the licence (关联事项), e.g. its implementation code. */
  relatedItem: { name: string; code: string } | null;
  /** The licence type's own fields (照面信息), described by the type's JSON Schema. */
  fields: Record<string, LicenceFieldValue>;
  /** Extension data (扩展信息). */
  extension: Record<string, LicenceFieldValue>;
}

export type LicenceMetadataProblemCode =
  | 'required'
  | 'too_long'
  | 'identifier'
  | 'identifier_mismatch'
  | 'credit_code'
  | 'date'
  | 'validity_order'
  | 'region_code'
  | 'holder_code_type'
  | 'holder_code'
  | 'field_name'
  | 'field_value';

export interface LicenceMetadataProblem {
  /** Dotted path of the offending member, e.g. `holder.code` or `fields.经营范围`. */
  path: string;
  problem: LicenceMetadataProblemCode;
}

const MAX_TEXT = 500;
const MAX_FIELD_NAME = 100;

/** True for a value the canonical form can carry unambiguously: a string, a finite number, a boolean or null. */
export function isLicenceFieldValue(value: unknown): value is LicenceFieldValue {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * Every problem of a licence's metadata (empty when it may be signed): required texts, the identifier and its
 * agreement with type code, issuer code and version, credit codes, dates and their order, jurisdiction, the holder's
 * code checked by its type (resident ID check digit and birth date not after the issue date; credit code check), and
 * field values that the canonical form can carry.
 */
export function validateLicenceMetadata(metadata: LicenceMetadata): LicenceMetadataProblem[] {
  const problems: LicenceMetadataProblem[] = [];
  const add = (path: string, problem: LicenceMetadataProblemCode): void => {
    problems.push({ path, problem });
  };
  const text = (path: string, value: unknown, required = true): void => {
    if (typeof value !== 'string' || value.trim() === '') {
      if (required || (value !== null && value !== undefined)) add(path, 'required');
    } else if (value.length > MAX_TEXT) add(path, 'too_long');
  };
  const party = (path: string, value: LicenceParty | undefined): void => {
    text(`${path}.name`, value?.name);
    if (typeof value?.code !== 'string' || value.code === '') add(`${path}.code`, 'required');
    else if (!isCanonicalCreditCode(value.code)) add(`${path}.code`, 'credit_code');
  };

  const identifier = typeof metadata.identifier === 'string' ? validateLicenceIdentifier(metadata.identifier) : null;
  if (identifier === null || !identifier.valid) add('identifier', 'identifier');
  text('name', metadata.name);
  text('typeName', metadata.typeName);
  text('number', metadata.number, false);
  party('issuer', metadata.issuer);
  party('definingAuthority', metadata.definingAuthority);
  if (identifier?.valid) {
    const { parts } = identifier;
    if (metadata.typeCode !== parts.typeCode) add('typeCode', 'identifier_mismatch');
    if (metadata.version !== parts.version) add('version', 'identifier_mismatch');
    if (metadata.issuer?.code !== parts.issuerCode) add('issuer.code', 'identifier_mismatch');
    if (metadata.definingAuthority?.code !== parts.typeCode.slice(0, 18)) add('definingAuthority.code', 'identifier_mismatch');
  }

  for (const key of ['issueDate', 'validFrom'] as const) {
    if (typeof metadata[key] !== 'string' || !isIsoDate(metadata[key])) add(key, 'date');
  }
  if (metadata.validUntil !== null && (typeof metadata.validUntil !== 'string' || !isIsoDate(metadata.validUntil))) add('validUntil', 'date');
  else if (metadata.validUntil !== null && isIsoDate(metadata.validFrom) && metadata.validUntil < metadata.validFrom) add('validUntil', 'validity_order');

  if (typeof metadata.jurisdictionCode !== 'string' || !parseRegionCode(metadata.jurisdictionCode).valid || metadata.jurisdictionCode.trim() !== metadata.jurisdictionCode) {
    add('jurisdictionCode', 'region_code');
  }

  const holder = metadata.holder;
  text('holder.name', holder?.name);
  if (!Object.hasOwn(HOLDER_CODE_TYPES, holder?.codeType ?? '')) add('holder.codeType', 'holder_code_type');
  else if (typeof holder.code !== 'string' || holder.code === '') add('holder.code', 'required');
  else if (!isValidHolderCode(holder.codeType, holder.code, isIsoDate(metadata.issueDate) ? metadata.issueDate : null)) add('holder.code', 'holder_code');

  if (metadata.relatedItem !== null) {
    text('relatedItem.name', metadata.relatedItem?.name);
    text('relatedItem.code', metadata.relatedItem?.code);
  }
  checkFields('fields', metadata.fields, add);
  checkFields('extension', metadata.extension, add);
  return problems;
}

function checkFields(path: string, fields: unknown, add: (path: string, problem: LicenceMetadataProblemCode) => void): void {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
    add(path, 'required');
    return;
  }
  for (const [name, value] of Object.entries(fields)) {
    if (name.trim() === '' || name.length > MAX_FIELD_NAME) add(`${path}.${name}`, 'field_name');
    if (!isLicenceFieldValue(value)) add(`${path}.${name}`, 'field_value');
    else if (typeof value === 'string' && value.length > MAX_TEXT * 8) add(`${path}.${name}`, 'too_long');
  }
}

function isCanonicalCreditCode(code: string): boolean {
  const result = validateCreditCode(code);
  return result.valid && result.normalized === code;
}

/**
 * A holder code checked by its type, exactly as written (upper case, no spaces): resident ID numbers by their check
 * character and a birth date not after `asOf` (the issue date), credit codes by both check characters.
 */
export function isValidHolderCode(codeType: HolderCodeType, code: string, asOf: IsoDate | null): boolean {
  if (codeType === '001') return isCanonicalCreditCode(code);
  // Noon in China on the issue date: a birth date later than that day is not real.
  const today = asOf === null ? new Date(8.64e15) : new Date(`${asOf}T12:00:00+08:00`);
  const result = validateResidentId(code, today);
  return result.valid && result.normalized === code;
}
