import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditorSection, ElementBlock } from './EditorSection.tsx';

/** Where and when it is handled, and whom to call (local elements: a district fills its own). */
export function ContactSection() {
  const { t } = useTranslation();
  return (
    <EditorSection id="contact">
      <ElementBlock element="place">
        <Form.Item name="place" label={t('catalogAdmin.elements.place')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      </ElementBlock>
      <ElementBlock element="officeHours">
        <Form.Item name="officeHours" label={t('catalogAdmin.elements.officeHours')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      </ElementBlock>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ElementBlock element="consultationPhone">
            <Form.Item name="consultationPhone" label={t('catalogAdmin.elements.consultationPhone')} extra={t('catalogEditor.contact.phoneHelp')}>
              <Input maxLength={100} inputMode="tel" />
            </Form.Item>
          </ElementBlock>
        </Col>
        <Col xs={24} md={12}>
          <ElementBlock element="complaintPhone">
            <Form.Item name="complaintPhone" label={t('catalogAdmin.elements.complaintPhone')} extra={t('catalogEditor.contact.phoneHelp')}>
              <Input maxLength={100} inputMode="tel" />
            </Form.Item>
          </ElementBlock>
        </Col>
      </Row>
    </EditorSection>
  );
}
