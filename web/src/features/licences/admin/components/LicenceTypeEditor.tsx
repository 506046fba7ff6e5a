import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Divider, Flex, Form, Input, InputNumber, Row, Select, Skeleton, Switch, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LicenceValidity } from '@onetrip/core';
import { isApiError } from '../../../../lib/api-client.ts';
import { applyApiErrorToForm } from '../../../../lib/form-errors.ts';
import { FormActions } from '../../../shell/components/FormActions.tsx';
import { useDepartmentOptions } from '../../../departments/hooks/useDepartments.ts';
import { HOLDER_KINDS, type HolderKind, type LicenceType, type LicenceTypeInput } from '../api/licence-admin-api.ts';
import { useCreateLicenceType, useLicenceType, useLicenceTypeProducers, useUpdateLicenceType } from '../hooks/useLicenceAdmin.ts';
import { FIELD_TYPES, isLicenceTypeCode, rowsOfSchema, schemaOfRows, type FieldRow } from '../licence-type-draft.ts';

interface EditorValues {
  code: string;
  name: string;
  definingAuthorityName: string;
  holderKind: HolderKind;
  active: boolean;
  fields: FieldRow[];
  validityKind: LicenceValidity['kind'];
  validityAmount?: number | null;
  layoutTitle: string;
  orientation: 'portrait' | 'landscape';
  fieldOrder: string[];
  accentColor: string;
  footnote?: string;
  producingImplementationCodes: string[];
  issuerDepartmentIds: string[];
}

/** Server field paths → this form's field names (the rest go to the alert). */
const FIELD_PATHS: Record<string, string> = {
  '/code': 'code', '/name': 'name', '/definingAuthorityName': 'definingAuthorityName', '/validity': 'validityKind',
  '/layout/accentColor': 'accentColor', '/layout/title': 'layoutTitle',
};
const KNOWN = ['code', 'name', 'definingAuthorityName', 'validityKind', 'accentColor', 'layoutTitle', 'fieldOrder', 'producingImplementationCodes', 'issuerDepartmentIds', 'fields'];

function valuesOf(type: LicenceType | undefined): Partial<EditorValues> {
  if (!type) {
    return {
      holderKind: 'any', active: true, fields: [], validityKind: 'years', validityAmount: 5, orientation: 'landscape', fieldOrder: [],
      accentColor: '#b8860b', producingImplementationCodes: [], issuerDepartmentIds: [],
    };
  }
  const v = type.validity;
  return {
    code: type.code, name: type.name, definingAuthorityName: type.definingAuthorityName, holderKind: type.holderKind, active: type.active,
    fields: rowsOfSchema(type.fieldsSchema), validityKind: v.kind, validityAmount: v.kind === 'years' ? v.years : v.kind === 'months' ? v.months : null,
    layoutTitle: type.layout.title, orientation: type.layout.orientation, fieldOrder: type.layout.fieldOrder, accentColor: type.layout.accentColor,
    footnote: type.layout.footnote ?? '', producingImplementationCodes: type.producingImplementationCodes, issuerDepartmentIds: type.issuers.map((i) => i.id),
  };
}

function inputOf(values: EditorValues): LicenceTypeInput {
  const validity: LicenceValidity = values.validityKind === 'indefinite' ? { kind: 'indefinite' }
    : values.validityKind === 'years' ? { kind: 'years', years: values.validityAmount ?? 1 } : { kind: 'months', months: values.validityAmount ?? 1 };
  const fieldsSchema = schemaOfRows(values.fields ?? []);
  const names = Object.keys(fieldsSchema.properties);
  return {
    name: values.name.trim(), definingAuthorityName: values.definingAuthorityName.trim(), holderKind: values.holderKind, active: values.active,
    fieldsSchema, validity,
    layout: {
      title: values.layoutTitle.trim(), orientation: values.orientation, fieldOrder: (values.fieldOrder ?? []).filter((n) => names.includes(n)),
      accentColor: values.accentColor, footnote: values.footnote?.trim() ? values.footnote.trim() : null,
    },
    producingImplementationCodes: values.producingImplementationCodes ?? [], issuerDepartmentIds: values.issuerDepartmentIds ?? [],
  };
}

