/**
 * A printable paper version of an item's application form (申请表), generated from the same form definition the
 * online application renders, as an xlsx workbook (Chinese text is rendered by the reader's own fonts, so no font
 * has to be embedded). `sample: true` fills it with example values (示例样表) so a citizen sees how to fill it.
 */
import ExcelJS from 'exceljs';
import type { ApplicationForm, FormFieldUi, ImplementationContent } from '@onetrip/core';

type FieldSchema = ApplicationForm['schema']['properties'][string];

const EXAMPLES: Partial<Record<NonNullable<FormFieldUi['widget']>, string>> = {
  id_number: '150402199003071234',
  credit_code: '91150402MA0N1P2Q74',
  phone: '13904760001',
  region: '150402',
  address: '内蒙古自治区赤峰市红山区新华路 18 号',
  date: '2026-12-01',
};

const PREFILL_EXAMPLES: Record<NonNullable<FormFieldUi['prefill']>, string> = {
  name: '张三',
  idNumber: '150402199003071234',
  creditCode: '91150402MA0N1P2Q74',
  phone: '13904760001',
  legalRepresentative: '张三',
};

/** An example value for one field, as a person would write it on paper. */
export function exampleValue(schema: FieldSchema, ui: FormFieldUi | undefined): string {
  if (ui?.prefill) return PREFILL_EXAMPLES[ui.prefill];
  if (ui?.widget && EXAMPLES[ui.widget]) return EXAMPLES[ui.widget]!;
  if (schema['type'] === 'boolean') return '☑ 已阅读并承诺';
  const options = (schema['enum'] ?? (schema['items'] as { enum?: unknown[] } | undefined)?.enum) as unknown[] | undefined;
  if (Array.isArray(options) && options.length > 0) return `☑ ${String(options[0])}`;
  if (schema['type'] === 'integer') return String(Math.max(Number(schema['minimum'] ?? 1), 1));
  if (schema['type'] === 'number') return String(Math.max(Number(schema['minimum'] ?? 1), 1));
  if (ui?.widget === 'textarea') return `（按实际情况填写${String(schema.title ?? '')}）`;
  if (schema.title === '委托期限') return '自签署之日起至本事项办结之日止';
  return `（${String(schema.title ?? '')}）`;
}

/** How to fill the field: required or conditional, the choices, and the form's own help text. */
function instructions(key: string, schema: FieldSchema, ui: FormFieldUi | undefined, required: ReadonlySet<string>, titles: Record<string, string>): string {
  const parts: string[] = [];
  if (required.has(key)) parts.push('必填');
  else if (ui?.showWhen) parts.push(`“${titles[ui.showWhen.field] ?? ui.showWhen.field}”为“${String(ui.showWhen.equals)}”时必填`);
  else parts.push('选填');
  const options = (schema['enum'] ?? (schema['items'] as { enum?: unknown[] } | undefined)?.enum) as unknown[] | undefined;
  if (Array.isArray(options)) parts.push(`${schema['type'] === 'array' ? '可多选' : '选择其一'}：${options.map(String).join(' / ')}`);
  if (ui?.help) parts.push(ui.help);
  return parts.join('；');
}

