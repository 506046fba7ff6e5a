import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeResidentIdCheck } from '../identity/resident-id.ts';
import { EXAMPLE_LICENCE, EXAMPLE_PERSON_HOLDER } from './fixtures.ts';
import { canonicalLicenceBytes, canonicalLicenceDocument, canonicalLicenceText, encodeUtf8, LICENCE_CANONICAL_FORMAT } from './licence-canonical.ts';
import { validateLicenceMetadata, type LicenceMetadata } from './licence-metadata.ts';

const withChange = (change: (m: LicenceMetadata) => void): LicenceMetadata => {
  const copy = JSON.parse(JSON.stringify(EXAMPLE_LICENCE)) as LicenceMetadata;
  change(copy);
  return copy;
};

describe('GB/T 36903 licence metadata', () => {
  it('accepts the example licence, for an organisation or a person', () => {
    expect(validateLicenceMetadata(EXAMPLE_LICENCE)).toEqual([]);
    expect(validateLicenceMetadata({ ...EXAMPLE_LICENCE, holder: { ...EXAMPLE_PERSON_HOLDER } })).toEqual([]);
    expect(validateLicenceMetadata({ ...EXAMPLE_LICENCE, validUntil: null, number: null, relatedItem: null })).toEqual([]);
  });

  it('takes the birth date of a resident ID into account: born on the issue date is fine, the day after is not', () => {
    const bornOn = (yyyymmdd: string): string => `150402${yyyymmdd}001${computeResidentIdCheck(`150402${yyyymmdd}001`)}`;
    expect(validateLicenceMetadata({ ...EXAMPLE_LICENCE, holder: { ...EXAMPLE_PERSON_HOLDER, code: bornOn('20261123') } })).toEqual([]);
    expect(validateLicenceMetadata({ ...EXAMPLE_LICENCE, holder: { ...EXAMPLE_PERSON_HOLDER, code: bornOn('20261124') } })).toEqual([{ path: 'holder.code', problem: 'holder_code' }]);
  });

  it.each<[string, (m: LicenceMetadata) => void, string, string]>([
    ['bad identifier', (m) => (m.identifier = m.identifier.replace(/F$/, 'G')), 'identifier', 'identifier'],
    ['type code not the identifier’s', (m) => (m.typeCode = '11100000000013338W033'), 'typeCode', 'identifier_mismatch'],
    ['version not the identifier’s', (m) => (m.version = '002'), 'version', 'identifier_mismatch'],
    ['issuer not the identifier’s', (m) => (m.issuer.code = '91150402MA0N1B2C4P'), 'issuer.code', 'identifier_mismatch'],
    ['defining authority not the type code’s', (m) => (m.definingAuthority.code = '91150402MA0N1B2C4P'), 'definingAuthority.code', 'identifier_mismatch'],
    ['issuer code with a bad check', (m) => (m.issuer.code = '11220000013544541K'), 'issuer.code', 'credit_code'],
    ['blank name', (m) => (m.name = '  '), 'name', 'required'],
    ['blank issuer name', (m) => (m.issuer.name = ''), 'issuer.name', 'required'],
    ['blank number (null is the way to say none)', (m) => (m.number = ''), 'number', 'required'],
    ['overlong type name', (m) => (m.typeName = '证'.repeat(501)), 'typeName', 'too_long'],
    ['impossible issue date', (m) => (m.issueDate = '2026-02-30'), 'issueDate', 'date'],
    ['valid from in another format', (m) => (m.validFrom = '2026/11/23'), 'validFrom', 'date'],
    ['valid until before valid from', (m) => (m.validUntil = '2026-11-22'), 'validUntil', 'validity_order'],
    ['unknown jurisdiction', (m) => (m.jurisdictionCode = '990000'), 'jurisdictionCode', 'region_code'],
    ['jurisdiction with a space', (m) => (m.jurisdictionCode = ' 220000'), 'jurisdictionCode', 'region_code'],
    ['unknown holder code type', (m) => (m.holder.codeType = '414' as never), 'holder.codeType', 'holder_code_type'],
    ['credit code holder with a bad check', (m) => (m.holder.code = '91150402MA0N1B2C4Q'), 'holder.code', 'holder_code'],
    ['resident ID under the credit-code type', (m) => (m.holder.code = EXAMPLE_PERSON_HOLDER.code), 'holder.code', 'holder_code'],
    ['resident ID with a bad check', (m) => (m.holder = { ...EXAMPLE_PERSON_HOLDER, code: '150402199003071234' }), 'holder.code', 'holder_code'],
    ['resident ID in lower case', (m) => (m.holder = { ...EXAMPLE_PERSON_HOLDER, code: '15040219851111002x' }), 'holder.code', 'holder_code'],
    ['holder born after the issue date', (m) => (m.holder = { ...EXAMPLE_PERSON_HOLDER, code: `15040220261124001${computeResidentIdCheck('15040220261124001')}` }), 'holder.code', 'holder_code'],
    ['blank related item code', (m) => (m.relatedItem = { name: '食品经营许可', code: '' }), 'relatedItem.code', 'required'],
    ['field that is an object', (m) => (m.fields.地址 = { 省: '内蒙古' } as never), 'fields.地址', 'field_value'],
    ['field that is not a finite number', (m) => (m.fields.面积 = Number.NaN), 'fields.面积', 'field_value'],
    ['empty field name', (m) => (m.extension[''] = 'x'), 'extension.', 'field_name'],
  ])('%s → %s %s', (_, change, path, problem) => {
    expect(validateLicenceMetadata(withChange(change))).toContainEqual({ path, problem });
  });
});

