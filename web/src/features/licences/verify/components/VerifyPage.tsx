import { useEffect, useState } from 'react';
import './verify.css';
import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../../shell/hooks/useDocumentTitle.ts';
import { CaseErrorAlert } from '../../../cases/components/CaseErrorAlert.tsx';
import { useVerifyFile, useVerifyIdentifier } from '../hooks/useLicences.ts';
import { VerificationResultCard } from './VerificationResultCard.tsx';

const normalise = (value: string) => value.replace(/\s+/g, '').toUpperCase();

/**
 * Public licence verification: `/verify` (type the identifier or upload the PDF / JSON) and `/verify/:identifier`
 * (what the QR code on a licence opens: verifies at once). The latest check is shown as one large result card.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('licenceVerify.page.title'));
  const params = useParams();
  const navigate = useNavigate();
  const fromUrl = params.identifier ? normalise(params.identifier) : null;
  const [form] = Form.useForm<{ identifier: string }>();
  const [shown, setShown] = useState<'identifier' | 'file'>('identifier');
  const byIdentifier = useVerifyIdentifier(fromUrl);
  const byFile = useVerifyFile();

  useEffect(() => {
    if (fromUrl) form.setFieldsValue({ identifier: fromUrl });
  }, [form, fromUrl]);

  const submitIdentifier = ({ identifier }: { identifier: string }) => {
    const value = normalise(identifier);
    setShown('identifier');
    if (value === fromUrl) void byIdentifier.refetch();
    else void navigate(`/verify/${encodeURIComponent(value)}`);
  };
  const submitFile = (file: File) => {
    setShown('file');
    byFile.mutate(file);
    return false;
  };

  const result = shown === 'identifier' ? byIdentifier.data : byFile.data;
  const error = shown === 'identifier' ? byIdentifier.error : byFile.error;
  return (
    <article className="services-page licence-verify-page" aria-labelledby="verify-title">
      <Typography.Title level={1} id="verify-title">{t('licenceVerify.page.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('licenceVerify.page.intro')}</Typography.Paragraph>
      <div className="licence-verify-forms">
        <Card title={<h2 id="verify-by-identifier">{t('licenceVerify.page.byIdentifier')}</h2>}>
          <Form form={form} layout="vertical" aria-labelledby="verify-by-identifier" initialValues={{ identifier: fromUrl ?? '' }} onFinish={submitIdentifier}>
            <Form.Item name="identifier" label={t('licenceVerify.page.identifier')} extra={t('licenceVerify.page.identifierHelp')}
              rules={[{ required: true, whitespace: true, message: t('licenceVerify.page.identifierRequired') }]}>
              <Input.TextArea className="licence-verify-identifier" autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} autoComplete="off" spellCheck={false}
                onPressEnter={(e) => { e.preventDefault(); form.submit(); }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={byIdentifier.isFetching} data-testid="verify-submit">{t('licenceVerify.page.submit')}</Button>
          </Form>
        </Card>
        <Card title={<h2 id="verify-by-file">{t('licenceVerify.page.byFile')}</h2>}>
          <Typography.Paragraph type="secondary">{t('licenceVerify.page.fileHelp')}</Typography.Paragraph>
          <Upload accept=".pdf,.json,application/pdf,application/json" showUploadList={false} multiple={false} maxCount={1} beforeUpload={submitFile}>
            <Button icon={<UploadOutlined aria-hidden />} loading={byFile.isPending} aria-describedby="verify-by-file">{t('licenceVerify.page.chooseFile')}</Button>
          </Upload>
        </Card>
      </div>
      {error ? <div style={{ marginTop: 24 }}><CaseErrorAlert error={error} /></div> : null}
      {result && !error ? <VerificationResultCard result={result} /> : null}
      {(shown === 'identifier' ? byIdentifier.isFetching : byFile.isPending) && !result ? (
        <Typography.Paragraph role="status" style={{ marginTop: 24 }}>{t('licenceVerify.page.checking')}</Typography.Paragraph>
      ) : null}
    </article>
  );
}
