import { describe, expect, it } from 'vitest';
import { isValidMobilePhone, maskIdNumber, maskPersonName, maskPersonalDataInText, maskPhone } from './masking.ts';

const ID = '11010519491231002X';
const ID_MASKED = '110105********002X';
const ID2 = '440524198001010019';
const ID2_MASKED = '440524********0019';
const PHONE = '13812345678';
const PHONE_MASKED = '138****5678';

describe('maskIdNumber', () => {
  it.each([
    [ID, ID_MASKED],
    ['11010519491231002x', '110105********002x'],
    [ID2, ID2_MASKED],
    [`  ${ID}  `, ID_MASKED],
    ['110105491231002', '110105*****1002'], // 15-digit old format: first 6 + last 4
    ['12345678901', '123456*8901'], // 11 characters: one masked
    ['1234567890', '**********'], // 10 or fewer: everything masked
    ['12345', '*****'],
    ['1', '*'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected);
  });

  it.each([null, undefined])('%s → empty string', (input) => {
    expect(maskIdNumber(input)).toBe('');
  });

  it('never reveals more than 10 characters of an 18-character number', () => {
    const masked = maskIdNumber(ID);
    expect(masked).toHaveLength(18);
    expect(masked.replaceAll('*', '')).toHaveLength(10);
    expect(masked).not.toContain('19491231');
  });
});

