import { Button, Flex, Form, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ListItemToolbar } from './ListItemToolbar.tsx';

/**
 * A list of texts (acceptance conditions, common mistakes, intermediary services, joint departments): one input per
 * entry, reorderable, an empty entry refused (remove it instead). `name` is relative to an enclosing Form.List.
 */
export function TextListField({ name, label, itemLabel, addLabel, max, maxLength, isMultiline = false, isLegendHidden = false, emptyText }: {
  name: string | (string | number)[];
  label: string;
  itemLabel: (index: number) => string;
  addLabel: string;
  max: number;
  maxLength: number;
  isMultiline?: boolean;
  /** When the section heading already says it: the legend stays for screen readers only. */
  isLegendHidden?: boolean;
  emptyText?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }) => (
        <fieldset className="text-list">
          <legend className={isLegendHidden ? 'visually-hidden' : 'text-list-legend'}>{label}</legend>
          {fields.length === 0 && emptyText ? <p className="text-list-empty">{emptyText}</p> : null}
          {fields.map((field, index) => (
            <Flex key={field.key} gap={4} align="flex-start" className="text-list-row">
              <span className="text-list-index" aria-hidden>
                {index + 1}.
              </span>
              <Form.Item
                name={field.name}
                className="text-list-input"
                rules={[{ required: true, whitespace: true, message: t('catalogEditor.validation.emptyEntry') }]}
              >
                {isMultiline ? (
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={maxLength} aria-label={itemLabel(index)} />
                ) : (
                  <Input maxLength={maxLength} aria-label={itemLabel(index)} />
                )}
              </Form.Item>
              <ListItemToolbar index={index} count={fields.length} itemLabel={itemLabel(index)} onMove={move} onRemove={() => remove(field.name)} />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add('')} disabled={fields.length >= max || undefined}>
            {addLabel}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