/** The paper power of attorney (授权委托书) an agent brings; the same fields for every item. */
export const POWER_OF_ATTORNEY_FORM: ApplicationForm = {
  schema: {
    type: 'object',
    properties: {
      principalName: { type: 'string', title: '委托人姓名或名称' },
      principalId: { type: 'string', title: '委托人公民身份号码或统一社会信用代码' },
      agentName: { type: 'string', title: '受托人姓名' },
      agentIdNumber: { type: 'string', title: '受托人公民身份号码' },
      agentPhone: { type: 'string', title: '受托人联系电话' },
      matter: { type: 'string', title: '委托事项' },
      powers: { type: 'array', title: '委托权限', items: { type: 'string', enum: ['提交申请材料', '领取受理通知书和补正告知书', '领取办理结果', '修改、补正申请材料'] } },
      period: { type: 'string', title: '委托期限' },
    },
    required: ['principalName', 'principalId', 'agentName', 'agentIdNumber', 'agentPhone', 'matter', 'powers', 'period'],
  },
  ui: {
    order: ['principalName', 'principalId', 'agentName', 'agentIdNumber', 'agentPhone', 'matter', 'powers', 'period'],
    fields: {
      principalName: { widget: 'input', prefill: 'name' },
      principalId: { widget: 'input', prefill: 'idNumber' },
      agentName: { widget: 'input', help: '受托人办理时须出示本人居民身份证原件' },
      agentIdNumber: { widget: 'id_number' },
      agentPhone: { widget: 'phone' },
      matter: { widget: 'input', help: '写明所办事项的名称' },
      powers: { widget: 'checkbox' },
      period: { widget: 'input', help: '如：自签署之日起至本事项办结之日止' },
    },
  },
};

/**
 * A paper form with one row per field of `form`, titled `title` (the item's application form, or a document such
 * as a power of attorney).
 */
export async function applicationFormWorkbook(content: Pick<ImplementationContent, 'name' | 'form'>, options: { sample: boolean; title?: string }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OneTrip';
  workbook.created = new Date('2026-01-01T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(options.sample ? '示例样表' : '申请表', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  sheet.columns = [{ width: 6 }, { width: 26 }, { width: 44 }, { width: 40 }];
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };

  sheet.mergeCells('A1:D1');
  const title = sheet.getCell('A1');
  title.value = `${options.title ?? `${content.name}申请表`}${options.sample ? '（示例样表）' : ''}`;
  title.font = { size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 32;
  sheet.mergeCells('A2:D2');
  sheet.getCell('A2').value = options.sample
    ? '本样表仅示范填写方法，示例内容不得照抄；请按本人或本单位实际情况填写。'
    : '请用黑色签字笔或钢笔填写，字迹清楚；标“必填”的项目必须填写。也可在网上办理，无需填写纸质表格。';
  sheet.getCell('A2').font = { size: 10, color: { argb: options.sample ? 'FFB00020' : 'FF555555' } };
  sheet.getCell('A2').alignment = { wrapText: true };
  sheet.getRow(2).height = 30;

  const header = sheet.addRow(['序号', '填写项目', '填写内容', '填写说明']);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = border;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });

  const { schema, ui } = content.form;
  const required = new Set(schema.required ?? []);
  const titles = Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, String(s.title ?? k)]));
  const order = [...ui.order, ...Object.keys(schema.properties).filter((k) => !ui.order.includes(k))];
  order.forEach((key, index) => {
    const fieldSchema = schema.properties[key];
    if (!fieldSchema) return;
    const fieldUi = ui.fields[key];
    const row = sheet.addRow([
      index + 1,
      `${required.has(key) ? '* ' : ''}${titles[key]}`,
      options.sample ? exampleValue(fieldSchema, fieldUi) : '',
      instructions(key, fieldSchema, fieldUi, required, titles),
    ]);
    row.height = fieldUi?.widget === 'textarea' ? 60 : 28;
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.border = border;
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: column === 1 ? 'center' : 'left' };
      if (column === 3 && options.sample) cell.font = { color: { argb: 'FF0B57B0' } };
      if (column === 4) cell.font = { size: 9, color: { argb: 'FF555555' } };
    });
  });

  sheet.addRow([]);
  const sign = sheet.addRow(['', '申请人（签字或盖章）：', options.sample ? '张三' : '', `日期：${options.sample ? '2026 年 12 月 1 日' : '      年    月    日'}`]);
  sign.height = 36;
  sheet.addRow(['', '本人承诺所填内容真实有效，如有虚假愿承担相应法律责任。']).getCell(2).font = { size: 9 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
