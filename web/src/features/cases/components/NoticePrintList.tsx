import { App, Button, Flex, List, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { caseDocumentUrl } from '../api/cases-api.ts';
import { printPdf } from '../api/front-desk-api.ts';
import { useCaseDocuments } from '../hooks/useCases.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';

/** The notices of a case (受理通知书, 决定书, 签收单 …), each printable in the browser's print dialog or opened as a PDF. */
export function NoticePrintList({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const documents = useCaseDocuments(caseId);
  const print = (id: string) => {
    printPdf(caseDocumentUrl(caseId, id)).catch(() => void message.error(t('frontDesk.print.failed')));
  };
  return (
    <section aria-labelledby="notice-print-title" data-testid="notice-print-list">
      <Typography.Title level={2} id="notice-print-title" className="card-title">{t('frontDesk.print.title')}</Typography.Title>
      <CaseErrorAlert error={documents.error} />
      <List
        loading={documents.isPending}
        dataSource={documents.data ?? []}
        locale={{ emptyText: t('frontDesk.print.none') }}
        renderItem={(doc) => (
          <List.Item data-testid={`notice-${doc.kind}`}>
            <Flex wrap gap={8} align="center" justify="space-between" className="intake-notice">
              <strong>{doc.title}</strong>
              {doc.status === 'ready' ? (
                <Flex wrap gap={8}>
                  <Button icon={<PrinterOutlined aria-hidden />} onClick={() => print(doc.id)} aria-label={`${t('frontDesk.print.print')} ${doc.title}`}>{t('frontDesk.print.print')}</Button>
                  <a href={caseDocumentUrl(caseId, doc.id)} target="_blank" rel="noreferrer" data-testid="notice-pdf-link">{t('frontDesk.print.open')}</a>
                </Flex>
              ) : <span className="case-muted">{t('frontDesk.print.pending')}</span>}
            </Flex>
          </List.Item>
        )}
      />
    </section>
  );
}
