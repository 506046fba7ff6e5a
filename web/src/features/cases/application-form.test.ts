import { describe, expect, it } from 'vitest';
import type { ApplicationForm } from '@onetrip/core';
import { formDataToSend, validateApplicationForm, visibleFields } from './application-form.ts';

const form: ApplicationForm = {
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string', title: '姓名', minLength: 2 },
      phone: { type: 'string', title: '电话', pattern: '^1[3-9]\\d{9}$' },
      reason: { type: 'string', title: '原因', enum: ['a', 'b'] },
      isMinor: { type: 'boolean', title: '未成年' },
      guardian: { type: 'string', title: '监护人' },
      pledge: { type: 'boolean', title: '承诺', const: true },
    },
    required: ['name', 'phone', 'reason', 'pledge'],
    allOf: [{ if: { properties: { isMinor: { const: true } }, required: ['isMinor'] }, then: { required: ['guardian'] } }],
  },
  ui: { order: ['name', 'phone', 'reason', 'isMinor', 'guardian', 'pledge'], fields: { guardian: { showWhen: { field: 'isMinor', equals: true } } } },
};

describe('validateApplicationForm', () => {
  it('lists every required field when submitting and none when saving a draft', () => {
    expect(Object.keys(validateApplicationForm(form, {}, { partial: false }))).toEqual(['name', 'phone', 'reason', 'pledge']);
    expect(validateApplicationForm(form, {}, { partial: true })).toEqual({});
  });

  it('checks length, pattern, enum and const of the values that are there', () => {
    expect(validateApplicationForm(form, { name: '张', phone: '12', reason: 'c', pledge: false }, { partial: true })).toEqual({
      name: { code: 'minLength', limit: 2 }, phone: { code: 'pattern' }, reason: { code: 'enum' }, pledge: { code: 'const' },
    });
  });

  it('requires and shows a conditional field only when its condition holds', () => {
    const valid = { name: '张伟', phone: '13904760001', reason: 'a', pledge: true };
    expect(validateApplicationForm(form, { ...valid, isMinor: false }, { partial: false })).toEqual({});
    expect(validateApplicationForm(form, { ...valid, isMinor: true }, { partial: false })).toEqual({ guardian: { code: 'required' } });
    expect(visibleFields(form, { isMinor: false })).not.toContain('guardian');
    expect(formDataToSend(form, { ...valid, isMinor: false, guardian: '李' })).toEqual({ ...valid, isMinor: false });
  });
});
