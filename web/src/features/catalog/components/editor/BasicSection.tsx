import { AUDIENCES, CASE_KINDS, CROSS_REGION_SCOPES, ENTERPRISE_THEMES, PERSON_THEMES } from '@onetrip/core';
import { Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditorSection, ElementBlock } from './EditorSection.tsx';

/** Name, legal basis, case kind, audiences, themes and cross-region scope. */
export function BasicSection() {
  const { t } = useTranslation();
  const element = (key: 'name' | 'legalBasis' | 'caseKind' | 'audiences' | 'themes' | 'crossRegionScope') => t(`catalogAdmin.elements.${key}`);
  return (
    <EditorSection id="basic">
      <ElementBlock element="name">
        <Form.Item
          name="name"
          label={element('name')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('catalogEditor.validation.nameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </ElementBlock>
      <ElementBlock element="legalBasis">
        <Form.Item name="legalBasis" label={element('legalBasis')} extra={t('catalogEditor.basic.legalBasisHelp')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </ElementBlock>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ElementBlock element="caseKind">
            <Form.Item name="caseKind" label={element('caseKind')} extra={t('catalogEditor.basic.caseKindHelp')} rules={[{ required: true }]}>
              <Radio.Group options={CASE_KINDS.map((kind) => ({ value: kind, label: t(`catalog.caseKinds.${kind}`) }))} optionType="button" />
            </Form.Item>
          </ElementBlock>
        </Col>
        <Col xs={24} md={12}>
          <ElementBlock element="crossRegionScope">
            <Form.Item name="crossRegionScope" label={element('crossRegionScope')} rules={[{ required: true }]}>
              <Select options={CROSS_REGION_SCOPES.map((scope) => ({ value: scope, label: t(`catalog.crossRegion.${scope}`) }))} />
            </Form.Item>
          </ElementBlock>
        </Col>
      </Row>
      <ElementBlock element="audiences">
        <Form.Item name="audiences" label={element('audiences')}>
          <Checkbox.Group options={AUDIENCES.map((audience) => ({ value: audience, label: t(`catalog.audiences.${audience}`) }))} />
        </Form.Item>
      </ElementBlock>
      <ElementBlock element="themes">
        <Form.Item name="themes" label={element('themes')}>
          <Select
            mode="multiple"
            allowClear
            maxCount={20}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('catalogEditor.basic.themesPlaceholder')}
            options={[
              { label: t('catalogEditor.basic.personThemes'), options: PERSON_THEMES.map((theme) => ({ value: theme, label: t(`catalog.themes.${theme}`) })) },
              { label: t('catalogEditor.basic.enterpriseThemes'), options: ENTERPRISE_THEMES.map((theme) => ({ value: theme, label: t(`catalog.themes.${theme}`) })) },
            ]}
          />
        </Form.Item>
      </ElementBlock>
    </EditorSection>
  );
}
