import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { parseHolidayCn } from '../calendar-draft.ts';
import { useImportHolidayCn } from '../hooks/useCalendar.ts';

/** Import one year from holiday-cn's JSON (github.com/NateScarlet/holiday-cn, e.g. 2027.json): pasted or from a file. */
export function HolidayCnImport({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: (year: number) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const importYear = useImportHolidayCn();
  const parsed = text.trim() ? parseHolidayCn(text) : null;

  const submit = () => {
    if (!parsed?.ok) return;
    setErrors([]);
    importYear.mutate(parsed.file, {
      onSuccess: (detail) => {
        void message.success(t('calendar.import.done', { year: detail.year, count: detail.days.length }));
        setText('');
        onImported(detail.year);
      },
      onError: (error) => {
        if (isApiError(error) && error.fields.length > 0) {
          setErrors(error.fields.map((f) => {
            const m = /^\/days\/(\d+)\//.exec(f.path);
            const day = m ? parsed.file.days[Number(m[1])] : undefined;
            return day ? `${day.date} ${day.name}: ${f.message}` : f.message;
          }));
        } else setErrors([isApiError(error) ? error.message : t('errors.generic')]);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('calendar.import.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!parsed?.ok} loading={importYear.isPending} onClick={submit}>
            {parsed?.ok ? t('calendar.import.submitYear', { year: parsed.file.year }) : t('calendar.import.submit')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('calendar.import.hint')}</Typography.Paragraph>
        <Upload
          accept=".json,application/json"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then(setText);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />}>{t('calendar.import.chooseFile')}</Button>
        </Upload>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={10}
          placeholder={'{ "year": 2027, "papers": [], "days": [{ "name": "元旦", "date": "2027-01-01", "isOffDay": true }] }'}
          aria-label={t('calendar.import.paste')}
          style={{ fontFamily: 'monospace' }}
        />
        {parsed && !parsed.ok ? <Alert type="error" showIcon title={t(parsed.reason === 'json' ? 'calendar.import.invalidJson' : 'calendar.import.invalidShape')} /> : null}
        {parsed?.ok ? (
          <Alert
            type="info"
            showIcon
            title={t('calendar.import.preview', {
              year: parsed.file.year,
              off: parsed.file.days.filter((d) => d.isOffDay).length,
              worked: parsed.file.days.filter((d) => !d.isOffDay).length,
            })}
          />
        ) : null}
        {errors.length > 0 ? (
          <Alert type="error" showIcon title={t('calendar.issuesTitle')} description={<ul style={{ margin: 0, paddingLeft: 20 }}>{errors.map((e, i) => <li key={i}>{e}</li>)}</ul>} />
        ) : null}
      </Flex>
    </Modal>
  );
}
