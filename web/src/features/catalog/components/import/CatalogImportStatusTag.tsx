import { useTranslation } from 'react-i18next';
import { ImportStatusTag, type ImportPhase } from '../../../../components/imports/ImportStatusTag.tsx';
import type { ImportStatus } from '../../api/catalog-import-api.ts';

/** A queued import waits; checking the rows and storing them are both running. */
export const CATALOG_IMPORT_PHASES: Record<ImportStatus, ImportPhase> = { queued: 'waiting', validating: 'running', importing: 'running', succeeded: 'succeeded', failed: 'failed' };

export function CatalogImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <ImportStatusTag phase={CATALOG_IMPORT_PHASES[status]} label={t(`catalogImport.status.${status}`)} />;
}
