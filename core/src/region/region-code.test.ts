import { describe, expect, it } from 'vitest';
import {
  REGION_LEVELS,
  childLevel,
  displayRegionCode,
  isInRegionSubtree,
  isKnownProvinceCode,
  parseRegionCode,
  regionPrefix,
  type RegionCode,
  type RegionLevel,
} from './region-code.ts';

/** Tests against GB/T 2260 and the 12-digit statistical codes (see /work/shared/STANDARDS.md). */

describe('parseRegionCode: valid codes', () => {
  it.each<[string, RegionCode]>([
    ['150000', { code: '150000000000', level: 'province', prefix: '15', parentCode: null, kind: 'province' }],
    ['150000000000', { code: '150000000000', level: 'province', prefix: '15', parentCode: null, kind: 'province' }],
    ['150400', { code: '150400000000', level: 'city', prefix: '1504', parentCode: '150000000000', kind: 'city' }],
    ['150400000000', { code: '150400000000', level: 'city', prefix: '1504', parentCode: '150000000000', kind: 'city' }],
    ['150402', { code: '150402000000', level: 'county', prefix: '150402', parentCode: '150400000000', kind: 'county' }],
    ['150402000000', { code: '150402000000', level: 'county', prefix: '150402', parentCode: '150400000000', kind: 'county' }],
    ['150402001000', { code: '150402001000', level: 'township', prefix: '150402001', parentCode: '150402000000', kind: 'street' }],
    ['150402099000', { code: '150402099000', level: 'township', prefix: '150402099', parentCode: '150402000000', kind: 'street' }],
    ['150402100000', { code: '150402100000', level: 'township', prefix: '150402100', parentCode: '150402000000', kind: 'town' }],
    ['150402199000', { code: '150402199000', level: 'township', prefix: '150402199', parentCode: '150402000000', kind: 'town' }],
    ['150402200000', { code: '150402200000', level: 'township', prefix: '150402200', parentCode: '150402000000', kind: 'township' }],
    ['150402399000', { code: '150402399000', level: 'township', prefix: '150402399', parentCode: '150402000000', kind: 'township' }],
    ['150402001001', { code: '150402001001', level: 'village', prefix: '150402001001', parentCode: '150402001000', kind: 'community' }],
    ['150402001199', { code: '150402001199', level: 'village', prefix: '150402001199', parentCode: '150402001000', kind: 'community' }],
    ['150402100201', { code: '150402100201', level: 'village', prefix: '150402100201', parentCode: '150402100000', kind: 'village' }],
    ['150402100200', { code: '150402100200', level: 'village', prefix: '150402100200', parentCode: '150402100000', kind: 'village' }],
    ['150402200100', { code: '150402200100', level: 'village', prefix: '150402200100', parentCode: '150402200000', kind: 'community' }],
    ['150402200399', { code: '150402200399', level: 'village', prefix: '150402200399', parentCode: '150402200000', kind: 'village' }],
    // Province-level municipality: prefecture 01 (市辖区).
    ['110000', { code: '110000000000', level: 'province', prefix: '11', parentCode: null, kind: 'province' }],
    ['110100', { code: '110100000000', level: 'city', prefix: '1101', parentCode: '110000000000', kind: 'city' }],
    ['110105', { code: '110105000000', level: 'county', prefix: '110105', parentCode: '110100000000', kind: 'county' }],
    // County-level unit directly under a province (prefecture 90).
    ['429004', { code: '429004000000', level: 'county', prefix: '429004', parentCode: '429000000000', kind: 'county' }],
    ['810000', { code: '810000000000', level: 'province', prefix: '81', parentCode: null, kind: 'province' }],
  ])('%s', (input, region) => {
    expect(parseRegionCode(input)).toEqual({ valid: true, region });
  });

  it('trims surrounding whitespace', () => {
    expect(parseRegionCode(' 150402 ')).toMatchObject({ valid: true, region: { code: '150402000000', level: 'county' } });
  });

  it('the parent of every level parses to the level above', () => {
    for (const code of ['150400000000', '150402000000', '150402001000', '150402100201']) {
      const parsed = parseRegionCode(code);
      if (!parsed.valid) throw new Error(`expected ${code} to be valid`);
      const parent = parseRegionCode(parsed.region.parentCode!);
      if (!parent.valid) throw new Error(`expected parent of ${code} to be valid`);
      expect(childLevel(parent.region.level)).toBe(parsed.region.level);
      expect(parsed.region.code.startsWith(parent.region.prefix)).toBe(true);
    }
  });
});

