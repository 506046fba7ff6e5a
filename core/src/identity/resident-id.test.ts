import { describe, expect, it } from 'vitest';
import { computeResidentIdCheck, isRealBirthDate, validateResidentId } from './resident-id.ts';

/**
 * Tests against GB 11643-1999 (see /work/shared/STANDARDS.md, "Identity codes"), independently of the
 * implementation: the reference check below is derived from ISO 7064 MOD 11-2 (weights 2^(18-i) mod 11,
 * and the full 18-position weighted sum ≡ 1 mod 11, X standing for 10), not from the implementation's tables.
 */

/** A fixed "today" so birth-date tests never depend on the clock. */
const TODAY = new Date(Date.UTC(2025, 5, 30)); // 2025-06-30

/** ISO 7064 MOD 11-2 check character for 17 digits, computed from first principles. */
function referenceCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    let weight = 1;
    for (let k = 0; k < 17 - i; k += 1) weight = (weight * 2) % 11; // 2^(17-i) mod 11 for position i+1
    sum += Number(first17[i]) * weight;
  }
  const check = (12 - (sum % 11)) % 11; // the value c with (sum + c) mod 11 = 1
  return check === 10 ? 'X' : String(check);
}

/** Appends the (reference) check character so that only the property under test can be wrong. */
function withCheck(first17: string): string {
  return first17 + referenceCheck(first17);
}

/** Tiny deterministic PRNG (mulberry32) so the property tests are reproducible without dependencies. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A random valid 17-digit body: known province, prefecture/county 01..39, birth 1900..2024, any sequence. */
function randomBody(next: () => number): { body: string; birthDate: string; sequence: number } {
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const province = PROVINCES[int(0, PROVINCES.length - 1)]!;
  const year = int(1900, 2024);
  const month = int(1, 12);
  const day = int(1, daysInMonth(year, month));
  const sequence = int(0, 999);
  const body = province + pad(int(1, 39), 2) + pad(int(1, 39), 2) + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(sequence, 3);
  return { body, birthDate: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, sequence };
}

describe('computeResidentIdCheck', () => {
  it('matches a hand computation for the GB 11643 example 11010519491231002X', () => {
    // digits  1 1  0 1 0 5 1 9 4 9 1 2  3 1 0 0 2
    // weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    const products = [7, 9, 0, 5, 0, 20, 2, 9, 24, 27, 7, 18, 30, 5, 0, 0, 4];
    const sum = products.reduce((a, b) => a + b, 0);
    expect(sum).toBe(167);
    expect(sum % 11).toBe(2); // "10X98765432"[2] = 'X'
    expect(computeResidentIdCheck('11010519491231002')).toBe('X');
  });

  it('matches a hand computation for 440524188001010014', () => {
    // digits  4  4  0 5  2  4 1 8  8 0 0 1  0 1 0 0 1
    // weights 7  9 10 5  8  4 2 1  6 3 7 9 10 5 8 4 2
    const products = [28, 36, 0, 25, 16, 16, 2, 8, 48, 0, 0, 9, 0, 5, 0, 0, 2];
    const sum = products.reduce((a, b) => a + b, 0);
    expect(sum).toBe(195);
    expect(sum % 11).toBe(8); // "10X98765432"[8] = '4'
    expect(computeResidentIdCheck('44052418800101001')).toBe('4');
  });

  it.each([
    // first17, S mod 11, expected check
    ['00000000000000000', 0, '1'],
    ['10000000000000000', 7, '5'], // 1 × 7
    ['01000000000000000', 9, '3'], // 1 × 9
    ['00100000000000000', 10, '2'], // 1 × 10
    ['00000000000000001', 2, 'X'], // 1 × 2
    ['00000000000000002', 4, '8'], // 2 × 2
    ['00000001000000000', 1, '0'], // 1 × 1 (position 8)
  ])('check of %s (S mod 11 = %i) is %s', (first17, _mod, expected) => {
    expect(computeResidentIdCheck(first17)).toBe(expected);
    expect(referenceCheck(first17)).toBe(expected);
  });

  it.each(['', '1101051949123100', '110105194912310021', '1101051949123100X', 'abcdefghijklmnopq', '11010519491231 02'])(
    'throws on input that is not 17 digits: %j',
    (input) => {
      expect(() => computeResidentIdCheck(input)).toThrow();
    },
  );
});

