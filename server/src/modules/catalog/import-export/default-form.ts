import type { ApplicationForm, Audience } from '@onetrip/core';

/**
 * The application form an imported item gets when its formJson cell is empty: who applies (prefilled from the
 * account), how to reach them, and what they apply for. Maintainers refine it in the editor; it is enough for
 * online application and passes the form rules of the guide checker.
 */
export function defaultApplicationForm(audiences: readonly Audience[]): ApplicationForm {
  const persons = audiences.includes('natural_person');
  const organisations = audiences.some((a) => a !== 'natural_person');
  const idField = persons && !organisations
    ? { key: 'idNumber', schema: { type: 'string', title: '身份证号码', maxLength: 18 }, ui: { widget: 'id_number' as const, prefill: 'idNumber' as const } }
    : organisations && !persons
      ? { key: 'creditCode', schema: { type: 'string', title: '统一社会信用代码', maxLength: 18 }, ui: { widget: 'credit_code' as const, prefill: 'creditCode' as const } }
      : { key: 'certificateNumber', schema: { type: 'string', title: '证件号码（身份证号码或统一社会信用代码）', maxLength: 18 }, ui: { widget: 'input' as const } };
  return {
    schema: {
      type: 'object',
      properties: {
        applicantName: { type: 'string', title: organisations && !persons ? '申请单位名称' : '申请人姓名（名称）', maxLength: 100 },
        [idField.key]: idField.schema,
        contactPhone: { type: 'string', title: '联系电话', maxLength: 20 },
        details: { type: 'string', title: '申请事项说明', maxLength: 2000 },
      },
      required: ['applicantName', idField.key, 'contactPhone'],
    },
    ui: {
      order: ['applicantName', idField.key, 'contactPhone', 'details'],
      fields: {
        applicantName: { widget: 'input', prefill: 'name' },
        [idField.key]: idField.ui,
        contactPhone: { widget: 'phone', prefill: 'phone' },
        details: { widget: 'textarea', placeholder: '请简要说明申请的内容' },
      },
    },
  };
}
