import type { ApplicationForm } from '@onetrip/core';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

interface PreviewRow {
  key: string;
  title: string;
  type: string;
  widget: string;
  isRequired: boolean;
  isOrdered: boolean;
  prefill: string;
  showWhen: string;
}

function describeType(schema: Record<string, unknown> | undefined): string {
  if (!schema) return '—';
  const type = typeof schema.type === 'string' ? schema.type : '?';
  if (Array.isArray(schema.enum)) return `${type} ∈ {${schema.enum.map(String).join(', ')}}`;
  const items = schema.items as Record<string, unknown> | undefined;
  if (type === 'array' && items && Array.isArray(items.enum)) return `${type} ⊆ {${items.enum.map(String).join(', ')}}`;
  return typeof schema.format === 'string' ? `${type} (${schema.format})` : type;
}

/** Fields named in a conditional requirement (`allOf: [{ if, then: { required } }]`). */
function conditionallyRequired(schema: ApplicationForm['schema']): Set<string> {
  const out = new Set<string>();
  for (const clause of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const then = (clause as { then?: { required?: unknown } }).then;
    if (Array.isArray(then?.required)) for (const key of then.required) if (typeof key === 'string') out.add(key);
  }
  return out;
}

/** The application form as the applicant will meet it: fields in order, with type, widget, requirement and conditions. */
export function FormFieldsPreview({ form }: { form: ApplicationForm }) {
  const { t } = useTranslation();
  const properties = form.schema.properties;
  const required = new Set(Array.isArray(form.schema.required) ? form.schema.required : []);
  const conditional = conditionallyRequired(form.schema);
  const keys = [...form.ui.order, ...Object.keys(properties).filter((key) => !form.ui.order.includes(key))];
  const rows: PreviewRow[] = keys.map((key) => {
    const ui = form.ui.fields[key];
    return {
      key,
      title: typeof properties[key]?.title === 'string' ? properties[key].title : '',
      type: describeType(properties[key]),
      widget: ui?.widget ?? '—',
      isRequired: required.has(key),
      isOrdered: form.ui.order.includes(key),
      prefill: ui?.prefill ?? '',
      showWhen: ui?.showWhen ? `${ui.showWhen.field} = ${String(ui.showWhen.equals)}` : '',
    };
  });
  return (
    <Table<PreviewRow>
      className="form-preview"
      size="small"
      rowKey="key"
      pagination={false}
      scroll={{ x: 720 }}
      dataSource={rows}
      locale={{ emptyText: t('catalogEditor.form.previewEmpty') }}
      columns={[
        { key: 'index', title: '#', width: 48, render: (_, row, index) => (row.isOrdered ? index + 1 : '—') },
        { key: 'title', title: t('catalogEditor.form.columns.title'), render: (_, row) => row.title || <Tag color="red">{t('catalogEditor.form.noTitle')}</Tag> },
        { key: 'key', title: t('catalogEditor.form.columns.key'), render: (_, row) => <span className="code-tag">{row.key}</span> },
        { key: 'type', title: t('catalogEditor.form.columns.type'), render: (_, row) => <span className="code-tag">{row.type}</span> },
        { key: 'widget', title: t('catalogEditor.form.columns.widget'), dataIndex: 'widget' },
        {
          key: 'required',
          title: t('catalogEditor.form.columns.required'),
          render: (_, row) => (row.isRequired ? t('catalogEditor.form.required') : conditional.has(row.key) ? t('catalogEditor.form.conditionallyRequired') : t('catalogEditor.form.optional')),
        },
        {
          key: 'notes',
          title: t('catalogEditor.form.columns.notes'),
          render: (_, row) => (
            <>
              {!properties[row.key] ? <Tag color="red">{t('catalogEditor.form.notInSchema')}</Tag> : null}
              {!row.isOrdered ? <Tag color="orange">{t('catalogEditor.form.notInOrder')}</Tag> : null}
              {row.prefill ? <Tag>{t('catalogEditor.form.prefill', { source: row.prefill })}</Tag> : null}
              {row.showWhen ? <Tag>{t('catalogEditor.form.showWhen', { condition: row.showWhen })}</Tag> : null}
            </>
          ),
        },
      ]}
    />
  );
}