describe('validateResidentId: valid numbers', () => {
  it('accepts the GB 11643 example 11010519491231002X (female, born 1949-12-31)', () => {
    expect(validateResidentId('11010519491231002X', TODAY)).toEqual({
      valid: true,
      normalized: '11010519491231002X',
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('accepts a lower-case x and normalises it to upper case', () => {
    expect(validateResidentId('11010519491231002x', TODAY)).toEqual({
      valid: true,
      normalized: '11010519491231002X',
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('trims surrounding whitespace', () => {
    const result = validateResidentId('  11010519491231002X\n', TODAY);
    expect(result.valid && result.normalized).toBe('11010519491231002X');
  });

  it('440524188001010014 has a correct GB 11643 check character but is rejected by the 1900 birth-year floor', () => {
    // The check character is right by the standard (see the hand computation above); the implementation
    // additionally rejects births before 1900, which is a local rule, not part of GB 11643.
    expect(referenceCheck('44052418800101001')).toBe('4');
    expect(validateResidentId('440524188001010014', TODAY)).toEqual({ valid: false, problem: 'birth_date' });
    // The same person with a post-1900 birth year (check recomputed) is valid.
    const moved = withCheck('44052419800101001');
    expect(validateResidentId(moved, TODAY)).toMatchObject({ valid: true, regionCode: '440524', birthDate: '1980-01-01', sex: 'male' });
  });

  it.each([
    // body (17 digits), birthDate, sex
    ['15040219800101001', '1980-01-01', 'male'],
    ['15040219800101002', '1980-01-01', 'female'],
    ['15040219800101009', '1980-01-01', 'male'],
    ['15040219800101010', '1980-01-01', 'female'], // last sequence digit 0 is even
    ['15040219800101997', '1980-01-01', 'male'],
    ['15040219800101998', '1980-01-01', 'female'],
    ['31011520001231123', '2000-12-31', 'male'],
    ['65010219000101444', '1900-01-01', 'female'], // earliest accepted date
    ['81000020250630555', '2025-06-30', 'male'], // born "today"
    ['11000019991231006', '1999-12-31', 'female'], // province-level region 110000
  ] as const)('%s → birthDate %s, sex %s', (body, birthDate, sex) => {
    const id = withCheck(body);
    expect(validateResidentId(id, TODAY)).toEqual({ valid: true, normalized: id, regionCode: body.slice(0, 6), birthDate, sex });
  });

  it('produces an X check for some bodies and accepts them', () => {
    const next = mulberry32(11643);
    let found = 0;
    for (let i = 0; i < 2000 && found < 20; i += 1) {
      const { body } = randomBody(next);
      if (referenceCheck(body) !== 'X') continue;
      found += 1;
      expect(computeResidentIdCheck(body)).toBe('X');
      expect(validateResidentId(`${body}X`, TODAY).valid).toBe(true);
      expect(validateResidentId(`${body}x`, TODAY)).toMatchObject({ valid: true, normalized: `${body}X` });
      expect(validateResidentId(`${body}0`, TODAY)).toEqual({ valid: false, problem: 'check_character' });
    }
    expect(found).toBe(20);
  });
});

describe('validateResidentId: invalid numbers', () => {
  it.each([
    ['110105194912310020', 'check 0 instead of X'],
    ['110105194912310021', 'check 1 instead of X'],
    ['110105194912310029', 'check 9 instead of X'],
    ['440524198001010010', 'check 0'],
    ['440524198001010014', 'check 4 (correct only for the 1880 birth year)'],
    ['440524198001010018', 'check 8'],
    ['44052419800101001X', 'X where a digit is due'],
    ['11010519491231003X', 'sequence changed, check not'],
    ['11010519491213002X', 'day digits transposed'],
  ])('%s is rejected for its check character (%s)', (id) => {
    expect(validateResidentId(id, TODAY)).toEqual({ valid: false, problem: 'check_character' });
  });

  it.each([
    ['19800230', 'Feb 30'],
    ['19800231', 'Feb 31'],
    ['19800431', 'Apr 31'],
    ['19801131', 'Nov 31'],
    ['19801301', 'month 13'],
    ['19800001', 'month 00'],
    ['19800100', 'day 00'],
    ['19800132', 'day 32'],
    ['19000229', '1900 is not a leap year'],
    ['20230229', '2023 is not a leap year'],
    ['21000229', '2100 is not a leap year (and in the future)'],
    ['20250701', 'the day after today'],
    ['20260101', 'next year'],
    ['20991231', 'far future'],
    ['18991231', 'before 1900'],
    ['18800101', 'before 1900'],
    ['00000000', 'all zero'],
  ])('birth date %s is rejected (%s)', (birth) => {
    const id = withCheck(`150402${birth}001`);
    expect(validateResidentId(id, TODAY)).toEqual({ valid: false, problem: 'birth_date' });
  });

  it.each([
    ['20000229', '2000 is a leap year'],
    ['19960229', '1996 is a leap year'],
    ['20240229', '2024 is a leap year'],
    ['19000101', 'first accepted day'],
    ['20250630', 'today'],
    ['19800131', 'Jan 31'],
    ['19800430', 'Apr 30'],
  ])('birth date %s is accepted (%s)', (birth) => {
    const id = withCheck(`150402${birth}001`);
    expect(validateResidentId(id, TODAY)).toMatchObject({ valid: true, birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}` });
  });

  it('uses the supplied today: a date valid now is a future date for an earlier today', () => {
    const id = withCheck('15040220000229001');
    expect(validateResidentId(id, TODAY).valid).toBe(true);
    expect(validateResidentId(id, new Date(Date.UTC(2000, 1, 28)))).toEqual({ valid: false, problem: 'birth_date' });
    expect(validateResidentId(id, new Date(Date.UTC(2000, 1, 29))).valid).toBe(true);
  });

  it.each([
    ['1101051949123100AX', 'letter in the body'],
    ['A1010519491231002X', 'letter at the start'],
    ['11010519491231X021', 'X not at the end'],
    ['1101051949123100x2', 'lower-case x not at the end'],
    ['X10105194912310021', 'X at the start'],
    ['11010519491231002Y', 'Y as check'],
    ['110105 9491231002X', 'space inside'],
    ['110105-19491231-02', 'hyphens'],
    ['１１0105194912310021', 'full-width digits'],
  ])('%s is rejected as alphabet (%s)', (id) => {
    expect(id).toHaveLength(18);
    expect(validateResidentId(id, TODAY)).toEqual({ valid: false, problem: 'alphabet' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['11010519491231002', '17 characters'],
    ['11010519491231002X0', '19 characters'],
    ['110105491231002', '15-digit first-generation format'],
    ['11010519491231002XX', 'doubled check'],
    ['1101051949123100', '16 characters'],
  ])('%j is rejected for its length (%s)', (id) => {
    expect(validateResidentId(id, TODAY)).toEqual({ valid: false, problem: 'length' });
  });

  it.each([
    ['000000', 'province 00'],
    ['990101', 'province 99'],
    ['100101', 'province 10'],
    ['200101', 'province 20'],
    ['160101', 'province 16'],
    ['720101', 'province 72'],
    ['910101', 'province 91'],
    ['150001', 'county set without prefecture'],
    ['110099', 'county set without prefecture (Beijing)'],
  ])('region prefix %s is rejected (%s)', (region) => {
    const id = withCheck(`${region}19800101001`);
    expect(validateResidentId(id, TODAY)).toEqual({ valid: false, problem: 'region' });
  });
});

describe('isRealBirthDate', () => {
  it.each([
    ['20000229', true],
    ['19000228', true],
    ['19000229', false],
    ['20230229', false],
    ['20240229', true],
    ['20250630', true],
    ['20250701', false],
    ['18991231', false],
    ['1980010', false],
    ['198001011', false],
    ['1980-1-1', false],
    ['abcdefgh', false],
    ['', false],
  ] as const)('%j → %s', (yyyymmdd, expected) => {
    expect(isRealBirthDate(yyyymmdd, TODAY)).toBe(expected);
  });

  it('agrees with an independent calendar for every day of 1900, 2000, 2023 and 2024 (plus invalid day 32)', () => {
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 1; month <= 12; month += 1) {
        for (let day = 1; day <= 32; day += 1) {
          const expected = day <= daysInMonth(year, month);
          expect(isRealBirthDate(`${year}${pad(month, 2)}${pad(day, 2)}`, TODAY), `${year}-${month}-${day}`).toBe(expected);
        }
      }
    }
  });
});

describe('property: random valid numbers', () => {
  const next = mulberry32(20250630);
  const samples = Array.from({ length: 300 }, () => randomBody(next));

  it('computeResidentIdCheck agrees with the MOD 11-2 reference and validate round-trips', () => {
    for (const { body, birthDate, sequence } of samples) {
      const check = computeResidentIdCheck(body);
      expect(check).toBe(referenceCheck(body));
      const result = validateResidentId(body + check, TODAY);
      expect(result).toEqual({
        valid: true,
        normalized: body + check,
        regionCode: body.slice(0, 6),
        birthDate,
        sex: sequence % 2 === 1 ? 'male' : 'female',
      });
    }
  });

  it('every other check character is rejected', () => {
    for (const { body } of samples.slice(0, 50)) {
      const check = computeResidentIdCheck(body);
      for (const other of '0123456789X') {
        if (other === check) continue;
        expect(validateResidentId(body + other, TODAY)).toEqual({ valid: false, problem: 'check_character' });
      }
    }
  });

  it('MOD 11-2 detects every single-digit substitution at every position', () => {
    const ids = [
      '11010519491231002X',
      '440524188001010014', // check-valid (its 1880 birth date is rejected separately, which is fine here)
      ...samples.slice(0, 8).map((s) => s.body + computeResidentIdCheck(s.body)),
    ];
    let mutations = 0;
    for (const id of ids) {
      const original = id.slice(0, 17);
      for (let pos = 0; pos < 18; pos += 1) {
        const replacements = pos === 17 ? '0123456789X' : '0123456789';
        for (const ch of replacements) {
          if (ch === id[pos]) continue;
          const mutated = id.slice(0, pos) + ch + id.slice(pos + 1);
          if (pos < 17) {
            // The check computed over the mutated body must differ from the original check character.
            expect(computeResidentIdCheck(mutated.slice(0, 17)), mutated).not.toBe(computeResidentIdCheck(original));
          }
          expect(validateResidentId(mutated, TODAY).valid, mutated).toBe(false);
          mutations += 1;
        }
      }
    }
    expect(mutations).toBe(ids.length * (17 * 9 + 10));
  });

  it('detects every adjacent transposition of two different digits in the body', () => {
    for (const { body } of samples.slice(0, 30)) {
      const id = body + computeResidentIdCheck(body);
      for (let pos = 0; pos < 16; pos += 1) {
        if (id[pos] === id[pos + 1]) continue;
        const swapped = id.slice(0, pos) + id[pos + 1]! + id[pos]! + id.slice(pos + 2);
        expect(validateResidentId(swapped, TODAY).valid, swapped).toBe(false);
      }
    }
  });
});
