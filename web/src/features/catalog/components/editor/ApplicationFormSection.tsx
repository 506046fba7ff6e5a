import { useState } from 'react';
import { Alert, Col, Form, Input, Row, Tabs, Typography, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEditorContext } from './EditorContext.tsx';
import { EditorSection, ElementBlock } from './EditorSection.tsx';
import { parseFormJson, parseSchemaText, parseUiText, type FormJsonProblem, type FormJsonValues } from './editor-values.ts';
import { FormFieldsEditor } from './FormFieldsEditor.tsx';
import { FormFieldsPreview } from './FormFieldsPreview.tsx';
import { segmentsOf } from './finding-anchors.ts';

/**
 * The application form: its JSON Schema (browser and server validate submissions with it) and UI hints. The fields
 * tab edits field by field; the JSON tab edits everything as text that must parse, with a preview of the fields.
 * Findings point into the JSON, so showing one switches to the JSON tab.
 */
export function ApplicationFormSection() {
  const { t } = useTranslation();
  const { revealRequest } = useEditorContext();
  const [tab, setTab] = useState<'fields' | 'json'>('fields');
  const [handledNonce, setHandledNonce] = useState<number | null>(null);
  if (revealRequest && revealRequest.nonce !== handledNonce) {
    setHandledNonce(revealRequest.nonce);
    if (segmentsOf(revealRequest.path)[0] === 'form' && tab !== 'json') setTab('json');
  }
  const values = Form.useWatch('form') as FormJsonValues | undefined;
  const parsed = parseFormJson(values);
  const problemMessage = (problem: FormJsonProblem, detail: string) => t(`catalogEditor.form.problems.${problem}`, { detail });
  const schemaRule: FormRule = {
    validator: (_, text: string | undefined) => {
      const result = parseSchemaText(text);
      return result.ok ? Promise.resolve() : Promise.reject(new Error(problemMessage(result.problem, result.detail)));
    },
  };
  const uiRule: FormRule = {
    validator: (_, text: string | undefined) => {
      const result = parseUiText(text);
      return result.ok ? Promise.resolve() : Promise.reject(new Error(problemMessage(result.problem, result.detail)));
    },
  };
  return (
    <EditorSection id="form">
      <ElementBlock element="form">
        <Typography.Paragraph type="secondary">{t('catalogEditor.form.help')}</Typography.Paragraph>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key === 'json' ? 'json' : 'fields')}
          items={[
            { key: 'fields', label: t('catalogEditor.form.tabs.fields'), children: <FormFieldsEditor /> },
            {
              key: 'json',
              label: t('catalogEditor.form.tabs.json'),
              // Rendered from the start: the JSON fields belong to the form (validated on save) even when not shown.
              forceRender: true,
              children: (
                <>
                  <Row gutter={16}>
                    <Col xs={24} xl={14}>
                      <Form.Item name={['form', 'schemaText']} label={t('catalogEditor.form.schema')} rules={[schemaRule]}>
                        <Input.TextArea className="json-input" autoSize={{ minRows: 8, maxRows: 28 }} spellCheck={false} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} xl={10}>
                      <Form.Item name={['form', 'uiText']} label={t('catalogEditor.form.ui')} rules={[uiRule]}>
                        <Input.TextArea className="json-input" autoSize={{ minRows: 8, maxRows: 28 }} spellCheck={false} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <h3 className="member-card-title">{t('catalogEditor.form.preview')}</h3>
                  {parsed.ok ? (
                    <FormFieldsPreview form={parsed.form} />
                  ) : (
                    <Alert type="warning" showIcon title={t('catalogEditor.form.previewUnavailable')} description={problemMessage(parsed.problem, parsed.detail)} />
                  )}
                </>
              ),
            },
          ]}
        />
      </ElementBlock>
    </EditorSection>
  );
}
