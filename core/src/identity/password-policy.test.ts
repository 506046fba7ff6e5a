import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, checkPasswordPolicy, countPasswordClasses } from './password-policy.ts';

describe('password length limits', () => {
  it('are 8 and 128 characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it.each([
    ['', 'too_short'],
    ['Ab1!', 'too_short'],
    ['Abcde1!', 'too_short'], // 7
    ['Abcdef1', 'too_short'], // 7
    ['Abcdef12', null], // 8
    ['Abcdefg1', null], // 8
    [`Ab1${'x'.repeat(125)}`, null], // 128
    [`Ab1${'x'.repeat(126)}`, 'too_long'], // 129
    [`Ab1${'x'.repeat(500)}`, 'too_long'],
    ['abc', 'too_short'], // too short wins over too few classes
    ['a'.repeat(129), 'too_long'], // too long wins over too few classes
  ] as const)('%j → %s', (password, expected) => {
    expect(checkPasswordPolicy(password)).toBe(expected);
  });

  it('counts characters (code points), not UTF-16 units', () => {
    // 7 code points but 11 UTF-16 units: still too short.
    expect('Ab1😀😀😀😀'.length).toBe(11);
    expect(checkPasswordPolicy('Ab1😀😀😀😀')).toBe('too_short');
    // 8 code points.
    expect(checkPasswordPolicy('Ab1😀😀😀😀😀')).toBeNull();
    // 128 code points but 253 UTF-16 units: not too long.
    const long = `Ab1${'😀'.repeat(125)}`;
    expect(long.length).toBe(253);
    expect(checkPasswordPolicy(long)).toBeNull();
    expect(checkPasswordPolicy(`${long}😀`)).toBe('too_long');
  });
});

describe('countPasswordClasses', () => {
  it.each([
    ['', 0],
    ['abcdefgh', 1],
    ['ABCDEFGH', 1],
    ['12345678', 1],
    ['!@#$%^&*', 1],
    ['        ', 1], // spaces are symbols
    ['_', 1], // underscore is a symbol (not a word character class)
    ['abcdEF__', 3],
    ['abcdEFGH', 2],
    ['abcd1234', 2],
    ['abcd!@#$', 2],
    ['ABCD1234', 2],
    ['1234!@#$', 2],
    ['abCD12', 3],
    ['abcd12!@', 3],
    ['ABCD12!@', 3],
    ['abCD!@#$', 3],
    ['Ab1!', 4],
    ['密码', 1], // CJK characters count as symbols
    ['密码abc', 2],
    ['é', 1], // a non-ASCII letter is a symbol, not a lower-case letter
    ['Éé', 1],
    ['aé', 2],
    ['😀', 1],
    ['１２３', 1], // full-width digits are not ASCII digits, so they count as symbols
  ] as const)('%j has %i classes', (password, expected) => {
    expect(countPasswordClasses(password)).toBe(expected);
  });
});

describe('checkPasswordPolicy: 3 of 4 classes', () => {
  it.each([
    ['abcdefgh', 'too_few_classes'],
    ['ABCDEFGH', 'too_few_classes'],
    ['12345678', 'too_few_classes'],
    ['!@#$%^&*', 'too_few_classes'],
    ['abcdEFGH', 'too_few_classes'],
    ['abcd1234', 'too_few_classes'],
    ['password', 'too_few_classes'],
    ['Password', 'too_few_classes'],
    ['Password1', null],
    ['password1!', null],
    ['PASSWORD1!', null],
    ['Password!', null],
    ['Pass word1', null],
    ['pass_word', 'too_few_classes'],
    ['Pass_word', null],
    ['P@ssw0rd', null],
    ['密码密码密码密码', 'too_few_classes'],
    ['密码密码密码ab', 'too_few_classes'], // lower + symbol
    ['密码密码密码Ab', null], // lower + upper + symbol
    ['密码密码密码a1', null], // lower + digit + symbol
    ['éééééééé', 'too_few_classes'],
    ['ééééééA1', null], // é counts as a symbol
  ] as const)('%j → %s', (password, expected) => {
    expect(checkPasswordPolicy(password)).toBe(expected);
  });
});
