import type { ReactNode } from 'react';
import { Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The actions cell of a table row: "Edit", optionally "Delete" behind a confirmation, then any further actions.
 * `label` names the row for screen readers ("Edit <label>"); `deleteName` is what the confirmation names.
 */
export function RecordActions({ label, onEdit, onDelete, deleteName = label, children }: {
  label: string;
  onEdit: () => void;
  onDelete?: () => void;
  deleteName?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={4}>
      <Button type="link" onClick={onEdit} aria-label={`${t('common.edit')} ${label}`}>
        {t('common.edit')}
      </Button>
      {onDelete ? (
        <Popconfirm
          title={t('common.deleteConfirm', { name: deleteName })}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={onDelete}
        >
          <Button type="link" danger aria-label={`${t('common.delete')} ${label}`}>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      ) : null}
      {children}
    </Flex>
  );
}
