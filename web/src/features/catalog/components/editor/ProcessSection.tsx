import { STEP_ROLES } from '@onetrip/core';
import { Button, Card, Col, Form, Input, Row, Select, Switch, type FormRule } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EditorSection, ElementBlock } from './EditorSection.tsx';
import { newStep, nextKey, type EditorValues } from './editor-values.ts';
import { useEditorContext } from './EditorContext.tsx';
import { InlineFindings } from './InlineFindings.tsx';
import { ListItemToolbar } from './ListItemToolbar.tsx';
import { TimeLimitFields } from './TimeLimitFields.tsx';

const KEY_PATTERN = /^[a-z0-9-]{1,40}$/;
const MAX_STEPS = 10;

/** The process (办理流程): steps with role, limit, countersigning and review rules; add, remove, reorder. */
export function ProcessSection() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<EditorValues>();
  const { reveal } = useEditorContext();
  const uniqueKey: FormRule = ({ getFieldValue }) => ({
    validator: (_, value: unknown) => {
      const keys = ((getFieldValue('process') as EditorValues['process'] | undefined) ?? []).map((step) => step?.key);
      return keys.filter((key) => key === value).length > 1 ? Promise.reject(new Error(t('catalogEditor.validation.keyDuplicate'))) : Promise.resolve();
    },
  });
  const stepLabel = (index: number) => {
    const name = (form.getFieldValue(['process', index, 'name']) as string | undefined)?.trim();
    return name ? t('catalogEditor.process.itemNamed', { index: index + 1, name }) : t('catalogEditor.process.item', { index: index + 1 });
  };

  return (
    <EditorSection id="process">
      <ElementBlock element="process">
        <Form.List name="process">
          {(fields, { add, remove, move }) => (
            <>
              {fields.length === 0 ? <p className="text-list-empty">{t('catalogEditor.process.empty')}</p> : null}
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  className="member-card"
                  title={<h3 className="member-card-title">{stepLabel(index)}</h3>}
                  extra={<ListItemToolbar index={index} count={fields.length} itemLabel={stepLabel(index)} onMove={move} onRemove={() => remove(field.name)} confirmRemove />}
                >
                  <div data-anchor={`/process/${index}`} tabIndex={-1}>
                    <InlineFindings anchor={`/process/${index}`} />
                    <Row gutter={16}>
                      <Col xs={24} md={8}>
                        <Form.Item
                          name={[field.name, 'key']}
                          label={t('catalogEditor.process.fields.key')}
                          tooltip={t('catalogEditor.process.keyHelp')}
                          rules={[
                            { required: true, message: t('catalogEditor.validation.keyRequired') },
                            { pattern: KEY_PATTERN, message: t('catalogEditor.validation.stepKeyPattern') },
                            uniqueKey,
                          ]}
                        >
                          <Input maxLength={40} className="code-input" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'name']} label={t('catalogEditor.process.fields.name')} rules={[{ required: true, whitespace: true, message: t('catalogEditor.validation.stepNameRequired') }]}>
                          <Input maxLength={200} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'role']} label={t('catalogEditor.process.fields.role')} rules={[{ required: true }]}>
                          <Select options={STEP_ROLES.map((role) => ({ value: role, label: t(`catalog.stepRoles.${role}`) }))} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={16}>
                        <TimeLimitFields name={[field.name, 'limit']} path={['process', index, 'limit']} label={t('catalogEditor.process.fields.limit')} isNoteShown={false} />
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'countersign']} label={t('catalogEditor.process.fields.countersign')} valuePropName="checked">
                          <Switch />
                        </Form.Item>
                      </Col>
                      <Col xs={24}>
                        <Form.Item name={[field.name, 'reviewRules']} label={t('catalogEditor.process.fields.reviewRules')} extra={t('catalogEditor.process.reviewRulesHelp')}>
                          <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </div>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                disabled={fields.length >= MAX_STEPS || undefined}
                onClick={() => {
                  const keys = ((form.getFieldValue('process') as EditorValues['process'] | undefined) ?? []).map((step) => step?.key);
                  add(newStep(nextKey('step', keys), fields.length === 0 ? 'clerk' : 'approver'));
                  reveal(`/process/${fields.length}/name`);
                }}
              >
                {t('catalogEditor.process.add')}
              </Button>
            </>
          )}
        </Form.List>
      </ElementBlock>
    </EditorSection>
  );
}
