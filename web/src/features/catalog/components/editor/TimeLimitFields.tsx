import { LIMIT_UNITS } from '@onetrip/core';
import { Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldIdOf } from './finding-anchors.ts';

/**
 * A time limit: number of days (half days allowed, 0.5 个工作日) and unit side by side, the note below. `name` is the
 * form name (relative inside a Form.List), `path` the full path (for the label's `for`).
 */
export function TimeLimitFields({ name, path, label, isNoteShown = true }: {
  name: (string | number)[];
  path: (string | number)[];
  label: string;
  isNoteShown?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={label} htmlFor={fieldIdOf([...path, 'value'])} required className="time-limit">
        <Space.Compact block>
          <Form.Item
            name={[...name, 'value']}
            noStyle
            rules={[
              { required: true, message: t('catalogEditor.validation.limitRequired', { label }) },
              {
                validator: (_, value: unknown) =>
                  typeof value !== 'number' || Number.isInteger(value * 2) ? Promise.resolve() : Promise.reject(new Error(t('catalogEditor.validation.halfDays'))),
              },
            ]}
          >
            <InputNumber
              min={0}
              max={3650}
              step={0.5}
              // Whole days show as "3", not "3.0" (the half-day step would otherwise set one decimal place).
              formatter={(value, { userTyping, input }) => (userTyping ? input : value === undefined ? '' : String(Number(value)))}
              className="time-limit-value"
              aria-label={t('catalogEditor.limit.valueLabel', { label })}
            />
          </Form.Item>
          <Form.Item name={[...name, 'unit']} noStyle rules={[{ required: true, message: t('catalogEditor.validation.limitRequired', { label }) }]}>
            <Select
              className="time-limit-unit"
              aria-label={t('catalogEditor.limit.unitLabel', { label })}
              options={LIMIT_UNITS.map((unit) => ({ value: unit, label: t(`catalogEditor.limit.units.${unit}`) }))}
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      {isNoteShown ? (
        <Form.Item name={[...name, 'note']} label={t('catalogEditor.limit.note', { label })}>
          <Input maxLength={500} />
        </Form.Item>
      ) : null}
    </>
  );
}
