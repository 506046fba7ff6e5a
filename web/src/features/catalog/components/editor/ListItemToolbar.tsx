import { Button, Flex, Popconfirm, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * Move up, move down and remove for one member of a list. Buttons are named with the member ("上移：申请材料 2") so a
 * screen reader user knows which one they act on; removing a whole card asks first.
 */
export function ListItemToolbar({ index, count, itemLabel, onMove, onRemove, confirmRemove = false }: {
  index: number;
  count: number;
  itemLabel: string;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  confirmRemove?: boolean;
}) {
  const { t } = useTranslation();
  const removeLabel = t('catalogEditor.list.remove', { item: itemLabel });
  const removeButton = (
    <Button type="text" danger size="small" icon={<DeleteOutlined aria-hidden />} aria-label={removeLabel} onClick={confirmRemove ? undefined : onRemove} />
  );
  return (
    <Flex gap={2} className="list-item-toolbar" role="group" aria-label={t('catalogEditor.list.toolbar', { item: itemLabel })}>
      <Tooltip title={t('catalogEditor.list.moveUpShort')}>
        <Button
          type="text"
          size="small"
          icon={<ArrowUpOutlined aria-hidden />}
          aria-label={t('catalogEditor.list.moveUp', { item: itemLabel })}
          // undefined, not false: a read-only (inherited) element's ConfigProvider then disables the button.
          disabled={index === 0 || undefined}
          onClick={() => onMove(index, index - 1)}
        />
      </Tooltip>
      <Tooltip title={t('catalogEditor.list.moveDownShort')}>
        <Button
          type="text"
          size="small"
          icon={<ArrowDownOutlined aria-hidden />}
          aria-label={t('catalogEditor.list.moveDown', { item: itemLabel })}
          disabled={index === count - 1 || undefined}
          onClick={() => onMove(index, index + 1)}
        />
      </Tooltip>
      {confirmRemove ? (
        <Popconfirm
          title={t('catalogEditor.list.removeConfirm', { item: itemLabel })}
          okText={t('catalogEditor.list.removeOk')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={onRemove}
        >
          {removeButton}
        </Popconfirm>
      ) : (
        <Tooltip title={t('catalogEditor.list.removeShort')}>{removeButton}</Tooltip>
      )}
    </Flex>
  );
}
