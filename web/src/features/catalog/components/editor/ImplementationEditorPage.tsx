import { useState } from 'react';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ButtonLink } from '../../../shell/components/ButtonLink.tsx';
import { ForbiddenResult } from '../../../shell/components/ForbiddenResult.tsx';
import { PageLoading } from '../../../shell/components/PageLoading.tsx';
import { ImplementationLoadFailed } from '../workbench/ImplementationLoadFailed.tsx';
import { canEditImplementation, useCatalogPermissions } from '../../hooks/useCatalogPermissions.ts';
import { useImplementation } from '../../hooks/useImplementations.ts';
import { ImplementationEditor } from './ImplementationEditor.tsx';

/**
 * /workbench/catalog/:id/edit — the item maintainer's editor. Only for implementations the maintainer may change now
 * (not under review, not cancelled); once an edit session has started it stays open, so that the answer to "save and
 * submit" (which locks the item) does not replace the page before it navigates away.
 */
export function ImplementationEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const permissions = useCatalogPermissions();
  const query = useImplementation(id);
  const [session, setSession] = useState(0);
  const [hasStarted, setHasStarted] = useState(false);
  const implementation = query.data;
  const isEditable = implementation ? canEditImplementation(implementation, permissions) && (implementation.draft ?? implementation.current) !== null : false;
  if (isEditable && !hasStarted) setHasStarted(true);

  if (query.isPending) return <PageLoading />;
  if (!permissions.canMaintain) return <ForbiddenResult description={t('catalogEditor.page.forbidden')} />;
  if (query.isError || !implementation) return <ImplementationLoadFailed error={query.error} />;
  if (!isEditable && !hasStarted) {
    return (
      <Result
        status="info"
        title={<h1 className="result-title">{t('catalogEditor.page.notEditableTitle')}</h1>}
        subTitle={
          implementation.publicationStatus === 'cancelled'
            ? t('catalogEditor.page.cancelled')
            : implementation.changeStatus === 'submitted'
              ? t('catalogEditor.page.submitted')
              : t('catalogEditor.page.noContent')
        }
        extra={
          <ButtonLink to={`/workbench/catalog/${implementation.id}`} type="primary">
            {t('catalogEditor.backToItem')}
          </ButtonLink>
        }
      />
    );
  }
  return (
    <ImplementationEditor
      key={`${implementation.id}:${session}`}
      implementation={implementation}
      onRestart={() => setSession((value) => value + 1)}
      onReload={async () => {
        await query.refetch();
        setSession((value) => value + 1);
      }}
    />
  );
}
