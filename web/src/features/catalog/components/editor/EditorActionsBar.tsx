import type { ReactNode } from 'react';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, EditOutlined, SaveOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * The editor's actions, kept in view at the bottom of the screen: discard, save the draft, save and submit for
 * review. Saving is refused while a consistency rule fires (the server refuses it too); the reason is shown, not only
 * in a tooltip, so a screen reader reads it with the disabled button.
 */
export function EditorActionsBar({ hasUnsavedChanges, hasDraft, blockingCount, isSaving, isSubmitting, onDiscard, onSave, onSubmit }: {
  hasUnsavedChanges: boolean;
  /** A saved working copy exists: it can be submitted even without further changes. */
  hasDraft: boolean;
  blockingCount: number;
  isSaving: boolean;
  isSubmitting: boolean;
  onDiscard: () => void;
  onSave: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const isBlocked = blockingCount > 0;
  const isBusy = isSaving || isSubmitting;
  const blockedText = t('catalogEditor.actions.blocked', { count: blockingCount });
  const withTooltip = (button: ReactNode, key: string) =>
    isBlocked ? (
      <Tooltip key={key} title={blockedText}>
        <span className="disabled-button-wrapper">{button}</span>
      </Tooltip>
    ) : (
      button
    );
  return (
    <div className="editor-actions-bar" role="region" aria-label={t('catalogEditor.actions.region')}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Text className="editor-save-state" role="status" aria-live="polite" type={isBlocked ? 'danger' : undefined} id="editor-save-state">
          {isBlocked ? (
            blockedText
          ) : hasUnsavedChanges ? (
            <>
              <EditOutlined aria-hidden /> {t('catalogEditor.actions.unsaved')}
            </>
          ) : (
            <>
              <CheckCircleOutlined aria-hidden /> {t('catalogEditor.actions.allSaved')}
            </>
          )}
        </Typography.Text>
        <Flex wrap gap={8}>
          <Button icon={<UndoOutlined aria-hidden />} onClick={onDiscard} disabled={!hasUnsavedChanges || isBusy}>
            {t('catalogEditor.actions.discard')}
          </Button>
          {withTooltip(
            <Button icon={<SaveOutlined aria-hidden />} onClick={onSave} loading={isSaving} disabled={isBlocked || isSubmitting || !hasUnsavedChanges} aria-describedby="editor-save-state">
              {t('catalogEditor.actions.save')}
            </Button>,
            'save',
          )}
          {withTooltip(
            <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={onSubmit} loading={isSubmitting} disabled={isBlocked || isSaving || !(hasUnsavedChanges || hasDraft)} aria-describedby="editor-save-state">
              {t('catalogEditor.actions.saveAndSubmit')}
            </Button>,
            'submit',
          )}
        </Flex>
      </Flex>
    </div>
  );
}