describe('maskPhone', () => {
  it.each([
    [PHONE, PHONE_MASKED],
    [' 13812345678 ', PHONE_MASKED],
    ['19987654321', '199****4321'],
    ['010-12345678', '010*****5678'], // 12 characters: first 3 + last 4
    ['12345678', '123*5678'], // 8 characters: one masked
    ['1234567', '*******'], // 7 or fewer: everything masked
    ['123', '***'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it.each([null, undefined])('%s → empty string', (input) => {
    expect(maskPhone(input)).toBe('');
  });
});

describe('maskPersonName', () => {
  it.each([
    ['张三', '张*'],
    ['李小明', '李**'],
    ['欧阳娜娜', '欧***'],
    ['王', '王'],
    ['  赵六  ', '赵*'],
    ['𠀀明', '𠀀*'], // a supplementary-plane character counts as one character
    ['John Smith', 'J*********'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskPersonName(input)).toBe(expected);
  });

  it.each([null, undefined])('%s → empty string', (input) => {
    expect(maskPersonName(input)).toBe('');
  });
});

describe('isValidMobilePhone', () => {
  it.each([
    ['13812345678', true],
    ['13000000000', true],
    ['14512345678', true],
    ['15912345678', true],
    ['16612345678', true],
    ['17712345678', true],
    ['18812345678', true],
    ['19912345678', true],
    ['12012345678', false], // network digit 2
    ['11012345678', false], // network digit 1
    ['10012345678', false],
    ['23812345678', false], // does not start with 1
    ['03812345678', false],
    ['1381234567', false], // 10 digits
    ['138123456789', false], // 12 digits
    ['+8613812345678', false],
    ['8613812345678', false],
    ['138-1234-5678', false],
    ['138 1234 5678', false],
    [' 13812345678', false],
    ['13812345678 ', false],
    ['13812345678\n', false],
    ['1381234567a', false],
    ['１3812345678', false], // full-width digit
    ['', false],
  ] as const)('%j → %s', (input, expected) => {
    expect(isValidMobilePhone(input)).toBe(expected);
  });
});

describe('maskPersonalDataInText: masks ID numbers and mobile phones', () => {
  it.each([
    [`idNumber=${ID}`, `idNumber=${ID_MASKED}`],
    [ID, ID_MASKED],
    [PHONE, PHONE_MASKED],
    [`${ID} ${PHONE}`, `${ID_MASKED} ${PHONE_MASKED}`],
    ['11010519491231002x', '110105********002x'],
    [`身份证号${ID}，手机${PHONE}。`, `身份证号${ID_MASKED}，手机${PHONE_MASKED}。`],
    [`applicant ${ID} and ${ID2} share phone ${PHONE}; call ${PHONE} again`, `applicant ${ID_MASKED} and ${ID2_MASKED} share phone ${PHONE_MASKED}; call ${PHONE_MASKED} again`],
    [`(${PHONE})`, `(${PHONE_MASKED})`],
    [`tel:${PHONE}`, `tel:${PHONE_MASKED}`],
    [`+86 ${PHONE}`, `+86 ${PHONE_MASKED}`],
    [`${ID}\n${PHONE}`, `${ID_MASKED}\n${PHONE_MASKED}`],
  ])('%j → %j', (input, expected) => {
    expect(maskPersonalDataInText(input)).toBe(expected);
  });

  it('masks values inside a JSON string', () => {
    const json = JSON.stringify({ applicant: { idNumber: ID, phone: PHONE, name: '张三' }, page: 2 });
    const masked = maskPersonalDataInText(json);
    expect(masked).toBe(JSON.stringify({ applicant: { idNumber: ID_MASKED, phone: PHONE_MASKED, name: '张三' }, page: 2 }));
    expect(JSON.parse(masked)).toEqual({ applicant: { idNumber: ID_MASKED, phone: PHONE_MASKED, name: '张三' }, page: 2 });
  });

  it('masks numbers that JSON has escaped line breaks or tabs in front of', () => {
    const json = JSON.stringify({ note: `第一行\n${ID}\t${PHONE}\r\n${ID2}` });
    expect(json).toContain(`\\n${ID}`); // JSON escapes the newline as backslash + n, a letter
    const masked = maskPersonalDataInText(json);
    expect(JSON.parse(masked)).toEqual({ note: `第一行\n${ID_MASKED}\t${PHONE_MASKED}\r\n${ID2_MASKED}` });
  });

  it('masks numbers that JSON has escaped a control character (\\uXXXX) in front of', () => {
    const json = JSON.stringify({ note: `\u0001${ID}\u0002${PHONE}` });
    expect(json).toContain(`\\u0001${ID}`);
    expect(JSON.parse(maskPersonalDataInText(json))).toEqual({ note: `\u0001${ID_MASKED}\u0002${PHONE_MASKED}` });
  });

  it('masks numbers in URL query strings', () => {
    expect(maskPersonalDataInText(`GET /api/applicants?idNumber=${ID}&phone=${PHONE}&page=2 200`)).toBe(
      `GET /api/applicants?idNumber=${ID_MASKED}&phone=${PHONE_MASKED}&page=2 200`,
    );
    expect(maskPersonalDataInText(`https://example.gov.cn/search?q=${ID.toLowerCase()}#top`)).toBe(
      `https://example.gov.cn/search?q=${ID_MASKED.toLowerCase()}#top`,
    );
  });

  it('masks numbers after a percent-encoded separator in a URL', () => {
    const url = `/api/search?q=${encodeURIComponent(`张三 ${ID},${PHONE}`)}`;
    const masked = maskPersonalDataInText(url);
    expect(decodeURIComponent(masked.slice(masked.indexOf('=') + 1))).toBe(`张三 ${ID_MASKED},${PHONE_MASKED}`);
  });

  it.each([
    [`+86${PHONE}`, `+86${PHONE_MASKED}`],
    [`86${PHONE}`, `86${PHONE_MASKED}`],
    [`0086${PHONE}`, `0086${PHONE_MASKED}`],
    [`"phone":"+86${PHONE}"`, `"phone":"+86${PHONE_MASKED}"`],
  ])('masks a phone with a country code: %j → %j', (input, expected) => {
    expect(maskPersonalDataInText(input)).toBe(expected);
  });

  it('output never contains the birth-date or middle phone digits of the inputs', () => {
    const text = JSON.stringify({ a: `x=${ID}`, b: `${PHONE}`, c: [ID2, `+86${PHONE}`], d: `\n${ID}` });
    const masked = maskPersonalDataInText(text);
    expect(masked).not.toContain('19491231');
    expect(masked).not.toContain('19800101');
    expect(masked).not.toContain('1234');
  });
});

describe('maskPersonalDataInText: leaves other numbers alone', () => {
  it.each([
    ['region 150402001001', '12-digit region code'],
    ['region=150402100201&level=village', '12-digit region code in a query string'],
    ['credit code 91350100M000100Y43', 'credit code with letters'],
    ['91440300708461136T', 'credit code ending in a letter'],
    ['{"creditCode":"91110108551385082Q"}', 'credit code in JSON'],
    ['ts=1718000000000', 'millisecond timestamp (13 digits)'],
    ['ts=1718000000', 'second timestamp (10 digits)'],
    ['at 2024-06-10T12:34:56.789Z', 'ISO timestamp'],
    ['20240610123456', '14-digit compact timestamp'],
    ['order 2024061012345678901', '19-digit order number'],
    ['trace 12345678901234567890', '20-digit number'],
    ['id f47ac10b-58cc-4372-a567-0e02b2c3d479', 'UUID'],
    ['amount 13812345.67', 'amount with 8 integer digits'],
    ['landline 01012345678', 'landline with area code'],
    ['12012345678', '11 digits with network digit 2'],
    ['1381234567', '10 digits'],
    ['138123456789', '12 digits starting like a phone'],
    ['case GZ2024-000123', 'case number'],
    ['port 5432, pid 13812', 'short numbers'],
    ['q=%2C2024061012345678901', '19-digit number after a percent escape'],
    ['q=%20150402001001', 'region code after a percent escape'],
    ['{"a":"\\n91350100M000100Y43"}', 'credit code after a JSON escape'],
    ['8612012345678', 'country code before a non-mobile number'],
  ])('%j is unchanged (%s)', (input) => {
    expect(maskPersonalDataInText(input)).toBe(input);
  });
});
