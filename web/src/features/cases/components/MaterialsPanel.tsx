import type { Material } from '@onetrip/core';
import { App, Button, Flex, List, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../lib/format.ts';
import { CASE_ATTACHMENT_ACCEPT, CASE_ATTACHMENT_MAX_BYTES, type CaseDetail, type CorrectionItem } from '../api/cases-api.ts';
import { useAttachCaseLicence, useLicenceCandidates, useRemoveCaseAttachment, useReusableAttachments, useReuseCaseAttachment, useUploadCaseAttachment } from '../hooks/useCases.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { LicenceAttachment } from './LicenceAttachment.tsx';
import type { LicenceCandidate, ReusableAttachment } from '../api/cases-api.ts';

/** The applicant's e-licences for a material a licence satisfies: usable ones to attach, others with why not (减证便民). */
function LicenceOffers({ caseId, materialKey, candidates }: { caseId: string; materialKey: string; candidates: LicenceCandidate | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const attach = useAttachCaseLicence(caseId);
  if (!candidates || candidates.licences.length === 0) return null;
  return (
    <div className="case-licence-offers">
      {candidates.licences.map((licence) => (licence.usable ? (
        <Button key={licence.id} size="small" type="primary" ghost loading={attach.isPending && attach.variables.licenceId === licence.id}
          onClick={() => attach.mutate({ materialKey, licenceId: licence.id }, { onSuccess: () => void message.success(t('licenceReuse.attachedOk', { name: licence.name })) })}>
          {t('licenceReuse.use', { name: licence.name })}
        </Button>
      ) : (
        <span key={licence.id} className="case-muted">{t('licenceReuse.unusable', { name: licence.name, status: t(`licenceReuse.status.${licence.status}`) })}</span>
      )))}
      <CaseErrorAlert error={attach.error} />
    </div>
  );
}

/** Earlier uploads of the same material the applicant can reuse with one click (材料复用), at most three. */
function ReuseOffers({ caseId, materialKey, offers }: { caseId: string; materialKey: string; offers: ReusableAttachment[] }) {
  const { t } = useTranslation();
  const reuse = useReuseCaseAttachment(caseId);
  if (offers.length === 0) return null;
  return (
    <div className="case-reuse">
      {offers.map((offer) => (
        <Button key={offer.id} size="small" loading={reuse.isPending && reuse.variables.attachmentId === offer.id}
          onClick={() => reuse.mutate({ attachmentId: offer.id, materialKey })}>
          {t('cases.materials.reuse', { file: offer.fileName, caseNumber: offer.caseNumber ?? offer.itemName })}
        </Button>
      ))}
      <CaseErrorAlert error={reuse.error} />
    </div>
  );
}

/**
 * The materials the case asks for, with necessity, condition, the blank form and sample, what was uploaded (name and
 * size), an upload per material, and earlier uploads to reuse. `correction` marks the materials the front desk asked
 * to correct, with what is wrong. Reuse is offered to the applicant and to the clerk or agent filing for them.
 */
export function MaterialsPanel({ detail, guideMaterials, fileHref, correction, isEditable }: {
  detail: CaseDetail;
  guideMaterials: Material[];
  fileHref: (fileId: string) => string;
  correction: CorrectionItem[] | null;
  isEditable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadCaseAttachment(detail.id);
  const remove = useRemoveCaseAttachment(detail.id);
  const wantsLicences = isEditable && detail.materials.some((m) => m.satisfiedByLicenceType);
  const candidates = useLicenceCandidates(detail.id, wantsLicences);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const presentHashes = new Set(detail.attachments.flatMap((a) => (a.sha256 ? [a.sha256] : [])));
  const reusable = useReusableAttachments(detail.id, isEditable);
  const offersFor = (materialKey: string) => (reusable.data ?? []).filter((a) => a.materialKey === materialKey && !presentHashes.has(a.sha256)).slice(0, 3);

  const send = (materialKey: string, file: File) => {
    setUploadError(null);
    if (file.size > CASE_ATTACHMENT_MAX_BYTES) {
      void message.error(t('cases.materials.tooLarge'));
      return;
    }
    upload.mutate({ materialKey, file }, { onError: setUploadError, onSuccess: () => void message.success(t('cases.materials.uploaded', { file: file.name })) });
  };

  return (
    <section aria-labelledby="case-materials-title" className="case-materials">
      <Typography.Title level={2} id="case-materials-title" className="card-title">{t('cases.materials.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cases.materials.hint')}</Typography.Paragraph>
      <CaseErrorAlert error={uploadError} />
      <CaseErrorAlert error={remove.error} />
      <List
        dataSource={detail.materials}
        renderItem={(material) => {
          const guide = guideMaterials.find((m) => m.key === material.key);
          const attachments = detail.attachments.filter((a) => a.materialKey === material.key);
          const problem = correction?.find((c) => c.materialKey === material.key);
          return (
            <List.Item className={problem ? 'case-material case-material-correct' : 'case-material'} data-testid={`material-${material.key}`}>
              <div className="case-material-body">
                <Flex wrap gap={8} align="center">
                  <strong>{material.name}</strong>
                  <Tag className={`case-tag case-tag-${material.isRequired ? 'danger' : 'neutral'}`}>{t(`cases.materials.necessity.${material.necessity === 'required' ? 'required' : material.necessity === 'conditional' ? 'conditional' : 'optional'}`)}</Tag>
                </Flex>
                {material.condition ? <div className="case-muted">{t('cases.materials.condition', { condition: material.condition })}</div> : null}
                {material.satisfiedByLicenceType && !attachments.some((a) => a.licence) ? <div className="case-muted">{t('licenceReuse.satisfiable')}</div> : null}
                {problem ? <div className="case-problem" role="note">{t('cases.materials.toCorrect', { problem: problem.problem })}</div> : null}
                {guide?.blankFormFile || guide?.sampleFile ? (
                  <Flex wrap gap={12}>
                    {guide.blankFormFile ? <a href={fileHref(guide.blankFormFile)} download>{t('cases.materials.blankForm')}</a> : null}
                    {guide.sampleFile ? <a href={fileHref(guide.sampleFile)} download>{t('cases.materials.sample')}</a> : null}
                  </Flex>
                ) : null}
                {attachments.length > 0 ? (
                  <ul className="case-attachments" aria-label={t('cases.materials.uploadedList')}>
                    {attachments.map((a) => (
                      <li key={a.id}>
                        {a.licence ? <LicenceAttachment licence={a.licence} /> : (
                          <>{a.fileName} <span className="case-muted">({formatFileSize(a.size)}{a.reusedFromAttachmentId ? ` · ${t('cases.materials.reused')}` : ''})</span></>
                        )}
                        {isEditable ? (
                          <Button type="link" size="small" danger loading={remove.isPending && remove.variables === a.id} aria-label={t('licenceReuse.removeFile', { name: a.fileName })}
                            onClick={() => remove.mutate(a.id, { onSuccess: () => void message.success(t('licenceReuse.removed')) })}>
                            {t('licenceReuse.remove')}
                          </Button>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <div className="case-muted">{t('cases.materials.none')}</div>
                )}
                {isEditable ? <ReuseOffers caseId={detail.id} materialKey={material.key} offers={offersFor(material.key)} /> : null}
                {isEditable && material.satisfiedByLicenceType && !attachments.some((a) => a.licence) ? (
                  <LicenceOffers caseId={detail.id} materialKey={material.key} candidates={candidates.data?.find((c) => c.materialKey === material.key)} />
                ) : null}
              </div>
              {isEditable ? (
                <Upload accept={CASE_ATTACHMENT_ACCEPT} showUploadList={false} multiple={false}
                  beforeUpload={(file) => { send(material.key, file); return false; }}>
                  <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending && upload.variables.materialKey === material.key}
                    aria-label={t('cases.materials.uploadFor', { name: material.name })}>
                    {t('cases.materials.upload')}
                  </Button>
                </Upload>
              ) : null}
            </List.Item>
          );
        }}
      />
    </section>
  );
}
