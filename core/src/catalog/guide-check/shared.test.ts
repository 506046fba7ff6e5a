import { describe, expect, it } from 'vitest';
import type { TimeLimit } from '../implementation.ts';
import { compressionRatio, exceeds, findCatchAllCondition, findCatchAllPhrase, isValidServicePhone, phoneNumbers, pointer, toNaturalDays } from './shared.ts';

const wd = (value: number): TimeLimit => ({ value, unit: 'working_days' });
const nd = (value: number): TimeLimit => ({ value, unit: 'natural_days' });

describe('compressionRatio', () => {
  it.each([
    { legal: wd(20), promised: wd(5), ratio: 0.25 },
    { legal: wd(10), promised: wd(2), ratio: 0.2 },
    { legal: wd(3), promised: wd(3), ratio: 1 },
    { legal: nd(30), promised: nd(6), ratio: 0.2 },
    // 20 working days = 28 natural days
    { legal: wd(20), promised: nd(7), ratio: 0.25 },
    { legal: wd(20), promised: nd(14), ratio: 0.5 },
    // 10 working days = 14 natural days
    { legal: nd(20), promised: wd(10), ratio: 0.7 },
    { legal: nd(60), promised: wd(15), ratio: 0.35 },
    { legal: wd(10), promised: wd(0), ratio: 0 },
  ])('$promised.value $promised.unit of $legal.value $legal.unit is $ratio', ({ legal, promised, ratio }) => {
    expect(compressionRatio({ legalLimit: legal, promisedLimit: promised })).toBeCloseTo(ratio, 12);
  });

  it('is exact when both limits use the same unit (no 7/5 rounding)', () => {
    expect(compressionRatio({ legalLimit: wd(12), promisedLimit: wd(3) })).toBe(0.25);
  });

  it('is null when the legal limit is 0 or a limit is malformed', () => {
    expect(compressionRatio({ legalLimit: wd(0), promisedLimit: wd(0) })).toBeNull();
    expect(compressionRatio({ legalLimit: nd(0), promisedLimit: wd(3) })).toBeNull();
    expect(compressionRatio({ legalLimit: wd(Number.NaN), promisedLimit: wd(3) })).toBeNull();
    expect(compressionRatio({ legalLimit: wd(-5), promisedLimit: wd(3) })).toBeNull();
    expect(compressionRatio({ legalLimit: { value: 10, unit: 'hours' as never }, promisedLimit: wd(3) })).toBeNull();
    expect(compressionRatio({ legalLimit: null as never, promisedLimit: wd(3) })).toBeNull();
  });
});

describe('time-limit arithmetic', () => {
  it('converts working days at 7/5', () => {
    expect(toNaturalDays(wd(5))).toBe(7);
    expect(toNaturalDays(wd(20))).toBe(28);
    expect(toNaturalDays(nd(9))).toBe(9);
  });

  it('compares across units, with equality not counted as exceeding', () => {
    expect(exceeds([nd(14)], wd(10))).toBe(false);
    expect(exceeds([nd(15)], wd(10))).toBe(true);
    expect(exceeds([wd(3)], nd(4))).toBe(true); // 4.2 > 4
    expect(exceeds([wd(1), nd(1)], wd(2))).toBe(false); // 1.4 + 1 ≤ 2.8
    expect(exceeds([wd(1), nd(2)], wd(2))).toBe(true); // 3.4 > 2.8
    expect(exceeds([wd(0.1), wd(0.2)], wd(0.3))).toBe(false); // floating-point sum 0.30000000000000004
  });
});

describe('isValidServicePhone', () => {
  it.each(['12345', '12315', '0476-8336688', '0476-83366880', '047683366880', '010-62345678', '(0476)8336688', '（0476）8336688', '0476 8336688', '13904761234', '0476-8336688-801', '0476-8336688转801'])(
    'accepts %s',
    (phone) => expect(isValidServicePhone(phone)).toBe(true),
  );

  it.each(['', '8336688', '1234', '123456', '0476-1336688', '0476-83366', '23904761234', '1390476123', 'abc', '0476-8336688ext1', '+86 13904761234'])(
    'rejects %s',
    (phone) => expect(isValidServicePhone(phone)).toBe(false),
  );

  it('splits a list of numbers', () => {
    expect(phoneNumbers('12345、0476-8336688，13904761234; 12315 / 12366')).toEqual(['12345', '0476-8336688', '13904761234', '12315', '12366']);
  });
});

describe('catch-all wording', () => {
  it.each(['其他材料', '其它材料', '相关材料', '其他相关材料', '营业执照等材料', '有关材料', '其它证明', '其他有关材料', '其他必要文件', '身份证明等相关资料', '有关证件'])(
    'finds it in %s',
    (name) => expect(findCatchAllPhrase(name)).not.toBeNull(),
  );

  it.each(['营业执照', '食品经营许可申请书', '授权委托书', '营业执照或者其他主体资格证明文件', '自动设备的产品合格证明', '主要设备设施清单、经营布局图和操作流程', '法定代表人身份证明'])(
    'does not flag %s',
    (name) => expect(findCatchAllPhrase(name)).toBeNull(),
  );

  it('returns the phrase it found', () => {
    expect(findCatchAllPhrase('申请人认为需要提交的其他相关材料')).toBe('其他相关材料');
  });

  it('finds open-ended conditions but not ordinary ones', () => {
    expect(findCatchAllCondition('法律、行政法规规定的其他条件')).toBe('其他条件');
    expect(findCatchAllCondition('与有毒、有害场所以及其他污染源保持规定的距离')).toBeNull();
  });
});

describe('pointer', () => {
  it('escapes ~ and / in keys (RFC 6901)', () => {
    expect(pointer('form', 'ui', 'fields', 'a/b~c')).toBe('/form/ui/fields/a~1b~0c');
    expect(pointer('materials', 2, 'legalBasis')).toBe('/materials/2/legalBasis');
    expect(pointer()).toBe('');
  });
});
