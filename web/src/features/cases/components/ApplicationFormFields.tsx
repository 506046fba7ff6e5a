import type { ApplicationForm } from '@onetrip/core';
import { Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredFields, visibleFields, type FieldProblem } from '../application-form.ts';

type Values = Record<string, unknown>;

function optionsOf(schema: Record<string, unknown>): unknown[] {
  if (Array.isArray(schema.enum)) return schema.enum;
  const items = schema.items as { enum?: unknown[] } | undefined;
  return Array.isArray(items?.enum) ? items.enum : [];
}

/**
 * The application form rendered from the implementation version's JSON Schema and UI hints: one control per widget,
 * `showWhen` fields only while their condition holds, problems (the browser's or the server's) under each field.
 */
export function ApplicationFormFields({ form, values, problems, serverErrors, onChange, disabled }: {
  form: ApplicationForm;
  values: Values;
  problems: Record<string, FieldProblem>;
  serverErrors: Record<string, string>;
  onChange: (name: string, value: unknown) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const required = requiredFields(form, values);
  const problemText = (name: string, title: string): string | undefined => {
    const problem = problems[name];
    if (problem) return t(`cases.form.problems.${problem.code}`, { field: title, limit: 'limit' in problem ? problem.limit : '' });
    return serverErrors[name];
  };

  return (
    <Form layout="vertical" component="div" className="case-form" disabled={disabled}>
      {visibleFields(form, values).map((name) => {
        const schema = form.schema.properties[name] ?? {};
        const ui = form.ui.fields[name] ?? {};
        const title = schema.title ?? name;
        const id = `case-field-${name}`;
        const value = values[name];
        const help = problemText(name, title);
        const type = schema.type;
        const options = optionsOf(schema).map((option) => ({ value: option as string | number, label: String(option) }));
        const booleanOptions = [{ value: true, label: t('cases.form.yes') }, { value: false, label: t('cases.form.no') }];
        let control;
        switch (ui.widget) {
          case 'textarea':
          case 'address':
            control = <Input.TextArea id={id} autoSize={{ minRows: 2, maxRows: 6 }} value={typeof value === 'string' ? value : ''} placeholder={ui.placeholder} onChange={(e) => onChange(name, e.target.value)} />;
            break;
          case 'number':
            control = <InputNumber id={id} className="case-number-input" value={typeof value === 'number' ? value : null} placeholder={ui.placeholder} onChange={(next) => onChange(name, next ?? undefined)} />;
            break;
          case 'select':
            control = (
              <Select id={id} allowClear mode={type === 'array' ? 'multiple' : undefined} options={options} value={value} placeholder={ui.placeholder ?? t('cases.form.choose')}
                onChange={(next: unknown) => onChange(name, next)} />
            );
            break;
          case 'radio':
            control = <Radio.Group id={id} options={type === 'boolean' ? booleanOptions : options} value={value} onChange={(e) => onChange(name, e.target.value)} />;
            break;
          case 'checkbox':
            control = type === 'array'
              ? <Checkbox.Group options={options} value={Array.isArray(value) ? (value as (string | number)[]) : []} onChange={(next) => onChange(name, next)} />
              : <Checkbox id={id} checked={value === true} onChange={(e) => onChange(name, e.target.checked)}>{ui.help ?? title}</Checkbox>;
            break;
          case 'date':
            control = <Input id={id} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(name, e.target.value)} />;
            break;
          case 'input':
          case 'id_number':
          case 'credit_code':
          case 'phone':
          case 'region':
          case undefined:
            control = type === 'boolean'
              ? <Radio.Group id={id} options={booleanOptions} value={value} onChange={(e) => onChange(name, e.target.value)} />
              : (
                <Input id={id} value={typeof value === 'string' ? value : ''} placeholder={ui.placeholder}
                  inputMode={ui.widget === 'phone' ? 'tel' : undefined} autoComplete="off"
                  onChange={(e) => onChange(name, ui.widget === 'id_number' || ui.widget === 'credit_code' ? e.target.value.toUpperCase() : e.target.value)} />
              );
        }
        return (
          <Form.Item
            key={name}
            label={title}
            htmlFor={id}
            required={required.has(name)}
            validateStatus={help ? 'error' : undefined}
            help={help}
            extra={ui.widget !== 'checkbox' || type === 'array' ? ui.help : undefined}
          >
            {control}
          </Form.Item>
        );
      })}
    </Form>
  );
}
