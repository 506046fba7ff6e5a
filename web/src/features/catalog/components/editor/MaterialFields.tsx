import { MATERIAL_FORMS, MATERIAL_KINDS, MATERIAL_NECESSITIES, MATERIAL_SOURCES } from '@onetrip/core';
import { Col, Form, Input, InputNumber, Row, Select, type FormListFieldData, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { CatalogFileField } from './CatalogFileField.tsx';
import type { EditorValues } from './editor-values.ts';
import { InlineFindings } from './InlineFindings.tsx';
import { ListItemToolbar } from './ListItemToolbar.tsx';
import { ProofSelect } from './ProofSelect.tsx';
import { TextListField } from './TextListField.tsx';

const KEY_PATTERN = /^[a-z0-9-]{1,60}$/;

/** Every field of one material (申请材料), in the order of the national exchange table. */
export function MaterialFields({ field, index, count, itemLabel, onMove, onRemove }: {
  field: FormListFieldData;
  index: number;
  count: number;
  itemLabel: string;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const label = (key: string) => t(`catalogEditor.material.fields.${key}` as 'catalogEditor.material.fields.key');
  const uniqueKey: FormRule = ({ getFieldValue }) => ({
    validator: (_, value: unknown) => {
      const keys = ((getFieldValue('materials') as EditorValues['materials'] | undefined) ?? []).map((material) => material?.key);
      return keys.filter((key) => key === value).length > 1 ? Promise.reject(new Error(t('catalogEditor.validation.keyDuplicate'))) : Promise.resolve();
    },
  });
  const necessity = Form.useWatch(['materials', index, 'necessity']) as string | undefined;

  return (
    <div className="member-card-body" data-anchor={`/materials/${index}`} tabIndex={-1}>
      <div className="member-card-toolbar">
        <ListItemToolbar index={index} count={count} itemLabel={itemLabel} onMove={onMove} onRemove={onRemove} confirmRemove />
      </div>
      <InlineFindings anchor={`/materials/${index}`} />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name={[field.name, 'key']}
            label={label('key')}
            tooltip={t('catalogEditor.material.keyHelp')}
            rules={[
              { required: true, message: t('catalogEditor.validation.keyRequired') },
              { pattern: KEY_PATTERN, message: t('catalogEditor.validation.keyPattern') },
              uniqueKey,
            ]}
          >
            <Input maxLength={60} className="code-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name={[field.name, 'name']} label={label('name')} rules={[{ required: true, whitespace: true, message: t('catalogEditor.validation.materialNameRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[field.name, 'kind']} label={label('kind')} rules={[{ required: true }]}>
            <Select options={MATERIAL_KINDS.map((kind) => ({ value: kind, label: t(`catalog.materialKinds.${kind}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[field.name, 'form']} label={label('form')} rules={[{ required: true }]}>
            <Select options={MATERIAL_FORMS.map((form) => ({ value: form, label: t(`catalog.materialForms.${form}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[field.name, 'necessity']} label={label('necessity')} rules={[{ required: true }]}>
            <Select options={MATERIAL_NECESSITIES.map((value) => ({ value, label: t(`catalog.necessities.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name={[field.name, 'condition']}
            label={label('condition')}
            extra={necessity === 'conditional' ? t('catalogEditor.material.conditionHelp') : t('catalogEditor.material.conditionUnused')}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[field.name, 'paperCopies']} label={label('paperCopies')} rules={[{ required: true, message: t('catalogEditor.validation.copiesRequired') }]}>
            <InputNumber min={0} max={99} precision={0} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[field.name, 'paperSize']} label={label('paperSize')}>
            <Input maxLength={20} placeholder="A4" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[field.name, 'source']} label={label('source')} rules={[{ required: true }]}>
            <Select options={MATERIAL_SOURCES.map((source) => ({ value: source, label: t(`catalog.materialSources.${source}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={[field.name, 'sourceNote']} label={label('sourceNote')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={[field.name, 'legalBasis']} label={label('legalBasis')} extra={t('catalogEditor.material.legalBasisHelp')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[field.name, 'proofCode']} label={label('proofCode')} extra={t('catalogEditor.material.proofHelp')}>
            <ProofSelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[field.name, 'satisfiedByLicenseType']} label={label('satisfiedByLicenseType')} extra={t('catalogEditor.material.licenseHelp')}>
            <Input maxLength={40} className="code-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[field.name, 'blankFormFile']} label={label('blankFormFile')}>
            <CatalogFileField label={`${itemLabel} ${label('blankFormFile')}`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[field.name, 'sampleFile']} label={label('sampleFile')}>
            <CatalogFileField label={`${itemLabel} ${label('sampleFile')}`} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={[field.name, 'fillingInstructions']} label={label('fillingInstructions')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={[field.name, 'acceptanceStandard']} label={label('acceptanceStandard')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={[field.name, 'remarks']} label={label('remarks')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <TextListField
            name={[field.name, 'commonMistakes']}
            label={label('commonMistakes')}
            itemLabel={(i) => t('catalogEditor.material.mistake', { index: i + 1, material: itemLabel })}
            addLabel={t('catalogEditor.material.addMistake')}
            max={20}
            maxLength={500}
          />
        </Col>
      </Row>
    </div>
  );
}