/** Create or edit one licence type; loads it fresh so the `version` sent is the one shown. */
export function LicenceTypeEditor({ typeId, onClose }: { typeId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const type = useLicenceType(typeId);
  if (typeId !== null && !type.data) {
    return type.isError ? <Alert type="error" showIcon title={t('errors.loadFailed')} /> : <Skeleton active />;
  }
  return <EditorForm type={type.data} onClose={onClose} />;
}

function EditorForm({ type, onClose }: { type: LicenceType | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [isStale, setStale] = useState(false);
  const create = useCreateLicenceType();
  const update = useUpdateLicenceType();
  const producers = useLicenceTypeProducers(type?.id ?? null);
  const departments = useDepartmentOptions();
  const rows = Form.useWatch('fields', form) as FieldRow[] | undefined;
  const validityKind = Form.useWatch('validityKind', form) as LicenceValidity['kind'] | undefined;
  const initialValues = useMemo(() => valuesOf(type), [type]);

  const fieldNames = (rows ?? []).map((r) => r?.name?.trim()).filter((n): n is string => Boolean(n));
  const producerOptions = useMemo(() => {
    const known = new Map((producers.data?.items ?? []).map((p) => [p.code, p]));
    const codes = new Set([...(type?.producingImplementationCodes ?? []), ...known.keys()]);
    return [...codes].map((code) => {
      const p = known.get(code);
      return { value: code, label: p ? `${p.name} · ${p.departmentName} (${code})` : code };
    });
  }, [producers.data, type]);

  const onError = (error: unknown) => {
    if (isApiError(error, 'LICENCE_TYPE_STALE')) {
      setStale(true);
      return;
    }
    if (isApiError(error)) {
      const remapped = Object.assign(Object.create(Object.getPrototypeOf(error) as object) as typeof error, error, {
        fields: error.fields.map((f) => {
          const fieldOrder = /^\/layout\/fieldOrder\/(\d+)$/.exec(f.path);
          if (fieldOrder) return { ...f, path: '/fieldOrder' };
          const schemaPath = /^\/fieldsSchema\/properties\/([^/]+)/.exec(f.path);
          if (schemaPath) {
            const index = (form.getFieldValue('fields') as FieldRow[]).findIndex((r) => r.name.trim() === schemaPath[1]);
            if (index >= 0) return { ...f, path: `/fields/${index}/name` };
          }
          return { ...f, path: FIELD_PATHS[f.path] ? `/${FIELD_PATHS[f.path]}` : f.path.replace(/\/\d+$/, '') };
        }),
      });
      const rest = applyApiErrorToForm(form, remapped, KNOWN);
      setFormError(rest.length > 0 ? rest.join(' ') : null);
      return;
    }
    setFormError(error instanceof Error ? error.message : String(error));
  };
  const onSuccess = () => {
    void message.success(t('licenceAdmin.types.saved'));
    onClose();
  };
  const onFinish = (values: EditorValues) => {
    setFormError(null);
    const input = inputOf(values);
    if (type) update.mutate({ id: type.id, version: type.version, ...input }, { onSuccess, onError });
    else create.mutate({ code: values.code.trim(), ...input }, { onSuccess, onError });
  };

  return (
    <Form<EditorValues> form={form} name="licence-type" layout="vertical" onFinish={onFinish} initialValues={initialValues} scrollToFirstError>
      {isStale ? <Alert type="warning" showIcon title={t('licenceAdmin.types.stale')} style={{ marginBottom: 16 }} /> : null}
      <Typography.Title level={2} className="section-title">{t('licenceAdmin.types.sections.basics')}</Typography.Title>
      <Form.Item
        name="code"
        label={t('licenceAdmin.types.code')}
        extra={t('licenceAdmin.types.codeHelp')}
        normalize={(value: string) => value.toUpperCase().replace(/\s+/g, '')}
        rules={[{ required: true, message: t('licenceAdmin.types.codeInvalid') }, { validator: (_, value: string) => (!value || isLicenceTypeCode(value) ? Promise.resolve() : Promise.reject(new Error(t('licenceAdmin.types.codeInvalid')))) }]}
      >
        <Input disabled={Boolean(type)} maxLength={21} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('licenceAdmin.types.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="definingAuthorityName" label={t('licenceAdmin.types.authority')} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="holderKind" label={t('licenceAdmin.types.holderKind')} rules={[{ required: true }]}>
            <Select options={HOLDER_KINDS.map((k) => ({ value: k, label: t(`licenceAdmin.types.holderKinds.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="active" label={t('licenceAdmin.types.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>

      <Divider />
      <Typography.Title level={2} className="section-title">{t('licenceAdmin.types.sections.fields')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('licenceAdmin.types.fields.formKeyHelp')}</Typography.Paragraph>
      <Form.List name="fields">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 ? <Typography.Text type="secondary">{t('licenceAdmin.types.fields.empty')}</Typography.Text> : null}
            {fields.map((field, index) => (
              <Card key={field.key} size="small" role="group" aria-label={`${t('licenceAdmin.types.fields.name')} ${index + 1}`}>
                <Row gutter={8} align="bottom">
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, 'name']} label={t('licenceAdmin.types.fields.name')} rules={[{ required: true, whitespace: true, pattern: /^[\p{L}\p{N}_]{1,40}$/u }]}>
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, 'title']} label={t('licenceAdmin.types.fields.title')} rules={[{ required: true, whitespace: true, max: 40 }]}>
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[field.name, 'type']} label={t('licenceAdmin.types.fields.type')} rules={[{ required: true }]}>
                      <Select options={FIELD_TYPES.map((k) => ({ value: k, label: t(`licenceAdmin.types.fields.types.${k}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[field.name, 'maxLength']} label={t('licenceAdmin.types.fields.maxLength')}>
                      <InputNumber min={1} max={2000} style={{ width: '100%' }} disabled={rows?.[index]?.type !== 'string'} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[field.name, 'formKey']} label={t('licenceAdmin.types.fields.formKey')} rules={[{ pattern: /^[\p{L}\p{N}_]{1,40}$/u }]}>
                      <Input maxLength={40} spellCheck={false} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={20}>
                    <Form.Item name={[field.name, 'required']} valuePropName="checked">
                      <Checkbox>{t('licenceAdmin.types.fields.required')}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item>
                      <Button danger type="text" icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={`${t('licenceAdmin.types.fields.remove')} ${index + 1}`}>
                        {t('licenceAdmin.types.fields.remove')}
                      </Button>
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', title: '', type: 'string', required: false, maxLength: 100, formKey: '' })}>
              {t('licenceAdmin.types.fields.add')}
            </Button>
          </Flex>
        )}
      </Form.List>

      <Divider />
      <Typography.Title level={2} className="section-title">{t('licenceAdmin.types.sections.validity')}</Typography.Title>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="validityKind" label={t('licenceAdmin.types.validity.kind')} rules={[{ required: true }]}>
            <Select options={(['years', 'months', 'indefinite'] as const).map((k) => ({ value: k, label: t(`licenceAdmin.types.validity.kinds.${k}`) }))} />
          </Form.Item>
        </Col>
        {validityKind && validityKind !== 'indefinite' ? (
          <Col xs={24} md={12}>
            <Form.Item name="validityAmount" label={t('licenceAdmin.types.validity.amount')} rules={[{ required: true }]}>
              <InputNumber min={1} max={validityKind === 'years' ? 100 : 1200} precision={0} style={{ width: '100%' }}
                suffix={validityKind === 'years' ? t('licenceAdmin.types.validity.years') : t('licenceAdmin.types.validity.months')} />
            </Form.Item>
          </Col>
        ) : null}
      </Row>

      <Divider />
      <Typography.Title level={2} className="section-title">{t('licenceAdmin.types.sections.layout')}</Typography.Title>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="layoutTitle" label={t('licenceAdmin.types.layout.title')} rules={[{ required: true, whitespace: true, max: 40 }]}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="orientation" label={t('licenceAdmin.types.layout.orientation')}>
            <Select options={(['portrait', 'landscape'] as const).map((k) => ({ value: k, label: t(`licenceAdmin.types.layout.orientations.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="accentColor" label={t('licenceAdmin.types.layout.accentColor')} rules={[{ required: true, pattern: /^#[0-9a-fA-F]{6}$/ }]}>
            <Input type="color" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="fieldOrder" label={t('licenceAdmin.types.layout.fieldOrder')} extra={t('licenceAdmin.types.layout.fieldOrderHelp')}>
        <Select mode="multiple" options={fieldNames.map((n) => ({ value: n, label: n }))} />
      </Form.Item>
      <Form.Item name="footnote" label={t('licenceAdmin.types.layout.footnote')}>
        <Input.TextArea maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>

      <Divider />
      <Typography.Title level={2} className="section-title">{t('licenceAdmin.types.sections.producers')}</Typography.Title>
      <Form.Item name="producingImplementationCodes" label={t('licenceAdmin.types.producers.label')} extra={t('licenceAdmin.types.producers.help')}>
        <Select mode="multiple" options={producerOptions} optionFilterProp="label" loading={producers.isFetching} />
      </Form.Item>
      {type && producers.data ? (
        producers.data.items.length === 0 ? <Typography.Paragraph type="secondary">{t('licenceAdmin.types.producers.none')}</Typography.Paragraph> : (
          <Flex wrap gap={4} style={{ marginBottom: 16 }}>
            {producers.data.items.map((p) => (
              <Tag key={p.code} color={p.listed ? 'green' : 'gold'}>
                {p.name} · {p.departmentName} — {p.listed ? t('licenceAdmin.types.producers.listed') : t('licenceAdmin.types.producers.candidate')}
              </Tag>
            ))}
          </Flex>
        )
      ) : null}

      <Typography.Title level={2} className="section-title">{t('licenceAdmin.types.sections.issuers')}</Typography.Title>
      <Form.Item name="issuerDepartmentIds" label={t('licenceAdmin.types.issuers.label')} extra={t('licenceAdmin.types.issuers.help')}>
        <Select mode="multiple" options={departments.options} optionFilterProp="label" loading={departments.isLoading} />
      </Form.Item>
      {type && type.otherIssuerCount > 0 ? (
        <Typography.Paragraph type="secondary">{t('licenceAdmin.types.issuers.others', { count: type.otherIssuerCount })}</Typography.Paragraph>
      ) : null}

      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <FormActions onCancel={onClose} isSubmitting={create.isPending || update.isPending} />
    </Form>
  );
}
