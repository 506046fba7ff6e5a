import { describe, expect, it } from 'vitest';
import { buildCreditCode, computeCreditCodeCheck, computeOrganizationCodeCheck, validateCreditCode } from './credit-code.ts';

/**
 * Tests against GB 32100-2015 / GB 11714 (see /work/shared/STANDARDS.md, "Identity codes"), independently of the
 * implementation: the credit-code weights are derived as 3^(i-1) mod 31 (ISO 7064 MOD 31-3 style) and the check
 * is the value that makes the full weighted sum ≡ 0 mod 31; the organisation code uses GB 11714 values
 * (0-9, A=10 … Z=35) and weights 3 7 9 10 5 8 4 2.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const FORBIDDEN = ['I', 'O', 'Z', 'S', 'V'] as const;

function referenceCreditCheck(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`bad character ${first17[i]}`);
    sum += value * weight;
    weight = (weight * 3) % 31;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 value of a character: digits 0-9, letters A=10 … Z=35 (the full Latin alphabet). */
function gb11714Value(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 'A'.charCodeAt(0) + 10;
}

function referenceOrgCheck(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += gb11714Value(first8[i]!) * weights[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Builds a code with the reference algorithm (independent of buildCreditCode). */
function referenceBuild(authority: string, kind: string, region: string, org8: string): string {
  const first17 = authority + kind + region + org8 + referenceOrgCheck(org8);
  return first17 + referenceCreditCheck(first17);
}

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

/**
 * GB 32100-2015 table of registration authorities (登记管理部门) and organisation kinds (机构类别).
 */
const GB32100_KINDS: Record<string, string> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
  '2': '19', // 外交: 外国常驻新闻机构, 其他
  '3': '123459', // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 文化: 外国在华文化中心, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地(大陆)代表机构, 其他
  '7': '129', // 宗教: 宗教活动场所, 宗教院校, 其他
  '8': '19', // 工会: 基层工会, 其他
  '9': '123', // 工商: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室: 军队事业单位, 其他
  N: '1239', // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他
};

const PUBLISHED_VALID = [
  '91350100M000100Y43', // widely published example (Fuzhou)
  '914403001922038216', // 华为技术有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91330100716105852F', // 阿里巴巴(中国)有限公司
  '91110108551385082Q', // 小米科技有限责任公司
];

describe('check-character computations', () => {
  it('matches a hand computation of both checks of 91350100M000100Y43', () => {
    // Organisation code M000100Y4: GB 11714 values M=22, Y=34 (not their credit-code alphabet values 21 and 30).
    // 22×3 + 0×7 + 0×9 + 0×10 + 1×5 + 0×8 + 0×4 + 34×2 = 66 + 5 + 68 = 139; 139 mod 11 = 7; 11 − 7 = 4.
    expect(computeOrganizationCodeCheck('M000100Y')).toBe('4');
    // Credit code: values 9 1 3 5 0 1 0 0 M=21 0 0 0 1 0 0 Y=30 4
    // weights       1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
    // 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
    expect(computeCreditCodeCheck('91350100M000100Y4')).toBe('3');
  });

  it('derived weights 3^(i-1) mod 31 equal the weights listed in the standard', () => {
    const listed = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const derived: number[] = [];
    for (let i = 0, w = 1; i < 17; i += 1, w = (w * 3) % 31) derived.push(w);
    expect(derived).toEqual(listed);
  });

  it.each([
    // first17, S, expected check = ALPHABET[(31 − S mod 31) mod 31]
    ['00000000000000000', 0, '0'], // 31 → 0
    ['10000000000000000', 1, 'Y'], // 1 × 1 → 30
    ['01000000000000000', 3, 'W'], // 1 × 3 → 28
    ['00000000000000001', 28, '3'], // 1 × 28 → 3
    ['Y0000000000000000', 30, '1'], // 30 × 1 → 1
    ['00000000000000002', 56, '6'], // 2 × 28 = 56 ≡ 25 → 6
    ['00000000000000010', 30, '1'], // 1 × 30 → 1
    ['0000000000000000A', 280, 'Y'], // 10 × 28 = 280 ≡ 1 → 30
  ] as const)('credit check of %s (S = %i) is %s', (first17, _sum, expected) => {
    expect(computeCreditCodeCheck(first17)).toBe(expected);
    expect(referenceCreditCheck(first17)).toBe(expected);
  });

  it.each([
    // first8, S, expected check: 11 − S mod 11, 10 → X, 11 → 0
    ['00000000', 0, '0'], // 11 → 0
    ['00000001', 2, '9'],
    ['00000005', 10, '1'],
    ['00000006', 12, 'X'], // 12 ≡ 1 → 10 → X
    ['00000010', 4, '7'],
    ['00000100', 8, '3'],
    ['00010000', 10, '1'],
    ['01000000', 7, '4'],
    ['10000000', 3, '8'],
    ['00100000', 9, '2'],
    ['A0000000', 30, '3'], // A = 10
    ['Z0000000', 105, '5'], // Z = 35 in GB 11714 (not a credit-code character, but valid in an organisation code)
    ['M000100Y', 139, '4'],
  ] as const)('organisation check of %s (S = %i) is %s', (first8, _sum, expected) => {
    expect(computeOrganizationCodeCheck(first8)).toBe(expected);
    expect(referenceOrgCheck(first8)).toBe(expected);
  });

  it('computeCreditCodeCheck throws on a character outside the alphabet', () => {
    expect(() => computeCreditCodeCheck('9135010OM000100Y4')).toThrow();
  });
});

describe('validateCreditCode: valid codes', () => {
  it.each(PUBLISHED_VALID)('accepts the published code %s', (code) => {
    expect(validateCreditCode(code)).toEqual({
      valid: true,
      normalized: code,
      regionCode: code.slice(2, 8),
      organizationCode: code.slice(8, 17),
    });
    expect(referenceCreditCheck(code.slice(0, 17))).toBe(code[17]);
    expect(referenceOrgCheck(code.slice(8, 16))).toBe(code[16]);
  });

  it('accepts lower case and surrounding whitespace, normalising to upper case', () => {
    expect(validateCreditCode('  91350100m000100y43 ')).toEqual({
      valid: true,
      normalized: '91350100M000100Y43',
      regionCode: '350100',
      organizationCode: 'M000100Y4',
    });
  });

  const allowedPairs = Object.entries(GB32100_KINDS).flatMap(([authority, kinds]) => [...kinds].map((kind) => [authority, kind] as const));

  it.each(allowedPairs)('accepts registration authority %s with organisation kind %s (GB 32100 table)', (authority, kind) => {
    const code = referenceBuild(authority, kind, '150402', '0A1B2C3D');
    expect(validateCreditCode(code)).toMatchObject({ valid: true, normalized: code });
  });
});

describe('validateCreditCode: invalid codes', () => {
  it.each(PUBLISHED_VALID)('rejects %s with every other check character', (code) => {
    for (const ch of ALPHABET) {
      if (ch === code[17]) continue;
      expect(validateCreditCode(code.slice(0, 17) + ch)).toEqual({ valid: false, problem: 'check_character' });
    }
  });

  const forbiddenCases = FORBIDDEN.flatMap((letter) =>
    [0, 1, 2, 8, 12, 16, 17].map((pos) => ['91350100M000100Y43'.slice(0, pos) + letter + '91350100M000100Y43'.slice(pos + 1), letter, pos] as const),
  );

  it.each(forbiddenCases)('rejects %s (forbidden letter %s at index %i) as alphabet', (code) => {
    expect(validateCreditCode(code)).toEqual({ valid: false, problem: 'alphabet' });
  });

  it.each(FORBIDDEN.map((l) => l.toLowerCase()))('rejects the lower-case forbidden letter %s as alphabet', (letter) => {
    expect(validateCreditCode(`91350100M000100Y4${letter}`)).toEqual({ valid: false, problem: 'alphabet' });
  });

  it.each([
    ['91350100M000100Y4-', 'hyphen'],
    ['91350100 000100Y43', 'inner space'],
    ['9135010０M000100Y43', 'full-width digit'],
    ['91350100M000100Y4Ä', 'non-ASCII letter'],
  ])('rejects %j as alphabet (%s)', (code) => {
    expect(code).toHaveLength(18);
    expect(validateCreditCode(code)).toEqual({ valid: false, problem: 'alphabet' });
  });

  it.each([
    ['', 'empty'],
    ['91350100M000100Y4', '17 characters'],
    ['91350100M000100Y430', '19 characters'],
    ['350100400012345', '15-digit business registration number'],
    ['M000100Y4', '9-character organisation code'],
    ['M000100Y-4', 'organisation code with hyphen'],
    ['91350100M000100Y4 ', 'trailing space is trimmed, leaving 17 characters'],
  ])('rejects %j for its length (%s)', (code) => {
    expect(validateCreditCode(code)).toEqual({ valid: false, problem: 'length' });
  });

  it.each([
    ['0', '1'],
    ['B', '1'],
    ['9', '4'],
    ['9', '9'],
    ['9', '0'],
    ['9', 'A'],
    ['1', '4'],
    ['5', '5'],
    ['2', '2'],
    ['3', '6'],
    ['6', '3'],
    ['8', '2'],
    ['A', '2'],
    ['N', '4'],
    ['Y', '2'],
    ['Y', '9'],
  ])('rejects registration authority %s with kind %s', (authority, kind) => {
    // Both checks are right (computed by the reference), so only the authority/kind pair can be wrong.
    const code = referenceBuild(authority, kind, '350100', 'M000100Y');
    expect(validateCreditCode(code)).toEqual({ valid: false, problem: 'registration_authority' });
  });

  it('rejects every authority/kind pair outside the GB 32100 table', () => {
    let rejected = 0;
    for (const authority of ALPHABET) {
      for (const kind of ALPHABET) {
        if (GB32100_KINDS[authority]?.includes(kind)) continue;
        const code = referenceBuild(authority, kind, '150402', '12345678');
        expect(validateCreditCode(code), code).toEqual({ valid: false, problem: 'registration_authority' });
        rejected += 1;
      }
    }
    expect(rejected).toBe(31 * 31 - 36); // 36 pairs in the GB 32100 table
  });

  it.each(PUBLISHED_VALID)('rejects %s when only the embedded organisation-code check is wrong', (code) => {
    for (const ch of '0123456789X') {
      if (ch === code[16]) continue;
      // Recompute the overall check so that the organisation-code check is the only error.
      const first17 = code.slice(0, 16) + ch;
      const mutated = first17 + referenceCreditCheck(first17);
      expect(validateCreditCode(mutated), mutated).toEqual({ valid: false, problem: 'organization_code' });
    }
  });

  it('rejects an organisation code whose check position holds a letter other than X', () => {
    const first17 = '91350100M000100YA';
    expect(validateCreditCode(first17 + referenceCreditCheck(first17))).toEqual({ valid: false, problem: 'organization_code' });
  });
});

describe('buildCreditCode', () => {
  it('rebuilds the published example', () => {
    expect(buildCreditCode('9', '1', '350100', 'M000100Y')).toBe('91350100M000100Y43');
  });

  const next = mulberry32(32100);
  const orgChars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const pick = (s: string) => s[Math.floor(next() * s.length)]!;
  const allowedPairs = Object.entries(GB32100_KINDS).flatMap(([authority, kinds]) => [...kinds].map((kind) => authority + kind));
  const built = Array.from({ length: 200 }, () => {
    const pair = allowedPairs[Math.floor(next() * allowedPairs.length)]!;
    const region = String(110000 + Math.floor(next() * 540000)).padStart(6, '0');
    const org8 = Array.from({ length: 8 }, () => pick(orgChars)).join('');
    return { authority: pair[0]!, kind: pair[1]!, region, org8, code: buildCreditCode(pair[0]!, pair[1]!, region, org8) };
  });

  it('produces codes that validate, with the right embedded organisation-code check and overall check', () => {
    for (const { authority, kind, region, org8, code } of built) {
      expect(code).toBe(referenceBuild(authority, kind, region, org8));
      expect(code).toHaveLength(18);
      expect(code.slice(16, 17)).toBe(referenceOrgCheck(org8));
      expect(validateCreditCode(code)).toEqual({ valid: true, normalized: code, regionCode: region, organizationCode: org8 + referenceOrgCheck(org8) });
    }
  });

  it('some built organisation codes end in X and some in 0 (both special cases are exercised)', () => {
    const checks = new Set(built.map((b) => b.code[16]));
    expect(checks.has('X')).toBe(true);
    expect(checks.has('0')).toBe(true);
  });

  it('detects every single-character substitution at every position', () => {
    let mutations = 0;
    for (const { code } of [...built.slice(0, 20), ...PUBLISHED_VALID.map((code) => ({ code }))]) {
      for (let pos = 0; pos < 18; pos += 1) {
        for (const ch of ALPHABET) {
          if (ch === code[pos]) continue;
          const mutated = code.slice(0, pos) + ch + code.slice(pos + 1);
          if (pos < 17) {
            // MOD 31 alone detects the substitution: the check over the mutated body differs.
            expect(computeCreditCodeCheck(mutated.slice(0, 17)), mutated).not.toBe(code[17]);
          }
          expect(validateCreditCode(mutated).valid, mutated).toBe(false);
          mutations += 1;
        }
      }
    }
    expect(mutations).toBe(25 * 18 * 30);
  });
});
