import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentContentUrl, type CaseAttachment } from '../api/cases-api.ts';
import { formatFileSize } from '../../../lib/format.ts';

/**
 * A material shown inline: images as <img>, PDFs in an <object>. The server sends attachments as downloads
 * (Content-Disposition: attachment), so a PDF is fetched and shown from a blob URL.
 */
export function AttachmentPreview({ caseId, attachment }: { caseId: string; attachment: CaseAttachment }) {
  const { t } = useTranslation();
  const url = attachmentContentUrl(caseId, attachment.id);
  const isPdf = attachment.mediaType === 'application/pdf';
  const [blobUrl, setBlobUrl] = useState<string | null>(null);

  useEffect(() => {
    if (!isPdf) return undefined;
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
  }, [url, isPdf]);

  return (
    <figure className="case-preview" data-testid="attachment-preview">
      <figcaption>
        <a href={url} download={attachment.fileName}>{attachment.fileName}</a> <span className="case-muted">({formatFileSize(attachment.size)})</span>
      </figcaption>
      {attachment.mediaType.startsWith('image/') ? <img src={url} alt={attachment.fileName} className="case-preview-image" /> : null}
      {isPdf && blobUrl ? (
        <object data={blobUrl} type="application/pdf" className="case-preview-pdf" aria-label={attachment.fileName}>
          <a href={url} download={attachment.fileName}>{t('cases.detail.download')}</a>
        </object>
      ) : null}
    </figure>
  );
}
