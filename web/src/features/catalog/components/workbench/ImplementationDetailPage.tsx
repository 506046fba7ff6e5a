import { useState } from 'react';
import { compressionRatio } from '@onetrip/core';
import { Alert, Breadcrumb, Card, Col, Descriptions, Flex, Row, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../../lib/format.ts';
import { ButtonLink } from '../../../shell/components/ButtonLink.tsx';
import { PageHeader } from '../../../shell/components/PageHeader.tsx';
import { PageLoading } from '../../../shell/components/PageLoading.tsx';
import { ImplementationLoadFailed } from './ImplementationLoadFailed.tsx';
import type { ImplementationDetail } from '../../api/implementations-api.ts';
import { canEditImplementation, useCatalogPermissions } from '../../hooks/useCatalogPermissions.ts';
import { useCodeLabels } from '../../hooks/useCodeLabels.ts';
import { compressionPercents } from '../../hooks/useFormatLimit.ts';
import { withoutEmptyChanges } from '../../hooks/useChangeDescriber.ts';
import { useImplementation, useImplementationDiff } from '../../hooks/useImplementations.ts';
import { GuideContent } from '../guide/GuideContent.tsx';
import { ChangeList } from './ChangeList.tsx';
import { FindingsPanel, SeverityTag } from './FindingsPanel.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import { ChangeStatusTag, PublicationStatusTag } from './StatusTags.tsx';
import { VersionsCard } from './VersionsCard.tsx';

function ChangesCard({ implementation }: { implementation: ImplementationDetail }) {
  const { t } = useTranslation();
  const hasDraft = implementation.changeStatus !== 'none' && implementation.draft !== null;
  const isFirstVersion = implementation.currentVersion === null;
  const diff = useImplementationDiff(implementation.id, { to: 'draft', isEnabled: hasDraft && !isFirstVersion });
  let body;
  if (!hasDraft) body = <Typography.Paragraph type="secondary">{t('catalogAdmin.changes.noDraft')}</Typography.Paragraph>;
  else if (isFirstVersion) body = <Typography.Paragraph type="secondary">{t('catalogAdmin.changes.firstVersion')}</Typography.Paragraph>;
  else if (diff.isPending) body = <PageLoading />;
  else if (diff.isError) body = <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  else {
    body = (
      <ChangeList changes={diff.data} contents={[implementation.draft, implementation.current]} emptyText={t('catalogAdmin.changes.none')} />
    );
  }
  return (
    <Card
      title={
        <div>
          <h2 className="card-title">{t('catalogAdmin.changes.title')}</h2>
          <Typography.Text type="secondary" className="card-subtitle">
            {t('catalogAdmin.changes.subtitle')}
          </Typography.Text>
        </div>
      }
      extra={diff.data && hasDraft ? t('catalogAdmin.changes.count', { count: withoutEmptyChanges(diff.data).length }) : null}
    >
      {body}
    </Card>
  );
}

function FindingsCard({ implementation }: { implementation: ImplementationDetail }) {
  const { t } = useTranslation();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of implementation.findings) counts[finding.severity] += 1;
  return (
    <Card
      title={
        <div>
          <h2 className="card-title">{t('catalogAdmin.findings.title')}</h2>
          <Typography.Text type="secondary" className="card-subtitle">
            {implementation.draft ? t('catalogAdmin.findings.subjectDraft') : t('catalogAdmin.findings.subjectCurrent')}
          </Typography.Text>
        </div>
      }
      extra={
        <Flex gap={4} wrap>
          <SeverityTag severity="error" count={counts.error} />
          <SeverityTag severity="warning" count={counts.warning} />
          <SeverityTag severity="info" count={counts.info} />
        </Flex>
      }
    >
      <FindingsPanel findings={implementation.findings} content={implementation.draft ?? implementation.current} />
    </Card>
  );
}

function ContentCard({ implementation, canEdit }: { implementation: ImplementationDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<'draft' | 'current'>(implementation.draft ? 'draft' : 'current');
  const hasBoth = implementation.draft !== null && implementation.current !== null;
  const content = (shown === 'draft' ? implementation.draft : implementation.current) ?? implementation.draft ?? implementation.current;
  const isCurrent = content === implementation.current;
  return (
    <Card
      title={
        <div>
          <h2 className="card-title">{t('catalogAdmin.detail.content')}</h2>
          <Typography.Text type="secondary" className="card-subtitle">
            {canEdit ? t('catalogEditor.detail.readOnlyEditable') : t('catalogEditor.detail.readOnly')}
          </Typography.Text>
        </div>
      }
      extra={
        hasBoth ? (
          <Segmented<'draft' | 'current'>
            value={shown}
            onChange={setShown}
            options={[
              { value: 'draft', label: t('catalogAdmin.detail.draft') },
              { value: 'current', label: t('catalogAdmin.detail.current') },
            ]}
          />
        ) : null
      }
    >
      {content ? (
        <GuideContent
          content={content}
          compressionRatio={compressionRatio(content)}
          files={{ summaries: implementation.files ?? {}, href: (id) => `/api/catalog/files/${id}/content` }}
          meta={{
            code: implementation.code,
            basicCode: implementation.basicCode,
            typeCode: implementation.typeCode,
            level: implementation.level,
            departmentName: implementation.departmentName,
            regionName: implementation.regionName,
            version: isCurrent ? implementation.currentVersion : null,
            publishedAt: null,
          }}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('catalogAdmin.detail.noContent')}</Typography.Paragraph>
      )}
    </Card>
  );
}

