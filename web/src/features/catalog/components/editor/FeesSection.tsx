import { Button, Card, Col, Form, Input, Row, Switch } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useEditorContext } from './EditorContext.tsx';
import { EditorSection, ElementBlock } from './EditorSection.tsx';
import type { EditorValues } from './editor-values.ts';
import { InlineFindings } from './InlineFindings.tsx';
import { ListItemToolbar } from './ListItemToolbar.tsx';

const MAX_FEES = 30;

/** Fees (收费标准): item, standard, basis, and whether and on what basis they can be reduced. No entry = free. */
export function FeesSection() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<EditorValues>();
  const { reveal } = useEditorContext();
  const feeLabel = (index: number) => {
    const item = (form.getFieldValue(['fees', index, 'item']) as string | undefined)?.trim();
    return item ? t('catalogEditor.fees.itemNamed', { index: index + 1, name: item }) : t('catalogEditor.fees.item', { index: index + 1 });
  };
  return (
    <EditorSection id="fees">
      <ElementBlock element="fees">
        <Form.List name="fees">
          {(fields, { add, remove, move }) => (
            <>
              {fields.length === 0 ? <p className="text-list-empty">{t('catalogEditor.fees.empty')}</p> : null}
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  className="member-card"
                  title={<h3 className="member-card-title">{feeLabel(index)}</h3>}
                  extra={<ListItemToolbar index={index} count={fields.length} itemLabel={feeLabel(index)} onMove={move} onRemove={() => remove(field.name)} />}
                >
                  <div data-anchor={`/fees/${index}`} tabIndex={-1}>
                    <InlineFindings anchor={`/fees/${index}`} />
                    <Row gutter={16}>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'item']} label={t('catalogEditor.fees.fields.item')} rules={[{ required: true, whitespace: true, message: t('catalogEditor.validation.feeItemRequired') }]}>
                          <Input maxLength={200} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'standard']} label={t('catalogEditor.fees.fields.standard')}>
                          <Input maxLength={500} />
                        </Form.Item>
                      </Col>
                      <Col xs={24}>
                        <Form.Item name={[field.name, 'basis']} label={t('catalogEditor.fees.fields.basis')}>
                          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'reducible']} label={t('catalogEditor.fees.fields.reducible')} valuePropName="checked">
                          <Switch />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={16}>
                        <Form.Item name={[field.name, 'reductionBasis']} label={t('catalogEditor.fees.fields.reductionBasis')}>
                          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </div>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                disabled={fields.length >= MAX_FEES || undefined}
                onClick={() => {
                  add({ item: '', standard: '', basis: '', reducible: false });
                  reveal(`/fees/${fields.length}/item`);
                }}
              >
                {t('catalogEditor.fees.add')}
              </Button>
            </>
          )}
        </Form.List>
      </ElementBlock>
    </EditorSection>
  );
}
