import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCreditCode } from '../identity/credit-code.ts';
import { EXAMPLE_LICENCE_IDENTIFIER } from './fixtures.ts';
import {
  buildLicenceIdentifier,
  computeLicenceCheckCharacter,
  isValidLicenceIdentifier,
  LICENCE_IDENTIFIER_PREFIX,
  normalizeLicenceIdentifierInput,
  parseLicenceIdentifier,
  validateLicenceIdentifier,
  type LicenceIdentifierParts,
} from './licence-identifier.ts';

const ALNUM36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const EXAMPLE_PARTS: LicenceIdentifierParts = { typeCode: '11100000000013338W032', issuerCode: '11220000013544541J', serial: '2430599', version: '001' };

describe('GB/T 36904 licence identifiers: check character (ISO/IEC 7064 MOD 37,36)', () => {
  it('gives F for the public example', () => {
    expect(computeLicenceCheckCharacter('11100000000013338W032' + '11220000013544541J' + '2430599' + '001')).toBe('F');
    expect(buildLicenceIdentifier(EXAMPLE_PARTS)).toBe(EXAMPLE_LICENCE_IDENTIFIER);
    expect(validateLicenceIdentifier(EXAMPLE_LICENCE_IDENTIFIER)).toEqual({ valid: true, parts: EXAMPLE_PARTS, check: 'F' });
  });

  it.each([
    // Worked by hand: '0': p = (36 + 0) mod 36 = 0 → 36; p = 72 mod 37 = 35; check = (37 − 35) mod 36 = 2.
    ['0', '2'],
    // 'A' = 10: p = 46 mod 36 = 10; p = 20; check = 17 → H.
    ['A', 'H'],
    // 'Z' = 35: p = 71 mod 36 = 35; p = 70 mod 37 = 33; check = 4.
    ['Z', '4'],
    // '00': p = 35 after the first; (35 + 0) mod 36 = 35; 70 mod 37 = 33; check = 4.
    ['00', '4'],
  ])('check character of %s is %s', (text, check) => {
    expect(computeLicenceCheckCharacter(text)).toBe(check);
  });

  it('refuses characters outside 0-9A-Z', () => {
    expect(() => computeLicenceCheckCharacter('abc')).toThrow(RangeError);
    expect(() => computeLicenceCheckCharacter('1.2')).toThrow(RangeError);
  });

  it('detects every single-character change of the public example, in every position, to every other character', () => {
    const body = EXAMPLE_LICENCE_IDENTIFIER.slice(LICENCE_IDENTIFIER_PREFIX.length + 1);
    let changes = 0;
    for (let i = 0; i < body.length; i += 1) {
      if (body[i] === '.') continue;
      for (const ch of ALNUM36) {
        if (ch === body[i]) continue;
        const changed = `${LICENCE_IDENTIFIER_PREFIX}.${body.slice(0, i)}${ch}${body.slice(i + 1)}`;
        expect(isValidLicenceIdentifier(changed), changed).toBe(false);
        changes += 1;
      }
    }
    expect(changes).toBe((21 + 18 + 7 + 3 + 1) * 35);
  });

  it('detects a wrong check character even when the rest is well formed (serial and version are free text)', () => {
    expect(validateLicenceIdentifier(EXAMPLE_LICENCE_IDENTIFIER.replace('.2430599.', '.2430598.'))).toEqual({ valid: false, problem: 'check_character' });
    expect(validateLicenceIdentifier(EXAMPLE_LICENCE_IDENTIFIER.replace('.001.', '.002.'))).toEqual({ valid: false, problem: 'check_character' });
    expect(validateLicenceIdentifier(EXAMPLE_LICENCE_IDENTIFIER.replace(/F$/, 'G'))).toEqual({ valid: false, problem: 'check_character' });
  });
});

