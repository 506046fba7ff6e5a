import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegions, type RegionNode } from '../hooks/useRegions.ts';

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

function toOptions(nodes: RegionNode[]): TreeOption[] {
  return nodes.map((node) => ({
    value: node.region.code,
    title: `${node.region.name}（${node.region.displayCode}）`,
    children: toOptions(node.children),
  }));
}

/** Region picker over the caller's visible regions (GET /api/regions). */
export function RegionTreeSelect({ value, onChange, placeholder, allowClear = false, disabled = false, id, style, ...rest }: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const { tree, isPending } = useRegions();
  return (
    <TreeSelect<string>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={toOptions(tree)}
      loading={isPending}
      placeholder={placeholder ?? t('regions.select')}
      allowClear={allowClear}
      disabled={disabled}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll={false}
      treeDefaultExpandedKeys={tree.map((node) => node.region.code)}
      popupMatchSelectWidth={false}
      style={{ minWidth: 200, ...style }}
      aria-label={rest['aria-label']}
    />
  );
}
