import type { Material } from '@onetrip/core';
import { Table, Tag, Typography } from 'antd';
import { FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../../lib/format.ts';

/** Where the guide's downloadable files come from: their names and sizes, and the URL that serves each. */
export interface GuideFiles {
  summaries: Readonly<Record<string, { fileName: string; mediaType: string; size: number }>>;
  href: (id: string) => string;
}

/** A download link for a blank form or sample; nothing when the file is not (or no longer) available. */
export function GuideFileLink({ id, files, label }: { id: string | null | undefined; files: GuideFiles | undefined; label: 'blankForm' | 'sample' | 'resultSample' }) {
  const { t } = useTranslation();
  const summary = id ? files?.summaries[id] : undefined;
  if (!id || !files || !summary) return null;
  return (
    <div className="material-file">
      <a href={files.href(id)} download={summary.fileName}>
        <FileTextOutlined aria-hidden /> {t(`guide.materials.${label}`, { file: summary.fileName })}
      </a>{' '}
      <span className="guide-muted">({formatFileSize(summary.size)})</span>
    </div>
  );
}

/** The materials (申请材料) with every element the guide must state: kind, form, necessity, copies, source, basis … */
export function MaterialsTable({ materials, files }: { materials: readonly Material[]; files?: GuideFiles | undefined }) {
  const { t } = useTranslation();
  if (materials.length === 0) return <Typography.Paragraph>{t('guide.materials.empty')}</Typography.Paragraph>;
  return (
    <Table<Material>
      className="materials-table"
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      dataSource={[...materials]}
      scroll={{ x: 1100 }}
      columns={[
        { key: 'index', className: 'mcol-index', title: t('guide.materials.index'), width: 56, align: 'center', render: (_, __, index) => index + 1 },
        {
          key: 'name',
          className: 'mcol-name',
          title: t('guide.materials.name'),
          width: 220,
          render: (_, material) => (
            <div>
              <strong>{material.name}</strong>
              {material.proofCode ? (
                <div>
                  <Tag className="material-proof">{t('guide.materials.proof', { code: material.proofCode })}</Tag>
                </div>
              ) : null}
              {material.satisfiedByLicenseType ? (
                <div className="material-license">
                  <SafetyCertificateOutlined aria-hidden /> {t('guide.materials.licenseReuse', { type: material.satisfiedByLicenseType })}
                </div>
              ) : null}
            </div>
          ),
        },
        {
          key: 'kind',
          className: 'mcol-kind',
          title: `${t('guide.materials.kind')} / ${t('guide.materials.form')}`,
          width: 130,
          render: (_, material) => (
            <div>
              <div>{t(`catalog.materialKinds.${material.kind}`)}</div>
              <div>{t(`catalog.materialForms.${material.form}`)}</div>
              {material.paperSize ? <div className="guide-muted">{t('guide.materials.paperSize', { size: material.paperSize })}</div> : null}
            </div>
          ),
        },
        {
          key: 'necessity',
          className: 'mcol-necessity',
          title: t('guide.materials.necessity'),
          width: 150,
          render: (_, material) => (
            <div>
              <Tag color={material.necessity === 'required' ? 'red' : material.necessity === 'conditional' ? 'orange' : 'default'}>
                {t(`catalog.necessities.${material.necessity}`)}
              </Tag>
              {material.condition ? <div className="guide-muted">{material.condition}</div> : null}
            </div>
          ),
        },
        {
          key: 'copies',
          className: 'mcol-copies',
          title: t('guide.materials.copies'),
          width: 80,
          align: 'center',
          render: (_, material) => (material.paperCopies > 0 ? t('guide.materials.copiesValue', { count: material.paperCopies }) : '—'),
        },
        {
          key: 'source',
          className: 'mcol-source',
          title: t('guide.materials.source'),
          width: 140,
          render: (_, material) => (
            <div>
              <div>{t(`catalog.materialSources.${material.source}`)}</div>
              {material.sourceNote ? <div className="guide-muted">{material.sourceNote}</div> : null}
            </div>
          ),
        },
        { key: 'legalBasis', className: 'mcol-legalbasis', title: t('guide.materials.legalBasis'), width: 180, render: (_, material) => material.legalBasis ?? '—' },
        {
          key: 'instructions',
          className: 'mcol-instructions',
          title: `${t('guide.materials.instructions')} / ${t('guide.materials.commonMistakes')}`,
          width: 240,
          render: (_, material) => {
            const mistakes = material.commonMistakes ?? [];
            const isEmpty = !material.fillingInstructions && mistakes.length === 0 && !material.acceptanceStandard && !material.remarks;
            if (isEmpty) return '—';
            return (
              <div className="material-notes">
                {material.fillingInstructions ? <div>{material.fillingInstructions}</div> : null}
                {mistakes.length > 0 ? (
                  <div>
                    <span className="guide-label">{t('guide.materials.commonMistakes')}
                      {t('catalog.colon')}
                    </span>
                    <ul className="material-mistakes">
                      {mistakes.map((mistake) => (
                        <li key={mistake}>{mistake}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {material.acceptanceStandard ? <div>{t('guide.materials.acceptance', { text: material.acceptanceStandard })}</div> : null}
                {material.remarks ? <div className="guide-muted">{t('guide.materials.remarks', { text: material.remarks })}</div> : null}
              </div>
            );
          },
        },
        {
          key: 'files',
          className: 'mcol-files',
          title: t('guide.materials.files'),
          width: 170,
          render: (_, material) =>
            (material.blankFormFile && files?.summaries[material.blankFormFile]) || (material.sampleFile && files?.summaries[material.sampleFile]) ? (
              <div>
                <GuideFileLink id={material.blankFormFile} files={files} label="blankForm" />
                <GuideFileLink id={material.sampleFile} files={files} label="sample" />
              </div>
            ) : (
              <span className="guide-muted">{t('guide.materials.fileSoon')}</span>
            ),
        },
      ]}
    />
  );
}
