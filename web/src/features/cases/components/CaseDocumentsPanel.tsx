import { Card } from 'antd';
import './approval.css';
import { useTranslation } from 'react-i18next';
import { formatDate, formatFileSize } from '../../../lib/format.ts';
import { caseDocumentUrl } from '../api/cases-api.ts';
import { useCaseDocuments } from '../hooks/useCases.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';

/** The case's notices as PDFs (受理通知书, 补正告知书, 决定书 …): title, date and a download link each. */
export function CaseDocumentsPanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const documents = useCaseDocuments(caseId);
  const items = documents.data ?? [];
  return (
    <Card className="case-block" title={<h2 className="card-title">{t('approval.documents.title')}</h2>} data-testid="case-documents">
      <CaseErrorAlert error={documents.error} />
      {documents.isSuccess && items.length === 0 ? <div className="case-muted">{t('approval.documents.empty')}</div> : null}
      <ul className="case-documents">
        {items.map((d) => (
          <li key={d.id} data-testid={`document-${d.kind}`}>
            <span>
              <span className="case-document-title">{d.title}</span>
              <span className="case-muted"> · {formatDate(d.createdAt, i18n.language)}{d.size !== null ? ` · ${formatFileSize(d.size)}` : ''}</span>
            </span>
            {d.status === 'ready'
              ? <a href={caseDocumentUrl(caseId, d.id)} download aria-label={t('approval.documents.downloadNamed', { title: d.title })}>{t('approval.documents.download')}</a>
              : <span className="case-muted">{t('approval.documents.pending')}</span>}
          </li>
        ))}
      </ul>
    </Card>
  );
}
