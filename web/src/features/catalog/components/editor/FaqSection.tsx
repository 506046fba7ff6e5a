import { Button, Card, Form, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useEditorContext } from './EditorContext.tsx';
import { EditorSection, ElementBlock } from './EditorSection.tsx';
import { InlineFindings } from './InlineFindings.tsx';
import { ListItemToolbar } from './ListItemToolbar.tsx';

const MAX_FAQ = 50;

/** Frequently asked questions (常见问题). */
export function FaqSection() {
  const { t } = useTranslation();
  const { reveal } = useEditorContext();
  const entryLabel = (index: number) => t('catalogEditor.faq.item', { index: index + 1 });
  return (
    <EditorSection id="faq">
      <ElementBlock element="faq">
        <Form.List name="faq">
          {(fields, { add, remove, move }) => (
            <>
              {fields.length === 0 ? <p className="text-list-empty">{t('catalogEditor.faq.empty')}</p> : null}
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  className="member-card"
                  title={<h3 className="member-card-title">{entryLabel(index)}</h3>}
                  extra={<ListItemToolbar index={index} count={fields.length} itemLabel={entryLabel(index)} onMove={move} onRemove={() => remove(field.name)} />}
                >
                  <div data-anchor={`/faq/${index}`} tabIndex={-1}>
                    <InlineFindings anchor={`/faq/${index}`} />
                    <Form.Item name={[field.name, 'question']} label={t('catalogEditor.faq.question')} rules={[{ required: true, whitespace: true, message: t('catalogEditor.validation.questionRequired') }]}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'answer']} label={t('catalogEditor.faq.answer')} rules={[{ required: true, whitespace: true, message: t('catalogEditor.validation.answerRequired') }]}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} />
                    </Form.Item>
                  </div>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                disabled={fields.length >= MAX_FAQ || undefined}
                onClick={() => {
                  add({ question: '', answer: '' });
                  reveal(`/faq/${fields.length}/question`);
                }}
              >
                {t('catalogEditor.faq.add')}
              </Button>
            </>
          )}
        </Form.List>
      </ElementBlock>
    </EditorSection>
  );
}
