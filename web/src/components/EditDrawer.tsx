import type { ReactNode } from 'react';
import { Drawer, Grid } from 'antd';

/**
 * The side drawer that creates (`editing === 'new'`) or edits one record; full width on phones. The form inside is
 * rendered only while open and gets the record, or undefined when creating.
 */
export function EditDrawer<T extends object>({ editing, onClose, createTitle, editTitle, children }: {
  editing: T | 'new' | null;
  onClose: () => void;
  createTitle: string;
  editTitle: string;
  children: (record: T | undefined) => ReactNode;
}) {
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={editing !== null}
      title={editing === 'new' ? createTitle : editTitle}
      onClose={onClose}
      size={screens.sm ? 480 : '100%'}
      destroyOnHidden
    >
      {editing ? children(editing === 'new' ? undefined : editing) : null}
    </Drawer>
  );
}
