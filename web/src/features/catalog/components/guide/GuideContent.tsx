import type { ImplementationContent } from '@onetrip/core';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../lib/format.ts';
import { useCodeLabels } from '../../hooks/useCodeLabels.ts';
import { compressionPercents, useFormatLimit } from '../../hooks/useFormatLimit.ts';
import { TripsBadge } from '../ServiceBadges.tsx';
import { FaqList } from './FaqList.tsx';
import { FeesTable } from './FeesTable.tsx';
import { GuideSection, GuideText } from './GuideSection.tsx';
import { GuideFileLink, MaterialsTable, type GuideFiles } from './MaterialsTable.tsx';
import { ProcessSteps } from './ProcessSteps.tsx';

/** What the guide shows about the implementation besides its content (identity and the version in force). */
export interface GuideMeta {
  code: string;
  basicCode: string;
  typeCode: string;
  level: number;
  departmentName: string;
  regionName: string;
  /** The published version shown; null for a working copy. */
  version: number | null;
  publishedAt: string | null;
}

const DESCRIPTION_COLUMNS = { xs: 1, sm: 1, md: 2 } as const;

function Tags({ values }: { values: string[] }) {
  const { t } = useTranslation();
  if (values.length === 0) return <>{t('guide.none')}</>;
  return (
    <Flex wrap gap={4}>
      {values.map((value) => (
        <Tag key={value}>{value}</Tag>
      ))}
    </Flex>
  );
}

function Phone({ number }: { number: string }) {
  const value = number.trim();
  if (!value) return <>—</>;
  return <a href={`tel:${value.replace(/[^\d+]/g, '')}`}>{value}</a>;
}

/**
 * Every element of a guide (办事指南), in the order citizens read it. Used by the public guide page and, read-only, by
 * the staff workbench for the working copy, so both show the same thing.
 */
