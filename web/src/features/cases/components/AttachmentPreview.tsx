import { useEffect, useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { attachmentContentUrl, type CaseAttachment } from '../api/cases-api.ts';
import { formatFileSize } from '../../../lib/format.ts';
import { LicenceAttachment } from './LicenceAttachment.tsx';

/**
 * A material shown inline: images as <img>, PDFs in an <object> once asked for ("预览"). The server sends attachments
 * as downloads (Content-Disposition: attachment), so a PDF is fetched and shown from a blob URL. PDFs open on request
 * because Chromium's PDF viewer takes the keyboard focus when it loads — text typed into a dialog at that moment went
 * into the viewer — and a case with many materials should not load every PDF up front.
 */
export function AttachmentPreview({ caseId, attachment }: { caseId: string; attachment: CaseAttachment }) {
  if (attachment.licence) return <LicenceAttachment licence={attachment.licence} href={attachmentContentUrl(caseId, attachment.id)} />;
  return <FilePreview caseId={caseId} attachment={attachment} />;
}

function FilePreview({ caseId, attachment }: { caseId: string; attachment: CaseAttachment }) {
  const { t } = useTranslation();
  const url = attachmentContentUrl(caseId, attachment.id);
  const isPdf = attachment.mediaType === 'application/pdf';
  const [blobUrl, setBlobUrl] = useState<string | null>(null);
  const [isPreviewOpen, setPreviewOpen] = useState(false);

  useEffect(() => {
    if (!isPdf || !isPreviewOpen) return undefined;
    const controller = new AbortController();
    let created: string | null = null;
    fetch(url, { credentials: 'same-origin', signal: controller.signal })
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => {
        if (!blob) return;
        created = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
        setBlobUrl(created);
      })
      .catch(() => undefined);
    return () => {
      controller.abort();
      if (created) URL.revokeObjectURL(created);
    };
  }, [url, isPdf, isPreviewOpen]);

  return (
    <figure className="case-preview" data-testid="attachment-preview">
      <figcaption>
        <a href={url} download={attachment.fileName}>{attachment.fileName}</a> <span className="case-muted">({formatFileSize(attachment.size)})</span>
        {isPdf ? (
          <Button type="link" size="small" aria-expanded={isPreviewOpen} onClick={() => { setPreviewOpen(!isPreviewOpen); if (isPreviewOpen) setBlobUrl(null); }}>
            {isPreviewOpen ? t('cases.detail.hidePreview') : t('cases.detail.preview')}
          </Button>
        ) : null}
      </figcaption>
      {attachment.mediaType.startsWith('image/') ? <img src={url} alt={attachment.fileName} className="case-preview-image" /> : null}
      {isPdf && isPreviewOpen && blobUrl ? (
        <object data={blobUrl} type="application/pdf" className="case-preview-pdf" aria-label={attachment.fileName}>
          <a href={url} download={attachment.fileName}>{t('cases.detail.download')}</a>
        </object>
      ) : null}
    </figure>
  );
}
