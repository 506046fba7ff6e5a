import { compressionRatio, SPECIAL_PROCEDURES, type TimeLimit } from '@onetrip/core';
import { Checkbox, Col, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { CompressionRatio } from './CompressionRatio.tsx';
import { useEditorContext } from './EditorContext.tsx';
import { EditorSection, ElementBlock } from './EditorSection.tsx';
import { TimeLimitFields } from './TimeLimitFields.tsx';

/** Legal and promised limits (with the live compression ratio) and the special procedures that stop the clock. */
export function LimitsSection() {
  const { t } = useTranslation();
  const { isLocalItem } = useEditorContext();
  const legalLimit = Form.useWatch('legalLimit') as TimeLimit | undefined;
  const promisedLimit = Form.useWatch('promisedLimit') as TimeLimit | undefined;
  const ratio = legalLimit && promisedLimit ? compressionRatio({ legalLimit, promisedLimit }) : null;
  return (
    <EditorSection id="limits">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ElementBlock element="legalLimit" showLockNote>
            <TimeLimitFields name={['legalLimit']} path={['legalLimit']} label={t('catalogAdmin.elements.legalLimit')} />
          </ElementBlock>
        </Col>
        <Col xs={24} md={12}>
          <ElementBlock element="promisedLimit">
            <TimeLimitFields name={['promisedLimit']} path={['promisedLimit']} label={t('catalogAdmin.elements.promisedLimit')} />
          </ElementBlock>
        </Col>
      </Row>
      <p className="compression-line">
        <span className="guide-label">
          {t('catalogEditor.compression.label')}
          {t('catalog.colon')}
        </span>
        <CompressionRatio ratio={ratio} isLocalItem={isLocalItem} />
      </p>
      <ElementBlock element="specialProcedures" showLockNote>
        <Form.Item name="specialProcedures" label={t('catalogAdmin.elements.specialProcedures')} extra={t('catalogEditor.limits.specialHelp')}>
          <Checkbox.Group options={SPECIAL_PROCEDURES.map((procedure) => ({ value: procedure, label: t(`catalog.specialProcedures.${procedure}`) }))} />
        </Form.Item>
      </ElementBlock>
    </EditorSection>
  );
}
