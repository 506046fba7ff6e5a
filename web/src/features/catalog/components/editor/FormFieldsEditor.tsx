import { useState } from 'react';
import type { ApplicationForm } from '@onetrip/core';
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Select, Switch, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useEditorContext } from './EditorContext.tsx';
import { parseFormJson, type FormJsonValues } from './editor-values.ts';
import {
  addField, editField, FIELD_KEY_PATTERN, FIELD_KIND_NAMES, listFields, moveField, PREFILL_SOURCES, removeField, type FieldKind, type FormFieldView,
} from './form-fields.ts';
import { ListItemToolbar } from './ListItemToolbar.tsx';

/** One field of the application form: title, requirement, choices, prefill and hints. */
function FieldCard({ field, index, count, onChange, onMove, onRemove }: {
  field: FormFieldView;
  index: number;
  count: number;
  onChange: (edit: Parameters<typeof editField>[2]) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const itemLabel = t('catalogEditor.formField.item', { index: index + 1, name: field.title || field.key });
  const label = (name: string) => `${itemLabel}：${name}`;
  return (
    <Card
      size="small"
      className="member-card"
      title={<h3 className="member-card-title">{itemLabel}</h3>}
      extra={<ListItemToolbar index={index} count={count} itemLabel={itemLabel} onMove={(from, to) => onMove(to < from ? -1 : 1)} onRemove={onRemove} confirmRemove />}
    >
      <Flex wrap gap={4} className="form-field-tags">
        <span className="code-tag">{field.key}</span>
        <Tag>{field.kind ? t(`catalogEditor.formField.kinds.${field.kind}`) : field.widget || '—'}</Tag>
        {!field.isInSchema ? <Tag color="red">{t('catalogEditor.form.notInSchema')}</Tag> : null}
        {!field.isOrdered ? <Tag color="orange">{t('catalogEditor.form.notInOrder')}</Tag> : null}
        {field.showWhen ? <Tag>{t('catalogEditor.form.showWhen', { condition: `${field.showWhen.field} = ${String(field.showWhen.equals)}` })}</Tag> : null}
      </Flex>
      {field.isInSchema ? (
        <Row gutter={[12, 8]}>
          <Col xs={24} md={12}>
            <label className="plain-label">
              {t('catalogEditor.formField.title')}
              <Input value={field.title} maxLength={100} aria-label={label(t('catalogEditor.formField.title'))} onChange={(event) => onChange({ title: event.target.value })} />
            </label>
          </Col>
          <Col xs={12} md={6}>
            <span className="plain-label">{t('catalogEditor.formField.required')}</span>
            <Switch checked={field.isRequired} aria-label={label(t('catalogEditor.formField.required'))} onChange={(checked) => onChange({ isRequired: checked })} />
          </Col>
          <Col xs={12} md={6}>
            <span className="plain-label">{t('catalogEditor.formField.prefill')}</span>
            <Select
              className="full-width-select"
              allowClear
              value={field.prefill || undefined}
              placeholder={t('catalogEditor.formField.prefillNone')}
              aria-label={label(t('catalogEditor.formField.prefill'))}
              options={PREFILL_SOURCES.map((source) => ({ value: source, label: t(`catalogEditor.formField.prefillSources.${source}`) }))}
              onChange={(value: string | undefined) => onChange({ prefill: value ?? '' })}
            />
          </Col>
          {field.options !== null ? (
            <Col xs={24}>
              <span className="plain-label">{t('catalogEditor.formField.options')}</span>
              <Select
                className="full-width-select"
                mode="tags"
                value={field.options}
                tokenSeparators={['、', ',', '，']}
                placeholder={t('catalogEditor.formField.optionsPlaceholder')}
                aria-label={label(t('catalogEditor.formField.options'))}
                onChange={(options: string[]) => onChange({ options })}
              />
            </Col>
          ) : null}
          <Col xs={24} md={12}>
            <label className="plain-label">
              {t('catalogEditor.formField.help')}
              <Input value={field.help} maxLength={500} aria-label={label(t('catalogEditor.formField.help'))} onChange={(event) => onChange({ help: event.target.value })} />
            </label>
          </Col>
          <Col xs={24} md={12}>
            <label className="plain-label">
              {t('catalogEditor.formField.placeholder')}
              <Input value={field.placeholder} maxLength={200} aria-label={label(t('catalogEditor.formField.placeholder'))} onChange={(event) => onChange({ placeholder: event.target.value })} />
            </label>
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}

/** Adds a field: key, title, kind and whether it is required. */
function AddFieldForm({ existing, onAdd }: { existing: readonly string[]; onAdd: (field: { key: string; title: string; kind: FieldKind; isRequired: boolean }) => void }) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<FieldKind>('text');
  const [isRequired, setRequired] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    if (!FIELD_KEY_PATTERN.test(key)) return setProblem(t('catalogEditor.formField.keyInvalid'));
    if (existing.includes(key)) return setProblem(t('catalogEditor.formField.keyTaken'));
    if (!title.trim()) return setProblem(t('catalogEditor.formField.titleRequired'));
    onAdd({ key, title: title.trim(), kind, isRequired });
    setKey('');
    setTitle('');
    setProblem(null);
  };
  return (
    <fieldset className="add-form-field">
      <legend className="text-list-legend">{t('catalogEditor.formField.addTitle')}</legend>
      <Row gutter={[12, 8]} align="bottom">
        <Col xs={24} md={6}>
          <label className="plain-label">
            {t('catalogEditor.formField.key')}
            <Input value={key} maxLength={60} className="code-input" placeholder="businessName" onChange={(event) => setKey(event.target.value.trim())} />
          </label>
        </Col>
        <Col xs={24} md={7}>
          <label className="plain-label">
            {t('catalogEditor.formField.title')}
            <Input value={title} maxLength={100} onChange={(event) => setTitle(event.target.value)} />
          </label>
        </Col>
        <Col xs={24} md={6}>
          <span className="plain-label">{t('catalogEditor.formField.kind')}</span>
          <Select<FieldKind>
            className="full-width-select"
            value={kind}
            aria-label={t('catalogEditor.formField.kind')}
            options={FIELD_KIND_NAMES.map((name) => ({ value: name, label: t(`catalogEditor.formField.kinds.${name}`) }))}
            onChange={setKind}
          />
        </Col>
        <Col xs={12} md={2}>
          <Checkbox checked={isRequired} onChange={(event) => setRequired(event.target.checked)}>
            {t('catalogEditor.formField.required')}
          </Checkbox>
        </Col>
        <Col xs={12} md={3}>
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={add}>
            {t('catalogEditor.formField.add')}
          </Button>
        </Col>
      </Row>
      {problem ? (
        <Typography.Text type="danger" role="alert">
          {problem}
        </Typography.Text>
      ) : null}
    </fieldset>
  );
}

/**
 * The application form's fields edited one by one; every edit rewrites the JSON texts (the form state), so the live
 * check, the JSON view and saving all see it. Conditions and validation keywords are kept and edited as JSON.
 */
export function FormFieldsEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const { notifyChange } = useEditorContext();
  const values = Form.useWatch('form') as FormJsonValues | undefined;
  const parsed = parseFormJson(values);
  if (!parsed.ok) return <Alert type="warning" showIcon title={t('catalogEditor.formField.fixJsonFirst')} />;

  const apply = (next: ApplicationForm) => {
    form.setFieldValue(['form', 'schemaText'], JSON.stringify(next.schema, null, 2));
    form.setFieldValue(['form', 'uiText'], JSON.stringify(next.ui, null, 2));
    notifyChange();
  };
  const fields = listFields(parsed.form);
  return (
    <div className="form-fields-editor" data-testid="form-fields-editor">
      {fields.length === 0 ? <p className="text-list-empty">{t('catalogEditor.form.previewEmpty')}</p> : null}
      {fields.map((field, index) => (
        <FieldCard
          key={field.key}
          field={field}
          index={index}
          count={fields.length}
          onChange={(edit) => apply(editField(parsed.form, field.key, edit))}
          onMove={(offset) => apply(moveField(parsed.form, field.key, offset))}
          onRemove={() => apply(removeField(parsed.form, field.key))}
        />
      ))}
      <AddFieldForm existing={fields.map((field) => field.key)} onAdd={(field) => apply(addField(parsed.form, field))} />
    </div>
  );
}
