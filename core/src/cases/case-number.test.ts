import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumberOf, isoDateOfDayNumber } from '../calendar/iso-date.ts';
import { FIXTURE_BASIC_CODE, FIXTURE_DEPARTMENT_CREDIT_CODE } from '../catalog/guide-check/fixtures.ts';
import { buildImplementationCode } from '../catalog/item-codes.ts';
import { buildCaseNumber, CASE_NUMBER_LENGTH, caseNumberPrefix, isValidCaseNumber, parseCaseNumber, validateCaseNumber } from './case-number.ts';

const CODE = buildImplementationCode(FIXTURE_DEPARTMENT_CREDIT_CODE, 3, FIXTURE_BASIC_CODE);

describe('case numbers: implementation code + yyyyMMdd + 4-digit daily sequence', () => {
  it('builds the 43-character number', () => {
    expect(CODE).toBe('11150400MB159837483011300000000');
    const number = buildCaseNumber(CODE, '2026-10-09', 1);
    expect(number).toBe('11150400MB159837483011300000000202610090001');
    expect(number).toHaveLength(CASE_NUMBER_LENGTH);
    expect(buildCaseNumber(CODE, '2026-10-09', 9999).endsWith('202610099999')).toBe(true);
    expect(caseNumberPrefix(CODE, '2026-10-09')).toBe('11150400MB15983748301130000000020261009');
  });

  it('parses what it builds', () => {
    expect(parseCaseNumber('11150400MB159837483011300000000202610090042')).toEqual({ implementationCode: CODE, date: '2026-10-09', sequence: 42 });
    expect(isValidCaseNumber('11150400MB159837483011300000000202610090042')).toBe(true);
  });

  it.each([
    ['11150400MB15983748301130000000020261009001', 'length'],
    ['11150400MB1598374830113000000002026100900011', 'length'],
    ['11150400MB159837483011300000000202602300001', 'date'],
    ['11150400MB15983748301130000000020261O090001', 'date'],
    ['11150400MB159837483011300000000202610090000', 'sequence'],
    ['11150400MB15983748301130000000020261009000A', 'sequence'],
    ['11150400MB159837473011300000000202610090001', 'implementation_code_credit_code'],
    ['11150400MB159837488011300000000202610090001', 'implementation_code_level'],
    ['11150400MB15983748301130000000a202610090001', 'implementation_code_basic_code'],
  ])('%s → %s', (value, problem) => {
    expect(validateCaseNumber(value)).toEqual({ valid: false, problem });
    expect(parseCaseNumber(value)).toBeNull();
  });

  it('refuses to build from a bad sequence, date or code', () => {
    for (const seq of [0, 10_000, 1.5, -1]) expect(() => buildCaseNumber(CODE, '2026-10-09', seq)).toThrow(RangeError);
    expect(() => buildCaseNumber(CODE, '2026-02-30', 1)).toThrow(RangeError);
    expect(() => buildCaseNumber(CODE.slice(1), '2026-10-09', 1)).toThrow(RangeError);
  });

  it('round-trips every date and sequence, and numbers sort by day then sequence', () => {
    const dayArb = fc.integer({ min: dayNumberOf('2000-01-01'), max: dayNumberOf('2099-12-31') }).map(isoDateOfDayNumber);
    const seqArb = fc.integer({ min: 1, max: 9999 });
    fc.assert(fc.property(dayArb, seqArb, dayArb, seqArb, (d1, s1, d2, s2) => {
      const a = buildCaseNumber(CODE, d1, s1);
      expect(parseCaseNumber(a)).toEqual({ implementationCode: CODE, date: d1, sequence: s1 });
      const b = buildCaseNumber(CODE, d2, s2);
      expect(a < b).toBe(d1 < d2 || (d1 === d2 && s1 < s2));
    }));
  });
});
