import type { ImplementationContent } from '@onetrip/core';
import { Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContentChange } from '../../api/implementations-api.ts';
import { useChangeDescriber, withoutEmptyChanges } from '../../hooks/useChangeDescriber.ts';

const OP_COLORS: Record<ContentChange['op'], string> = { added: 'green', removed: 'red', changed: 'blue' };

/** The differences between two versions as a readable list: what changed, where, from what to what. */
export function ChangeList({ changes, contents, emptyText }: {
  changes: readonly ContentChange[];
  /** The versions compared, to name materials and steps by their name rather than their key. */
  contents: readonly (ImplementationContent | null | undefined)[];
  emptyText: string;
}) {
  const { t } = useTranslation();
  const describe = useChangeDescriber(contents);
  const shown = withoutEmptyChanges(changes);
  if (shown.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <ul className="change-list" data-testid="change-list">
      {shown.map((change) => (
        <li key={`${change.op}:${change.path}`} className="change-item">
          <div className="change-head">
            <Tag color={OP_COLORS[change.op]}>{t(`catalogAdmin.changes.${change.op}`)}</Tag>
            <strong>{describe.label(change.path)}</strong>
          </div>
          {change.op !== 'added' ? (
            <div className="change-value">
              <span className="change-value-label">{t('catalogAdmin.changes.before')}</span>
              <del>{describe.value(change.path, change.before)}</del>
            </div>
          ) : null}
          {change.op !== 'removed' ? (
            <div className="change-value">
              <span className="change-value-label">{t('catalogAdmin.changes.after')}</span>
              <ins>{describe.value(change.path, change.after)}</ins>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
