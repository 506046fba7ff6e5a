/**
 * Administrative division codes, GB/T 2260 (6 digits: province 2 + prefecture 2 + county 2) and the
 * 12-digit statistical codes below county (township 3 + village 3).
 * Every region is stored with its 12-digit code; subtree membership is a prefix test.
 */
export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'township', 'village'];

const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43',
  '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
]);

export function isKnownProvinceCode(code2: string): boolean {
  return PROVINCE_CODES.has(code2);
}

export interface RegionCode {
  /** 12-digit normalized code, e.g. 150402000000. */
  code: string;
  level: RegionLevel;
  /** The shortest prefix that every code in this region's subtree shares. */
  prefix: string;
  /** Parent's 12-digit code, or null for a province. */
  parentCode: string | null;
  /** For townships: street (街道), town (镇) or township (乡); for villages: community or village committee. */
  kind: 'province' | 'city' | 'county' | 'street' | 'town' | 'township' | 'community' | 'village';
}

export type RegionCodeResult = { valid: true; region: RegionCode } | { valid: false; problem: 'format' | 'province' | 'structure' };

const PREFIX_LENGTH: Record<RegionLevel, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

/** Parses a 6- or 12-digit region code into its level, subtree prefix and parent. */
export function parseRegionCode(input: string): RegionCodeResult {
  const raw = input.trim();
  if (!/^\d{6}$/.test(raw) && !/^\d{12}$/.test(raw)) return { valid: false, problem: 'format' };
  const code = raw.padEnd(12, '0');
  if (!isKnownProvinceCode(code.slice(0, 2))) return { valid: false, problem: 'province' };
  const prefecture = code.slice(2, 4);
  const county = code.slice(4, 6);
  const township = code.slice(6, 9);
  const village = code.slice(9, 12);
  let level: RegionLevel;
  if (village !== '000') level = 'village';
  else if (township !== '000') level = 'township';
  else if (county !== '00') level = 'county';
  else if (prefecture !== '00') level = 'city';
  else level = 'province';
  // A lower part may be set only when every higher part is; province-level municipalities use prefecture 01/02.
  if (level === 'village' && township === '000') return { valid: false, problem: 'structure' };
  if ((level === 'township' || level === 'village') && county === '00') return { valid: false, problem: 'structure' };
  if (level !== 'province' && level !== 'city' && prefecture === '00') return { valid: false, problem: 'structure' };
  const prefix = code.slice(0, PREFIX_LENGTH[level]);
  const parentCode = parentOf(code, level);
  return { valid: true, region: { code, level, prefix, parentCode, kind: kindOf(level, township, village) } };
}

function kindOf(level: RegionLevel, township: string, village: string): RegionCode['kind'] {
  if (level === 'township') {
    const n = Number(township);
    if (n < 100) return 'street';
    if (n < 200) return 'town';
    return 'township';
  }
  if (level === 'village') return Number(village) < 200 ? 'community' : 'village';
  return level;
}

function parentOf(code: string, level: RegionLevel): string | null {
  switch (level) {
    case 'province':
      return null;
    case 'city':
      return code.slice(0, 2).padEnd(12, '0');
    case 'county':
      return code.slice(0, 4).padEnd(12, '0');
    case 'township':
      return code.slice(0, 6).padEnd(12, '0');
    case 'village':
      return code.slice(0, 9).padEnd(12, '0');
  }
}

/** Subtree prefix of a 12-digit code (or 6-digit), throwing on invalid input. */
export function regionPrefix(code: string): string {
  const parsed = parseRegionCode(code);
  if (!parsed.valid) throw new Error(`invalid region code ${code}`);
  return parsed.region.prefix;
}

/** True when `code` lies in the subtree rooted at `ancestorCode` (a region is in its own subtree). */
export function isInRegionSubtree(code: string, ancestorCode: string): boolean {
  return code.padEnd(12, '0').startsWith(regionPrefix(ancestorCode));
}

/** The level directly below, or null for villages. */
export function childLevel(level: RegionLevel): RegionLevel | null {
  const i = REGION_LEVELS.indexOf(level);
  return REGION_LEVELS[i + 1] ?? null;
}

/** Short display form: 6 digits for province/city/county, 12 below. */
export function displayRegionCode(code12: string): string {
  return code12.slice(6) === '000000' ? code12.slice(0, 6) : code12;
}