/** One implementation for staff: summary, guide-check findings, pending changes, versions, the guide, and the actions. */
export function ImplementationDetailPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const labels = useCodeLabels();
  const permissions = useCatalogPermissions();
  const query = useImplementation(id);

  if (query.isPending) return <PageLoading />;
  if (query.isError || !query.data) return <ImplementationLoadFailed error={query.error} />;

  const implementation = query.data;
  const compression = implementation.compressionRatio === null ? null : compressionPercents(implementation.compressionRatio);
  const canEdit = canEditImplementation(implementation, permissions) && (implementation.draft ?? implementation.current) !== null;
  return (
    <div className="implementation-detail">
      <PageHeader
        title={implementation.name}
        breadcrumb={
          <Breadcrumb
            className="page-breadcrumb"
            items={[
              { key: 'list', title: <Link to="/workbench/catalog">{t('catalogAdmin.list.title')}</Link> },
              { key: 'item', title: implementation.name },
            ]}
          />
        }
        description={
          <Flex wrap gap={4} align="center" component="span">
            <PublicationStatusTag status={implementation.publicationStatus} />
            <ChangeStatusTag status={implementation.changeStatus} />
            <span className="code-tag">{implementation.code}</span>
          </Flex>
        }
        extra={
          <>
            {canEdit ? (
              <ButtonLink to={`/workbench/catalog/${implementation.id}/edit`} icon={<EditOutlined aria-hidden />}>
                {t('catalogEditor.edit')}
              </ButtonLink>
            ) : null}
            <ReviewActions implementation={implementation} />
          </>
        }
      />
      <Flex vertical gap={16}>
        {implementation.reviewComment ? (
          <Alert
            type="warning"
            showIcon
            className="review-comment"
            data-testid="review-comment"
            title={t('catalogAdmin.detail.reviewComment')}
            description={<span className="guide-text">{implementation.reviewComment}</span>}
          />
        ) : null}
        {implementation.statusReason && implementation.publicationStatus !== 'published' ? (
          <Alert
            type={implementation.publicationStatus === 'cancelled' ? 'error' : 'info'}
            showIcon
            title={`${t('catalogAdmin.detail.statusReason')}（${t(`catalog.publicationStatus.${implementation.publicationStatus}`)}）`}
            description={implementation.statusReason}
          />
        ) : null}

        <Card title={<h2 className="card-title">{t('catalogAdmin.detail.summary')}</h2>}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
            items={[
              { key: 'basicCode', label: t('catalogAdmin.detail.basicCode'), children: <span className="code-tag">{implementation.basicCode}</span> },
              { key: 'type', label: t('catalogAdmin.detail.type'), children: labels.itemType(implementation.typeCode) },
              { key: 'level', label: t('catalogAdmin.detail.level'), children: labels.level(implementation.level) },
              { key: 'department', label: t('catalogAdmin.detail.department'), children: implementation.departmentName },
              { key: 'region', label: t('catalogAdmin.detail.region'), children: implementation.regionName },
              {
                key: 'version',
                label: t('catalogAdmin.detail.currentVersion'),
                children:
                  implementation.currentVersion === null
                    ? t('catalogAdmin.list.noVersion')
                    : t('catalogAdmin.list.versionValue', { version: implementation.currentVersion }),
              },
              { key: 'revision', label: t('catalogAdmin.detail.draftRevision'), children: implementation.draftRevision },
              { key: 'compression', label: t('catalogAdmin.detail.compression'), children: compression ? t('guide.compressionValue', compression) : '—' },
              { key: 'updatedAt', label: t('catalogAdmin.detail.updatedAt'), children: formatDateTime(implementation.updatedAt, i18n.language) },
              ...(implementation.inheritsFrom
                ? [{ key: 'inherits', label: t('catalogAdmin.detail.inherited'), children: <Link to={`/workbench/catalog/${implementation.inheritsFrom}`}>{implementation.inheritsFrom.slice(0, 8)}</Link> }]
                : []),
            ]}
          />
        </Card>

        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <FindingsCard implementation={implementation} />
          </Col>
          <Col xs={24} xl={12}>
            <ChangesCard implementation={implementation} />
          </Col>
        </Row>

        <ContentCard key={`${implementation.id}:${implementation.draftRevision}`} implementation={implementation} canEdit={canEdit} />
        <VersionsCard id={implementation.id} />
      </Flex>
    </div>
  );
}
