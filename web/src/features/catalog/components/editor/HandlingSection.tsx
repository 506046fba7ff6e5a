import { CHANNELS, ONLINE_DEPTHS, type OnlineDepth } from '@onetrip/core';
import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeLabels } from '../../hooks/useCodeLabels.ts';
import { EditorSection, ElementBlock } from './EditorSection.tsx';
import { TextListField } from './TextListField.tsx';

const DEPTHS = Object.keys(ONLINE_DEPTHS).map(Number) as OnlineDepth[];

/** How it is handled: online depth, trips and why, channels, commitment, quantity limit, intermediaries, joint departments. */
export function HandlingSection() {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const element = (key: 'onlineDepth' | 'tripsToSite' | 'visitReason' | 'channels' | 'allowsCommitment' | 'quantityLimit' | 'intermediaryServices' | 'jointDepartments') =>
    t(`catalogAdmin.elements.${key}`);
  return (
    <EditorSection id="handling">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ElementBlock element="onlineDepth">
            <Form.Item name="onlineDepth" label={element('onlineDepth')} extra={t('catalogEditor.handling.onlineDepthHelp')} rules={[{ required: true }]}>
              <Select options={DEPTHS.map((depth) => ({ value: depth, label: `${depth} · ${labels.onlineDepth(depth)}` }))} />
            </Form.Item>
          </ElementBlock>
        </Col>
        <Col xs={24} md={12}>
          <ElementBlock element="tripsToSite">
            <Form.Item name="tripsToSite" label={element('tripsToSite')} extra={t('catalogEditor.handling.tripsHelp')} rules={[{ required: true, message: t('catalogEditor.validation.tripsRequired') }]}>
              <InputNumber min={0} max={10} precision={0} className="full-width" />
            </Form.Item>
          </ElementBlock>
        </Col>
      </Row>
      <ElementBlock element="visitReason">
        <Form.Item name="visitReason" label={element('visitReason')} extra={t('catalogEditor.handling.visitReasonHelp')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      </ElementBlock>
      <ElementBlock element="channels">
        <Form.Item name="channels" label={element('channels')}>
          <Checkbox.Group options={CHANNELS.map((channel) => ({ value: channel, label: t(`catalog.channels.${channel}`) }))} />
        </Form.Item>
      </ElementBlock>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <ElementBlock element="allowsCommitment">
            <Form.Item name="allowsCommitment" label={element('allowsCommitment')} valuePropName="checked" extra={t('catalogEditor.handling.commitmentHelp')}>
              <Switch />
            </Form.Item>
          </ElementBlock>
        </Col>
        <Col xs={24} md={16}>
          <ElementBlock element="quantityLimit">
            <Form.Item name="quantityLimit" label={element('quantityLimit')}>
              <Input maxLength={500} />
            </Form.Item>
          </ElementBlock>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ElementBlock element="intermediaryServices">
            <TextListField
              name="intermediaryServices"
              label={element('intermediaryServices')}
              itemLabel={(index) => t('catalogEditor.handling.intermediaryItem', { index: index + 1 })}
              addLabel={t('catalogEditor.handling.addIntermediary')}
              emptyText={t('catalogEditor.handling.noIntermediary')}
              max={20}
              maxLength={200}
            />
          </ElementBlock>
        </Col>
        <Col xs={24} md={12}>
          <ElementBlock element="jointDepartments">
            <TextListField
              name="jointDepartments"
              label={element('jointDepartments')}
              itemLabel={(index) => t('catalogEditor.handling.jointItem', { index: index + 1 })}
              addLabel={t('catalogEditor.handling.addJoint')}
              emptyText={t('catalogEditor.handling.noJoint')}
              max={20}
              maxLength={200}
            />
          </ElementBlock>
        </Col>
      </Row>
    </EditorSection>
  );
}