export function GuideContent({ content, meta, compressionRatio, files }: { content: ImplementationContent; meta: GuideMeta; compressionRatio: number | null; files?: GuideFiles | undefined }) {
  const { t, i18n } = useTranslation();
  const labels = useCodeLabels();
  const formatLimit = useFormatLimit();
  const themeLabel = (theme: string) => (i18n.exists(`catalog.themes.${theme}`) ? t(`catalog.themes.${theme}` as 'catalog.themes.birth') : theme);
  const conditions = content.conditions ?? [];
  const compression = compressionRatio === null ? null : compressionPercents(compressionRatio);
  const hasMore = Boolean(content.allowsCommitment || content.quantityLimit || content.intermediaryServices?.length || content.jointDepartments?.length);

  return (
    <div className="guide-content">
      <GuideSection id="basic" title={t('guide.sections.basic')}>
        <Descriptions
          bordered
          size="small"
          column={DESCRIPTION_COLUMNS}
          items={[
            { key: 'code', label: t('guide.fields.code'), children: <span className="code-tag">{meta.code}</span> },
            { key: 'basicCode', label: t('guide.fields.basicCode'), children: <span className="code-tag">{meta.basicCode}</span> },
            { key: 'type', label: t('guide.fields.type'), children: labels.itemType(meta.typeCode) },
            { key: 'level', label: t('guide.fields.level'), children: labels.level(meta.level) },
            { key: 'department', label: t('guide.fields.department'), children: meta.departmentName },
            { key: 'region', label: t('guide.fields.region'), children: meta.regionName },
            { key: 'caseKind', label: t('guide.fields.caseKind'), children: t(`catalog.caseKinds.${content.caseKind}`) },
            { key: 'audiences', label: t('guide.fields.audiences'), children: <Tags values={(content.audiences ?? []).map((a) => t(`catalog.audiences.${a}`))} /> },
            { key: 'themes', label: t('guide.fields.themes'), children: <Tags values={(content.themes ?? []).map(themeLabel)} /> },
            { key: 'crossRegion', label: t('guide.fields.crossRegion'), children: t(`catalog.crossRegion.${content.crossRegionScope}`) },
            ...(meta.version !== null
              ? [
                  { key: 'version', label: t('guide.fields.version'), children: meta.version },
                  { key: 'publishedAt', label: t('guide.fields.publishedAt'), children: formatDate(meta.publishedAt, i18n.language) },
                ]
              : []),
          ]}
        />
      </GuideSection>

      <GuideSection id="legal-basis" title={t('guide.sections.legalBasis')}>
        <Typography.Paragraph className="guide-text">{content.legalBasis}</Typography.Paragraph>
      </GuideSection>

      <GuideSection id="conditions" title={t('guide.sections.conditions')}>
        {conditions.length > 0 ? (
          <ol className="guide-list">
            {conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ol>
        ) : (
          <Typography.Paragraph>{t('guide.noConditions')}</Typography.Paragraph>
        )}
      </GuideSection>

      <GuideSection id="materials" title={t('guide.sections.materials')}>
        <MaterialsTable materials={content.materials ?? []} files={files} />
      </GuideSection>

      <GuideSection id="process" title={t('guide.sections.process')}>
        <ProcessSteps steps={content.process ?? []} />
      </GuideSection>

      <GuideSection id="limits" title={t('guide.sections.limits')}>
        <Descriptions
          bordered
          size="small"
          column={DESCRIPTION_COLUMNS}
          items={[
            { key: 'legal', label: t('guide.fields.legalLimit'), children: formatLimit(content.legalLimit) },
            { key: 'promised', label: t('guide.fields.promisedLimit'), children: <strong>{formatLimit(content.promisedLimit)}</strong> },
            {
              key: 'compression',
              label: t('guide.fields.compression'),
              children: compression ? t('guide.compressionValue', compression) : '—',
            },
            { key: 'caseKind', label: t('guide.fields.caseKind'), children: t(`catalog.caseKinds.${content.caseKind}`) },
            {
              key: 'special',
              label: t('guide.fields.specialProcedures'),
              span: 'filled',
              children: <Tags values={(content.specialProcedures ?? []).map((p) => t(`catalog.specialProcedures.${p}`))} />,
            },
          ]}
        />
      </GuideSection>

      <GuideSection id="fees" title={t('guide.sections.fees')}>
        <FeesTable fees={content.fees ?? []} />
      </GuideSection>

      <GuideSection id="result" title={t('guide.sections.result')}>
        <Descriptions
          bordered
          size="small"
          column={DESCRIPTION_COLUMNS}
          items={[
            { key: 'name', label: t('guide.fields.resultName'), children: content.result?.name || '—' },
            { key: 'type', label: t('guide.fields.resultType'), children: content.result ? t(`catalog.resultTypes.${content.result.type}`) : '—' },
            {
              key: 'sample',
              label: t('guide.fields.resultSample'),
              span: 'filled',
              children: content.result?.sampleFile && files?.summaries[content.result.sampleFile]
                ? <GuideFileLink id={content.result.sampleFile} files={files} label="resultSample" />
                : <span className="guide-muted">{t('guide.resultSampleSoon')}</span>,
            },
          ]}
        />
      </GuideSection>

      <GuideSection id="handling" title={t('guide.sections.handling')}>
        <Descriptions
          bordered
          size="small"
          column={DESCRIPTION_COLUMNS}
          items={[
            {
              key: 'trips',
              label: t('guide.fields.trips'),
              children: (
                <Flex wrap gap={8} align="center">
                  <TripsBadge tripsToSite={content.tripsToSite} />
                  <span>{t('guide.tripsValue', { count: content.tripsToSite })}</span>
                </Flex>
              ),
            },
            {
              key: 'onlineDepth',
              label: t('guide.fields.onlineDepth'),
              children: t('guide.onlineDepthValue', { label: labels.onlineDepth(content.onlineDepth), depth: content.onlineDepth }),
            },
            {
              key: 'visitReason',
              label: t('guide.fields.visitReason'),
              span: 'filled',
              children: content.tripsToSite === 0 ? t('guide.noVisit') : <GuideText text={content.visitReason} />,
            },
            {
              key: 'channels',
              label: t('guide.fields.channels'),
              children: <Tags values={(content.channels ?? []).map((c) => t(`catalog.channels.${c}`))} />,
            },
            { key: 'crossRegion', label: t('guide.fields.crossRegion'), children: t(`catalog.crossRegion.${content.crossRegionScope}`) },
            ...(hasMore
              ? [
                  ...(content.allowsCommitment ? [{ key: 'commitment', label: t('guide.fields.commitment'), children: t('guide.commitmentAllowed') }] : []),
                  ...(content.quantityLimit ? [{ key: 'quantity', label: t('guide.fields.quantityLimit'), children: <GuideText text={content.quantityLimit} /> }] : []),
                  ...(content.intermediaryServices?.length
                    ? [{ key: 'intermediary', label: t('guide.fields.intermediaryServices'), children: <Tags values={content.intermediaryServices} /> }]
                    : []),
                  ...(content.jointDepartments?.length
                    ? [{ key: 'joint', label: t('guide.fields.jointDepartments'), children: <Tags values={content.jointDepartments} /> }]
                    : []),
                ]
              : []),
          ]}
        />
      </GuideSection>

      <GuideSection id="place" title={t('guide.sections.placeAndContact')}>
        <Descriptions
          bordered
          size="small"
          column={DESCRIPTION_COLUMNS}
          items={[
            { key: 'place', label: t('guide.fields.place'), span: 'filled', children: <GuideText text={content.place} /> },
            { key: 'hours', label: t('guide.fields.officeHours'), span: 'filled', children: <GuideText text={content.officeHours} /> },
            { key: 'consultation', label: t('guide.fields.consultationPhone'), children: <Phone number={content.consultationPhone ?? ''} /> },
            { key: 'complaint', label: t('guide.fields.complaintPhone'), children: <Phone number={content.complaintPhone ?? ''} /> },
          ]}
        />
      </GuideSection>

      <GuideSection id="faq" title={t('guide.sections.faq')}>
        <FaqList faq={content.faq ?? []} />
      </GuideSection>
    </div>
  );
}