describe('parseRegionCode: invalid codes', () => {
  it.each([
    ['', 'empty'],
    ['15040', '5 digits'],
    ['1504020', '7 digits'],
    ['15040200100', '11 digits'],
    ['1504020010001', '13 digits'],
    ['150402001', '9 digits'],
    ['15040A', 'letter'],
    ['15040200100a', 'letter in 12 digits'],
    ['1504 02', 'inner space'],
    ['150-402', 'hyphen'],
    ['１５0402', 'full-width digits'],
    ['-15040', 'sign'],
  ])('%j is a format error (%s)', (input) => {
    expect(parseRegionCode(input)).toEqual({ valid: false, problem: 'format' });
  });

  it.each(['000000', '990000', '100000', '160000', '200000', '470000', '720000', '830000', '910000', '000000000000', '990402001001'])(
    '%s has an unknown province',
    (input) => {
      expect(parseRegionCode(input)).toEqual({ valid: false, problem: 'province' });
    },
  );

  it.each([
    ['150402000001', 'village digits without township'],
    ['150402000201', 'village digits without township'],
    ['150400001000', 'township without county'],
    ['150400001001', 'village without county'],
    ['150000001000', 'township without prefecture or county'],
    ['150002', 'county without prefecture'],
    ['150002000000', 'county without prefecture (12 digits)'],
    ['150002001000', 'township under a county without prefecture'],
    ['150002100201', 'village under a county without prefecture'],
    ['150000000001', 'village digits only'],
  ])('%s is a structure error (%s)', (input) => {
    expect(parseRegionCode(input)).toEqual({ valid: false, problem: 'structure' });
  });
});

describe('isKnownProvinceCode', () => {
  it.each([
    ['11', true],
    ['15', true],
    ['65', true],
    ['71', true],
    ['81', true],
    ['82', true],
    ['00', false],
    ['10', false],
    ['99', false],
    ['1', false],
    ['150', false],
  ] as const)('%s → %s', (code, expected) => {
    expect(isKnownProvinceCode(code)).toBe(expected);
  });
});

describe('regionPrefix', () => {
  it.each([
    ['150000', '15'],
    ['150400', '1504'],
    ['150402', '150402'],
    ['150402001000', '150402001'],
    ['150402100201', '150402100201'],
  ])('%s → %s', (code, prefix) => {
    expect(regionPrefix(code)).toBe(prefix);
  });

  it.each(['', '15040', '990000', '150402000001'])('throws on invalid %j', (code) => {
    expect(() => regionPrefix(code)).toThrow();
  });
});

describe('isInRegionSubtree', () => {
  it.each([
    // code, ancestor, expected
    ['150402', '150402', true],
    ['150402000000', '150402', true],
    ['150402', '150402000000', true],
    ['150000', '150000', true],
    ['150402001001', '150402001001', true],
    ['150402001001', '150400', true],
    ['150402100201', '150400000000', true],
    ['150402001000', '150402', true],
    ['150402200399', '150000', true],
    ['150402001001', '150402001000', true],
    ['150404', '150402', false],
    ['150404001000', '150402', false],
    ['150500', '150400', false],
    ['150502001001', '150400', false],
    ['150402002001', '150402001000', false],
    ['150402001001', '150402001002', false],
    ['150400', '150402', false],
    ['150000', '150400', false],
    ['150402', '150402001000', false],
    ['110105', '150000', false],
    ['151000', '150000', true],
    ['115000', '150000', false],
  ] as const)('%s in subtree of %s → %s', (code, ancestor, expected) => {
    expect(isInRegionSubtree(code, ancestor)).toBe(expected);
  });

  it('throws when the ancestor is not a valid region code', () => {
    expect(() => isInRegionSubtree('150402', '1504')).toThrow();
  });
});

describe('displayRegionCode', () => {
  it.each([
    ['150000000000', '150000'],
    ['150400000000', '150400'],
    ['150402000000', '150402'],
    ['150402001000', '150402001000'],
    ['150402100201', '150402100201'],
    ['150402000001', '150402000001'],
  ])('%s → %s', (code, display) => {
    expect(displayRegionCode(code)).toBe(display);
  });
});

describe('childLevel', () => {
  it.each<[RegionLevel, RegionLevel | null]>([
    ['province', 'city'],
    ['city', 'county'],
    ['county', 'township'],
    ['township', 'village'],
    ['village', null],
  ])('%s → %s', (level, child) => {
    expect(childLevel(level)).toBe(child);
  });

  it('REGION_LEVELS lists the five levels top-down', () => {
    expect(REGION_LEVELS).toEqual(['province', 'city', 'county', 'township', 'village']);
  });
});