describe('canonical form of a licence', () => {
  it('is the documented canonical JSON, keys sorted at every level, no whitespace', () => {
    const text = canonicalLicenceText(EXAMPLE_LICENCE);
    expect(text.startsWith(`{"format":"${LICENCE_CANONICAL_FORMAT}","licence":{"definingAuthority":{"code":"11100000000013338W","name":"示例证照定义机构"},"extension":{},"fields":{`)).toBe(true);
    expect(text).toContain('"holder":{"code":"91150402MA0N1B2C4P","codeType":"001","name":"赤峰示例餐饮有限公司"}');
    expect(text).toContain('"从业人数":12,');
    expect(text.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toMatch(/\s/); // whitespace only inside strings
    expect(JSON.parse(text)).toEqual({ format: LICENCE_CANONICAL_FORMAT, licence: { ...EXAMPLE_LICENCE } });
  });

  it('ignores member order and members outside the metadata, and writes missing optional members as null or {}', () => {
    const reordered = Object.fromEntries(Object.entries(EXAMPLE_LICENCE).reverse()) as unknown as LicenceMetadata;
    expect(canonicalLicenceText(reordered)).toBe(canonicalLicenceText(EXAMPLE_LICENCE));
    const withExtra = { ...EXAMPLE_LICENCE, id: 42, status: 'revoked' } as LicenceMetadata;
    expect(canonicalLicenceText(withExtra)).toBe(canonicalLicenceText(EXAMPLE_LICENCE));
    const sparse = { ...EXAMPLE_LICENCE, number: undefined, relatedItem: undefined, extension: undefined } as unknown as LicenceMetadata;
    expect(canonicalLicenceDocument(sparse).licence).toMatchObject({ number: null, relatedItem: null, extension: {} });
  });

  it('changes when any one field changes', () => {
    const base = canonicalLicenceText(EXAMPLE_LICENCE);
    const changes: ((m: LicenceMetadata) => void)[] = [
      (m) => (m.holder.name = '赤峰示例餐饮有限公司 '),
      (m) => (m.validUntil = '2031-11-23'),
      (m) => (m.fields.从业人数 = 13),
      (m) => (m.fields.网络经营 = true),
      (m) => (m.fields.从业人数 = '12'),
      (m) => (m.relatedItem = null),
      (m) => (m.extension.备注 = null),
    ];
    for (const change of changes) expect(canonicalLicenceText(withChange(change))).not.toBe(base);
  });

  it('refuses values JSON cannot carry unambiguously', () => {
    expect(() => canonicalLicenceText(withChange((m) => (m.fields.面积 = Number.POSITIVE_INFINITY)))).toThrow(TypeError);
    expect(() => canonicalLicenceText(withChange((m) => (m.fields.地址 = ['a'] as never)))).toThrow(TypeError);
    expect(() => canonicalLicenceText(withChange((m) => (m.holder.name = 1 as never)))).toThrow(/holder.name/);
  });

  it('encodes as UTF-8 exactly like TextEncoder, for any text', () => {
    const encoder = new (globalThis as unknown as { TextEncoder: new () => { encode(text: string): Uint8Array } }).TextEncoder();
    expect(canonicalLicenceBytes(EXAMPLE_LICENCE)).toEqual(encoder.encode(canonicalLicenceText(EXAMPLE_LICENCE)));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(encodeUtf8(text).join(',')).toBe(encoder.encode(text).join(','));
      }),
    );
  });

  it('is deterministic and round-trips through JSON for any scalar fields', () => {
    const scalar = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), scalar), (fields) => {
        const licence = { ...EXAMPLE_LICENCE, fields };
        const text = canonicalLicenceText(licence);
        expect(canonicalLicenceText(JSON.parse(JSON.stringify(licence)) as LicenceMetadata)).toBe(text);
        expect(canonicalLicenceText(JSON.parse(text).licence as LicenceMetadata)).toBe(text);
      }),
    );
  });
});
