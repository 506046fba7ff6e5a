import { describe, expect, it } from 'vitest';
import { buildCreditCode, type LicenceFieldsSchema } from '@onetrip/core';
import { isLicenceTypeCode, rowsOfSchema, schemaOfRows } from './licence-type-draft.ts';

const SCHEMA: LicenceFieldsSchema = {
  type: 'object',
  properties: {
    经营者名称: { type: 'string', title: '经营者名称', maxLength: 100, 'x-formKey': 'operatorName' },
    经营面积: { type: 'number', title: '经营面积（平方米）', 'x-formKey': 'area' },
    主体业态: { type: 'string', title: '主体业态', enum: ['餐饮服务经营者', '食品销售经营者'] },
  },
  required: ['经营者名称'],
};

describe('licence type fields editor', () => {
  it('round-trips a schema through the editor rows', () => {
    expect(schemaOfRows(rowsOfSchema(SCHEMA))).toEqual(SCHEMA);
  });

  it('drops a max length on non-text fields, a form key equal to the name, and an empty required list', () => {
    expect(schemaOfRows([
      { name: ' 面积 ', title: ' 面积 ', type: 'number', required: false, maxLength: 10, formKey: '面积' },
    ])).toEqual({ type: 'object', properties: { 面积: { type: 'number', title: '面积' } } });
  });
});

describe('isLicenceTypeCode', () => {
  const authority = buildCreditCode('1', '1', '100000', 'MB0Q0001');
  it('accepts a credit code + 3 digits only', () => {
    expect(isLicenceTypeCode(`${authority}001`)).toBe(true);
    expect(isLicenceTypeCode('11100000000013338W032')).toBe(true);
    expect(isLicenceTypeCode(`${authority}01`)).toBe(false);
    expect(isLicenceTypeCode(`${authority}00A`)).toBe(false);
    expect(isLicenceTypeCode(`${authority.slice(0, 17)}${authority[17] === '0' ? '1' : '0'}001`)).toBe(false);
    expect(isLicenceTypeCode('11100000000013338w032')).toBe(false);
  });
});
