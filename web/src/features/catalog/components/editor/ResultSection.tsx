import { RESULT_TYPES } from '@onetrip/core';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CatalogFileField } from './CatalogFileField.tsx';
import { EditorSection, ElementBlock } from './EditorSection.tsx';

/** The result (办理结果): name, type, a sample, and for licences the e-licence type it produces. */
export function ResultSection() {
  const { t } = useTranslation();
  const type = Form.useWatch(['result', 'type']) as string | undefined;
  return (
    <EditorSection id="result">
      <ElementBlock element="result">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={['result', 'name']} label={t('catalogEditor.result.name')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['result', 'type']} label={t('catalogEditor.result.type')} rules={[{ required: true }]}>
              <Select options={RESULT_TYPES.map((value) => ({ value, label: t(`catalog.resultTypes.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['result', 'licenseTypeCode']}
              label={t('catalogEditor.result.licenseTypeCode')}
              extra={type === 'license' ? t('catalogEditor.result.licenseTypeHelp') : t('catalogEditor.result.licenseTypeUnused')}
            >
              <Input maxLength={40} className="code-input" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['result', 'sampleFile']} label={t('catalogEditor.result.sampleFile')}>
              <CatalogFileField label={t('catalogEditor.result.sampleFile')} />
            </Form.Item>
          </Col>
        </Row>
      </ElementBlock>
    </EditorSection>
  );
}