describe('GB/T 36904 licence identifiers: structure', () => {
  it.each([
    ['1.2.156.3005.3.11100000000013338W032.11220000013544541J.2430599.001.F', 'prefix'],
    ['11100000000013338W032.11220000013544541J.2430599.001.F', 'prefix'],
    ['1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001', 'structure'],
    ['1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F.X', 'structure'],
    ['1.2.156.3005.2.11100000000013338W03.11220000013544541J.2430599.001.F', 'type_code_length'],
    ['1.2.156.3005.2.11100000000013338W0A2.11220000013544541J.2430599.001.F', 'type_code_sequence'],
    ['1.2.156.3005.2.11100000000013338X032.11220000013544541J.2430599.001.F', 'type_code_check_character'],
    ['1.2.156.3005.2.11100000000013338w032.11220000013544541J.2430599.001.F', 'type_code_alphabet'],
    ['1.2.156.3005.2.11100000000013338W032.11220000013544541K.2430599.001.F', 'issuer_code_check_character'],
    ['1.2.156.3005.2.11100000000013338W032.11220000013544541j.2430599.001.F', 'issuer_code_alphabet'],
    ['1.2.156.3005.2.11100000000013338W032.1122000001354454.2430599.001.F', 'issuer_code_length'],
    ['1.2.156.3005.2.11100000000013338W032.11220000013544541J..001.F', 'serial'],
    ['1.2.156.3005.2.11100000000013338W032.11220000013544541J.24305a9.001.F', 'serial'],
    [`1.2.156.3005.2.11100000000013338W032.11220000013544541J.${'1'.repeat(33)}.001.F`, 'serial'],
    ['1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.01.F', 'version'],
    ['1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.00A.F', 'version'],
    [' 1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F', 'prefix'],
  ])('%s → %s', (value, problem) => {
    expect(validateLicenceIdentifier(value)).toEqual({ valid: false, problem });
    expect(parseLicenceIdentifier(value)).toBeNull();
  });

  it('refuses to build from bad parts', () => {
    expect(() => buildLicenceIdentifier({ ...EXAMPLE_PARTS, version: '1' })).toThrow(/version/);
    expect(() => buildLicenceIdentifier({ ...EXAMPLE_PARTS, serial: '' })).toThrow(/serial/);
    expect(() => buildLicenceIdentifier({ ...EXAMPLE_PARTS, issuerCode: '11220000013544541K' })).toThrow(/issuer_code_check_character/);
  });

  it('normalises what a person typed: spaces removed, upper case', () => {
    expect(normalizeLicenceIdentifierInput(' 1.2.156.3005.2.11100000000013338w032.\n11220000013544541j.2430599.001.f ')).toBe(EXAMPLE_LICENCE_IDENTIFIER);
  });
});

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditCode = fc
  .tuple(fc.constantFrom('1', '9'), fc.stringMatching(/^[0-9]{6}$/), fc.array(fc.constantFrom(...CREDIT_ALPHABET), { minLength: 8, maxLength: 8 }))
  .map(([authority, region, body]) => buildCreditCode(authority, '1', region, body.join('')));
const parts = fc.record({
  typeCode: fc.tuple(creditCode, fc.stringMatching(/^\d{3}$/)).map(([code, sequence]) => code + sequence),
  issuerCode: creditCode,
  serial: fc.stringMatching(/^[0-9A-Z]{1,32}$/),
  version: fc.stringMatching(/^\d{3}$/),
});

describe('GB/T 36904 licence identifiers: properties', () => {
  it('validates and parses back whatever it builds', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const identifier = buildLicenceIdentifier(p);
        expect(parseLicenceIdentifier(identifier)).toEqual(p);
      }),
    );
  });

  it('detects any single-character substitution anywhere after the prefix', () => {
    fc.assert(
      fc.property(parts, fc.nat(), fc.constantFrom(...ALNUM36), (p, at, ch) => {
        const identifier = buildLicenceIdentifier(p);
        const positions = [...Array(identifier.length).keys()].filter((i) => i > LICENCE_IDENTIFIER_PREFIX.length && identifier[i] !== '.');
        const i = positions[at % positions.length]!;
        fc.pre(identifier[i] !== ch);
        expect(isValidLicenceIdentifier(identifier.slice(0, i) + ch + identifier.slice(i + 1))).toBe(false);
      }),
    );
  });

  it('satisfies the ISO/IEC 7064 hybrid-system check: running the recurrence on into the check character ends at 1', () => {
    // Verification as ISO/IEC 7064 states it, written independently of computeLicenceCheckCharacter.
    const verifies = (textWithCheck: string): boolean => {
      let p = 36;
      for (const ch of textWithCheck.slice(0, -1)) {
        p = (p + ALNUM36.indexOf(ch)) % 36 || 36;
        p = (p * 2) % 37;
      }
      return (p + ALNUM36.indexOf(textWithCheck.at(-1)!)) % 36 === 1;
    };
    expect(verifies('11100000000013338W03211220000013544541J2430599001F')).toBe(true);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,80}$/), (text) => {
        expect(verifies(text + computeLicenceCheckCharacter(text))).toBe(true);
      }),
    );
  });
});
